//! Screening a list: every row's mapped cells read as answers and evaluated by the same
//! engine, pack and date as a consultation ([`crate::engine::evaluate`]). A question the list
//! does not answer stays unanswered, so its measures are unknown, never "no".
//!
//! A multi-choice column that is not complete says which options hold for a person, perhaps
//! which do not (否 under 是否退役军人), and nothing about the others ([`Reading::Options`]); the
//! engine's answer to a multi-choice question is the whole set, so the question is left
//! unanswered and a measure is decided by the partial answer only where every answer that
//! agrees with it decides it the same way. Where the measure's condition never tests the
//! question under a `not`, its truth can only grow with the set, so the smallest sets and the
//! largest bound every possibility: the largest is the options held and every option that
//! neither excludes the others nor is said not to hold; the smallest is the options held, or,
//! where the list names none held (only what the person is not), each option that may hold
//! alone — an answer the question can take holds at least one. When all of them give one
//! status, that is the status; otherwise the measure stays unknown and waits on the question.
//! A test under a `not` breaks that bound unless the row settles it: "includes a veteran" when
//! the row says the person is one, or is not (留学人员 and not 外籍人员, issue #17 review: such
//! a measure stayed "ask" though the list decided it). A measure with a test under a `not`
//! that the row leaves open stays as the unanswered question leaves it.
//!
//! Several columns of one multi-choice question (a yes/no column per group) make one answer:
//! the options they say hold and do not hold together, the person's whole answer if any
//! column's is. A row whose columns say an option both holds and does not is not screened.
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
use crate::condition::{Condition, Test, TestOp};
use crate::engine::{self, Status, Verdict};
use crate::flow::Plan;
use crate::i18n::Localizer;
use crate::message::{Arg, Message};
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
    // The note the line before was, or went on (a blank line between is not a row).
    let mut note = None;
    for (index, row) in list.rows.iter().enumerate() {
        if index % REPORT_EVERY_ROWS == 0 && !progress(Step::new(Stage::Screening, index, total)) {
            return Err(ListError::Cancelled);
        }
        // Of the line's own cells: a value merged down over it from the people above is not
        // the line's (issue #17 review: 所在县 merged over a note made its lines people).
        let mapped_filled = readers.iter().any(|r| {
            !row.merged.contains(&r.column)
                && row
                    .cells
                    .get(r.column)
                    .is_some_and(|c| !c.trim().is_empty())
        });
        let not_a_person = footer(&row.cells, &row.merged, mapped_filled).or_else(|| {
            note.as_ref()
                .and_then(|n| continues_note(&row.cells, &row.merged, mapped_filled, n))
        });
        note = not_a_person.filter(|f| f.note);
        if list.header_again(row) {
            // issue #17 review: a second list pasted under the first, its header with it —
            // the upper row of a merged header was screened as a person.
            screening.rows_in_error += 1;
            let first = row.cells.iter().position(|c| !c.trim().is_empty());
            screening.errors.push(RowError {
                line: row.line,
                column: first
                    .and_then(|c| list.headers.get(c))
                    .cloned()
                    .unwrap_or_default(),
                value: first
                    .and_then(|c| row.cells.get(c))
                    .cloned()
                    .unwrap_or_default(),
                reason: Message::new("list-error-header-again"),
            });
            note = None;
            continue;
        }
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
                Reading::Options { held, not, whole } => {
                    Chosen::add(&mut chosen, reader, cell, Said { held, not, whole });
                }
                Reading::Answer(answer) => {
                    if let Err(e) = answers.set(pack, &reader.question.id, answer) {
                        bad.push(error(e.in_pack_words()));
                    }
                }
                Reading::Unknown(value) => bad.push(error(
                    Message::new("list-error-unknown-value").with("value", value),
                )),
            }
        }
        let mut partial: Vec<Partial<'_>> = Vec::new();
        for c in chosen {
            // Said at the column that named the last of the options: with one column, the
            // column; with several, the one that made the answer impossible.
            let wrong = |reason: Message| RowError {
                line: row.line,
                column: list.headers.get(c.column).cloned().unwrap_or_default(),
                value: c.cell.to_owned(),
                reason,
            };
            if let Some((column, cell, option)) = c.both {
                // Said at the column that contradicted what was said before it.
                let group = Arg::Option(c.question.id.clone(), option);
                bad.push(RowError {
                    line: row.line,
                    column: list.headers.get(column).cloned().unwrap_or_default(),
                    value: cell.to_owned(),
                    reason: Message::new("list-error-said-both").with("option", group),
                });
            } else if !c.said.whole {
                partial.push(Partial {
                    question: c.question,
                    held: c.said.held,
                    not: c.said.not,
                });
            } else if let Err(e) = answers.set(pack, &c.question.id, Answer::Choices(c.said.held)) {
                bad.push(wrong(e.in_pack_words()));
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
                .find(|p| p.question.id == audience)
                .map(|p| p.held.iter().cloned().collect())
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

/// What a row's cells say of one multi-choice question.
struct Said {
    /// The options that hold.
    held: BTreeSet<String>,
    /// The options that do not.
    not: BTreeSet<String>,
    /// Whether `held` is the person's whole answer: a column says so (it is `complete`, or it
    /// names an option that excludes the others).
    whole: bool,
}

/// What a row's columns say of one multi-choice question, joined.
struct Chosen<'r> {
    question: &'r Question,
    said: Said,
    /// The last column that said something, and its cell.
    column: usize,
    cell: &'r str,
    /// The first column whose cell said an option holds that was said not to (in it, or in a
    /// column before it), or the other way round; its cell, and the option.
    both: Option<(usize, &'r str, String)>,
}

impl<'r> Chosen<'r> {
    /// Adds what `reader`'s column says in `cell` to what was said of its question so far.
    fn add(chosen: &mut Vec<Chosen<'r>>, reader: &ColumnReader<'r>, cell: &'r str, said: Said) {
        let question = reader.question;
        let here = |option: &String| (reader.column, cell, option.clone());
        // The option this column says both holds and does not, with what was said before.
        let contradicted = |before: Option<&Said>| {
            let mut both = said.held.intersection(&said.not);
            let mut with_before = before.into_iter().flat_map(|b| {
                said.held
                    .intersection(&b.not)
                    .chain(said.not.intersection(&b.held))
            });
            both.next().or_else(|| with_before.next()).map(here)
        };
        match chosen.iter_mut().find(|c| c.question.id == question.id) {
            Some(c) => {
                if c.both.is_none() {
                    c.both = contradicted(Some(&c.said));
                }
                c.said.held.extend(said.held);
                c.said.not.extend(said.not);
                c.said.whole |= said.whole;
                c.column = reader.column;
                c.cell = cell;
            }
            None => chosen.push(Chosen {
                question,
                both: contradicted(None),
                said,
                column: reader.column,
                cell,
            }),
        }
    }
}

/// A multi-choice question a row answers in part: the options that hold, and those that do
/// not; whether any other holds is not known.
struct Partial<'q> {
    question: &'q Question,
    held: BTreeSet<String>,
    not: BTreeSet<String>,
}

impl Partial<'_> {
    /// Whether every answer that agrees gives `test` (of this question) one value: it asks
    /// about an option the row says holds, or only about options it says do not.
    fn settles(&self, test: &Test) -> bool {
        let named = |o: &String| self.held.contains(o) || self.not.contains(o);
        match &test.op {
            TestOp::Contains(option) => named(option),
            TestOp::ContainsAny(options) => {
                options.iter().any(|o| self.held.contains(o))
                    || options.iter().all(|o| self.not.contains(o))
            }
            _ => false,
        }
    }

    /// The largest answer that agrees: the options held and every other one that neither
    /// excludes the others nor is said not to hold; none where no such option is left (every
    /// answer that agrees is then one of [`Partial::smallest`]).
    fn largest(&self) -> Option<BTreeSet<String>> {
        let q = self.question;
        let every: BTreeSet<String> = q
            .options
            .iter()
            .filter(|o| !q.is_exclusive(o) && !self.not.contains(*o))
            .chain(&self.held)
            .cloned()
            .collect();
        (!every.is_empty()).then_some(every)
    }

    /// The smallest answers that agree, one of which every answer that agrees holds: the
    /// options held; where none is, each option that may hold, alone (an option that excludes
    /// the others among them), and no option where the question may be answered with none.
    fn smallest(&self) -> Vec<BTreeSet<String>> {
        if !self.held.is_empty() {
            return vec![self.held.clone()];
        }
        let q = self.question;
        let mut out: Vec<BTreeSet<String>> = q
            .options
            .iter()
            .filter(|o| !self.not.contains(*o))
            .map(|o| BTreeSet::from([o.clone()]))
            .collect();
        if q.min_selected == 0 {
            out.push(BTreeSet::new());
        }
        out
    }
}

