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
use crate::pack::{Measure, PackText, PolicyPack};
use crate::store::DirectoryEntry;

/// A department as a result shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct DepartmentView {
    pub id: String,
    pub name: String,
    /// The first department the article names: by the document's convention, the lead.
    pub is_lead: bool,
    /// The department to contact first, with the reason.
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
    /// The status, worded.
    pub status_label: String,
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
    pub departments: Vec<DepartmentView>,
    /// Set when the source's list of departments is damaged, so the list shown is incomplete
    /// and no department can be called the lead.
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
    let text = |attr| loc.text(locale, PackText::Measure(&m.id), attr);
    let doc = &pack.manifest.document;
    let words = Words { loc, locale };
    let (reasons, near_miss) = match &verdict.status {
        Status::Ineligible { reasons, near_miss } => (
            reasons.iter().map(|r| words.reason(r)).collect(),
            near_miss.as_ref().map(|n| words.near_miss(n)),
        ),
        _ => (Vec::new(), None),
    };
    Some(VerdictView {
        measure: m.id.clone(),
        title: text(None),
        benefit: text(Some("benefit")),
        article: m.article_label(),
        article_number: m.article,
        citation: citation(loc, locale, &doc.number, m),
        excerpts: m.excerpts.clone(),
        groups: m.groups.clone(),
        status_label: status_label(loc, locale, verdict.status.key()),
        reasons,
        missing: match &verdict.status {
            Status::Unknown { missing } => missing
                .iter()
                .map(|q| (q.clone(), words.short(q)))
                .collect(),
            _ => Vec::new(),
        },
        near_miss,
        review: matches!(verdict.status, Status::NeedsReview).then(|| text(Some("review"))),
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

/// A status, worded (by its key, as `Status::key` gives it and the store keeps it).
pub fn status_label(loc: &Localizer, locale: Locale, key: &str) -> String {
    loc.app(locale, &format!("status-{key}"), &[])
}

/// Where a measure rests in the document, e.g. 朔政发〔2021〕26号第（十一）条.
pub fn citation(loc: &Localizer, locale: Locale, document: &str, m: &Measure) -> String {
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

/// The departments of a measure, lead first as the document lists them, with the contact
/// details staff entered (`contacts`) where the pack has none.
pub fn departments(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    m: &Measure,
    contacts: &[DirectoryEntry],
) -> Vec<DepartmentView> {
    let filled = |s: &str| (!s.trim().is_empty()).then(|| s.to_owned());
    m.departments
        .iter()
        .enumerate()
        .filter_map(|(i, id)| {
            let d = pack.department(id)?;
            let entry = contacts.iter().find(|e| e.department == d.id);
            Some(DepartmentView {
                id: d.id.clone(),
                name: loc.text(locale, PackText::Department(&d.id), None),
                is_lead: i == 0 && !m.departments_damaged,
                primary_reason: (m.primary_contact.as_deref() == Some(id.as_str()))
                    .then(|| loc.text(locale, PackText::Measure(&m.id), Some("contact"))),
                // The pack's own details where it has any, else what staff entered.
                phone: filled(&d.phone).or_else(|| entry.and_then(|e| filled(&e.phone))),
                address: filled(&d.address).or_else(|| entry.and_then(|e| filled(&e.address))),
                hours: filled(&d.hours).or_else(|| entry.and_then(|e| filled(&e.hours))),
            })
        })
        .collect()
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

    fn near_miss(&self, near: &NearMiss) -> String {
        let answer = answer_label(self.loc, self.locale, &near.question, &near.answer);
        let mut args = vec![
            ("question", FluentValue::from(self.short(&near.question))),
            ("answer", FluentValue::from(answer)),
        ];
        let id = match &near.then {
            Then::Eligible => "near-miss-eligible",
            Then::NeedsReview => "near-miss-review",
            Then::AlsoDepends(questions) => {
                let shorts = questions.iter().map(|q| self.short(q)).collect();
                args.push((
                    "questions",
                    FluentValue::from(join(self.loc, self.locale, shorts)),
                ));
                "near-miss-depends"
            }
        };
        self.loc.app(self.locale, id, &args)
    }
}
