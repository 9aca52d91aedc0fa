//! Conditions: who a measure is for, as a typed tree that can be checked and explained.
//!
//! A condition is `all` / `any` / `not` over [`Test`]s, each of which looks at one answer.
//! Evaluation is three-valued (Kleene logic): a test of an unanswered question is
//! [`Truth::Unknown`], and `all`/`any` decide as soon as the known answers decide. There is
//! deliberately no scripting language: every condition can be validated against the questions
//! when the pack loads, and every failing test can be worded for a person.
//!
//! This module does no I/O and cannot fail; it does not know about measures or verdicts.

use std::collections::BTreeSet;

use time::Date;

use crate::answers::{Answer, Answers};

/// A three-valued truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Truth {
    True,
    False,
    Unknown,
}

impl Truth {
    fn not(self) -> Truth {
        match self {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            Truth::Unknown => Truth::Unknown,
        }
    }

    fn from_bool(b: bool) -> Truth {
        if b {
            Truth::True
        } else {
            Truth::False
        }
    }
}

/// A condition tree.
#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    /// True when every part is true. An empty `All` is true (a measure for everyone).
    All(Vec<Condition>),
    /// True when at least one part is true.
    Any(Vec<Condition>),
    Not(Box<Condition>),
    Test(Test),
}

/// One atomic condition on one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Test {
    pub question: String,
    pub op: TestOp,
}

/// What a [`Test`] checks. The pack loader only builds operators that fit the question's kind.
#[derive(Debug, Clone, PartialEq)]
pub enum TestOp {
    /// A single-choice answer is this option.
    Is(String),
    /// A yes/no answer is this value.
    IsBool(bool),
    /// A single-choice answer is one of these options.
    OneOf(Vec<String>),
    /// A multi-select answer includes this option.
    Contains(String),
    /// A multi-select answer includes at least one of these options.
    ContainsAny(Vec<String>),
    AtLeast(f64),
    AtMost(f64),
    LessThan(f64),
    MoreThan(f64),
    OnOrAfter(Date),
    Before(Date),
}

impl Test {
    /// The test's value for the given answers; unknown when the question is unanswered or the
    /// answer was "not sure".
    pub fn eval(&self, answers: &Answers) -> Truth {
        match answers.get(&self.question) {
            None | Some(Answer::Unsure) => Truth::Unknown,
            Some(answer) => Truth::from_bool(self.holds_for(answer)),
        }
    }

    /// Whether the test holds for this answer. An answer of another kind never satisfies a
    /// test (the loader prevents that pairing, so this is only a safe default).
    pub fn holds_for(&self, answer: &Answer) -> bool {
        match (&self.op, answer) {
            (TestOp::Is(want), Answer::Choice(got)) => want == got,
            (TestOp::IsBool(want), Answer::Bool(got)) => want == got,
            (TestOp::OneOf(wants), Answer::Choice(got)) => wants.contains(got),
            (TestOp::Contains(want), Answer::Choices(got)) => got.contains(want),
            (TestOp::ContainsAny(wants), Answer::Choices(got)) => {
                wants.iter().any(|w| got.contains(w))
            }
            (TestOp::AtLeast(t), Answer::Number(n)) => n >= t,
            (TestOp::AtMost(t), Answer::Number(n)) => n <= t,
            (TestOp::LessThan(t), Answer::Number(n)) => n < t,
            (TestOp::MoreThan(t), Answer::Number(n)) => n > t,
            (TestOp::OnOrAfter(t), Answer::Date(d)) => d >= t,
            (TestOp::Before(t), Answer::Date(d)) => d < t,
            _ => false,
        }
    }
}

/// A test that decided a condition the wrong way, with the answer it looked at.
#[derive(Debug, Clone, PartialEq)]
pub struct FailedTest {
    pub test: Test,
    /// True when the test sat under an odd number of `not`s: it failed by *holding*.
    pub negated: bool,
}

impl Condition {
    /// The condition that is always true.
    pub fn always() -> Condition {
        Condition::All(Vec::new())
    }

    /// Three-valued evaluation.
    pub fn eval(&self, answers: &Answers) -> Truth {
        self.residual(answers, &mut BTreeSet::new())
    }

    /// Evaluates the condition and collects, into `open`, the unanswered questions that still
    /// occur in the part of the tree the known answers leave undecided. When the result is
    /// `Unknown`, those are exactly the questions whose answers can still decide it (for trees
    /// without self-contradicting branches, which the pack checks reject); none when what
    /// leaves it undecided is only answers of "not sure". When the result is decided, nothing
    /// is collected.
    pub fn residual(&self, answers: &Answers, open: &mut BTreeSet<String>) -> Truth {
        match self {
            Condition::Test(test) => {
                let truth = test.eval(answers);
                // A question answered "not sure" is not asked again: it stays unknown.
                if truth == Truth::Unknown && !answers.contains(&test.question) {
                    open.insert(test.question.clone());
                }
                truth
            }
            Condition::Not(inner) => inner.residual(answers, open).not(),
            Condition::All(parts) => combine(parts, answers, open, Truth::False),
            Condition::Any(parts) => combine(parts, answers, open, Truth::True),
        }
    }

    /// The tests that make a false condition false, worded from the leaves. Empty unless the
    /// condition is false for these answers.
    pub fn failed_tests(&self, answers: &Answers) -> Vec<FailedTest> {
        let mut out = Vec::new();
        if self.eval(answers) == Truth::False {
            self.collect_failures(answers, false, &mut out);
        }
        out
    }

    fn collect_failures(&self, answers: &Answers, negated: bool, out: &mut Vec<FailedTest>) {
        // `want` is the value this node needed; it failed by having the other one.
        let want = if negated { Truth::False } else { Truth::True };
        let failed = |c: &Condition| {
            let t = c.eval(answers);
            t != want && t != Truth::Unknown
        };
        match self {
            Condition::Test(test) => out.push(FailedTest {
                test: test.clone(),
                negated,
            }),
            Condition::Not(inner) => inner.collect_failures(answers, !negated, out),
            Condition::All(parts) | Condition::Any(parts) => {
                for part in parts.iter().filter(|p| failed(p)) {
                    part.collect_failures(answers, negated, out);
                }
            }
        }
    }

    /// Every test in the tree, in order.
    pub fn tests(&self) -> Vec<&Test> {
        let mut out = Vec::new();
        self.walk(&mut |t| out.push(t));
        out
    }

    fn walk<'a>(&'a self, visit: &mut dyn FnMut(&'a Test)) {
        match self {
            Condition::Test(t) => visit(t),
            Condition::Not(inner) => inner.walk(visit),
            Condition::All(parts) | Condition::Any(parts) => {
                parts.iter().for_each(|p| p.walk(visit))
            }
        }
    }

    /// The questions the condition looks at, without repeats, in order of first mention.
    pub fn questions(&self) -> Vec<&str> {
        let mut seen = Vec::new();
        for t in self.tests() {
            if !seen.contains(&t.question.as_str()) {
                seen.push(t.question.as_str());
            }
        }
        seen
    }
}

/// Folds the parts of an `all` (dominant = false) or `any` (dominant = true).
fn combine(
    parts: &[Condition],
    answers: &Answers,
    open: &mut BTreeSet<String>,
    dominant: Truth,
) -> Truth {
    let mut pending = BTreeSet::new();
    let mut unknown = false;
    for part in parts {
        match part.residual(answers, &mut pending) {
            t if t == dominant => return dominant,
            Truth::Unknown => unknown = true,
            _ => {}
        }
    }
    if unknown {
        open.append(&mut pending);
        Truth::Unknown
    } else {
        dominant.not()
    }
}
