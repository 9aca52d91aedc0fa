//! Localized views of questions and verdicts: what a person reads.
//!
//! The CLI and the desktop shell both show these, so the wording lives here once, in the core.
//! The views are plain structs without serde: each caller turns them into its own wire format.
//! Nothing here decides anything; it only words what [`crate::engine`] and [`crate::flow`]
//! decided.

pub mod staff;

use fluent_bundle::FluentValue;
use time::Date;

use crate::answers::{format_date, Answer, Answers};
use crate::condition::{Test, TestOp, Truth};
use crate::engine::{self, NearMiss, Reason, Status, Then, Verdict};
use crate::flow;
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::pack::PackText;

use crate::pack::{ArchiveError, MeasureChange, PackDiff};
use crate::pack::{Measure, PolicyPack};
use crate::question::{Question, QuestionKind};

/// A question, worded.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionView {
    pub id: String,
    pub kind: QuestionKind,
    pub text: String,
    /// Why the question is asked.
    pub help: String,
    /// A short name of the question, as used in reasons.
    pub short: String,
    pub options: Vec<OptionView>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub min_selected: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OptionView {
    pub value: String,
    pub label: String,
}

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

/// An answer as the review screen lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct AnsweredView {
    pub question: String,
    /// The question's text.
    pub text: String,
    /// The answer, worded.
    pub answer: String,
}

/// One step of the questionnaire: the next question, progress and every verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct ScreenView {
    pub next_question: Option<QuestionView>,
    pub asked: usize,
    /// Questions that can still change a verdict (an upper bound: "at most N left").
    pub remaining: usize,
    pub progress_label: String,
    /// Titles of the measures whose verdict waits on the next question ("why we ask this").
    pub why: Vec<String>,
    pub verdicts: Vec<VerdictView>,
}

/// Words one step: the next question and all verdicts for these answers on this date.
pub fn screen(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    answers: &Answers,
    on: Date,
) -> ScreenView {
    let progress = flow::progress(pack, answers, on);
    let next = flow::next_question(pack, answers, on);
    let progress_label = if next.is_some() {
        loc.app(
            locale,
            "progress-remaining",
            &[("count", FluentValue::from(progress.remaining))],
        )
    } else {
        loc.app(locale, "progress-done", &[])
    };
    let why = next
        .map(|q| {
            flow::measures_waiting_on(pack, answers, on, &q.id)
                .iter()
                .map(|m| loc.text(locale, PackText::Measure(&m.id), None))
                .collect()
        })
        .unwrap_or_default();
    ScreenView {
        why,
        next_question: next.map(|q| question(loc, locale, q)),
        asked: progress.asked,
        remaining: progress.remaining,
        progress_label,
        verdicts: engine::evaluate(pack, answers, on)
            .iter()
            .filter_map(|v| verdict(pack, loc, locale, v))
            .collect(),
    }
}

/// Words a question.
pub fn question(loc: &Localizer, locale: Locale, q: &Question) -> QuestionView {
    let text = |attr| loc.text(locale, PackText::Question(&q.id), attr);
    QuestionView {
        id: q.id.clone(),
        kind: q.kind,
        text: text(None),
        help: text(Some("help")),
        short: text(Some("short")),
        options: q
            .options
            .iter()
            .map(|o| OptionView {
                value: o.clone(),
                label: option_label(loc, locale, &q.id, o),
            })
            .collect(),
        min: q.min,
        max: q.max,
        min_selected: q.min_selected,
    }
}

/// Words a verdict; `None` if the measure is not in the pack.
pub fn verdict(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    verdict: &Verdict,
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
        status_label: loc.app(locale, &format!("status-{}", verdict.status.key()), &[]),
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
        departments: departments(pack, loc, locale, m),
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

/// Where a measure rests in the document, e.g. 朔政发〔2021〕26号第（十一）条.
fn citation(loc: &Localizer, locale: Locale, document: &str, m: &Measure) -> String {
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

/// A past consultation as staff read it in the log: its answers and its verdicts as they were
/// computed then (not recomputed), worded with the pack in use.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredView {
    pub answered: Vec<AnsweredView>,
    pub verdicts: Vec<StoredVerdictView>,
}

/// A stored verdict. A measure the pack in use no longer has keeps its id as its title and has
/// no citation.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredVerdictView {
    pub measure: String,
    pub title: String,
    pub citation: String,
    /// The status key, as stored.
    pub status: String,
    pub status_label: String,
}

