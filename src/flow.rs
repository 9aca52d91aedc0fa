//! The adaptive questionnaire: which question to ask next, as a function of the answers.
//!
//! Nothing here is hand-written skip logic, and nothing is computed twice: the flow is read off
//! the verdicts. A measure still in force whose verdict is [`Status::Unknown`] lists the
//! unanswered questions that can still decide it (the residual of its condition); a question
//! is *open* when some such measure lists it, and the next question is the first open one in
//! the pack's order. One question is open on other grounds: the pack's region question (the
//! county), while unanswered, so that the results can name the local offices and the figures
//! count by county; it comes last in the pack, so it is asked last. So one evaluation of the answers ([`crate::engine::evaluate`]) gives both
//! the verdicts and the [`Plan`], a question is never asked whose answer cannot change a
//! verdict, and Back is simply "drop the last answer and ask again". There is no state besides
//! the answers.

use std::collections::BTreeSet;

use time::Date;

use crate::answers::Answers;
use crate::engine::{self, Status, Verdict};
use crate::pack::{Measure, PolicyPack};
use crate::question::Question;

/// How far along the applicant is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Questions answered so far.
    pub asked: usize,
    /// Questions that can still change a verdict. The real number left is at most this: an
    /// answer often settles other questions too.
    pub remaining: usize,
}

/// What is left to ask, read off one set of verdicts.
#[derive(Debug, Clone)]
pub struct Plan<'p> {
    /// The questions that can still change some verdict, in the pack's order.
    pub open: Vec<&'p Question>,
    /// For each open question, the measures waiting on it, in the pack's order.
    waiting: Vec<Vec<&'p Measure>>,
}

impl<'p> Plan<'p> {
    /// The plan for `verdicts` (the pack's verdicts for `answers`, as
    /// [`crate::engine::evaluate`] gives them).
    pub fn new(pack: &'p PolicyPack, verdicts: &[Verdict], answers: &Answers) -> Plan<'p> {
        let undecided: Vec<(&'p Measure, &[String])> = verdicts
            .iter()
            .filter_map(|v| match &v.status {
                Status::Unknown { missing } => {
                    pack.measure(&v.measure).map(|m| (m, missing.as_slice()))
                }
                _ => None,
            })
            .collect();
        let mut asked_for: BTreeSet<&str> = undecided
            .iter()
            .flat_map(|(_, missing)| missing.iter().map(String::as_str))
            .collect();
        if let Some(region) = pack.manifest.region_question.as_deref() {
            if !answers.contains(region) {
                asked_for.insert(region);
            }
        }
        let open: Vec<&'p Question> = pack
            .questions
            .iter()
            .filter(|q| asked_for.contains(q.id.as_str()))
            .collect();
        let waiting = open
            .iter()
            .map(|q| {
                undecided
                    .iter()
                    .filter(|(_, missing)| missing.contains(&q.id))
                    .map(|(m, _)| *m)
                    .collect()
            })
            .collect();
        Plan { open, waiting }
    }

    /// The next question to ask, or `None` when every verdict is decided.
    pub fn next(&self) -> Option<&'p Question> {
        self.open.first().copied()
    }

    /// The measures still in force whose verdict is waiting on `question` — the honest answer
    /// to "why do you ask this?". Empty for a question that is not open.
    pub fn waiting_on(&self, question: &str) -> &[&'p Measure] {
        self.open
            .iter()
            .position(|q| q.id == question)
            .and_then(|i| self.waiting.get(i))
            .map_or(&[], Vec::as_slice)
    }

    /// Progress once `asked` questions have been answered.
    pub fn progress(&self, asked: usize) -> Progress {
        Progress {
            asked,
            remaining: self.open.len(),
        }
    }
}

/// The plan for these answers on this date (evaluating them once).
pub fn plan<'p>(pack: &'p PolicyPack, answers: &Answers, on: Date) -> Plan<'p> {
    Plan::new(pack, &engine::evaluate(pack, answers, on), answers)
}

/// The questions that can still change some verdict, in the pack's order.
pub fn open_questions<'p>(pack: &'p PolicyPack, answers: &Answers, on: Date) -> Vec<&'p Question> {
    plan(pack, answers, on).open
}

/// The measures still in force whose verdict is waiting on `question`.
pub fn measures_waiting_on<'p>(
    pack: &'p PolicyPack,
    answers: &Answers,
    on: Date,
    question: &str,
) -> Vec<&'p Measure> {
    plan(pack, answers, on).waiting_on(question).to_vec()
}

/// Whether a measure is in force on a date: from its first day to its last, both included.
pub fn in_force(m: &Measure, on: Date) -> bool {
    m.valid_until.is_none_or(|u| on <= u) && m.valid_from.is_none_or(|f| on >= f)
}

/// The next question to ask, or `None` when every verdict is decided.
pub fn next_question<'p>(
    pack: &'p PolicyPack,
    answers: &Answers,
    on: Date,
) -> Option<&'p Question> {
    plan(pack, answers, on).next()
}

/// Progress through the questionnaire.
pub fn progress(pack: &PolicyPack, answers: &Answers, on: Date) -> Progress {
    plan(pack, answers, on).progress(answers.len())
}
