//! What is read aloud, for people who read with difficulty: a screen as finished sentences made
//! for the ear, in the reader's language.
//!
//! A question is spoken as the question, its options numbered ("第一项，……"), then what to
//! press; the results, short: how many measures suit the person, the few things to do first
//! (each its title, what it offers in one sentence, the office to go to first), and the rest
//! only by their count; a card's own button speaks it whole. What a speech engine does with the
//! sentences is the shell's affair.
//!
//! Deliberately left out, because a kiosk stands in a public hall: the person's answers (the
//! option chosen is never marked, the county never named; at a kiosk, [`Hearing`] also keeps
//! the words naming the person's group out of titles and offers), the reasons a measure does not
//! apply and the answer that would change it. Also left out: article numbers, citations and
//! the source's sentences, which are for reading.

use fluent_bundle::FluentValue;

use super::ear::{chinese, finished, for_the_ear, numeral};
use super::hearing::Hearing;
use super::question::QuestionView;
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

/// How many characters, punctuation included, espeak-ng says in a second at its default rate
/// (175 words a minute): Mandarin with `cmn-latn-pinyin`, English. Measured by rendering to
/// WAV the pack's offers (1,043 Chinese characters in 279 s: 3.74 a second; 4,877 English
/// ones in 277 s: 17.6) and the longest results speeches (3.76 to 3.83; 16.6 to 17.5), and
/// rounded down from the slowest, so a length worked out from them errs long.
/// tests/speech_engine.rs renders a results speech and checks the rate again.
pub const CHARS_PER_SECOND_ZH: f64 = 3.7;
pub const CHARS_PER_SECOND_EN: f64 = 16.5;

impl Speech {
    /// The sentences as one text, as a speech engine takes it.
    pub fn text(&self) -> String {
        let gap = if chinese(self.locale) { "" } else { " " };
        self.sentences.join(gap)
    }

    /// About how long the text takes to say, in whole seconds, at espeak-ng's default rate
    /// (a slower voice takes longer): how long a kiosk counts the person as listening.
    pub fn seconds(&self) -> u32 {
        let rate = if chinese(self.locale) {
            CHARS_PER_SECOND_ZH
        } else {
            CHARS_PER_SECOND_EN
        };
        let chars = self.text().chars().count() as f64;
        // At most a day: the casts cannot overflow.
        (chars / rate).ceil().min(86_400.0) as u32
    }
}

/// Builds the sentences of one [`Speech`].
struct Sentences<'a> {
    loc: &'a Localizer,
    locale: Locale,
    hearing: &'a Hearing,
    out: Vec<String>,
}

