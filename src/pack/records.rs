//! The records of a pack's TOML files, one at a time: each department, question, measure and
//! not-applicable part gets a valid id used once, a question a known kind with options, bounds
//! and selections that fit it, a measure an article, excerpts found verbatim in the source,
//! known departments and well-ordered dates.
//!
//! A measure's condition is checked by [`super::conditions`]. What a record cannot see alone
//! (the audience and region questions, questions no measure uses) is checked by
//! [`super::load`] once every file is read.

use std::collections::BTreeSet;

use super::conditions::ConditionContext;
use super::load::{line_of, valid_id, without_whitespace, Loader};
use super::problem::{IdOf, ProblemKind, QuestionFault};
use super::raw::*;
use super::{Department, Measure, MeasureKind, NotApplicable};
use crate::condition::Condition;
use crate::question::{Question, QuestionKind, UNSURE};

pub(super) fn departments(l: &mut Loader<'_>, raw: RawDepartments, text: &str) -> Vec<Department> {
    const FILE: &str = "departments.toml";
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for spanned in raw.department {
        let line = line_of(text, spanned.span().start);
        let d = spanned.into_inner();
        if !valid_id(&d.id) {
            l.problem(FILE, Some(line), ProblemKind::BadId(d.id.clone()));
        }
        if !seen.insert(d.id.clone()) {
            l.problem(
                FILE,
                Some(line),
                ProblemKind::Duplicate {
                    what: IdOf::Department,
                    id: d.id.clone(),
                },
            );
        }
        out.push(Department {
            is_government: d.kind.as_deref() != Some("other"),
            id: d.id,
            name: d.name,
            phone: d.phone,
            address: d.address,
            hours: d.hours,
            source_issue: d.source_issue,
            renamed: d.renamed,
        });
    }
    out
}

pub(super) fn questions(l: &mut Loader<'_>, raw: RawQuestions, text: &str) -> Vec<Question> {
    const FILE: &str = "questions.toml";
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for spanned in raw.question {
        let line = Some(line_of(text, spanned.span().start));
        let q = spanned.into_inner();
        let bad = |fault: QuestionFault| ProblemKind::BadQuestion {
            question: q.id.clone(),
            fault,
        };
        if !valid_id(&q.id) {
            l.problem(FILE, line, ProblemKind::BadId(q.id.clone()));
        }
        if !seen.insert(q.id.clone()) {
            l.problem(
                FILE,
                line,
                ProblemKind::Duplicate {
                    what: IdOf::Question,
                    id: q.id.clone(),
                },
            );
        }
        let Some(kind) = QuestionKind::parse(&q.kind) else {
            l.problem(FILE, line, bad(QuestionFault::UnknownKind(q.kind.clone())));
            continue;
        };
        if kind.has_options() && q.options.len() < 2 {
            l.problem(FILE, line, bad(QuestionFault::TooFewOptions));
        }
        if !kind.has_options() && !q.options.is_empty() {
            l.problem(FILE, line, bad(QuestionFault::OptionsWithoutChoice));
        }
        let mut option_ids = BTreeSet::new();
        for o in &q.options {
            if !valid_id(o) {
                l.problem(FILE, line, ProblemKind::BadId(o.clone()));
            }
            if !option_ids.insert(o) {
                l.problem(
                    FILE,
                    line,
                    ProblemKind::Duplicate {
                        what: IdOf::Option,
                        id: o.clone(),
                    },
                );
            }
        }
        if kind != QuestionKind::Number && (q.min.is_some() || q.max.is_some()) {
            l.problem(FILE, line, bad(QuestionFault::BoundsWithoutNumber));
        }
        if let (Some(min), Some(max)) = (q.min, q.max) {
            if !(min.is_finite() && max.is_finite() && min <= max) {
                l.problem(FILE, line, bad(QuestionFault::BoundsReversed));
            }
        }
        let min_selected = q.min_selected.unwrap_or(0);
        if kind != QuestionKind::Multi && q.min_selected.is_some() {
            l.problem(FILE, line, bad(QuestionFault::MinSelectedWithoutMulti));
        } else if min_selected > q.options.len() {
            l.problem(
                FILE,
                line,
                bad(QuestionFault::MinSelectedTooLarge {
                    min_selected,
                    options: q.options.len(),
                }),
            );
        }
        if q.unsure && !matches!(kind, QuestionKind::Single | QuestionKind::Bool) {
            l.problem(FILE, line, bad(QuestionFault::UnsureWithoutChoice));
        }
        if let Some(reserved) = q.options.iter().find(|o| *o == UNSURE) {
            l.problem(
                FILE,
                line,
                bad(QuestionFault::ReservedOption(reserved.clone())),
            );
        }
        if kind != QuestionKind::Multi && !q.exclusive.is_empty() {
            l.problem(FILE, line, bad(QuestionFault::ExclusiveWithoutMulti));
        }
        for e in q.exclusive.iter().filter(|e| !q.options.contains(e)) {
            l.problem(
                FILE,
                line,
                bad(QuestionFault::ExclusiveNotAnOption(e.clone())),
            );
        }
        out.push(Question {
            id: q.id,
            kind,
            options: q.options,
            min: q.min,
            max: q.max,
            min_selected,
            unsure: q.unsure,
            exclusive: q.exclusive,
            changeable: q.changeable,
        });
    }
    out
}

/// What a measure record is checked against: the pack's questions and departments, the source
/// (white space removed) and the words that leave a judgement to a department.
pub(super) struct MeasureContext<'a> {
    pub questions: &'a [Question],
    pub departments: &'a [Department],
    pub source_flat: &'a str,
    pub discretion_words: &'a [String],
}

