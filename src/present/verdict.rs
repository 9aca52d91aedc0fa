//! One measure's verdict, worded: what it offers, where the document says so, why it does or
//! does not apply, and whom to contact. Nothing here decides anything; it words what
//! [`crate::engine`] decided.

use fluent_bundle::FluentValue;

use super::question::{answer_label, join, option_label};
use crate::answers::{format_date, Answer};
use crate::condition::{Test, TestOp, Truth};
use crate::engine::{NearMiss, Reason, Status, Then, Verdict};
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::pack::{Measure, MeasureKind, PackText, PolicyPack};
use crate::store::DirectoryEntry;

/// A department as a result shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct DepartmentView {
    pub id: String,
    /// Its name today (the source's, unless it has been renamed since).
    pub name: String,
    /// The name the source prints, when it is no longer the body's name.
    pub cited_as: Option<String>,
    /// What changed since the source, when the body was renamed or reorganised.
    pub renamed: Option<String>,
    /// The first department the article names: by the document's convention, the lead.
    pub is_lead: bool,
    /// Set on the office to go to first (the first in the list), with the reason.
    pub primary_reason: Option<String>,
    /// Contact details, only where someone has filled them in.
    pub phone: Option<String>,
    pub address: Option<String>,
    pub hours: Option<String>,
}

/// One measure's verdict, worded.
#[derive(Debug, Clone, PartialEq)]
pub struct VerdictView {
    pub measure: String,
    pub title: String,
    /// What the measure offers, in plain words.
    pub benefit: String,
    /// The article label as the document prints it, e.g. `（十一）`.
    pub article: String,
    pub article_number: u32,
    /// Document number and article, e.g. `朔政发〔2021〕26号（十一）`.
    pub citation: String,
    /// The sentence(s) of the source, verbatim.
    pub excerpts: Vec<String>,
    pub groups: Vec<String>,
    pub status: Status,
    /// What the measure offers a person (applied for, used, taken part in, watched).
    pub kind: MeasureKind,
    /// The status, worded for the kind ("您可以申请" only for a benefit).
    pub status_label: String,
    /// The questions answered "not sure" that leave the measure to the department: the short
    /// names, and a sentence saying so.
    pub unsure: Vec<String>,
    pub unsure_note: Option<String>,
    /// Why the measure does not apply (ineligible only).
    pub reasons: Vec<String>,
    /// The unanswered questions that would decide it (unknown only): id and short name.
    pub missing: Vec<(String, String)>,
    /// One answer that would turn it around (ineligible only, and only for the person's groups).
    pub near_miss: Option<String>,
    /// What the department still judges (needs review only).
    pub review: Option<String>,
    /// When it ended (expired only), e.g. "已于 2021-12-31 结束".
    pub expired: Option<String>,
    /// The offices to contact, the first contact first; bodies that are not offices (a
    /// demonstration base) are not listed.
    pub departments: Vec<DepartmentView>,
    /// For staff, not for the applicant's screen or printout: set when the source's list of
    /// departments is damaged, so the list shown is incomplete and none can be called the lead.
    pub departments_note: Option<String>,
    /// Whether a results list shows this verdict. Every eligible, review and undecided
    /// measure is shown; an ineligible one only with a near miss (so only for the applicant's
    /// own groups: a list of everything else one does not qualify for helps nobody); an
    /// expired one unless the answers rule it out anyway.
    pub shown: bool,
}

/// Words a verdict, with the contact details staff entered for its departments (`contacts`,
/// the directory of the applicant's county); `None` if the measure is not in the pack.
pub fn verdict(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    verdict: &Verdict,
    contacts: &[DirectoryEntry],
) -> Option<VerdictView> {
    let m = pack.measure(&verdict.measure)?;
    let unsure: Vec<String> = verdict
        .unsure
        .iter()
        .map(|q| loc.text(locale, PackText::Question(q), Some("short")))
        .collect();
    let unsure_note = (!unsure.is_empty()).then(|| {
        loc.app(
            locale,
            "unsure-note",
            &[("questions", join(loc, locale, unsure.clone()).into())],
        )
    });
    let text = |attr| loc.text(locale, PackText::Measure(&m.id), attr);
    let words = Words { loc, locale };
    let (reasons, near_miss) = match &verdict.status {
        Status::Ineligible { reasons, near_miss } => (
            reasons.iter().map(|r| words.reason(r)).collect(),
            near_miss.as_ref().map(|n| words.near_miss(n, m.kind)),
        ),
        _ => (Vec::new(), None),
    };
    Some(VerdictView {
        measure: m.id.clone(),
        title: text(None),
        benefit: text(Some("benefit")),
        article: m.article_label(),
        article_number: m.article,
        citation: citation(pack, loc, locale, m),
        excerpts: m.excerpts.clone(),
        groups: m.groups.clone(),
        kind: m.kind,
        status_label: status_label_for(loc, locale, &verdict.status, m.kind),
        unsure,
        unsure_note,
        reasons,
        missing: match &verdict.status {
            Status::Unknown { missing } => missing
                .iter()
                .map(|q| (q.clone(), words.short(q)))
                .collect(),
            _ => Vec::new(),
        },
        near_miss,
        // What the department judges, when the source leaves it a judgement; a measure left to
        // the department only by "not sure" answers has no such text (its note says why).
        review: (m.review && matches!(verdict.status, Status::NeedsReview))
            .then(|| text(Some("review"))),
        expired: match &verdict.status {
            Status::Expired { until, .. } => Some(loc.app(
                locale,
                "expired-on",
                &[("date", FluentValue::from(format_date(*until)))],
            )),
            _ => None,
        },
        departments: departments(pack, loc, locale, m, contacts),
        departments_note: m
            .departments_damaged
            .then(|| loc.app(locale, "departments-damaged", &[])),
        shown: match &verdict.status {
            Status::Ineligible { near_miss, .. } => near_miss.is_some(),
            Status::Expired { applies, .. } => *applies != Truth::False,
            _ => true,
        },
        status: verdict.status.clone(),
    })
}

