//! The pack's own words: its Fluent files parse, and every text the pack needs (its title, each
//! department, question with its help and short form, option, and measure with its benefit,
//! review and contact notes where the measure has them) exists in every supported locale.
//!
//! A text whose placeables nest deeper than [`MAX_NESTING`] is refused before it is parsed:
//! the Fluent parser and formatter recurse once per level, and thousands of levels (a signed
//! pack can hold them) would overflow the stack.
//!
//! The names of those texts are [`PackText`]'s; this module only checks that they are there.
//! It does not word anything (see [`crate::i18n`]) and does not check the TOML files (see
//! [`super::load`]).

use std::collections::BTreeMap;

use fluent_bundle::{FluentBundle, FluentError, FluentResource};

use super::load::{line_of, Loader};
use super::problem::{IdOf, ProblemKind, Syntax};
use super::PackText;
use super::{Department, Measure};
use crate::locale::Locale;
use crate::question::Question;

/// The deepest nesting of placeables a pack's text may have. A select expression inside a
/// placeable needs two or three levels.
pub const MAX_NESTING: usize = 10;

/// Where (a byte offset) the placeables of a Fluent text first nest deeper than `max`, if they
/// do. Braces inside string literals (`"{"`) and comment lines do not count.
fn nesting_too_deep(text: &str, max: usize) -> Option<usize> {
    let mut depth = 0usize;
    let (mut in_string, mut escaped, mut in_comment, mut line_start) = (false, false, false, true);
    for (i, c) in text.char_indices() {
        let starts_line = line_start;
        line_start = c == '\n';
        if in_comment {
            in_comment = c != '\n';
            continue;
        }
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' | '\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '#' if starts_line && depth == 0 => in_comment = true,
            '{' => {
                depth += 1;
                if depth > max {
                    return Some(i);
                }
            }
            '}' => depth = depth.saturating_sub(1),
            '"' if depth > 0 => in_string = true,
            _ => {}
        }
    }
    None
}

/// Parses the pack's Fluent files and checks that every message the pack needs exists in every
/// supported locale.
pub(super) fn messages(
    l: &mut Loader<'_>,
    questions: &[Question],
    measures: &[Measure],
    departments: &[Department],
) -> BTreeMap<Locale, Vec<(String, String)>> {
    let mut required: Vec<(String, Vec<&str>)> = vec![(PackText::Title.id(), vec![])];
    for d in departments {
        let attrs = if d.renamed {
            vec!["current", "renamed"]
        } else {
            vec![]
        };
        required.push((PackText::Department(&d.id).id(), attrs));
    }
    for q in questions {
        let mut attrs = vec!["help", "short"];
        if q.changeable {
            attrs.push("change");
        }
        required.push((PackText::Question(&q.id).id(), attrs));
        for o in &q.options {
            required.push((PackText::Option(&q.id, o).id(), vec![]));
        }
    }
    for m in measures {
        // Every measure names its first contact, with the reason.
        let mut attrs = vec!["benefit", "contact"];
        if m.review {
            attrs.push("review");
        }
        required.push((PackText::Measure(&m.id).id(), attrs));
    }

    let mut out = BTreeMap::new();
    for locale in Locale::ALL {
        let prefix = format!("locales/{}/", locale.as_str());
        let sources: Vec<(String, String)> = l
            .files
            .iter()
            .filter(|(path, _)| path.starts_with(&prefix) && path.ends_with(".ftl"))
            .map(|(path, _)| path.clone())
            .collect::<Vec<_>>()
            .into_iter()
            .filter_map(|path| l.text(&path).map(|t| (path, t.to_owned())))
            .collect();
        if sources.is_empty() {
            l.problem(
                &prefix,
                None,
                ProblemKind::MissingLocale(locale.as_str().to_owned()),
            );
            continue;
        }
        let mut bundle: FluentBundle<FluentResource> = FluentBundle::new(vec![locale.langid()]);
        for (path, text) in &sources {
            if let Some(at) = nesting_too_deep(text, MAX_NESTING) {
                l.problem(
                    path,
                    Some(line_of(text, at)),
                    ProblemKind::NestedTooDeep { max: MAX_NESTING },
                );
                continue;
            }
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        l.problem(
                            path,
                            Some(line_of(text, e.pos.start)),
                            ProblemKind::Syntax {
                                syntax: Syntax::Fluent,
                                said: e.kind.to_string(),
                            },
                        );
                    }
                    r
                }
            };
            if let Err(errors) = bundle.add_resource(resource) {
                for e in errors {
                    l.problem(path, None, added(e));
                }
            }
        }
        for (id, attrs) in &required {
            let missing = match bundle.get_message(id) {
                None => vec![id.clone()],
                Some(msg) => {
                    let mut m: Vec<String> = attrs
                        .iter()
                        .filter(|a| msg.get_attribute(a).is_none())
                        .map(|a| format!("{id}.{a}"))
                        .collect();
                    if msg.value().is_none() {
                        m.push(id.clone());
                    }
                    m
                }
            };
            for id in missing {
                l.problem(
                    &prefix,
                    None,
                    ProblemKind::MissingMessage {
                        locale: locale.as_str().to_owned(),
                        id,
                    },
                );
            }
        }
        out.insert(locale, sources);
    }
    out
}

/// Why a parsed Fluent file could not be added to the others of its locale: in practice, a
/// text that another file (or the same one) already has.
fn added(e: FluentError) -> ProblemKind {
    match e {
        FluentError::Overriding { id, .. } => ProblemKind::Duplicate {
            what: IdOf::Text,
            id,
        },
        other => ProblemKind::Syntax {
            syntax: Syntax::Fluent,
            said: other.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_counted_outside_strings_and_comments() {
        assert_eq!(nesting_too_deep("a = { { \"x\" } }", 2), None);
        assert_eq!(nesting_too_deep("a = { { { \"x\" } } }", 2), Some(8));
        assert_eq!(nesting_too_deep("a = { \"{{{{\" }", 1), None);
        assert_eq!(nesting_too_deep("a = { \"\\\"{{\" }", 1), None);
        assert_eq!(nesting_too_deep("# {{{{\na = x", 1), None);
        assert_eq!(nesting_too_deep("a = {}{}{}{}", 1), None);
    }
}