/// Words a stored consultation. Answers to questions the pack in use no longer asks (or no
/// longer accepts) are shown as stored.
pub fn stored(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    c: &crate::store::Consultation,
) -> StoredView {
    let answered = c
        .answers
        .iter()
        .map(|(id, raw)| {
            let text = match pack.question(id) {
                Some(_) => loc.text(locale, PackText::Question(id), None),
                None => id.clone(),
            };
            let answer = match crate::answers::decode(pack, id, raw) {
                Ok(a) => answer_label(loc, locale, id, &a),
                Err(_) => raw.to_string(),
            };
            AnsweredView {
                question: id.clone(),
                text,
                answer,
            }
        })
        .collect();
    let verdicts = c
        .verdicts
        .iter()
        .map(|(id, status)| {
            let (title, citation) = match pack.measure(id) {
                Some(m) => (
                    loc.text(locale, PackText::Measure(id), None),
                    citation(loc, locale, &pack.manifest.document.number, m),
                ),
                None => (id.clone(), String::new()),
            };
            StoredVerdictView {
                measure: id.clone(),
                title,
                citation,
                status: status.clone(),
                status_label: loc.app(locale, &format!("status-{status}"), &[]),
            }
        })
        .collect();
    StoredView { answered, verdicts }
}

/// The answers in the order given, worded for the review screen.
pub fn answered(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    answers: &Answers,
    order: &[String],
) -> Vec<AnsweredView> {
    order
        .iter()
        .filter_map(|id| {
            let answer = answers.get(id)?;
            pack.question(id)?;
            Some(AnsweredView {
                question: id.clone(),
                text: loc.text(locale, PackText::Question(id), None),
                answer: answer_label(loc, locale, id, answer),
            })
        })
        .collect()
}

/// The departments of a measure, lead first as the document lists them.
pub fn departments(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    m: &Measure,
) -> Vec<DepartmentView> {
    let filled = |s: &str| (!s.trim().is_empty()).then(|| s.to_owned());
    m.departments
        .iter()
        .enumerate()
        .filter_map(|(i, id)| {
            let d = pack.department(id)?;
            Some(DepartmentView {
                id: d.id.clone(),
                name: loc.text(locale, PackText::Department(&d.id), None),
                is_lead: i == 0 && !m.departments_damaged,
                primary_reason: (m.primary_contact.as_deref() == Some(id.as_str()))
                    .then(|| loc.text(locale, PackText::Measure(&m.id), Some("contact"))),
                phone: filled(&d.phone),
                address: filled(&d.address),
                hours: filled(&d.hours),
            })
        })
        .collect()
}

/// An option's label.
pub fn option_label(loc: &Localizer, locale: Locale, question: &str, value: &str) -> String {
    loc.text(locale, PackText::Option(question, value), None)
}

/// An answer, worded (option labels, yes/no, the number or the date).
pub fn answer_label(loc: &Localizer, locale: Locale, question: &str, answer: &Answer) -> String {
    match answer {
        Answer::Choice(v) => option_label(loc, locale, question, v),
        Answer::Choices(set) if set.is_empty() => loc.app(locale, "answer-none-selected", &[]),
        Answer::Choices(set) => join(
            loc,
            locale,
            set.iter()
                .map(|v| option_label(loc, locale, question, v))
                .collect(),
        ),
        Answer::Bool(true) => loc.app(locale, "answer-yes", &[]),
        Answer::Bool(false) => loc.app(locale, "answer-no", &[]),
        Answer::Number(n) => n.to_string(),
        Answer::Date(d) => format_date(*d),
    }
}

