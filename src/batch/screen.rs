//! Screening a list: every row's mapped cells read as answers and evaluated by the same
//! engine, pack and date as a consultation ([`crate::engine::evaluate`]). A question the list
//! does not answer stays unanswered, so its measures are unknown, never "no".
//!
//! A multi-choice column that is not complete says which options hold for a person and nothing
//! about the others ([`Reading::AtLeast`]); the engine's answer to a multi-choice question is
//! the whole set, so the question is left unanswered and a measure is decided by the partial
//! answer only where every answer that agrees with it decides it the same way. Where the
//! measure's condition never tests the question under a `not`, its truth can only grow with
//! the set, so the smallest set (the options named) and the largest (those and every option
//! that does not exclude the others) bound every possibility: when both give one status, that
//! is the status; otherwise the measure stays unknown and waits on the question. A measure that
//! tests the question under a `not` stays as the unanswered question leaves it.
//!
//! Several columns of one multi-choice question (a yes/no column per group) make one answer:
//! the options they name together, the person's whole answer if any column's is.
//!
//! A row with a cell the mapping cannot read is not screened: every such cell goes to the
//! errors with its row number, column and reason, so that rows in = rows screened + rows in
//! errors. Nothing here writes anything or keeps a row beyond the screening.

use std::collections::{BTreeSet, HashMap};

use super::footer::{continues_note, footer};
use super::mapping::{ColumnReader, Mapping, Reading};
use super::progress::{Progress, Stage, Step, REPORT_EVERY_ROWS};
use super::read::List;
use super::{ListError, Result};
use crate::answers::{Answer, Answers};
use crate::condition::Condition;
use crate::engine::{self, Status, Verdict};
use crate::flow::Plan;
use crate::i18n::Localizer;
use crate::message::{Explain, Message};
use crate::pack::PolicyPack;
use crate::question::Question;

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
    let judge = Judge::new(pack, on);
    // Whether the line before was a note or went on one (a blank line between is not a row).
    let mut in_note = false;
    for (index, row) in list.rows.iter().enumerate() {
        if index % REPORT_EVERY_ROWS == 0 && !progress(Step::new(Stage::Screening, index, total)) {
            return Err(ListError::Cancelled);
        }
        let mapped_filled = readers.iter().any(|r| {
            row.cells
                .get(r.column)
                .is_some_and(|c| !c.trim().is_empty())
        });
        let not_a_person = footer(&row.cells, &row.merged, mapped_filled).or_else(|| {
            in_note
                .then(|| continues_note(&row.cells, &row.merged, mapped_filled))
                .flatten()
        });
        in_note = not_a_person.is_some_and(|f| f.note);
        if let Some(line) = not_a_person {
            // issue #17 review: 合计, 填表人 and 注： lines under a list were screened as people.
            screening.rows_in_error += 1;
            screening.errors.push(RowError {
                line: row.line,
                column: list.headers.get(line.column).cloned().unwrap_or_default(),
                value: line.text.to_owned(),
                reason: Message::new("list-error-not-a-person"),
            });
            continue;
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
        let mut chosen: Vec<Chosen<'_>> = Vec::new();
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
                // Several columns may name options of one multi-choice question: joined below.
                Reading::Answer(Answer::Choices(named)) => {
                    Chosen::add(&mut chosen, reader, cell, named, true);
                }
                Reading::AtLeast(named) => Chosen::add(&mut chosen, reader, cell, named, false),
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
        let mut partial: Vec<(&Question, BTreeSet<String>)> = Vec::new();
        for c in chosen {
            if !c.whole {
                partial.push((c.question, c.options));
            } else if let Err(e) = answers.set(pack, &c.question.id, Answer::Choices(c.options)) {
                // Said at the column that named the last of the options: with one column, the
                // column; with several, the one that made the answer impossible.
                bad.push(RowError {
                    line: row.line,
                    column: list.headers.get(c.column).cloned().unwrap_or_default(),
                    value: c.cell.to_owned(),
                    reason: e.message(),
                });
            }
        }
        if !bad.is_empty() {
            screening.rows_in_error += 1;
            screening.errors.extend(bad);
            continue;
        }
        let (verdicts, least) = judge.verdicts(&answers, &partial);
        let plan = Plan::new(pack, &verdicts, &answers);
        // Asked as if the row's partial answers were whole (a veteran on a list of veterans is
        // asked a veteran's next question); the row's own plan only when that asks nothing.
        let ask = least
            .and_then(|(given, verdicts)| question_to_ask(&Plan::new(pack, &verdicts, &given)))
            .or_else(|| question_to_ask(&plan));
        let groups = match answers.get(audience) {
            Some(crate::Answer::Choices(set)) => set.iter().cloned().collect(),
            Some(crate::Answer::Choice(one)) => vec![one.clone()],
            _ => partial
                .iter()
                .find(|(q, _)| q.id == audience)
                .map(|(_, held)| held.iter().cloned().collect())
                .unwrap_or_default(),
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
    if !progress(Step::new(Stage::Screening, total, total)) {
        return Err(ListError::Cancelled);
    }
    Ok(screening)
}

/// The options a row's columns name for one multi-choice question, joined.
struct Chosen<'r> {
    question: &'r Question,
    options: BTreeSet<String>,
    /// Whether they are the person's whole answer: a column says so (it is `complete`, or it
    /// names an option that excludes the others).
    whole: bool,
    /// The last column that named some, and its cell.
    column: usize,
    cell: &'r str,
}

impl<'r> Chosen<'r> {
    /// Adds the options `reader`'s column names in `cell` to those of its question so far.
    fn add(
        chosen: &mut Vec<Chosen<'r>>,
        reader: &ColumnReader<'r>,
        cell: &'r str,
        named: BTreeSet<String>,
        whole: bool,
    ) {
        let question = reader.question;
        match chosen.iter_mut().find(|c| c.question.id == question.id) {
            Some(c) => {
                c.options.extend(named);
                c.whole |= whole;
                c.column = reader.column;
                c.cell = cell;
            }
            None => chosen.push(Chosen {
                question,
                options: named,
                whole,
                column: reader.column,
                cell,
            }),
        }
    }
}

/// The question most of the measures still open wait on (the first of those), if any.
/// Where the row answers a question only in part (a column of groups that names some), the
/// caller asks this of the plan for the options named taken as the whole answer: staff on the
/// phone learn more from the next question that person would be asked than from "which of
/// these describe you?" again, or from another group's question (issue #17 review: every
/// veteran on a list of veterans was to be asked the groups question).
fn question_to_ask(plan: &Plan<'_>) -> Option<String> {
    plan.open
        .iter()
        .map(|q| (plan.waiting_on(&q.id).len(), q))
        .filter(|(n, _)| *n > 0)
        // The first among equals: max_by_key keeps the last, so count down the order.
        .rev()
        .max_by_key(|(n, _)| *n)
        .map(|(_, q)| q.id.clone())
}

/// The verdicts of a row whose multi-choice columns may say only which options hold (see the
/// module's note).
struct Judge<'p> {
    pack: &'p PolicyPack,
    on: time::Date,
    /// For each measure (pack order), the questions its condition tests under a `not`.
    negated: Vec<BTreeSet<&'p str>>,
}

