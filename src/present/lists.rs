//! The screen 名单筛查 (a list screened from the app), worded: the list files on offer, a list
//! as the mapping table shows it (each column with a few of its values, the question it
//! answers and what its values mean), the questions a column can answer, and what a screening
//! came to.
//!
//! A list's values are personal data: they are put here for the signed-in staff's screen only,
//! never logged. Reading, suggesting and screening are [`crate::batch`]'s.

use std::collections::BTreeSet;

use super::office::StatSection;
use super::packs::OfferedFileView;
use super::question::choice_label;
use crate::batch::{split_values, Found, List, Mapping, Stage, Step, Suggestion, Summary, NOT};
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::pack::{PackText, PolicyPack};
use crate::question::QuestionKind;
use crate::report::StatRow;

/// How many different values of a column the table offers to map.
const VALUES_SHOWN: usize = 30;
/// How many of a column's values show beside its header.
const SAMPLES_SHOWN: usize = 3;

/// The list files in the import folders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListFilesView {
    /// The folders looked in, so staff know where to put a file.
    pub folders: Vec<String>,
    pub files: Vec<OfferedFileView>,
}

/// A list opened for its mapping to be confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListView {
    pub path: String,
    pub name: String,
    /// The format and encoding it was read in (`CSV GBK/GB18030`).
    pub source: String,
    /// The workbook's sheets (none for CSV) and the one read.
    pub sheets: Vec<String>,
    pub sheet: Option<String>,
    /// Rows with something on them under the header, and blank rows left out.
    pub rows: usize,
    pub blank: usize,
    pub columns: Vec<ListColumnView>,
    /// What a column can answer, in the pack's order.
    pub questions: Vec<MappableQuestionView>,
    /// The mapping file beside the list that filled the table, if one did.
    pub saved: Option<String>,
    /// Why the mapping file beside the list could not be used (the suggestion fills the
    /// table instead).
    pub saved_problem: Option<String>,
}

/// One column of a list and what the mapping makes of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListColumnView {
    pub header: String,
    /// The first few values, to recognise the column by.
    pub samples: Vec<String>,
    /// Its different values (at most [`VALUES_SHOWN`]) as whole cells, and as the parts of a
    /// cell that names several choices (for a multi-choice question).
    pub values: Vec<String>,
    pub parts: Vec<String>,
    /// Whether it has more different values than shown.
    pub more: bool,
    /// The question it answers; none: carried through, never read.
    pub question: Option<String>,
    /// The values the mapping names and the choice each means (`""`: left unanswered).
    pub targets: Vec<(String, String)>,
    /// The values no choice was found for: rows holding one go to the errors.
    pub unplaced: Vec<String>,
    /// A multi-choice column that names every choice that holds (what it leaves out is
    /// "no"); otherwise what it leaves out is not known.
    pub complete: bool,
}

/// A question a column can answer, with the choices a cell value can mean (none for a number
/// or a date, which is read as written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MappableQuestionView {
    pub id: String,
    pub label: String,
    pub multi: bool,
    pub choices: Vec<(String, String)>,
}

/// A list screened into the export folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScreenedListView {
    pub file: String,
    pub name: String,
    pub folder: String,
    pub source: String,
    pub rows_in: usize,
    pub screened: usize,
    pub in_error: usize,
    pub blank: usize,
    /// For each status worth a call or a question (can apply, review, not known yet), the
    /// measures and how many rows had it.
    pub sections: Vec<StatSection>,
    /// Where the confirmed mapping was kept for next time, or why it could not be.
    pub mapping_file: Option<String>,
    pub mapping_problem: Option<String>,
}

/// How far a screening is, worded for a progress bar or a terminal line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListProgressView {
    /// `reading`, `screening`, `writing` or `saving` ([`Stage::key`]).
    pub stage: &'static str,
    /// `done` of `total` for a bar; `total` is 0 while the stage cannot say how far it is
    /// (the reading, the saving).
    pub done: usize,
    pub total: usize,
    /// The step of all and what it is doing: "第 2 步（共 4 步）：正在逐行筛查，1500 / 100000 行".
    pub said: String,
}

/// `step`, worded in `locale`.
pub fn progress(loc: &Localizer, locale: Locale, step: Step) -> ListProgressView {
    let id = format!("list-progress-{}", step.stage.key());
    let said = match step.stage {
        Stage::Reading => loc.app(locale, &id, &[]),
        Stage::Screening => loc.app(
            locale,
            &id,
            &[("done", step.done.into()), ("total", step.total.into())],
        ),
        Stage::Writing => {
            let percent = (step.done * 100).checked_div(step.total).unwrap_or(0);
            loc.app(locale, &id, &[("percent", percent.into())])
        }
        Stage::Saving => {
            // "MB" as Windows' file manager counts it (1024 × 1024 bytes), so that staff see
            // the size the file then shows there.
            let mib = step.done as f64 / (1024.0 * 1024.0);
            loc.app(locale, &id, &[("size", format!("{mib:.1}").into())])
        }
    };
    let total = match step.stage {
        Stage::Screening | Stage::Writing => step.total,
        Stage::Reading | Stage::Saving => 0,
    };
    ListProgressView {
        stage: step.stage.key(),
        done: if total > 0 { step.done } else { 0 },
        total,
        said,
    }
}