impl<'a> Sentences<'a> {
    fn new(loc: &'a Localizer, locale: Locale, hearing: &'a Hearing) -> Sentences<'a> {
        Sentences {
            loc,
            locale,
            hearing,
            out: Vec::new(),
        }
    }

    /// Adds written text (the pack's or the application's) as one spoken sentence — whole, or
    /// at a kiosk not at all if it holds a withheld word. A sentence never loses a word from
    /// its middle: "参加国家级和省级创新创业大赛" without the person's 省级, or "Maker China contest
    /// for small and medium-sized enterprises" without "small", says what the policy does not.
    /// Returns whether it was said.
    fn say(&mut self, text: &str) -> bool {
        let heard = for_the_ear(self.locale, text);
        if heard.trim().is_empty() || self.hearing.withholds(self.locale, &heard) {
            return false;
        }
        self.out.push(finished(self.locale, &heard));
        true
    }

    /// Adds what a measure offers, or at a kiosk, where it holds a withheld word, a pointer to
    /// the screen in its place.
    fn offer(&mut self, text: &str) {
        if !self.say(text) && !for_the_ear(self.locale, text).trim().is_empty() {
            self.message("speech-offer-on-screen", &[]);
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
pub fn step(loc: &Localizer, view: &StepView, hearing: &Hearing) -> Speech {
    match &view.question {
        Some(q) => question(loc, view.locale, q),
        None => results(loc, view, hearing),
    }
}

/// A question: its text, each option numbered, then what to press. The answer already given
/// (`current`) is not said, nor marked among the options.
pub fn question(loc: &Localizer, locale: Locale, q: &QuestionView) -> Speech {
    let mut s = Sentences::new(loc, locale, &Hearing::Private);
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

/// The results, short by design, like the screen's summary: how many measures suit the person
/// now (they hold, or a department judges them), the few things to do first — each its title,
/// its status, what it offers in one sentence and where to go first — then how many more suit
/// them and how many do not, both on the screen. Each card's own button speaks it in full
/// ([`card`]). Every card read out took five to eight minutes, longer than a kiosk's idle time
/// and than anyone listens; even a sentence for each card that suits took four.
pub fn results(loc: &Localizer, view: &StepView, hearing: &Hearing) -> Speech {
    let locale = view.locale;
    let mut s = Sentences::new(loc, locale, hearing);
    let (now, rest): (Vec<&VerdictView>, Vec<&VerdictView>) =
        view.results().partition(|v| can_act_on(v));
    s.message(
        "speech-results-intro",
        &[("count", FluentValue::from(now.len()))],
    );
    if view.summary.is_empty() {
        s.message("speech-summary-none", &[]);
    } else {
        s.message("speech-summary-title", &[]);
    }
    let first: Vec<&VerdictView> = view
        .summary
        .iter()
        .filter_map(|item| now.iter().find(|v| v.measure == item.measure).copied())
        .collect();
    for (i, v) in first.iter().enumerate() {
        let title = for_the_ear(locale, &v.title);
        let status = for_the_ear(locale, &v.status_label);
        if hearing.withholds(locale, &title) {
            // The title names the person's group: the screen's n-th item, by its number.
            s.message(
                "speech-summary-item-on-screen",
                &[
                    ("ordinal", FluentValue::from(numeral(locale, i + 1))),
                    ("status", FluentValue::from(status)),
                ],
            );
        } else {
            s.message(
                "speech-summary-item",
                &[
                    ("title", FluentValue::from(title)),
                    ("status", FluentValue::from(status)),
                ],
            );
        }
        s.offer(first_sentence(locale, &for_the_ear(locale, &v.benefit)));
        go_first(&mut s, v);
    }
    // What the screen holds besides, by its count: one sentence where both counts are said.
    match (now.len() - first.len(), rest.len()) {
        (0, 0) => {}
        (more, 0) => s.message("speech-results-more", &[("count", FluentValue::from(more))]),
        (0, rest) => s.message("speech-results-rest", &[("count", FluentValue::from(rest))]),
        (more, rest) => s.message(
            "speech-results-more-rest",
            &[
                ("more", FluentValue::from(more)),
                ("rest", FluentValue::from(rest)),
            ],
        ),
    }
    s.message("speech-results-end", &[]);
    s.done()
}

/// Whether a card is one the person can act on now: it holds, or a department judges it.
pub fn can_act_on(v: &VerdictView) -> bool {
    matches!(v.status, Status::Eligible | Status::NeedsReview)
}

/// The first sentence of spoken text: what a measure offers, said once and short.
/// Its closing mark is left out: [`finished`] ends every sentence said, a `；` with a `。`.
fn first_sentence(locale: Locale, text: &str) -> &str {
    let end = if chinese(locale) {
        text.find(['。', '；'])
    } else {
        text.find(". ")
    };
    end.map_or(text, |end| &text[..end])
}

/// One result card, for its speaker button: all of it, as [`Hearing`] allows.
pub fn card(loc: &Localizer, locale: Locale, v: &VerdictView, hearing: &Hearing) -> Speech {
    let mut s = Sentences::new(loc, locale, hearing);
    card_into(&mut s, v);
    s.done()
}

/// The kiosk's idle countdown: still there? In how many seconds the answers are cleared.
pub fn countdown(loc: &Localizer, locale: Locale, seconds: u32) -> Speech {
    let mut s = Sentences::new(loc, locale, &Hearing::Private);
    s.message(
        "speech-countdown",
        &[("seconds", FluentValue::from(seconds))],
    );
    s.done()
}

/// A card's sentences: title, status (and when it ended), what it offers, where to go first.
/// Not its reasons or near miss, which repeat the person's answers.
/// At a kiosk, a title that names the person's group is left unsaid: the person pressed this
/// card's own button and sees its title.
fn card_into(s: &mut Sentences<'_>, v: &VerdictView) {
    s.say(&v.title);
    s.say(&v.status_label);
    if let (Status::Expired { .. }, Some(ended)) = (&v.status, &v.expired) {
        s.say(ended);
    }
    s.offer(&v.benefit);
    go_first(s, v);
}

/// "Go first to" the card's first office, if it names one.
fn go_first(s: &mut Sentences<'_>, v: &VerdictView) {
    if let Some(office) = v.departments.first() {
        let name = for_the_ear(s.locale, &office.name);
        if s.hearing.withholds(s.locale, &name) {
            s.message("speech-go-first-on-screen", &[]);
        } else {
            s.message("speech-go-first", &[("office", FluentValue::from(name))]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::first_sentence;
    use crate::locale::Locale;

    #[test]
    fn the_first_sentence_ends_at_a_full_stop_or_a_chinese_semicolon() {
        // Its mark is left to `finished`; a text with no end is all one sentence.
        assert_eq!(
            first_sentence(Locale::ZhCn, "给予场地支持；按规定给予补贴。另有奖励。"),
            "给予场地支持"
        );
        assert_eq!(first_sentence(Locale::ZhTw, "甲項。乙項；丙項"), "甲項");
        assert_eq!(
            first_sentence(Locale::ZhCn, "没有句号的一句"),
            "没有句号的一句"
        );
        assert_eq!(
            first_sentence(Locale::En, "Free training. Up to a limit."),
            "Free training"
        );
        // A point inside a number, or at the very end, does not end a first sentence early.
        assert_eq!(
            first_sentence(Locale::En, "A 1.5 rate applies."),
            "A 1.5 rate applies."
        );
        assert_eq!(first_sentence(Locale::En, "Nothing more"), "Nothing more");
    }
}