impl<'p> Judge<'p> {
    fn new(pack: &'p PolicyPack, on: time::Date) -> Judge<'p> {
        let negated = pack
            .measures
            .iter()
            .map(|m| {
                let mut out = BTreeSet::new();
                negated_questions(&m.condition, false, &mut out);
                out
            })
            .collect();
        Judge { pack, on, negated }
    }

    /// The verdicts for `answers` with, for each of `partial`'s questions, at least the options
    /// named holding; and, where there are such questions, the answers with exactly the
    /// options named and their verdicts (for the question to ask).
    fn verdicts(
        &self,
        answers: &Answers,
        partial: &[(&Question, BTreeSet<String>)],
    ) -> (Vec<Verdict>, Option<(Answers, Vec<Verdict>)>) {
        let unanswered = engine::evaluate(self.pack, answers, self.on);
        if partial.is_empty() {
            return (unanswered, None);
        }
        let (mut least, mut most) = (answers.clone(), answers.clone());
        for (q, held) in partial {
            let every: BTreeSet<String> = q
                .options
                .iter()
                .filter(|o| !q.exclusive.contains(o))
                .chain(held)
                .cloned()
                .collect();
            let set = least
                .set(self.pack, &q.id, Answer::Choices(held.clone()))
                .and_then(|()| most.set(self.pack, &q.id, Answer::Choices(every)));
            // A partial answer the question cannot take as it is decides nothing.
            if set.is_err() {
                return (unanswered, None);
            }
        }
        let least_verdicts = engine::evaluate(self.pack, &least, self.on);
        let most = engine::evaluate(self.pack, &most, self.on);
        let verdicts = unanswered
            .into_iter()
            .zip(least_verdicts.iter().cloned())
            .zip(most)
            .zip(&self.negated)
            .map(|(((open, least), most), negated)| {
                let bounded = partial
                    .iter()
                    .all(|(q, _)| !negated.contains(q.id.as_str()));
                let decided = matches!(open.status, Status::Unknown { .. })
                    && bounded
                    && Found::of(&least.status) == Found::of(&most.status);
                if decided {
                    least
                } else {
                    open
                }
            })
            .collect();
        (verdicts, Some((least, least_verdicts)))
    }
}

/// The questions `condition` tests under an odd number of `not`s.
fn negated_questions<'c>(condition: &'c Condition, odd: bool, out: &mut BTreeSet<&'c str>) {
    match condition {
        Condition::Test(test) => {
            if odd {
                out.insert(test.question.as_str());
            }
        }
        Condition::Not(inner) => negated_questions(inner, !odd, out),
        Condition::All(parts) | Condition::Any(parts) => {
            for part in parts {
                negated_questions(part, odd, out);
            }
        }
    }
}