/// A status, worded for what the measure offers: "您可以申请" for a benefit, "您可以使用" for a
/// service, "您可以参加" for a programme, and neither for a commitment of the city.
pub fn status_label_for(
    loc: &Localizer,
    locale: Locale,
    status: &Status,
    kind: MeasureKind,
) -> String {
    match (status, kind) {
        (Status::Eligible | Status::NeedsReview, MeasureKind::Benefit) => {
            status_label(loc, locale, status.key())
        }
        (Status::Eligible | Status::NeedsReview, kind) => loc.app(
            locale,
            &format!("status-{}-{}", status.key(), kind.as_str()),
            &[],
        ),
        _ => status_label(loc, locale, status.key()),
    }
}

/// A status, worded (by its key, as `Status::key` gives it and the store keeps it).
pub fn status_label(loc: &Localizer, locale: Locale, key: &str) -> String {
    loc.app(locale, &format!("status-{key}"), &[])
}

/// Where a measure rests in the document, e.g. 朔政发〔2021〕26号第（十一）条.
pub fn citation(pack: &PolicyPack, loc: &Localizer, locale: Locale, m: &Measure) -> String {
    let document = loc.document_number(locale, pack);
    loc.app(
        locale,
        "citation",
        &[
            ("document", FluentValue::from(document)),
            ("article", FluentValue::from(m.article_label())),
            ("number", FluentValue::from(m.article)),
        ],
    )
}

/// The offices of a measure, the first contact first and the others as the document lists them,
/// with the contact details staff entered (`contacts`) where the pack has none. Bodies that
/// are not offices (a demonstration base) are left out: nobody can go to them for help.
pub fn departments(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    m: &Measure,
    contacts: &[DirectoryEntry],
) -> Vec<DepartmentView> {
    let filled = |s: &str| (!s.trim().is_empty()).then(|| s.to_owned());
    let mut views: Vec<DepartmentView> = m
        .departments
        .iter()
        .enumerate()
        .filter_map(|(i, id)| {
            let d = pack.department(id).filter(|d| d.is_government)?;
            let entry = contacts.iter().find(|e| e.department == d.id);
            let text = |attr| loc.text(locale, PackText::Department(&d.id), attr);
            let (name, cited_as, renamed) = if d.renamed {
                (
                    text(Some("current")),
                    Some(text(None)),
                    Some(text(Some("renamed"))),
                )
            } else {
                (text(None), None, None)
            };
            Some(DepartmentView {
                id: d.id.clone(),
                name,
                cited_as,
                renamed,
                is_lead: i == 0 && !m.departments_damaged,
                primary_reason: (m.primary_contact == *id)
                    .then(|| loc.text(locale, PackText::Measure(&m.id), Some("contact"))),
                // The pack's own details where it has any, else what staff entered.
                phone: filled(&d.phone).or_else(|| entry.and_then(|e| filled(&e.phone))),
                address: filled(&d.address).or_else(|| entry.and_then(|e| filled(&e.address))),
                hours: filled(&d.hours).or_else(|| entry.and_then(|e| filled(&e.hours))),
            })
        })
        .collect();
    // The office to go to first leads the list: it is the one next step of the result.
    views.sort_by_key(|d| d.primary_reason.is_none());
    views
}

/// The wording helpers for one pack and locale.
struct Words<'a> {
    loc: &'a Localizer,
    locale: Locale,
}