/// What the table starts from: a mapping (saved or suggested) and what its suggestion could
/// not place.
#[derive(Debug)]
pub struct Prefill<'a> {
    pub mapping: &'a Mapping,
    pub suggestion: &'a Suggestion,
}

/// The list as the mapping table shows it.
pub fn list(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    list: &List,
    sheets: Vec<String>,
    prefill: Prefill<'_>,
) -> ListView {
    let columns = list
        .headers
        .iter()
        .enumerate()
        .map(|(i, header)| column(list, i, header, &prefill))
        .collect();
    ListView {
        path: String::new(),
        name: String::new(),
        source: list.source.name().to_owned(),
        sheets,
        sheet: list.sheet.clone(),
        rows: list.rows.len(),
        blank: list.blank,
        columns,
        questions: questions(pack, loc, locale),
        saved: None,
        saved_problem: None,
    }
}

fn column(list: &List, index: usize, header: &str, prefill: &Prefill<'_>) -> ListColumnView {
    let cells = || {
        list.rows
            .iter()
            .filter_map(move |r| r.cells.get(index))
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
    };
    let samples = cells().take(SAMPLES_SHOWN).map(str::to_owned).collect();
    let (values, more) = distinct(cells().map(str::to_owned));
    let (parts, more_parts) = distinct(cells().flat_map(split_values));
    let map = prefill
        .mapping
        .columns
        .iter()
        .find(|c| c.header.trim() == header.trim());
    let targets: Vec<(String, String)> = map
        .map(|c| {
            c.values
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default();
    let unplaced = prefill
        .suggestion
        .unplaced
        .get(header)
        .into_iter()
        .flatten()
        .filter(|v| !targets.iter().any(|(k, _)| k == *v))
        .cloned()
        .collect();
    ListColumnView {
        header: header.to_owned(),
        samples,
        values,
        parts,
        more: more || more_parts,
        question: map.map(|c| c.question.clone()),
        targets,
        unplaced,
        complete: map.is_some_and(|c| c.complete),
    }
}

/// The first [`VALUES_SHOWN`] different values, sorted, and whether there are more.
fn distinct(values: impl Iterator<Item = String>) -> (Vec<String>, bool) {
    let mut set = BTreeSet::new();
    for v in values {
        if set.len() == VALUES_SHOWN && !set.contains(&v) {
            return (set.into_iter().collect(), true);
        }
        set.insert(v);
    }
    (set.into_iter().collect(), false)
}

fn questions(pack: &PolicyPack, loc: &Localizer, locale: Locale) -> Vec<MappableQuestionView> {
    pack.questions
        .iter()
        .map(|q| {
            // A number or a date is read as written: the pack gives it no options, so no
            // choices either.
            let choices = q
                .choices()
                .into_iter()
                .map(|v| {
                    let label = choice_label(loc, locale, q, &v);
                    (v, label)
                })
                // A multi-choice question's yes/no column per option: 否 is "not it".
                .chain(
                    q.options
                        .iter()
                        .filter(|o| q.kind == QuestionKind::Multi && !q.is_exclusive(o))
                        .map(|o| {
                            let label = choice_label(loc, locale, q, o);
                            let not =
                                loc.app(locale, "ui-lists-value-not", &[("choice", label.into())]);
                            (format!("{NOT}{o}"), not)
                        }),
                )
                .collect();
            MappableQuestionView {
                id: q.id.clone(),
                label: loc.text(locale, PackText::Question(&q.id), Some("short")),
                multi: q.kind == QuestionKind::Multi,
                choices,
            }
        })
        .collect()
}

/// What a screening came to, worded.
pub fn screened(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    summary: &Summary,
) -> ScreenedListView {
    let sections = [Found::Eligible, Found::NeedsReview, Found::Unknown]
        .into_iter()
        .map(|found| {
            let label = loc.app(locale, &format!("list-status-{}", found.key()), &[]);
            let rows = summary
                .measures
                .iter()
                .filter(|(_, counts)| counts[found as usize] > 0)
                .filter(|(id, _)| pack.measure(id).is_some())
                .map(|(id, counts)| StatRow {
                    section: found.key(),
                    section_label: label.clone(),
                    key: id.clone(),
                    label: loc.text(locale, PackText::Measure(id), None),
                    count: counts[found as usize] as u64,
                })
                .collect();
            StatSection {
                id: found.key(),
                label,
                rows,
            }
        })
        .collect();
    ScreenedListView {
        file: String::new(),
        name: String::new(),
        folder: String::new(),
        source: summary.source.name().to_owned(),
        rows_in: summary.rows_in,
        screened: summary.screened,
        in_error: summary.in_error,
        blank: summary.blank,
        sections,
        mapping_file: None,
        mapping_problem: None,
    }
}
