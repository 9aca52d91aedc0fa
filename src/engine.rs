//! The verdicts: for every measure of a pack, what the answers so far say about it.
//!
//! [`evaluate`] is pure: the same pack, answers and date always give the same verdicts, and it
//! cannot fail. It never guesses: a measure whose conditions are met but which leaves a judgement
//! to the department (优秀, 符合条件, 择优…) is [`Status::NeedsReview`], never eligible; a measure
//! past its end date is [`Status::Expired`] whatever the answers. Wording is not done here (see
//! [`crate::present`]); the reasons are data.

use std::collections::BTreeSet;

use time::Date;

use crate::answers::{Answer, Answers};
use crate::condition::{Test, TestOp, Truth};
use crate::pack::{Measure, PolicyPack};
use crate::question::QuestionKind;

/// What the answers say about one measure.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub measure: String,
    pub status: Status,
    /// The questions answered "not sure" that leave this verdict to the department (only for
    /// [`Status::NeedsReview`]; empty when the answers decide it).
    pub unsure: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Every condition is met and the source leaves nothing to judge: the applicant can apply.
    Eligible,
    /// The conditions the applicant can answer are met, and the department still judges (what
    /// it judges is the pack message `m-<id>.review`); or the applicant was not sure of an
    /// answer that decides it (see [`Verdict::unsure`]).
    NeedsReview,
    /// At least one condition is not met.
    Ineligible {
        reasons: Vec<Reason>,
        /// One answer that, if it were different, would make the measure apply.
        near_miss: Option<NearMiss>,
    },
    /// Not decided yet; these unanswered questions would decide it.
    Unknown { missing: Vec<String> },
    /// The measure ended on `until`. `applies` says whether the answers would otherwise meet its
    /// conditions; no question is ever asked to find that out.
    Expired { until: Date, applies: Truth },
}

impl Status {
    /// The status name used in files and on the wire.
    pub fn key(&self) -> &'static str {
        match self {
            Status::Eligible => "eligible",
            Status::NeedsReview => "needs_review",
            Status::Ineligible { .. } => "ineligible",
            Status::Unknown { .. } => "unknown",
            Status::Expired { .. } => "expired",
        }
    }

    /// Every status name, in the order results are shown.
    pub const KEYS: [&'static str; 5] = [
        "eligible",
        "needs_review",
        "ineligible",
        "unknown",
        "expired",
    ];
}

/// Why a measure does not apply.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// A test failed; `negated` when it failed by holding (it sat under a `not`).
    Test {
        test: Test,
        negated: bool,
        answer: Option<Answer>,
    },
    /// The measure only starts on this date.
    NotYetInForce(Date),
}