impl Words<'_> {
    fn short(&self, question: &str) -> String {
        self.loc
            .text(self.locale, PackText::Question(question), Some("short"))
    }

    fn options(&self, question: &str, values: &[String]) -> String {
        join(
            self.loc,
            self.locale,
            values
                .iter()
                .map(|v| option_label(self.loc, self.locale, question, v))
                .collect(),
        )
    }

    fn reason(&self, reason: &Reason) -> String {
        match reason {
            Reason::NotYetInForce(date) => self.loc.app(
                self.locale,
                "reason-not-yet-in-force",
                &[("date", FluentValue::from(format_date(*date)))],
            ),
            Reason::Test {
                test,
                negated,
                answer,
            } => self.test(test, *negated, answer.as_ref()),
        }
    }

    /// Words a failed test: what the measure requires, and what the answer was.
    fn test(&self, test: &Test, negated: bool, answer: Option<&Answer>) -> String {
        let q = &test.question;
        let actual = answer
            .map(|a| answer_label(self.loc, self.locale, q, a))
            .unwrap_or_default();
        let yes_no = |b: bool| {
            self.loc
                .app(self.locale, if b { "answer-yes" } else { "answer-no" }, &[])
        };
        let (id, expected) = match (&test.op, negated) {
            (TestOp::Is(v), false) => ("reason-is", option_label(self.loc, self.locale, q, v)),
            (TestOp::Is(v), true) => ("reason-is-not", option_label(self.loc, self.locale, q, v)),
            (TestOp::IsBool(b), n) => ("reason-is", yes_no(*b != n)),
            (TestOp::OneOf(vs), false) => ("reason-one-of", self.options(q, vs)),
            (TestOp::OneOf(vs), true) => ("reason-none-of", self.options(q, vs)),
            (TestOp::Contains(v), false) => {
                ("reason-contains", option_label(self.loc, self.locale, q, v))
            }
            (TestOp::Contains(v), true) => (
                "reason-contains-not",
                option_label(self.loc, self.locale, q, v),
            ),
            (TestOp::ContainsAny(vs), false) => ("reason-contains-any", self.options(q, vs)),
            (TestOp::ContainsAny(vs), true) => ("reason-contains-none", self.options(q, vs)),
            (TestOp::AtLeast(n), false) | (TestOp::LessThan(n), true) => {
                ("reason-at-least", n.to_string())
            }
            (TestOp::AtMost(n), false) | (TestOp::MoreThan(n), true) => {
                ("reason-at-most", n.to_string())
            }
            (TestOp::LessThan(n), false) | (TestOp::AtLeast(n), true) => {
                ("reason-less-than", n.to_string())
            }
            (TestOp::MoreThan(n), false) | (TestOp::AtMost(n), true) => {
                ("reason-more-than", n.to_string())
            }
            (TestOp::OnOrAfter(d), false) | (TestOp::Before(d), true) => {
                ("reason-on-or-after", format_date(*d))
            }
            (TestOp::Before(d), false) | (TestOp::OnOrAfter(d), true) => {
                ("reason-before", format_date(*d))
            }
        };
        self.loc.app(
            self.locale,
            id,
            &[
                ("question", FluentValue::from(self.short(q))),
                ("expected", FluentValue::from(expected)),
                ("actual", FluentValue::from(actual)),
            ],
        )
    }

    /// Words a near miss: what the person could do (the question's `.change` text, with the
    /// answer it would take), and what the measure would then be.
    /// "If you did this, …": the question's `.change` text (given the answer's words as
    /// `$answer` and, for a choice, its option value as `$value`, so that a language can word
    /// each option its own way), then what the measure would be, worded for its kind.
    fn near_miss(&self, near: &NearMiss, kind: MeasureKind) -> String {
        let answer = answer_label(self.loc, self.locale, &near.question, &near.answer);
        let value = match &near.answer {
            Answer::Choice(v) => v.clone(),
            _ => String::new(),
        };
        let change = self.loc.pack(
            self.locale,
            &PackText::Question(&near.question).id(),
            Some("change"),
            &[
                ("answer", FluentValue::from(answer)),
                ("value", FluentValue::from(value)),
            ],
        );
        let mut args = vec![("change", FluentValue::from(change))];
        // A benefit is applied for; a service used, a programme joined, a commitment watched.
        let then = |key: &str| match kind {
            MeasureKind::Benefit => format!("near-miss-{key}"),
            kind => format!("near-miss-{key}-{}", kind.as_str()),
        };
        let id = match &near.then {
            Then::Eligible => then("eligible"),
            Then::NeedsReview => then("review"),
            Then::AlsoDepends(questions) => {
                let shorts = questions.iter().map(|q| self.short(q)).collect();
                args.push((
                    "questions",
                    FluentValue::from(join(self.loc, self.locale, shorts)),
                ));
                "near-miss-depends".to_owned()
            }
        };
        self.loc.app(self.locale, &id, &args)
    }
}
