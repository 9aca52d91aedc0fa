//! A past consultation as staff read it in the office's log: its answers, and its verdicts as
//! they were computed then. Nothing is recomputed here; a pack that has changed since only
//! supplies the words.

use super::question::{answer_label, AnsweredView};
use super::verdict::{citation, status_label};
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::pack::{PackText, PolicyPack};

/// A past consultation as staff read it in the log: its answers and its verdicts as they were
/// computed then (not recomputed), worded with the pack in use.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredView {
    pub answered: Vec<AnsweredView>,
    pub verdicts: Vec<StoredVerdictView>,
}

/// A stored verdict. A measure the pack in use no longer has keeps its id as its title and has
/// no citation.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredVerdictView {
    pub measure: String,
    pub title: String,
    pub citation: String,
    /// The status key, as stored.
    pub status: String,
    pub status_label: String,
}

/// Words a stored consultation. Answers to questions the pack in use no longer asks (or no
/// longer accepts) are shown as stored.
pub fn stored(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    c: &crate::store::Consultation,
) -> StoredView {
    let answered = c
        .answers
        .iter()
        .map(|(id, raw)| {
            let text = match pack.question(id) {
                Some(_) => loc.text(locale, PackText::Question(id), None),
                None => id.clone(),
            };
            let answer = match crate::answers::decode(pack, id, raw) {
                Ok(a) => answer_label(loc, locale, id, &a),
                Err(_) => raw.to_string(),
            };
            AnsweredView {
                question: id.clone(),
                text,
                answer,
            }
        })
        .collect();
    let verdicts = c
        .verdicts
        .iter()
        .map(|(id, status)| {
            let (title, citation) = match pack.measure(id) {
                Some(m) => (
                    loc.text(locale, PackText::Measure(id), None),
                    citation(pack, loc, locale, m),
                ),
                None => (id.clone(), String::new()),
            };
            StoredVerdictView {
                measure: id.clone(),
                title,
                citation,
                status: status.clone(),
                status_label: status_label(loc, locale, status),
            }
        })
        .collect();
    StoredView { answered, verdicts }
}