/// One answer that would turn an ineligible measure around.
#[derive(Debug, Clone, PartialEq)]
pub struct NearMiss {
    pub question: String,
    /// The answer that would make the difference.
    pub answer: Answer,
    /// What the measure would then be: eligible, needs review, or still depending on the listed
    /// unanswered questions.
    pub then: Then,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Then {
    Eligible,
    NeedsReview,
    AlsoDepends(Vec<String>),
}

/// The verdict for every measure of the pack, in the pack's order.
pub fn evaluate(pack: &PolicyPack, answers: &Answers, on: Date) -> Vec<Verdict> {
    pack.measures
        .iter()
        .map(|m| {
            let status = judge(pack, m, answers, on);
            let unsure = match status {
                Status::NeedsReview => unsure_questions(pack, m, answers),
                _ => Vec::new(),
            };
            Verdict {
                measure: m.id.clone(),
                status,
                unsure,
            }
        })
        .collect()
}

/// The questions answered "not sure" that keep a measure's condition undecided, in the pack's
/// order; none when the condition is decided.
fn unsure_questions(pack: &PolicyPack, measure: &Measure, answers: &Answers) -> Vec<String> {
    if measure.condition.eval(answers) != Truth::Unknown {
        return Vec::new();
    }
    let mut unsure: Vec<String> = measure
        .condition
        .questions()
        .into_iter()
        .filter(|q| matches!(answers.get(q), Some(Answer::Unsure)))
        .map(str::to_owned)
        .collect();
    unsure.sort_by_key(|q| pack.priority(q));
    unsure
}

/// The verdict for one measure.
pub fn judge(pack: &PolicyPack, measure: &Measure, answers: &Answers, on: Date) -> Status {
    if let Some(until) = measure.valid_until.filter(|until| on > *until) {
        return Status::Expired {
            until,
            applies: measure.condition.eval(answers),
        };
    }
    if let Some(from) = measure.valid_from.filter(|from| on < *from) {
        return Status::Ineligible {
            reasons: vec![Reason::NotYetInForce(from)],
            near_miss: None,
        };
    }
    let mut open = BTreeSet::new();
    match measure.condition.residual(answers, &mut open) {
        Truth::True if measure.review => Status::NeedsReview,
        Truth::True => Status::Eligible,
        // Nothing left to ask, yet undecided: the person was not sure of an answer that
        // matters, so the department judges.
        Truth::Unknown if open.is_empty() => Status::NeedsReview,
        Truth::Unknown => {
            let mut missing: Vec<String> = open.into_iter().collect();
            missing.sort_by_key(|q| pack.priority(q));
            Status::Unknown { missing }
        }
        Truth::False => Status::Ineligible {
            reasons: measure
                .condition
                .failed_tests(answers)
                .into_iter()
                .map(|f| Reason::Test {
                    answer: answers.get(&f.test.question).cloned(),
                    test: f.test,
                    negated: f.negated,
                })
                .collect(),
            near_miss: near_miss(pack, measure, answers),
        },
    }
}

/// Whether the applicant belongs to one of the measure's target groups.
pub fn in_target_groups(pack: &PolicyPack, measure: &Measure, answers: &Answers) -> bool {
    match answers.get(&pack.manifest.audience_question) {
        Some(Answer::Choices(groups)) => measure.groups.iter().any(|g| groups.contains(g)),
        _ => false,
    }
}

/// Looks for one answered question whose different answer would make the measure apply. Only
/// for measures of the applicant's own groups: telling a graduate how a veteran would fare is
/// noise. The audience question itself is never suggested.
fn near_miss(pack: &PolicyPack, measure: &Measure, answers: &Answers) -> Option<NearMiss> {
    if !in_target_groups(pack, measure, answers) {
        return None;
    }
    let mut questions: Vec<&str> = measure
        .condition
        .questions()
        .into_iter()
        .filter(|q| *q != pack.manifest.audience_question && answers.contains(q))
        // Only an answer a person can change by doing something is worth suggesting: never
        // "if you had a patent" to someone who has none.
        .filter(|q| pack.question(q).is_some_and(|q| q.changeable))
        .collect();
    questions.sort_by_key(|q| pack.priority(q));
    let tests = measure.condition.tests();
    let mut fallback = None;
    for qid in questions {
        let (Some(question), Some(current)) = (pack.question(qid), answers.get(qid)) else {
            continue;
        };
        let on_q: Vec<&Test> = tests
            .iter()
            .copied()
            .filter(|t| t.question == qid)
            .collect();
        for alternative in alternatives(&question.options, question.kind, current, &on_q) {
            let changed = answers.with(qid, alternative.clone());
            let mut open = BTreeSet::new();
            match measure.condition.residual(&changed, &mut open) {
                Truth::Unknown if open.is_empty() && fallback.is_none() => {
                    fallback = Some(NearMiss {
                        question: qid.to_owned(),
                        answer: alternative,
                        then: Then::NeedsReview,
                    });
                }
                Truth::True => {
                    let then = if measure.review {
                        Then::NeedsReview
                    } else {
                        Then::Eligible
                    };
                    return Some(NearMiss {
                        question: qid.to_owned(),
                        answer: alternative,
                        then,
                    });
                }
                Truth::Unknown if fallback.is_none() => {
                    let mut also: Vec<String> = open.into_iter().collect();
                    also.sort_by_key(|q| pack.priority(q));
                    fallback = Some(NearMiss {
                        question: qid.to_owned(),
                        answer: alternative,
                        then: Then::AlsoDepends(also),
                    });
                }
                _ => {}
            }
        }
    }
    fallback
}

/// The answers worth trying instead of `current`: every other option, the other yes/no, one
/// toggled option of a multi-select, or the values just around a threshold the tests name.
fn alternatives(
    options: &[String],
    kind: QuestionKind,
    current: &Answer,
    tests: &[&Test],
) -> Vec<Answer> {
    match (kind, current) {
        (QuestionKind::Single, Answer::Choice(c)) => options
            .iter()
            .filter(|o| *o != c)
            .map(|o| Answer::Choice(o.clone()))
            .collect(),
        (QuestionKind::Bool, Answer::Bool(b)) => vec![Answer::Bool(!b)],
        (QuestionKind::Multi, Answer::Choices(set)) => {
            let named: BTreeSet<&String> = tests
                .iter()
                .flat_map(|t| match &t.op {
                    TestOp::Contains(v) => vec![v],
                    TestOp::ContainsAny(vs) => vs.iter().collect(),
                    _ => Vec::new(),
                })
                .collect();
            options
                .iter()
                .filter(|o| named.contains(o))
                .map(|o| {
                    let mut toggled = set.clone();
                    if !toggled.remove(o) {
                        toggled.insert(o.clone());
                    }
                    Answer::Choices(toggled)
                })
                .collect()
        }
        (QuestionKind::Number, Answer::Number(_)) => tests
            .iter()
            .flat_map(|t| match t.op {
                TestOp::AtLeast(n)
                | TestOp::AtMost(n)
                | TestOp::LessThan(n)
                | TestOp::MoreThan(n) => vec![n - 1.0, n, n + 1.0],
                _ => Vec::new(),
            })
            .map(Answer::Number)
            .collect(),
        (QuestionKind::Date, Answer::Date(_)) => tests
            .iter()
            .flat_map(|t| match t.op {
                TestOp::OnOrAfter(d) | TestOp::Before(d) => {
                    [d.previous_day(), Some(d), d.next_day()]
                        .into_iter()
                        .flatten()
                        .collect()
                }
                _ => Vec::new(),
            })
            .map(Answer::Date)
            .collect(),
        _ => Vec::new(),
    }
}
