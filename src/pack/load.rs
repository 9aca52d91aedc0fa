//! Turning a pack's files into a checked [`PolicyPack`], or into a list of every problem.
//!
//! Loading never stops at the first problem: a policy office fixing a pack wants the whole list
//! at once, each with the file and line it is on. This module reads the files (the [`Loader`]
//! collects every problem as it goes), checks the manifest, and checks what only the whole pack
//! can show: the audience and region questions, and questions no measure uses. Each record of
//! the other TOML files is checked in [`super::records`], a measure's condition in
//! [`super::conditions`], the Fluent files in [`super::messages`]; the problems themselves are
//! named in [`super::problem`]. Nothing here evaluates answers.

use std::collections::{BTreeMap, BTreeSet};

use serde::de::DeserializeOwned;
use time::{Date, Month};
use toml::value::Datetime;

use super::coverage::uncovered;
use super::messages::messages;
use super::problem::{Problem, ProblemKind, Syntax};
use super::raw::{RawDepartments, RawManifest, RawMeasures, RawNotApplicableList, RawQuestions};
use super::records::{departments, measures, not_applicable, questions, MeasureContext};
use super::{Document, Manifest, PackError, PolicyPack};
use crate::locale::Locale;
use crate::question::QuestionKind;

/// The pack format this build reads.
pub const FORMAT: u32 = 1;

/// Collects problems while the files are read.
pub(super) struct Loader<'a> {
    pub(super) files: &'a BTreeMap<String, Vec<u8>>,
    problems: Vec<Problem>,
}

impl<'a> Loader<'a> {
    pub(super) fn problem(&mut self, file: &str, line: Option<usize>, kind: ProblemKind) {
        self.problems.push(Problem {
            file: file.to_owned(),
            line,
            kind,
        });
    }

    pub(super) fn text(&mut self, file: &str) -> Option<&'a str> {
        match self.files.get(file) {
            None => {
                self.problem(file, None, ProblemKind::MissingFile);
                None
            }
            Some(bytes) => match std::str::from_utf8(bytes) {
                Ok(text) => Some(text),
                Err(_) => {
                    self.problem(file, None, ProblemKind::NotText);
                    None
                }
            },
        }
    }

    fn toml<T: DeserializeOwned>(&mut self, file: &str) -> Option<(T, &'a str)> {
        let text = self.text(file)?;
        match toml::from_str::<T>(text) {
            Ok(value) => Some((value, text)),
            Err(e) => {
                let line = e.span().map(|s| line_of(text, s.start));
                self.problem(
                    file,
                    line,
                    ProblemKind::Syntax {
                        syntax: Syntax::Toml,
                        said: e.message().to_owned(),
                    },
                );
                None
            }
        }
    }

    pub(super) fn date(&mut self, file: &str, line: usize, value: &Datetime) -> Option<Date> {
        let date = value
            .date
            .filter(|_| value.time.is_none() && value.offset.is_none())
            .and_then(|d| {
                Month::try_from(d.month)
                    .ok()
                    .and_then(|m| Date::from_calendar_date(i32::from(d.year), m, d.day).ok())
            });
        if date.is_none() {
            self.problem(file, Some(line), ProblemKind::BadDate(value.to_string()));
        }
        date
    }
}

/// The 1-based line of a byte offset.
pub(super) fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).unwrap_or(text).matches('\n').count() + 1
}

/// Ids are lowercase ASCII letters, digits, `-` and `_`, starting with a letter, so that they
/// can be Fluent message ids, JSON keys and file names alike.
pub(super) fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// The source text with all white space removed: the scan breaks lines and pages in the
/// middle of sentences, and an excerpt is copied without those breaks.
pub(crate) fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

