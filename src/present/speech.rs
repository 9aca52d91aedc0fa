//! What is read aloud, for people who read with difficulty: a screen as finished sentences made
//! for the ear, in the reader's language.
//!
//! A question is spoken as the question, its options numbered ("第一项，……"), then what to
//! press; the results as the few things to do first, then each card's title, status, what it
//! offers and the office to go to first. What a speech engine does with the sentences is the
//! shell's affair.
//!
//! Deliberately left out, because a kiosk stands in a public hall: the person's answers (the
//! option chosen is never marked, the county never named), the reasons a measure does not
//! apply and the answer that would change it. Also left out: article numbers, citations and
//! the source's sentences, which are for reading.

use fluent_bundle::FluentValue;

use super::ear::{chinese, finished, for_the_ear, numeral};
use super::question::QuestionView;
use super::relevance::SummaryItem;
use super::step::StepView;
use super::verdict::VerdictView;
use crate::engine::Status;
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::question::QuestionKind;

/// What is spoken for one screen or one card: finished sentences, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speech {
    pub locale: Locale,
    /// Each a finished sentence for the ear: no brackets, no article numbers, dates in words.
    pub sentences: Vec<String>,
}

impl Speech {
    /// The sentences as one text, as a speech engine takes it.
    pub fn text(&self) -> String {
        let gap = if chinese(self.locale) { "" } else { " " };
        self.sentences.join(gap)
    }
}

/// Builds the sentences of one [`Speech`].
struct Sentences<'a> {
    loc: &'a Localizer,
    locale: Locale,
    out: Vec<String>,
}

impl<'a> Sentences<'a> {
    fn new(loc: &'a Localizer, locale: Locale) -> Sentences<'a> {
        Sentences {
            loc,
            locale,
            out: Vec::new(),
        }
    }

    /// Adds written text (the pack's or the application's) as one spoken sentence.
    fn say(&mut self, text: &str) {
        let spoken = for_the_ear(self.locale, text);
        if !spoken.trim().is_empty() {
            self.out.push(finished(self.locale, &spoken));
        }
    }

    /// Adds an application message as one spoken sentence.
    fn message(&mut self, id: &str, args: &[(&str, FluentValue<'_>)]) {
        let text = self.loc.app(self.locale, id, args);
        self.say(&text);
    }

    fn done(self) -> Speech {
        Speech {
            locale: self.locale,
            sentences: self.out,
        }
    }
}

/// The screen of a step: its question, or — once every verdict is decided — its results.
pub fn step(loc: &Localizer, view: &StepView) -> Speech {
    match &view.question {
        Some(q) => question(loc, view.locale, q),
        None => results(loc, view),
    }
}

/// A question: its text, each option numbered, then what to press. The answer already given
/// (`current`) is not said, nor marked among the options.
pub fn question(loc: &Localizer, locale: Locale, q: &QuestionView) -> Speech {
    let mut s = Sentences::new(loc, locale);
    s.say(&q.text);
    for (i, option) in q.options.iter().enumerate() {
        let label = for_the_ear(locale, &option.label);
        s.message(
            "speech-option",
            &[
                ("ordinal", FluentValue::from(numeral(locale, i + 1))),
                ("label", FluentValue::from(label)),
            ],
        );
    }
    let press = match q.kind {
        QuestionKind::Multi => "speech-press-several",
        QuestionKind::Single | QuestionKind::Bool => "speech-press-one",
        QuestionKind::Number | QuestionKind::Date => "speech-press-type",
    };
    s.message(press, &[]);
    s.done()
}

/// The results: how many measures concern the person, the few things to do first, then every
/// card a results list shows, in reading order.
pub fn results(loc: &Localizer, view: &StepView) -> Speech {
    let locale = view.locale;
    let mut s = Sentences::new(loc, locale);
    let cards: Vec<&VerdictView> = view.results().collect();
    s.message(
        "speech-results-intro",
        &[("count", FluentValue::from(cards.len()))],
    );
    if view.summary.is_empty() {
        s.message("speech-summary-none", &[]);
    } else {
        s.message("speech-summary-title", &[]);
        for item in &view.summary {
            summary_item(&mut s, item);
        }
    }
    for v in cards {
        card_into(&mut s, v);
    }
    s.message("speech-results-end", &[]);
    s.done()
}

/// One result card, for its speaker button.
pub fn card(loc: &Localizer, locale: Locale, v: &VerdictView) -> Speech {
    let mut s = Sentences::new(loc, locale);
    card_into(&mut s, v);
    s.done()
}

/// The kiosk's idle countdown: still there? In how many seconds the answers are cleared.
pub fn countdown(loc: &Localizer, locale: Locale, seconds: u32) -> Speech {
    let mut s = Sentences::new(loc, locale);
    s.message(
        "speech-countdown",
        &[("seconds", FluentValue::from(seconds))],
    );
    s.done()
}

fn summary_item(s: &mut Sentences<'_>, item: &SummaryItem) {
    let office = item.office.as_ref().map(|o| o.name.clone());
    let title = for_the_ear(s.locale, &item.title);
    let status = for_the_ear(s.locale, &item.status_label);
    match office {
        Some(office) => s.message(
            "speech-summary-item-office",
            &[
                ("title", FluentValue::from(title)),
                ("status", FluentValue::from(status)),
                ("office", FluentValue::from(for_the_ear(s.locale, &office))),
            ],
        ),
        None => s.message(
            "speech-summary-item",
            &[
                ("title", FluentValue::from(title)),
                ("status", FluentValue::from(status)),
            ],
        ),
    }
}

/// A card's sentences: title, status (and when it ended), what it offers, where to go first.
/// Not its reasons or near miss, which repeat the person's answers.
fn card_into(s: &mut Sentences<'_>, v: &VerdictView) {
    s.say(&v.title);
    s.say(&v.status_label);
    if let (Status::Expired { .. }, Some(ended)) = (&v.status, &v.expired) {
        s.say(ended);
    }
    s.say(&v.benefit);
    if let Some(office) = v.departments.first() {
        let name = for_the_ear(s.locale, &office.name);
        s.message("speech-go-first", &[("office", FluentValue::from(name))]);
    }
}
