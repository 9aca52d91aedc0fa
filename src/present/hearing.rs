//! Who may hear what is read aloud, and the words a kiosk leaves out.
//!
//! A kiosk stands in a public hall: whoever stands near hears it. The person's answers are
//! never spoken there, and neither are the words by which the pack's titles and offers name
//! the person's group: a card called 退役军人创业培训 read aloud says "this is a veteran" as
//! plainly as the answer would. At a kiosk every chosen option's label, its head (the words
//! before an aside: 高校毕业生 of 高校毕业生（大专、本科、研究生毕业）) and the names the pack
//! gives the option's people (an option's optional `.names` attribute, `|` between names) are
//! never said. A sentence that holds one is not said at all, never said with the word cut out
//! of it: "参加国家级和省级创新创业大赛" without 省级 says what the policy does not. The speech
//! ([`super::speech`]) says instead where on the screen to look: the summary's n-th item, the
//! offer of this card, the office this card names.
//!
//! What this cannot hide: which measures suit a person can itself hint at their group (only
//! veterans get the prize award of article 十三). The results are spoken only when the person
//! asks for them, at a kiosk as anywhere (README, Reading aloud).
//!
//! Deliberately not done here: choosing what to say ([`super::speech`]), or hiding anything on
//! the screen, which the person reads alone.

use super::ear::{chinese, for_the_ear};
use crate::answers::{Answer, Answers};
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::pack::PackText;

/// Who may hear what is said.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Hearing {
    /// The person at their own screen, or staff: everything a screen speaks is said.
    #[default]
    Private,
    /// A kiosk in a public hall: these words (the person's chosen options and the names of
    /// their groups, as heard) are never said.
    Public(Vec<String>),
}

/// The attribute of an option's text that names its people as the pack's texts do.
pub const NAMES: &str = crate::pack::OPTION_NAMES;

impl Hearing {
    /// A kiosk's hearing for these answers in `locale`: every chosen option's words withheld.
    pub fn public(loc: &Localizer, locale: Locale, answers: &Answers) -> Hearing {
        let mut words = Vec::new();
        for (question, answer) in answers.iter() {
            let chosen: Vec<&String> = match answer {
                Answer::Choice(v) => vec![v],
                Answer::Choices(set) => set.iter().collect(),
                _ => Vec::new(),
            };
            for value in chosen {
                let option = PackText::Option(question, value);
                let label = loc.text(locale, option, None);
                words.push(for_the_ear(locale, &label));
                words.push(head(&label).to_owned());
                if let Some(names) = loc.optional_text(locale, option, NAMES) {
                    words.extend(names.split('|').map(|n| n.trim().to_owned()));
                }
            }
        }
        // Too short to tell anything (是, 否, Yes, No): left out, they would eat other words.
        let shortest = if chinese(locale) { 2 } else { 4 };
        words.retain(|w| w.chars().count() >= shortest);
        words.sort();
        words.dedup();
        Hearing::Public(words)
    }

    /// Whether `text` holds a word that may not be heard: then it is not said at all.
    pub fn withholds(&self, locale: Locale, text: &str) -> bool {
        match self {
            Hearing::Private => false,
            Hearing::Public(words) => words.iter().any(|w| says(locale, text, w)),
        }
    }
}

/// A label's head: the words before its aside in brackets (高校毕业生 of 高校毕业生（大专、本科、
/// 研究生毕业）) or before the first of a Chinese list (台湾 of 台湾、香港、澳门居民), or the whole
/// label. Not before a comma: "Small" of "Small, medium or micro enterprise" names nobody and
/// would silence every sentence about small enterprises.
fn head(label: &str) -> &str {
    let end = label.find(['（', '(', '、']).unwrap_or(label.len());
    label[..end].trim()
}

/// Whether `text` says `word`: anywhere in Chinese, which has no spaces; as a whole word,
/// whatever its case, in English — its possessive too ("a veteran's loan" says "veteran" as
/// plainly, and so does 'veteran' in quotes).
fn says(locale: Locale, text: &str, word: &str) -> bool {
    if chinese(locale) {
        return text.contains(word);
    }
    let (text, word) = (text.to_ascii_lowercase(), word.to_ascii_lowercase());
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(word.as_str()).any(|(at, _)| {
        !letter(text[..at].chars().last()) && !letter(text[at + word.len()..].chars().next())
    })
}
