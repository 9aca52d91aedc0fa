//! The languages the product speaks, and nothing else: a [`Locale`] is a plain value that the
//! pack (which messages it must carry), the store (the language a consultation ran in) and the
//! localizer all name, so it lives apart from each of them.

use std::fmt;

use unic_langid::LanguageIdentifier;

/// A language the product speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Locale {
    /// Simplified Chinese, the primary language.
    ZhCn,
    /// Traditional Chinese, for applicants from Hong Kong, Macao and Taiwan.
    ZhTw,
    /// English, for foreign talent.
    En,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::ZhCn, Locale::ZhTw, Locale::En];

    /// The BCP 47 tag, which is also the folder name under `locales/`.
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::ZhTw => "zh-TW",
            Locale::En => "en",
        }
    }

    /// Reads a tag, ignoring case (`zh-cn` is `zh-CN`); `None` for a language the product does
    /// not speak.
    pub fn parse(tag: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(tag.trim()))
    }

    pub fn langid(self) -> LanguageIdentifier {
        match self {
            Locale::ZhCn => unic_langid::langid!("zh-CN"),
            Locale::ZhTw => unic_langid::langid!("zh-TW"),
            Locale::En => unic_langid::langid!("en"),
        }
    }

    /// The language's own name, for a language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::ZhCn => "简体中文",
            Locale::ZhTw => "繁體中文",
            Locale::En => "English",
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
