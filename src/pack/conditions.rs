//! Turning a measure's raw `when` table (as `measures.toml` writes it) into a checked
//! [`Condition`]: one shape per node, one operator per test, an operator that fits the kind of
//! question it tests, and options that exist.
//!
//! Every problem is reported against the measure's line, and a condition with a problem is
//! dropped rather than guessed at. This module does not evaluate conditions (see
//! [`crate::condition`]) and does not check anything else about a measure (see [`super::load`]).

use super::load::Loader;
use super::problem::{ConditionFault, ProblemKind};
use super::raw::RawCondition;
use crate::condition::{Condition, Test, TestOp};
use crate::question::{Question, QuestionKind};

/// Converts raw condition nodes of one measure, reporting problems against its line.
pub(super) struct ConditionContext<'l, 'a, 'q> {
    pub(super) l: &'l mut Loader<'a>,
    pub(super) line: Option<usize>,
    pub(super) measure: &'q str,
    pub(super) questions: &'q [Question],
}

impl ConditionContext<'_, '_, '_> {
    fn fail(&mut self, kind: ProblemKind) -> Option<Condition> {
        self.l.problem("measures.toml", self.line, kind);
        None
    }

    fn bad(&mut self, fault: ConditionFault) -> Option<Condition> {
        let measure = self.measure.to_owned();
        self.fail(ProblemKind::BadCondition { measure, fault })
    }

    pub(super) fn convert(&mut self, raw: &RawCondition) -> Option<Condition> {
        let operators = [
            raw.is.is_some(),
            raw.one_of.is_some(),
            raw.contains.is_some(),
            raw.contains_any.is_some(),
            raw.at_least.is_some(),
            raw.at_most.is_some(),
            raw.less_than.is_some(),
            raw.more_than.is_some(),
            raw.on_or_after.is_some(),
            raw.before.is_some(),
        ]
        .into_iter()
        .filter(|b| *b)
        .count();
        let shapes = [
            raw.all.is_some(),
            raw.any.is_some(),
            raw.not.is_some(),
            raw.question.is_some(),
        ]
        .into_iter()
        .filter(|b| *b)
        .count();
        if shapes != 1 {
            return self.bad(ConditionFault::NotOneShape);
        }
        if let Some(parts) = raw.all.as_ref().or(raw.any.as_ref()) {
            if operators > 0 {
                return self.bad(ConditionFault::OperatorBesideParts);
            }
            if parts.is_empty() {
                return self.bad(ConditionFault::NoParts);
            }
            let converted: Option<Vec<_>> = parts.iter().map(|p| self.convert(p)).collect();
            let converted = converted?;
            return Some(if raw.all.is_some() {
                Condition::All(converted)
            } else {
                Condition::Any(converted)
            });
        }
        if let Some(inner) = &raw.not {
            if operators > 0 {
                return self.bad(ConditionFault::OperatorBesideNot);
            }
            return self.convert(inner).map(|c| Condition::Not(Box::new(c)));
        }
        let qid = raw.question.as_deref().unwrap_or_default();
        if operators != 1 {
            return self.bad(ConditionFault::NotOneOperator);
        }
        let Some(q) = self.questions.iter().find(|q| q.id == qid) else {
            let measure = self.measure.to_owned();
            return self.fail(ProblemKind::UnknownQuestion {
                measure,
                question: qid.to_owned(),
            });
        };
        let op = self.operator(raw, q)?;
        Some(Condition::Test(Test {
            question: q.id.clone(),
            op,
        }))
    }

    fn operator(&mut self, raw: &RawCondition, q: &Question) -> Option<TestOp> {
        use QuestionKind::*;
        let (name, op) = if let Some(v) = &raw.is {
            match (q.kind, v) {
                (Single, toml::Value::String(s)) => ("is", Some(TestOp::Is(s.clone()))),
                (Bool, toml::Value::Boolean(b)) => ("is", Some(TestOp::IsBool(*b))),
                _ => ("is", None),
            }
        } else if let Some(v) = &raw.one_of {
            (
                "one_of",
                (q.kind == Single).then(|| TestOp::OneOf(v.clone())),
            )
        } else if let Some(v) = &raw.contains {
            (
                "contains",
                (q.kind == Multi).then(|| TestOp::Contains(v.clone())),
            )
        } else if let Some(v) = &raw.contains_any {
            (
                "contains_any",
                (q.kind == Multi).then(|| TestOp::ContainsAny(v.clone())),
            )
        } else if let Some(n) = raw.at_least {
            ("at_least", (q.kind == Number).then_some(TestOp::AtLeast(n)))
        } else if let Some(n) = raw.at_most {
            ("at_most", (q.kind == Number).then_some(TestOp::AtMost(n)))
        } else if let Some(n) = raw.less_than {
            (
                "less_than",
                (q.kind == Number).then_some(TestOp::LessThan(n)),
            )
        } else if let Some(n) = raw.more_than {
            (
                "more_than",
                (q.kind == Number).then_some(TestOp::MoreThan(n)),
            )
        } else if let Some(d) = &raw.on_or_after {
            let date = self.l.date("measures.toml", self.line.unwrap_or(1), d)?;
            (
                "on_or_after",
                (q.kind == Date).then_some(TestOp::OnOrAfter(date)),
            )
        } else if let Some(d) = &raw.before {
            let date = self.l.date("measures.toml", self.line.unwrap_or(1), d)?;
            ("before", (q.kind == Date).then_some(TestOp::Before(date)))
        } else {
            ("?", None)
        };
        let Some(op) = op else {
            let measure = self.measure.to_owned();
            self.fail(ProblemKind::OperatorMismatch {
                measure,
                question: q.id.clone(),
                kind: q.kind,
                operator: name,
            });
            return None;
        };
        let values: Vec<&String> = match &op {
            TestOp::Is(v) | TestOp::Contains(v) => vec![v],
            TestOp::OneOf(vs) | TestOp::ContainsAny(vs) => vs.iter().collect(),
            _ => Vec::new(),
        };
        if matches!(&op, TestOp::OneOf(vs) | TestOp::ContainsAny(vs) if vs.is_empty()) {
            self.bad(ConditionFault::NoOptions);
            return None;
        }
        let mut ok = true;
        for v in values.into_iter().filter(|v| !q.has_option(v)) {
            let measure = self.measure.to_owned();
            self.fail(ProblemKind::UnknownOption {
                measure,
                question: q.id.clone(),
                value: v.clone(),
            });
            ok = false;
        }
        if let TestOp::AtLeast(n) | TestOp::AtMost(n) | TestOp::LessThan(n) | TestOp::MoreThan(n) =
            op
        {
            if !n.is_finite() {
                self.bad(ConditionFault::NotFinite);
                return None;
            }
        }
        ok.then_some(op)
    }
}