pub(super) fn measures(
    l: &mut Loader<'_>,
    raw: RawMeasures,
    text: &str,
    cx: &MeasureContext<'_>,
) -> Vec<Measure> {
    let MeasureContext {
        questions,
        departments,
        source_flat,
        ..
    } = *cx;
    const FILE: &str = "measures.toml";
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for spanned in raw.measure {
        let at = line_of(text, spanned.span().start);
        let line = Some(at);
        let m = spanned.into_inner();
        if !valid_id(&m.id) {
            l.problem(FILE, line, ProblemKind::BadId(m.id.clone()));
        }
        if !seen.insert(m.id.clone()) {
            l.problem(
                FILE,
                line,
                ProblemKind::Duplicate {
                    what: IdOf::Measure,
                    id: m.id.clone(),
                },
            );
        }
        if !(1..=99).contains(&m.article) {
            l.problem(FILE, line, ProblemKind::ArticleOutOfRange(m.article));
        }
        if m.source.is_empty() {
            l.problem(
                FILE,
                line,
                ProblemKind::NoExcerpt {
                    measure: m.id.clone(),
                },
            );
        }
        for excerpt in &m.source {
            check_excerpt(l, FILE, line, excerpt, source_flat);
        }
        for d in m
            .departments
            .iter()
            .filter(|d| !departments.iter().any(|x| &x.id == *d))
        {
            l.problem(
                FILE,
                line,
                ProblemKind::UnknownDepartment {
                    measure: m.id.clone(),
                    department: d.clone(),
                },
            );
        }
        match &m.primary_contact {
            None => l.problem(
                FILE,
                line,
                ProblemKind::NoFirstContact {
                    measure: m.id.clone(),
                },
            ),
            Some(p) if !m.departments.contains(p) => l.problem(
                FILE,
                line,
                ProblemKind::PrimaryContactNotListed {
                    measure: m.id.clone(),
                    department: p.clone(),
                },
            ),
            Some(p) => {
                let office = departments
                    .iter()
                    .find(|d| &d.id == p)
                    .is_none_or(|d| d.is_government);
                if !office {
                    l.problem(
                        FILE,
                        line,
                        ProblemKind::FirstContactNotAnOffice {
                            measure: m.id.clone(),
                            department: p.clone(),
                        },
                    );
                }
            }
        }
        let kind = MeasureKind::parse(&m.kind);
        if kind.is_none() {
            l.problem(
                FILE,
                line,
                ProblemKind::UnknownMeasureKind {
                    measure: m.id.clone(),
                    kind: m.kind.clone(),
                },
            );
        }
        if !m.review {
            // An exemption is a reason about the word: it must name every discretion word it
            // answers for, so an empty or token exemption answers for none.
            let excerpts = m.source.concat();
            let exempt = m.discretion_exempt.as_deref().unwrap_or("");
            let unanswered = cx
                .discretion_words
                .iter()
                .find(|w| excerpts.contains(*w) && !exempt.contains(*w));
            if let Some(word) = unanswered {
                l.problem(
                    FILE,
                    line,
                    ProblemKind::DiscretionNotReviewed {
                        measure: m.id.clone(),
                        word: word.clone(),
                    },
                );
            }
        }
        let valid_from = m.valid_from.as_ref().and_then(|d| l.date(FILE, at, d));
        let valid_until = m.valid_until.as_ref().and_then(|d| l.date(FILE, at, d));
        if let (Some(from), Some(until)) = (valid_from, valid_until) {
            if from > until {
                l.problem(FILE, line, ProblemKind::ValidityReversed(m.id.clone()));
            }
        }
        let mut ctx = ConditionContext {
            l,
            line,
            measure: &m.id,
            questions,
        };
        let condition = match &m.when {
            None => Some(Condition::always()),
            Some(raw) => ctx.convert(raw),
        };
        out.push(Measure {
            condition: condition.unwrap_or_else(Condition::always),
            id: m.id,
            article: m.article,
            kind: kind.unwrap_or(MeasureKind::Benefit),
            groups: m.groups,
            excerpts: m.source,
            departments: m.departments,
            primary_contact: m.primary_contact.unwrap_or_default(),
            departments_damaged: m.departments_damaged,
            local: m.local,
            review: m.review,
            discretion_exempt: m.discretion_exempt,
            valid_from,
            valid_until,
            source_issue: m.source_issue,
        });
    }
    out
}

fn check_excerpt(
    l: &mut Loader<'_>,
    file: &str,
    line: Option<usize>,
    excerpt: &str,
    source_flat: &str,
) {
    let flat = without_whitespace(excerpt);
    if flat.is_empty() || !source_flat.contains(&flat) {
        l.problem(
            file,
            line,
            ProblemKind::ExcerptNotInSource {
                excerpt: excerpt.to_owned(),
            },
        );
    }
}

pub(super) fn not_applicable(
    l: &mut Loader<'_>,
    raw: RawNotApplicableList,
    text: &str,
    source_flat: &str,
) -> Vec<NotApplicable> {
    const FILE: &str = "not_applicable.toml";
    let mut out = Vec::new();
    for spanned in raw.not_applicable {
        let line = Some(line_of(text, spanned.span().start));
        let n = spanned.into_inner();
        if !(1..=99).contains(&n.article) {
            l.problem(FILE, line, ProblemKind::ArticleOutOfRange(n.article));
        }
        if let Some(excerpt) = &n.excerpt {
            check_excerpt(l, FILE, line, excerpt, source_flat);
        }
        out.push(NotApplicable {
            article: n.article,
            excerpt: n.excerpt,
            reason: n.reason,
        });
    }
    out
}
