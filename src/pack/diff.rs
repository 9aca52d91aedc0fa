//! What changes when one pack replaces another: the measures added, removed and changed, and
//! the version. An office importing a new pack sees this before it accepts it.
//!
//! A measure has changed when anything about it differs: its record in `measures.toml`
//! (article, groups, excerpts, departments, dates, condition, …) or its words in any locale
//! (the pack's `m-<id>` message with all its attributes). Questions and departments are not
//! compared on their own; a change to them that matters to an applicant shows in the measures
//! that name them only if those measures changed too.

use std::collections::BTreeMap;

use fluent_syntax::ast;

use super::{article_label, Measure, PolicyPack};
use crate::locale::Locale;

/// The differences between an old pack and a new one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackDiff {
    pub old: PackIdentity,
    pub new: PackIdentity,
    /// In the new pack's order.
    pub added: Vec<MeasureChange>,
    /// In the old pack's order.
    pub removed: Vec<MeasureChange>,
    /// In the new pack's order.
    pub changed: Vec<MeasureChange>,
}

/// Which pack, in which version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackIdentity {
    pub id: String,
    pub version: String,
}

/// One measure that was added, removed or changed, with the article it rests on (in the new
/// pack, or in the old one for a removed measure).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureChange {
    pub id: String,
    /// The article as the document labels it, e.g. `（十一）`.
    pub article: String,
}

impl PackDiff {
    /// True when the new pack encodes a different pack altogether, not a new version of it.
    pub fn pack_changed(&self) -> bool {
        self.old.id != self.new.id
    }

    /// True when no measure was added, removed or changed.
    pub fn measures_unchanged(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// Compares two packs measure by measure.
pub fn diff(old: &PolicyPack, new: &PolicyPack) -> PackDiff {
    let change = |m: &Measure| MeasureChange {
        id: m.id.clone(),
        article: article_label(m.article),
    };
    let old_words = measure_words(old);
    let new_words = measure_words(new);
    let mut added = Vec::new();
    let mut changed = Vec::new();
    for m in &new.measures {
        match old.measure(&m.id) {
            None => added.push(change(m)),
            Some(before) => {
                if before != m || old_words.get(&m.id) != new_words.get(&m.id) {
                    changed.push(change(m));
                }
            }
        }
    }
    let removed = old
        .measures
        .iter()
        .filter(|m| new.measure(&m.id).is_none())
        .map(change)
        .collect();
    PackDiff {
        old: identity(old),
        new: identity(new),
        added,
        removed,
        changed,
    }
}

fn identity(pack: &PolicyPack) -> PackIdentity {
    PackIdentity {
        id: pack.manifest.id.clone(),
        version: pack.manifest.version.clone(),
    }
}

/// The words of each measure: measure id → locale → its `m-<id>` message (value and
/// attributes; comments are for translators and do not count).
type Words = BTreeMap<String, BTreeMap<Locale, (Option<ast::Pattern<String>>, Vec<Attribute>)>>;
type Attribute = (String, ast::Pattern<String>);

fn measure_words(pack: &PolicyPack) -> Words {
    let mut words = Words::new();
    for (locale, sources) in &pack.messages {
        for (_, text) in sources {
            // A pack that loaded has parsing messages; a partial parse still yields its entries.
            let resource = fluent_syntax::parser::parse(text.clone()).unwrap_or_else(|(r, _)| r);
            for entry in resource.body {
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                let Some(id) = message.id.name.strip_prefix("m-") else {
                    continue;
                };
                let attributes = message
                    .attributes
                    .into_iter()
                    .map(|a| (a.id.name, a.value))
                    .collect();
                words
                    .entry(id.to_owned())
                    .or_default()
                    .insert(*locale, (message.value, attributes));
            }
        }
    }
    words
}
