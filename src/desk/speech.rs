//! Reading aloud: the sentences for the screen on screen, for one question, for one result card, for the kiosk's
//! countdown, and for the screen a whole answers file leads to (the CLI's `speech`).
//!
//! The words are [`crate::present::speech`]'s; this module only finds the step they are made
//! from. Whether and when anything is spoken — never the answers, the results only when asked —
//! is the caller's; playing the sound is the shell's.

use time::Date;

use super::{Desk, DeskError, Result};
use crate::answers::Answers;
use crate::locale::Locale;
use crate::present::speech::{self, Speech};
use crate::present::Hearing;
use crate::settings::Mode;

impl Desk {
    /// What is spoken for the screen on screen in `locale`: its question, or its results.
    pub fn speech(&self, locale: Locale) -> Speech {
        let view = self.step(locale);
        let hearing = self.hearing(locale, &self.live().session.answers().clone());
        speech::step(&self.policy().loc, &view, &hearing)
    }

    /// Who hears what is said here: at a kiosk, a public hall, where the words of these
    /// answers are never said; elsewhere, the person at their own screen.
    pub fn hearing(&self, locale: Locale, answers: &Answers) -> Hearing {
        match self.settings().mode {
            Mode::Kiosk => Hearing::public(&self.policy().loc, locale, answers),
            _ => Hearing::Private,
        }
    }

    /// What is spoken for one question (the one on screen, or one being changed from the
    /// review), without the answer it has.
    pub fn question_speech(&self, locale: Locale, question: &str) -> Result<Speech> {
        let p = self.policy();
        let q = p
            .pack
            .question(question)
            .ok_or_else(|| DeskError::UnknownQuestion(question.to_owned()))?;
        let view = crate::present::question(&p.loc, locale, q, &Answers::new());
        Ok(speech::question(&p.loc, locale, &view))
    }

    /// What is spoken for one result card on screen (its speaker button). Refused for a
    /// measure the results on screen do not show.
    pub fn card_speech(&self, locale: Locale, measure: &str) -> Result<Speech> {
        let view = self.step(locale);
        let card = view
            .results()
            .find(|v| v.measure == measure && view.is_complete())
            .ok_or_else(|| DeskError::UnknownMeasure(measure.to_owned()))?;
        let hearing = self.hearing(locale, &self.live().session.answers().clone());
        Ok(speech::card(&self.policy().loc, locale, card, &hearing))
    }

    /// What is spoken when the kiosk's idle countdown starts, with `seconds` left.
    pub fn countdown_speech(&self, locale: Locale, seconds: u32) -> Speech {
        speech::countdown(&self.policy().loc, locale, seconds)
    }

    /// What would be spoken for the screen these answers lead to on `on`, without touching the
    /// consultation on screen: the CLI's `speech` (as a kiosk would say it, where the
    /// installation is one).
    pub fn speech_for_answers(&self, answers: &Answers, on: Date, locale: Locale) -> Speech {
        let view = self.assess_answers(answers, on, locale);
        speech::step(&self.policy().loc, &view, &self.hearing(locale, answers))
    }
}