/// At most how many smallest answers a row's partial answers make together (their product):
/// past it the measures stay as the unanswered questions leave them (a pack with several
/// multi-choice questions a list answers only with "not"s).
const MAX_SMALLEST: usize = 64;

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
    /// For each measure (pack order), the tests its condition makes under a `not`.
    negated: Vec<Vec<&'p Test>>,
}

impl<'p> Judge<'p> {
    fn new(pack: &'p PolicyPack, on: time::Date) -> Judge<'p> {
        let negated = pack
            .measures
            .iter()
            .map(|m| {
                let mut out = Vec::new();
                negated_tests(&m.condition, false, &mut out);
                out
            })
            .collect();
        Judge { pack, on, negated }
    }

    /// The verdicts for `answers` with `partial`'s questions answered in part (see the
    /// module's note); and, where every such question has an option held, the answers with
    /// exactly the options held and their verdicts (for the question to ask).
    fn verdicts(
        &self,
        answers: &Answers,
        partial: &[Partial<'_>],
    ) -> (Vec<Verdict>, Option<(Answers, Vec<Verdict>)>) {
        let unanswered = engine::evaluate(self.pack, answers, self.on);
        if partial.is_empty() {
            return (unanswered, None);
        }
        // Every corner: the largest answers together, and each combination of smallest ones.
        let mut most = answers.clone();
        let mut corners = vec![answers.clone()];
        for p in partial {
            let smallest = p.smallest();
            if corners.len().saturating_mul(smallest.len()) > MAX_SMALLEST {
                return (unanswered, None);
            }
            let largest = p.largest().or_else(|| smallest.first().cloned());
            // A partial answer the question cannot take as it is decides nothing.
            let Some(Ok(())) =
                largest.map(|set| most.set(self.pack, &p.question.id, Answer::Choices(set)))
            else {
                return (unanswered, None);
            };
            let mut next = Vec::with_capacity(corners.len() * smallest.len());
            for answers in &corners {
                for set in &smallest {
                    let mut with = answers.clone();
                    if with
                        .set(self.pack, &p.question.id, Answer::Choices(set.clone()))
                        .is_err()
                    {
                        return (unanswered, None);
                    }
                    next.push(with);
                }
            }
            corners = next;
        }
        let most = engine::evaluate(self.pack, &most, self.on);
        let at_corners: Vec<Vec<Verdict>> = corners
            .iter()
            .map(|a| engine::evaluate(self.pack, a, self.on))
            .collect();
        let verdicts = unanswered
            .into_iter()
            .zip(most)
            .zip(&self.negated)
            .enumerate()
            .map(|(m, ((open, most), negated))| {
                let bounded = negated.iter().all(|test| {
                    partial
                        .iter()
                        .find(|p| p.question.id == test.question)
                        .is_none_or(|p| p.settles(test))
                });
                let found = Found::of(&most.status);
                let decided = matches!(open.status, Status::Unknown { .. })
                    && bounded
                    && at_corners
                        .iter()
                        .all(|v| v.get(m).is_some_and(|v| Found::of(&v.status) == found));
                match (decided, at_corners.first().and_then(|v| v.get(m))) {
                    (true, Some(least)) => least.clone(),
                    _ => open,
                }
            })
            .collect();
        let held = partial.iter().all(|p| !p.held.is_empty());
        let least = match (
            held,
            corners.into_iter().next(),
            at_corners.into_iter().next(),
        ) {
            (true, Some(answers), Some(verdicts)) => Some((answers, verdicts)),
            _ => None,
        };
        (verdicts, least)
    }
}

/// The tests `condition` makes under an odd number of `not`s.
fn negated_tests<'c>(condition: &'c Condition, odd: bool, out: &mut Vec<&'c Test>) {
    match condition {
        Condition::Test(test) => {
            if odd {
                out.push(test);
            }
        }
        Condition::Not(inner) => negated_tests(inner, !odd, out),
        Condition::All(parts) | Condition::Any(parts) => {
            for part in parts {
                negated_tests(part, odd, out);
            }
        }
    }
}