fn join(loc: &Localizer, locale: Locale, items: Vec<String>) -> String {
    items.join(&loc.app(locale, "list-separator", &[]))
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

/// Something staff (and the applicant) should know about the app itself, shown above the
/// questionnaire until it no longer holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The database was damaged and set aside at `kept_at`; a fresh one was started.
    DatabaseReplaced { kept_at: String, reason: String },
    /// No database could be opened at all: nothing is saved.
    NoDatabase { reason: String },
    /// Saving stopped part-way (a full disk, a read-only folder); answers live in memory.
    NotSaved { reason: String },
    /// The settings file could not be used; the app runs with its defaults.
    BadSettings { reason: String },
    /// The installed policy pack failed its checks; the embedded pack is in use. The reason is
    /// an archive error's message id and arguments (see `ArchiveError::message_id`), worded in
    /// the reader's language.
    InstalledPackRefused {
        message_id: &'static str,
        args: Vec<(&'static str, String)>,
    },
}

/// A notice, worded.
pub fn notice(loc: &Localizer, locale: Locale, notice: &Notice) -> String {
    match notice {
        Notice::DatabaseReplaced { kept_at, reason } => loc.app(
            locale,
            "warn-database-replaced",
            &[
                ("path", kept_at.clone().into()),
                ("reason", reason.clone().into()),
            ],
        ),
        Notice::NoDatabase { reason } => loc.app(
            locale,
            "warn-no-database",
            &[("reason", reason.clone().into())],
        ),
        Notice::NotSaved { reason } => loc.app(
            locale,
            "warn-not-saved",
            &[("reason", reason.clone().into())],
        ),
        Notice::BadSettings { reason } => loc.app(
            locale,
            "warn-bad-settings",
            &[("reason", reason.clone().into())],
        ),
        Notice::InstalledPackRefused { message_id, args } => {
            let reason = worded(loc, locale, message_id, args);
            let reason = reason.trim_end_matches(['.', '。']).to_owned();
            loc.app(locale, "warn-pack-refused", &[("reason", reason.into())])
        }
    }
}

/// An application message from an id and plain string arguments.
fn worded(loc: &Localizer, locale: Locale, id: &str, args: &[(&'static str, String)]) -> String {
    let args: Vec<_> = args
        .iter()
        .map(|(name, value)| (*name, FluentValue::from(value.clone())))
        .collect();
    loc.app(locale, id, &args)
}

/// Why a pack archive was refused, in one sentence of the reader's language.
pub fn archive_error(loc: &Localizer, locale: Locale, e: &ArchiveError) -> String {
    worded(loc, locale, e.message_id(), &e.message_args())
}

/// What installing a pack changes, worded for staff before they confirm it.
#[derive(Debug, Clone, PartialEq)]
pub struct PackDiffView {
    /// `id version` of the pack in use and of the one offered.
    pub old: String,
    pub new: String,
    /// The offered pack is a different pack altogether, not a new version of the one in use.
    pub other_pack: bool,
    pub added: Vec<MeasureChangeView>,
    pub removed: Vec<MeasureChangeView>,
    pub changed: Vec<MeasureChangeView>,
}

/// One measure added, removed or changed: its article and title (from the pack that has it).
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureChangeView {
    pub id: String,
    pub article: String,
    pub title: String,
}

/// Words a [`PackDiff`]: added and changed measures take their titles from the new pack
/// (`new_loc`), removed ones from the old pack (`old_loc`).
pub fn pack_diff(
    old_loc: &Localizer,
    new_loc: &Localizer,
    locale: Locale,
    d: &PackDiff,
) -> PackDiffView {
    let word = |loc: &Localizer, changes: &[MeasureChange]| {
        changes
            .iter()
            .map(|m| MeasureChangeView {
                id: m.id.clone(),
                article: m.article.clone(),
                title: loc.text(locale, PackText::Measure(&m.id), None),
            })
            .collect()
    };
    PackDiffView {
        old: format!("{} {}", d.old.id, d.old.version),
        new: format!("{} {}", d.new.id, d.new.version),
        other_pack: d.pack_changed(),
        added: word(new_loc, &d.added),
        removed: word(old_loc, &d.removed),
        changed: word(new_loc, &d.changed),
    }
}