pub(super) fn load(files: &BTreeMap<String, Vec<u8>>) -> Result<PolicyPack, PackError> {
    let mut l = Loader {
        files,
        problems: Vec::new(),
    };

    let manifest = l
        .toml::<RawManifest>("pack.toml")
        .and_then(|(raw, text)| manifest(&mut l, raw, text));
    let source_text = manifest
        .as_ref()
        .and_then(|(_, source_file)| l.text(source_file).map(str::to_owned))
        .unwrap_or_default();
    let departments = l
        .toml::<RawDepartments>("departments.toml")
        .map(|(raw, text)| departments(&mut l, raw, text))
        .unwrap_or_default();
    let questions = l
        .toml::<RawQuestions>("questions.toml")
        .map(|(raw, text)| questions(&mut l, raw, text))
        .unwrap_or_default();
    let source_flat = without_whitespace(&source_text);
    let discretion_words = manifest
        .as_ref()
        .map(|(m, _)| m.discretion_words.clone())
        .unwrap_or_default();
    let cx = MeasureContext {
        questions: &questions,
        departments: &departments,
        source_flat: &source_flat,
        discretion_words: &discretion_words,
    };
    let parsed_measures = l.toml::<RawMeasures>("measures.toml");
    // Without the measures file, every question would look unused: say only what is wrong.
    let measures_read = parsed_measures.is_some();
    let measures = parsed_measures
        .map(|(raw, text)| measures(&mut l, raw, text, &cx))
        .unwrap_or_default();
    let not_applicable = l
        .toml::<RawNotApplicableList>("not_applicable.toml")
        .map(|(raw, text)| not_applicable(&mut l, raw, text, &source_flat))
        .unwrap_or_default();

    if let Some((m, _)) = &manifest {
        match questions.iter().find(|q| q.id == m.audience_question) {
            Some(q) if q.kind == QuestionKind::Multi => {
                for measure in &measures {
                    for g in measure.groups.iter().filter(|g| !q.has_option(g)) {
                        l.problem(
                            "measures.toml",
                            None,
                            ProblemKind::UnknownGroup {
                                measure: measure.id.clone(),
                                group: g.clone(),
                            },
                        );
                    }
                }
            }
            _ => l.problem(
                "pack.toml",
                None,
                ProblemKind::BadAudience(m.audience_question.clone()),
            ),
        }
        if let Some(region) = &m.region_question {
            let single = questions
                .iter()
                .any(|q| &q.id == region && q.kind == QuestionKind::Single);
            if !single {
                l.problem("pack.toml", None, ProblemKind::BadRegion(region.clone()));
            }
        }
    }
    let mut used: BTreeSet<&str> = measures
        .iter()
        .flat_map(|m| m.condition.questions())
        .collect();
    // The region question is asked for the results' local offices and the figures, not for
    // any measure.
    if let Some(region) = manifest
        .as_ref()
        .and_then(|(m, _)| m.region_question.as_deref())
    {
        used.insert(region);
    }
    for q in questions
        .iter()
        .filter(|q| measures_read && !used.contains(q.id.as_str()))
    {
        l.problem(
            "questions.toml",
            None,
            ProblemKind::UnusedQuestion(q.id.clone()),
        );
    }

    if l.problems.is_empty() {
        // Only a pack whose excerpts are all in the source can be checked sentence by sentence.
        for (article, sentence) in uncovered(&source_flat, &measures, &not_applicable) {
            l.problem(
                "not_applicable.toml",
                None,
                ProblemKind::SentenceNotCovered { article, sentence },
            );
        }
    }
    let messages = messages(&mut l, &questions, &measures, &departments);

    match manifest {
        Some((manifest, _)) if l.problems.is_empty() => Ok(PolicyPack {
            index: super::Index::new(&questions, &measures, &departments),
            manifest,
            departments,
            questions,
            measures,
            not_applicable,
            source_text,
            messages,
        }),
        _ => Err(PackError::Invalid(l.problems)),
    }
}

fn manifest(l: &mut Loader<'_>, raw: RawManifest, text: &str) -> Option<(Manifest, String)> {
    const FILE: &str = "pack.toml";
    if raw.format != FORMAT {
        l.problem(FILE, None, ProblemKind::UnsupportedFormat(raw.format));
        return None;
    }
    if !valid_id(&raw.id) {
        l.problem(FILE, None, ProblemKind::BadId(raw.id.clone()));
    }
    for locale in &raw.locales {
        if Locale::parse(locale).is_none() {
            l.problem(FILE, None, ProblemKind::UnknownLocale(locale.clone()));
        }
    }
    let default_locale = Locale::parse(&raw.default_locale);
    if default_locale.is_none() {
        l.problem(
            FILE,
            None,
            ProblemKind::UnknownLocale(raw.default_locale.clone()),
        );
    }
    let issued_line = text.find("issued").map(|o| line_of(text, o)).unwrap_or(1);
    let issued = l.date(FILE, issued_line, &raw.document.issued)?;
    Some((
        Manifest {
            id: raw.id,
            version: raw.version,
            default_locale: default_locale?,
            audience_question: raw.audience_question,
            region_question: raw.region_question,
            discretion_words: raw.discretion_words,
            document: Document {
                number: raw.document.number,
                title: raw.document.title,
                issuer: raw.document.issuer,
                issued,
            },
        },
        raw.source_file,
    ))
}
