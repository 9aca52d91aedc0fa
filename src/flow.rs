//! The adaptive questionnaire: which question to ask next, as a function of the answers.
//!
//! Nothing here is hand-written skip logic. A question is *open* when some measure that is
//! still in force is undecided and the question occurs in the part of that measure's condition
//! the answers so far leave undecided; the next question is the first open one in the pack's
//! order. So a question is never asked whose answer cannot change a verdict, and Back is simply
//! "drop the last answer and ask again". There is no state besides the answers.

use std::collections::BTreeSet;

use time::Date;

use crate::answers::Answers;
use crate::condition::Truth;
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

/// The questions that can still change some verdict, in the pack's order.
pub fn open_questions<'p>(pack: &'p PolicyPack, answers: &Answers, on: Date) -> Vec<&'p Question> {
    let mut open = BTreeSet::new();
    for m in &pack.measures {
        if in_force(m, on) {
            let mut pending = BTreeSet::new();
            if m.condition.residual(answers, &mut pending) == Truth::Unknown {
                open.append(&mut pending);
            }
        }
    }
    pack.questions
        .iter()
        .filter(|q| open.contains(&q.id))
        .collect()
}

/// The measures still in force whose verdict is waiting on `question` — the honest answer to
/// "why do you ask this?".
pub fn measures_waiting_on<'p>(
    pack: &'p PolicyPack,
    answers: &Answers,
    on: Date,
    question: &str,
) -> Vec<&'p Measure> {
    pack.measures
        .iter()
        .filter(|m| in_force(m, on))
        .filter(|m| {
            let mut pending = BTreeSet::new();
            m.condition.residual(answers, &mut pending) == Truth::Unknown
                && pending.contains(question)
        })
        .collect()
}

/// Whether a measure is in force on a date.
pub fn in_force(m: &Measure, on: Date) -> bool {
    m.valid_until.is_none_or(|u| on <= u) && m.valid_from.is_none_or(|f| on >= f)
}

/// The next question to ask, or `None` when every verdict is decided.
pub fn next_question<'p>(
    pack: &'p PolicyPack,
    answers: &Answers,
    on: Date,
) -> Option<&'p Question> {
    open_questions(pack, answers, on).into_iter().next()
}

/// Progress through the questionnaire.
pub fn progress(pack: &PolicyPack, answers: &Answers, on: Date) -> Progress {
    Progress {
        asked: answers.len(),
        remaining: open_questions(pack, answers, on).len(),
    }
}
