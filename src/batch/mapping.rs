//! The mapping of a list: which column answers which question, and which cell value means
//! which option. Staff keep it as a small TOML file, so that next month's list of the same
//! format needs no work:
//!
//! ```toml
//! [[column]]
//! header = "人员类别"
//! question = "groups"
//! [column.values]
//! "退役军人" = "veteran"
//! "返乡农民工" = "migrant_worker"
//! ```
//!
//! A yes/no question needs no values for 是/否, 有/无, Y/N, 1/0, true/false; an option
//! question reads an option's value or its label in any language as it is. A multi-choice
//! cell may hold several values (`退役军人、返乡农民工`). An empty cell leaves the question
//! unanswered — unknown, never "no" — and so does 不清楚 where the question has no "not sure".
//! Columns the mapping does not name are never read here.
//!
//! A question has one column, except a multi-choice one: a list may say a person's groups one
//! yes/no column per group (外籍人员 | 留学人员, each 是 or 否, mapped `"是" = "foreign_national"`,
//! `"否" = "!foreign_national"`), and each column adds what it says to the one answer
//! ([`super::screen`] joins them). A value mapped to `!` and an option ([`NOT`]) says that the
//! option does *not* hold: 否 under 是否退役军人 is "not a veteran", which decides the veterans'
//! measures; mapped to `""` it says nothing.
//!
//! A multi-choice column says which options it *records* for a person, not that the others do
//! not hold: a veterans' register writes 退役军人 and knows nothing of whether the person is
//! also a graduate. So a cell reads as a part of the answer ([`Reading::Options`]) — these
//! options hold, those named with `!` do not, the others are not known — unless the mapping
//! says the column is exhaustive (`complete = true`), or the cell names an option that excludes
//! the others ("none of the above"); only then is it the person's whole answer. How the
//! screening judges a measure on such a partial answer is [`super::screen`]'s.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{ListError, Result};
use crate::answers::{parse_date, Answer};
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::pack::{PackText, PolicyPack};
use crate::question::{Question, QuestionKind, UNSURE};

/// Columns to questions, as the mapping file holds them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    #[serde(default, rename = "column")]
    pub columns: Vec<ColumnMap>,
}

/// One column and the question it answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColumnMap {
    /// The column's header as the list writes it.
    pub header: String,
    pub question: String,
    /// A cell value (spaces around it aside) and the option it means: an option value, or
    /// `true`, `false` or `unsure` for a yes/no question; for a multi-choice question also `!`
    /// and an option, "not that option" (否 in a column 是否退役军人: `"!veteran"`); `""` leaves
    /// the question unanswered.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<String, String>,
    /// A multi-choice column that names every option that holds for the person, so that an
    /// option it does not name is "no". False unless staff say so: a list column usually
    /// records only what its office keeps (issue #17 review).
    #[serde(default, skip_serializing_if = "is_false")]
    pub complete: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// What separates several values in one multi-choice cell.
const SEPARATORS: [char; 10] = ['、', ',', '，', ';', '；', '/', '|', '\n', ' ', '\u{3000}'];

