//! Screening a list: every row's mapped cells read as answers and evaluated by the same
//! engine, pack and date as a consultation ([`crate::engine::evaluate`]). A question the list
//! does not answer stays unanswered, so its measures are unknown, never "no".
//!
//! A row with a cell the mapping cannot read is not screened: every such cell goes to the
//! errors with its row number, column and reason, so that rows in = rows screened + rows in
//! errors. Nothing here writes anything or keeps a row beyond the screening.

use std::collections::HashMap;

use super::mapping::{ColumnReader, Mapping, Reading};
use super::read::List;
use super::{ListError, Result};
use crate::answers::Answers;
use crate::engine::{self, Status};
use crate::flow::Plan;
use crate::i18n::Localizer;
use crate::message::{Explain, Message};
use crate::pack::PolicyPack;

/// A status, as the screening keeps it for every row and measure (one byte each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Found {
    Eligible,
    NeedsReview,
    Unknown,
    Ineligible,
    Expired,
}

impl Found {
    pub const ALL: [Found; 5] = [
        Found::Eligible,
        Found::NeedsReview,
        Found::Unknown,
        Found::Ineligible,
        Found::Expired,
    ];

    fn of(status: &Status) -> Found {
        match status {
            Status::Eligible => Found::Eligible,
            Status::NeedsReview => Found::NeedsReview,
            Status::Unknown { .. } => Found::Unknown,
            Status::Ineligible { .. } => Found::Ineligible,
            Status::Expired { .. } => Found::Expired,
        }
    }

    /// The status name used in files ([`Status::key`]'s).
    pub fn key(self) -> &'static str {
        match self {
            Found::Eligible => "eligible",
            Found::NeedsReview => "needs_review",
            Found::Unknown => "unknown",
            Found::Ineligible => "ineligible",
            Found::Expired => "expired",
        }
    }

    /// Whether staff should call about it: the person can apply, or the department decides.
    pub fn worth_a_call(self) -> bool {
        matches!(self, Found::Eligible | Found::NeedsReview)
    }
}

/// One screened row.
#[derive(Debug, Clone, PartialEq)]
pub struct Screened {
    /// The row's index in [`List::rows`].
    pub index: usize,
    /// Each measure's status, in the pack's order.
    pub found: Vec<Found>,
    /// The one question still to ask that would decide most measures for this person (the
    /// first in the pack's order among equals), if any would decide one.
    pub ask: Option<String>,
    /// The person's groups (options of the pack's audience question), as the list says them.
    pub groups: Vec<String>,
}

/// A cell that kept its row from being screened.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    pub line: usize,
    pub column: String,
    pub value: String,
    pub reason: Message,
}

/// A whole list, screened.
#[derive(Debug, Clone, PartialEq)]
pub struct Screening {
    pub rows: Vec<Screened>,
    pub errors: Vec<RowError>,
    /// How many rows are in errors (a row may have several cells there).
    pub rows_in_error: usize,
}

/// What a caller hears while a list is screened: how many rows of how many are done. It
/// answers `false` to stop.
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize) -> bool;

/// How often the screening reports its progress, in rows.
const PROGRESS_EVERY: usize = 500;

/// Screens every row of `list` through `mapping` on `on`.
pub fn screen(
    list: &List,
    mapping: &Mapping,
    pack: &PolicyPack,
    loc: &Localizer,
    on: time::Date,
    progress: Progress<'_>,
) -> Result<Screening> {
    mapping.check(pack)?;
    let mut readers = Vec::with_capacity(mapping.columns.len());
    for map in &mapping.columns {
        let column = list
            .column(&map.header)
            .ok_or_else(|| ListError::NoColumn(map.header.clone()))?;
        let reader = ColumnReader::new(map, column, pack, loc)
            .ok_or_else(|| ListError::UnknownQuestion(map.question.clone()))?;
        readers.push(reader);
    }
    let audience = pack.manifest.audience_question.as_str();
    let mut screening = Screening {
        rows: Vec::with_capacity(list.rows.len()),
        errors: Vec::new(),
        rows_in_error: 0,
    };
    let total = list.rows.len();
    // The verdicts are a function of the answers alone (the rules are pure), and a list
    // repeats a few combinations of mapped cells many times: each is evaluated once.
    let mut seen: HashMap<Vec<&str>, Screened> = HashMap::new();
    for (index, row) in list.rows.iter().enumerate() {
        if index % PROGRESS_EVERY == 0 && !progress(index, total) {
            return Err(ListError::Cancelled);
        }
        let key: Vec<&str> = readers
            .iter()
            .map(|r| row.cells.get(r.column).map_or("", |c| c.trim()))
            .collect();
        if let Some(same) = seen.get(&key) {
            screening.rows.push(Screened {
                index,
                ..same.clone()
            });
            continue;
        }
        let mut answers = Answers::new();
        let mut bad = Vec::new();
        for reader in &readers {
            let cell = row.cells.get(reader.column).map_or("", String::as_str);
            let error = |reason: Message| RowError {
                line: row.line,
                column: list.headers.get(reader.column).cloned().unwrap_or_default(),
                value: cell.to_owned(),
                reason,
            };
            match reader.read(cell) {
                Reading::Blank => {}
                Reading::Answer(answer) => {
                    if let Err(e) = answers.set(pack, &reader.question.id, answer) {
                        bad.push(error(e.message()));
                    }
                }
                Reading::Unknown(value) => bad.push(error(
                    Message::new("list-error-unknown-value").with("value", value),
                )),
            }
        }
        if !bad.is_empty() {
            screening.rows_in_error += 1;
            screening.errors.extend(bad);
            continue;
        }
        let verdicts = engine::evaluate(pack, &answers, on);
        let plan = Plan::new(pack, &verdicts, &answers);
        let ask = plan
            .open
            .iter()
            .map(|q| (plan.waiting_on(&q.id).len(), q))
            .filter(|(n, _)| *n > 0)
            // The first among equals: max_by_key keeps the last, so count down the order.
            .rev()
            .max_by_key(|(n, _)| *n)
            .map(|(_, q)| q.id.clone());
        let groups = match answers.get(audience) {
            Some(crate::Answer::Choices(set)) => set.iter().cloned().collect(),
            Some(crate::Answer::Choice(one)) => vec![one.clone()],
            _ => Vec::new(),
        };
        let screened = Screened {
            index,
            found: verdicts.iter().map(|v| Found::of(&v.status)).collect(),
            ask,
            groups,
        };
        seen.insert(key, screened.clone());
        screening.rows.push(screened);
    }
    progress(total, total);
    Ok(screening)
}
