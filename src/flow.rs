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
    /// The measures still undecided, in the pack's order, each with the questions it waits on.
    /// Which measures wait on one question is read from here when asked for ([`Plan::waiting_on`]),
    /// not for every open question in advance: the next question needs none of it, and on a
    /// pack fifty times the default that cost more than the evaluation itself.
    undecided: Vec<(&'p Measure, Vec<&'p str>)>,
}

impl<'p> Plan<'p> {
    /// The plan for `verdicts` (the pack's verdicts for `answers`, as
    /// [`crate::engine::evaluate`] gives them).
    pub fn new(pack: &'p PolicyPack, verdicts: &[Verdict], answers: &Answers) -> Plan<'p> {
        let undecided: Vec<(&'p Measure, Vec<&'p str>)> = verdicts
            .iter()
            .filter_map(|v| match &v.status {
                Status::Unknown { missing } => pack.measure(&v.measure).map(|m| {
                    let ids = missing
                        .iter()
                        .filter_map(|id| pack.question(id).map(|q| q.id.as_str()))
                        .collect();
                    (m, ids)
                }),
                _ => None,
            })
            .collect();
        let mut asked_for: BTreeSet<&str> = undecided
            .iter()
            .flat_map(|(_, missing)| missing.iter().copied())
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
        Plan { open, undecided }
    }

    /// The next question to ask, or `None` when every verdict is decided.
    pub fn next(&self) -> Option<&'p Question> {
        self.open.first().copied()
    }

    /// The measures still in force whose verdict is waiting on `question`, in the pack's order
    /// — the honest answer to "why do you ask this?". Empty for a question that is not open.
    pub fn waiting_on(&self, question: &str) -> Vec<&'p Measure> {
        self.undecided
            .iter()
            .filter(|(_, missing)| missing.contains(&question))
            .map(|(m, _)| *m)
            .collect()
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
    plan(pack, answers, on).waiting_on(question)
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

/// The answers the questionnaire would no longer ask for: after a changed answer (on the
/// review screen, say), an answer to a question that can no longer change any verdict — "获得过
/// 三等奖以上" once the contest level is "没有参加过". The questionnaire is replayed from no
/// answers in its own order, taking each given answer when its question comes up; what is never
/// asked, and cannot be asked later (it is open for no measure), is returned, in the pack's
/// order. The engine's three-valued logic is monotone — more answers only decide more — so a
/// question that is open for no measure now stays so.
pub fn stale_answers(pack: &PolicyPack, answers: &Answers, on: Date) -> Vec<String> {
    let mut kept = Answers::new();
    let open: BTreeSet<&str> = loop {
        let plan = plan(pack, &kept, on);
        let Some(q) = plan.next() else {
            break BTreeSet::new();
        };
        match answers.get(&q.id) {
            // An answer the replay cannot take leaves every answer where it is.
            Some(a) if kept.set(pack, &q.id, a.clone()).is_err() => return Vec::new(),
            Some(_) => {}
            // A question not answered yet comes next; what may still be asked after it stays.
            None => break plan.open.iter().map(|q| q.id.as_str()).collect(),
        }
    };
    pack.questions
        .iter()
        .filter(|q| {
            answers.contains(&q.id) && !kept.contains(&q.id) && !open.contains(q.id.as_str())
        })
        .map(|q| q.id.clone())
        .collect()
}

/// Before the audience question ("who are you?") is answered, the upper bound of
/// [`Progress::remaining`] counts every question of the pack, which a person is never asked.
/// This is the honest range instead: for each single answer to the audience question, how many
/// questions at most that person is asked in all (the audience question included). `None`
/// once it is answered, or if the pack has no such question.
pub fn questions_by_audience(
    pack: &PolicyPack,
    answers: &Answers,
    on: Date,
) -> Option<(usize, usize)> {
    let audience = pack.question(&pack.manifest.audience_question)?;
    if answers.contains(&audience.id) {
        return None;
    }
    let counts: Vec<usize> = audience
        .options
        .iter()
        .filter_map(|o| {
            let mut with = answers.clone();
            let one = match audience.kind {
                crate::question::QuestionKind::Multi => {
                    crate::answers::Answer::Choices(BTreeSet::from([o.clone()]))
                }
                _ => crate::answers::Answer::Choice(o.clone()),
            };
            with.set(pack, &audience.id, one).ok()?;
            Some(answers.len() + 1 + plan(pack, &with, on).open.len())
        })
        .collect();
    Some((*counts.iter().min()?, *counts.iter().max()?))
}
