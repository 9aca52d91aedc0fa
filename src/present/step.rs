//! One step of a consultation, worded whole: the next question (or none), how far along the
//! applicant is, why the question is asked, the answers so far, every verdict, the pack and
//! the notices. A caller shows it as it is; it needs no second call to complete a screen.

use fluent_bundle::FluentValue;
use time::Date;

use super::question::{answered, question, AnsweredView, QuestionView};
use super::relevance::{self, SummaryItem};
use super::verdict::{verdict, VerdictView};
use crate::answers::Answers;
use crate::engine::Verdict;
use crate::flow::Plan;
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::message::Explain;
use crate::pack::{PackText, PolicyPack};
use crate::present::Notice;
use crate::store::DirectoryEntry;
use crate::takeaway::Takeaway;

/// The pack a step was computed with, named for the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackView {
    pub id: String,
    pub version: String,
    /// The document number as the reader's language writes it, e.g. 朔政发〔2021〕26号.
    pub document: String,
    pub title: String,
    /// The language the source document is written in (its excerpts are quoted verbatim).
    pub source_locale: Locale,
}

/// Names the pack for the reader.
pub fn pack(pack: &PolicyPack, loc: &Localizer, locale: Locale) -> PackView {
    let m = &pack.manifest;
    PackView {
        id: m.id.clone(),
        version: m.version.clone(),
        document: loc.document_number(locale, pack),
        title: loc.text(locale, PackText::Title, None),
        source_locale: m.default_locale,
    }
}

/// One step, worded.
#[derive(Debug, Clone, PartialEq)]
pub struct StepView {
    pub locale: Locale,
    /// The date the verdicts are for.
    pub date: Date,
    pub pack: PackView,
    /// The next question, with its current answer if it has one; `None` when every verdict is
    /// decided.
    pub question: Option<QuestionView>,
    /// Questions answered so far.
    pub asked: usize,
    /// Questions that can still change a verdict (an upper bound of what is left).
    pub remaining: usize,
    /// "At most N questions left", or "done", worded.
    pub progress: String,
    /// Titles of the measures whose verdict waits on the next question ("why we ask this").
    pub why: Vec<String>,
    /// The answers so far, in the order given.
    pub answered: Vec<AnsweredView>,
    /// Every measure's verdict, in reading order ([`super::relevance::order`]: what is the
    /// person's first); [`StepView::results`] gives those a results list shows.
    pub verdicts: Vec<VerdictView>,
    /// The few things to do first, each with its office ([`super::relevance::summary`]);
    /// empty until every verdict is decided.
    pub summary: Vec<SummaryItem>,
    /// The result to take away (text and QR code), once every verdict is decided.
    pub takeaway: Option<Takeaway>,
    /// What staff and the applicant should know about the app itself, worded.
    pub notices: Vec<String>,
}

impl StepView {
    /// The verdicts a results list shows ([`VerdictView::shown`]), in reading order.
    pub fn results(&self) -> impl Iterator<Item = &VerdictView> {
        self.verdicts.iter().filter(|v| v.shown)
    }

    /// Whether every verdict is decided: the questionnaire has ended.
    pub fn is_complete(&self) -> bool {
        self.question.is_none()
    }
}

/// What a step is worded from.
#[derive(Debug, Clone, Copy)]
pub struct StepInput<'a> {
    pub pack: &'a PolicyPack,
    pub loc: &'a Localizer,
    pub locale: Locale,
    pub answers: &'a Answers,
    /// The answered question ids in the order given.
    pub order: &'a [String],
    pub on: Date,
    /// Contact details staff entered for the applicant's county (see
    /// [`super::verdict::verdict`]).
    pub contacts: &'a [DirectoryEntry],
    pub notices: &'a [Notice],
}

/// Words a step from the verdicts of its answers and the plan read off them (one evaluation
/// serves both). The takeaway is left to the caller, which knows whether one is wanted.
pub fn step(input: &StepInput<'_>, verdicts: &[Verdict], plan: &Plan<'_>) -> StepView {
    let StepInput {
        pack: p,
        loc,
        locale,
        answers,
        ..
    } = *input;
    let next = plan.next();
    let progress = plan.progress(answers.len());
    let by_audience = next
        .is_some()
        .then(|| crate::flow::questions_by_audience(p, answers, input.on))
        .flatten();
    let progress_label = if let Some((fewest, most)) = by_audience {
        // Before "who are you?": what people like the reader are asked, not every question.
        loc.app(
            locale,
            "progress-first",
            &[
                ("min", FluentValue::from(fewest)),
                ("max", FluentValue::from(most)),
            ],
        )
    } else if next.is_some() {
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
            plan.waiting_on(&q.id)
                .iter()
                .map(|m| loc.text(locale, PackText::Measure(&m.id), None))
                .collect()
        })
        .unwrap_or_default();
    let mut views: Vec<VerdictView> = verdicts
        .iter()
        .filter_map(|v| verdict(p, loc, locale, v, input.contacts))
        .collect();
    // Where the measure is carried out county by county, the applicant's county.
    let county = p.manifest.region_question.as_deref().and_then(|q| {
        answers
            .get(q)
            .map(|a| super::question::answer_label(loc, locale, q, a))
    });
    for v in &mut views {
        if p.measure(&v.measure).is_some_and(|m| m.local) {
            v.county.clone_from(&county);
        }
    }
    relevance::order(p, &mut views);
    let summary = if next.is_none() {
        relevance::summary(p, &views)
    } else {
        Vec::new()
    };
    StepView {
        locale,
        date: input.on,
        pack: pack(p, loc, locale),
        question: next.map(|q| question(loc, locale, q, answers)),
        asked: progress.asked,
        remaining: progress.remaining,
        progress: progress_label,
        why,
        answered: answered(p, loc, locale, answers, input.order),
        verdicts: views,
        summary,
        takeaway: None,
        notices: input
            .notices
            .iter()
            .map(|n| loc.say(locale, &n.message()))
            .collect(),
    }
}
