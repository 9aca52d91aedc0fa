//! The words a screen shows as they are — buttons, headings, labels, status names — in one
//! language, and the languages to switch to.

use std::collections::BTreeMap;

use crate::i18n::Localizer;
use crate::locale::Locale;

/// The application messages a front end shows without arguments, by the start of their ids.
pub const SCREEN_PREFIXES: [&str; 4] = ["ui-", "status-", "app-", "followup-"];

/// A screen's words in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts {
    pub locale: Locale,
    /// Message id → text, for every message whose id starts with one of [`SCREEN_PREFIXES`].
    pub messages: BTreeMap<String, String>,
    /// Every language the product speaks, each named in itself (简体中文, 繁體中文, English).
    pub locales: Vec<(Locale, &'static str)>,
}

/// The words of the screens in `locale`.
pub fn texts(loc: &Localizer, locale: Locale) -> Texts {
    Texts {
        locale,
        messages: loc.app_texts(locale, &SCREEN_PREFIXES),
        locales: Locale::ALL.iter().map(|l| (*l, l.native_name())).collect(),
    }
}

/// An unfinished consultation that can be continued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResumableView {
    pub answers: usize,
    /// "3 answers so far, last on 2026-11-28", worded.
    pub label: String,
}

/// Words an unfinished consultation with `answers` answers, last changed on `date`.
pub fn resumable(loc: &Localizer, locale: Locale, answers: usize, date: &str) -> ResumableView {
    ResumableView {
        answers,
        label: loc.app(
            locale,
            "resume-detail",
            &[("count", answers.into()), ("date", date.to_owned().into())],
        ),
    }
}