/// The values in one multi-choice cell: split at the separators, except inside brackets, since
/// an option's label may hold one (高校毕业生（大专、本科、研究生毕业）).
pub fn split_values(cell: &str) -> Vec<String> {
    let mut values = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    for c in cell.chars() {
        match c {
            '（' | '(' | '【' | '[' => depth += 1,
            '）' | ')' | '】' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && SEPARATORS.contains(&c) {
            values.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    values.push(current);
    values
        .into_iter()
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .collect()
}

/// What a mapping value starts with to say that an option does not hold (`"!veteran"`).
pub const NOT: char = '!';

/// Words that say yes or no in a list, compared without case.
const YES: [&str; 9] = ["是", "有", "y", "yes", "true", "1", "√", "✓", "对"];
const NO: [&str; 9] = ["否", "无", "没有", "n", "no", "false", "0", "×", "不是"];
/// Words that say "not known".
const NOT_KNOWN: [&str; 5] = ["不清楚", "不详", "未知", "不确定", "unknown"];

/// What one cell says about its question.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// Nothing: the question stays unanswered.
    Blank,
    Answer(Answer),
    /// A multi-choice cell: the options it says hold, those it says do not (mapped with
    /// [`NOT`]), and whether the options held are the person's whole answer (the column is
    /// complete, or it names an option that excludes the others); where they are not, whether
    /// any other option holds is not known.
    Options {
        held: BTreeSet<String>,
        not: BTreeSet<String>,
        whole: bool,
    },
    /// A value the mapping cannot read: the row goes to the errors.
    Unknown(String),
}

impl Mapping {
    /// Reads a mapping file's text and checks it against the pack: every question exists and
    /// every value names one of its options.
    pub fn from_toml(text: &str, pack: &PolicyPack) -> Result<Mapping> {
        let mapping: Mapping = toml::from_str(text).map_err(|e| ListError::MappingSyntax {
            // The line the error starts on: one more than the line breaks before it (counting
            // the lines before it was one short when the error began a line: issue #17 review).
            line: e.span().map_or(0, |s| {
                text.as_bytes()
                    .iter()
                    .take(s.start)
                    .filter(|b| **b == b'\n')
                    .count()
                    + 1
            }),
        })?;
        mapping.check(pack)?;
        Ok(mapping)
    }

    /// The mapping as a file staff can read and change.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }

    /// Refuses a mapping that names no column (every row would be screened with nothing
    /// known: issue #17 review), an unknown question or option, or a question other than a
    /// multi-choice one twice.
    pub fn check(&self, pack: &PolicyPack) -> Result<()> {
        if self.columns.is_empty() {
            return Err(ListError::EmptyMapping);
        }
        let mut seen = BTreeSet::new();
        for column in &self.columns {
            let q = pack
                .question(&column.question)
                .ok_or_else(|| ListError::UnknownQuestion(column.question.clone()))?;
            if !seen.insert(q.id.as_str()) && q.kind != QuestionKind::Multi {
                return Err(ListError::QuestionTwice(q.id.clone()));
            }
            for target in column.values.values() {
                if !valid_target(q, target) {
                    return Err(ListError::UnknownOption {
                        question: q.id.clone(),
                        option: target.clone(),
                    });
                }
            }
        }
        Ok(())
    }
}

/// Whether a mapping value can stand for an answer to `q`.
fn valid_target(q: &Question, target: &str) -> bool {
    if target.is_empty() {
        return true;
    }
    match q.kind {
        QuestionKind::Single => q.has_option(target) || (q.unsure && target == UNSURE),
        QuestionKind::Multi => match target.strip_prefix(NOT) {
            // "Not none of the above" would say nothing a list can mean.
            Some(option) => q.has_option(option) && !q.is_exclusive(option),
            None => q.has_option(target) || (q.unsure && target == UNSURE),
        },
        QuestionKind::Bool => {
            target == "true" || target == "false" || (q.unsure && target == UNSURE)
        }
        QuestionKind::Number => target.parse::<f64>().is_ok_and(f64::is_finite),
        QuestionKind::Date => parse_date(target).is_some(),
    }
}

/// A column ready to read cells: its question, its values, and the options' labels in every
/// language.
#[derive(Debug)]
pub struct ColumnReader<'p> {
    pub question: &'p Question,
    pub column: usize,
    complete: bool,
    values: BTreeMap<String, String>,
    labels: BTreeMap<String, String>,
    /// Labels and mapped values that hold a separator themselves (台湾、香港、澳门居民),
    /// longest first: a multi-choice cell is not split inside them.
    unsplit: Vec<String>,
}

impl<'p> ColumnReader<'p> {
    pub fn new(
        map: &ColumnMap,
        column: usize,
        pack: &'p PolicyPack,
        loc: &Localizer,
    ) -> Option<Self> {
        let question = pack.question(&map.question)?;
        let values = map
            .values
            .iter()
            .map(|(k, v)| (fold(k), v.clone()))
            .collect();
        let mut labels = BTreeMap::new();
        let mut unsplit: Vec<String> = map
            .values
            .keys()
            .filter(|k| k.contains(SEPARATORS))
            .cloned()
            .collect();
        for option in &question.options {
            labels.insert(fold(option), option.clone());
            for locale in Locale::ALL {
                let label = loc.text(locale, PackText::Option(&question.id, option), None);
                if label.contains(SEPARATORS) {
                    unsplit.push(label.clone());
                }
                labels.insert(fold(&label), option.clone());
            }
        }
        unsplit.sort_by_key(|t| std::cmp::Reverse(t.chars().count()));
        Some(ColumnReader {
            question,
            column,
            complete: map.complete,
            values,
            labels,
            unsplit,
        })
    }

    /// What a cell says about the question.
    pub fn read(&self, cell: &str) -> Reading {
        let cell = cell.trim_matches(|c: char| c.is_whitespace());
        if cell.is_empty() || self.mapped(cell).is_some_and(|v| v.is_empty()) {
            return Reading::Blank;
        }
        match self.question.kind {
            QuestionKind::Multi => {
                let mut chosen = BTreeSet::new();
                let mut not = BTreeSet::new();
                // A label or mapped value holding a separator is taken whole first (issue #17
                // review: 台湾、香港、澳门居民 was split into three unknown values).
                let mut rest = cell.to_owned();
                let mut parts = Vec::new();
                for text in &self.unsplit {
                    if rest.contains(text.as_str()) {
                        rest = rest.replace(text.as_str(), "、");
                        parts.push(text.clone());
                    }
                }
                parts.extend(split_values(&rest));
                // 不详 in a list of groups says nothing, and what is listed beside it is not
                // all there is (issue #17 review: it was an unknown value, the row in errors).
                let mut unsure = false;
                for part in parts {
                    match self.option(&part) {
                        None if says_not_known(&part) => unsure = true,
                        Some(o) if o.is_empty() => {}
                        Some(o) => match o.strip_prefix(NOT) {
                            Some(option) => {
                                not.insert(option.to_owned());
                            }
                            None => {
                                chosen.insert(o);
                            }
                        },
                        None => return Reading::Unknown(part),
                    }
                }
                // A column that says only what the person is not says nothing of what they are.
                let whole = !chosen.is_empty()
                    && ((self.complete && !unsure)
                        || chosen.iter().any(|o| self.question.is_exclusive(o)));
                if chosen.is_empty() && not.is_empty() {
                    Reading::Blank
                } else {
                    Reading::Options {
                        held: chosen,
                        not,
                        whole,
                    }
                }
            }
            QuestionKind::Single => match self.option(cell) {
                Some(o) if o == UNSURE => Reading::Answer(Answer::Unsure),
                Some(o) => Reading::Answer(Answer::Choice(o)),
                None => self.not_known(cell),
            },
            QuestionKind::Bool => match self.mapped(cell).as_deref() {
                Some("true") => Reading::Answer(Answer::Bool(true)),
                Some("false") => Reading::Answer(Answer::Bool(false)),
                Some(UNSURE) => Reading::Answer(Answer::Unsure),
                _ => match yes_or_no(cell) {
                    Some(said) => Reading::Answer(Answer::Bool(said)),
                    None => self.not_known(cell),
                },
            },
            QuestionKind::Number => {
                let text = self.mapped(cell).unwrap_or_else(|| cell.to_owned());
                match text.parse::<f64>() {
                    Ok(n) if n.is_finite() => Reading::Answer(Answer::Number(n)),
                    _ => self.not_known(cell),
                }
            }
            QuestionKind::Date => {
                let text = self.mapped(cell).unwrap_or_else(|| cell.to_owned());
                match list_date(&text) {
                    Some(d) => Reading::Answer(Answer::Date(d)),
                    None => self.not_known(cell),
                }
            }
        }
    }

    /// The value the mapping gives a cell, if it names one.
    fn mapped(&self, cell: &str) -> Option<String> {
        self.values.get(&fold(cell)).cloned()
    }

    /// The option a value stands for: by the mapping, else an option's value or label.
    fn option(&self, part: &str) -> Option<String> {
        self.mapped(part)
            .or_else(|| self.labels.get(&fold(part)).cloned())
    }

    /// 不清楚 and the like: "not sure" where the question takes it, else unanswered.
    fn not_known(&self, cell: &str) -> Reading {
        if says_not_known(cell) {
            if self.question.unsure {
                Reading::Answer(Answer::Unsure)
            } else {
                Reading::Blank
            }
        } else {
            Reading::Unknown(cell.to_owned())
        }
    }
}

/// Whether a cell says yes (是, Y, 1, √ …) or no (否, N, 0, × …), if it says either.
pub(super) fn yes_or_no(cell: &str) -> Option<bool> {
    let folded = fold(cell);
    if YES.contains(&folded.as_str()) {
        Some(true)
    } else if NO.contains(&folded.as_str()) {
        Some(false)
    } else {
        None
    }
}

/// Whether a cell says that it is not known (不清楚, 不详 …).
pub(super) fn says_not_known(cell: &str) -> bool {
    NOT_KNOWN.contains(&fold(cell).as_str())
}

/// A value as it is compared: spaces around it aside, without case, and full-width letters,
/// digits and signs (ＹＥＳ, １, the ideographic space) as their ASCII forms — the part of
/// Unicode's NFKC folding that Chinese input methods produce in lists (issue #17 review).
pub(super) fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            c => c,
        })
        .collect::<String>()
        .trim()
        .to_lowercase()
}

/// A date as lists write it: `2026-01-15`, `2026/1/15`, `2026.1.15` or `2026年1月15日`.
fn list_date(text: &str) -> Option<time::Date> {
    if let Some(d) = parse_date(text) {
        return Some(d);
    }
    let parts: Vec<&str> = text
        .trim_end_matches('日')
        .split(['/', '.', '-', '年', '月'])
        .collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = (y.parse().ok()?, m.parse::<u8>().ok()?, d.parse().ok()?);
    if !(1000..=9999).contains(&y) {
        return None;
    }
    time::Date::from_calendar_date(y, time::Month::try_from(m).ok()?, d).ok()
}
