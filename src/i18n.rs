//! Every word the product shows, in zh-CN, zh-TW and en, through Fluent.
//!
//! Two sets of messages meet here: the application's own (`locales/<locale>/*.ftl`, compiled
//! into the binary) and the pack's (questions, measures, departments), which travel with the
//! pack. The core hands callers finished text, so no caller carries an i18n library of its own.
//! A message that is somehow missing falls back to zh-CN and then to its id, never to a panic;
//! the test suite makes sure that fallback is never needed.

use std::collections::BTreeMap;
use std::fmt;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{include_dir, Dir};

use crate::locale::Locale;
use crate::message::{Arg, Message};
use crate::pack::{PackText, PolicyPack};

static APP_MESSAGES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// A Fluent resource that failed to parse.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}: {message}")]
pub struct I18nError {
    pub file: String,
    pub message: String,
}

type Bundle = FluentBundle<FluentResource>;

/// The application's and one pack's messages in every locale.
pub struct Localizer {
    app: BTreeMap<Locale, Bundle>,
    pack: BTreeMap<Locale, Bundle>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer").finish_non_exhaustive()
    }
}

/// Arguments for a message, e.g. `&[("count", 3.into())]`.
pub type Args<'a> = [(&'a str, FluentValue<'a>)];

impl Localizer {
    /// Builds the bundles for the application and the given pack.
    pub fn new(pack: &PolicyPack) -> Result<Localizer, I18nError> {
        let mut localizer = Self::app_only()?;
        for locale in Locale::ALL {
            let sources = pack.messages.get(&locale).cloned().unwrap_or_default();
            localizer.pack.insert(locale, bundle(locale, sources)?);
        }
        Ok(localizer)
    }

    /// The application's messages alone, for wording problems with a pack that did not load.
    pub fn app_only() -> Result<Localizer, I18nError> {
        let mut app = BTreeMap::new();
        for locale in Locale::ALL {
            app.insert(locale, bundle(locale, app_sources(locale))?);
        }
        Ok(Localizer {
            app,
            pack: BTreeMap::new(),
        })
    }

    /// An application message.
    pub fn app(&self, locale: Locale, id: &str, args: &Args<'_>) -> String {
        format(&self.app, locale, id, None, args)
    }

    /// A pack message, or one of its attributes (`attr`).
    pub fn pack(&self, locale: Locale, id: &str, attr: Option<&str>, args: &Args<'_>) -> String {
        format(&self.pack, locale, id, attr, args)
    }

    /// One of the pack's own texts (a measure's title, a question, an option…), or one of its
    /// attributes (`attr`: `help`, `short`, `benefit`, `review`, `contact`).
    pub fn text(&self, locale: Locale, text: PackText<'_>, attr: Option<&str>) -> String {
        self.pack(locale, &text.id(), attr, &[])
    }

    /// One of the pack's optional attributes (an option's `.names`), where the pack has it
    /// for `locale`; `None`, never the id, where it has not.
    pub fn optional_text(&self, locale: Locale, text: PackText<'_>, attr: &str) -> Option<String> {
        let (bundle, pattern) = lookup(&self.pack, locale, &text.id(), Some(attr))?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned(),
        )
    }

    /// The document's number as the reader's language writes it: the pack's
    /// `pack-title.number` where the pack words it for `locale` (朔政發〔2021〕26號 in
    /// Traditional characters), otherwise the number in the manifest, as issued.
    pub fn document_number(&self, locale: Locale, pack: &PolicyPack) -> String {
        match lookup(&self.pack, locale, &PackText::Title.id(), Some("number")) {
            Some((bundle, pattern)) => {
                let mut errors = Vec::new();
                bundle
                    .format_pattern(pattern, None, &mut errors)
                    .into_owned()
            }
            None => pack.manifest.document.number.clone(),
        }
    }

    /// Words a [`Message`] of the application's: its arguments first (a [`Arg::Said`] argument
    /// in the same language), then the message.
    pub fn say(&self, locale: Locale, message: &Message) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = message
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(t) => FluentValue::from(t.clone()),
                    Arg::Number(n) => FluentValue::from(*n),
                    // A message inside another is a clause of it: no closing full stop.
                    Arg::Said(inner) => FluentValue::from(
                        self.say(locale, inner)
                            .trim_end_matches(['.', '。'])
                            .to_owned(),
                    ),
                    Arg::Question(q) => {
                        FluentValue::from(self.text(locale, PackText::Question(q), None))
                    }
                    Arg::Option(q, o) => {
                        FluentValue::from(self.text(locale, PackText::Option(q, o), None))
                    }
                };
                (*name, value)
            })
            .collect();
        self.app(locale, message.id, &args)
    }

    /// Every application message whose id starts with one of `prefixes`, formatted without
    /// arguments: the words a front end shows as they are (buttons, headings, labels).
    pub fn app_texts(&self, locale: Locale, prefixes: &[&str]) -> BTreeMap<String, String> {
        Self::app_message_ids(locale)
            .into_iter()
            .filter(|id| prefixes.iter().any(|p| id.starts_with(p)))
            .map(|id| {
                let text = self.app(locale, &id, &[]);
                (id, text)
            })
            .collect()
    }

    /// Every message id of the application's own messages in one locale (for the tests that
    /// check all locales hold the same ids).
    pub fn app_message_ids(locale: Locale) -> Vec<String> {
        let mut ids: Vec<String> = app_sources(locale)
            .iter()
            .filter_map(|(_, text)| FluentResource::try_new(text.clone()).ok())
            .flat_map(|r| {
                r.entries()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        ids.sort();
        ids
    }
}

/// The application's Fluent sources for one locale: `(file name, text)`.
pub fn app_sources(locale: Locale) -> Vec<(String, String)> {
    APP_MESSAGES
        .get_dir(locale.as_str())
        .map(|dir| {
            dir.files()
                .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
                .map(|f| {
                    (
                        f.path().display().to_string(),
                        String::from_utf8_lossy(f.contents()).into_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn bundle(locale: Locale, sources: Vec<(String, String)>) -> Result<Bundle, I18nError> {
    let mut bundle = Bundle::new_concurrent(vec![locale.langid()]);
    // Isolation marks help bidirectional text; in CJK and English they only leave invisible
    // characters in terminals and copied text.
    bundle.set_use_isolating(false);
    for (file, text) in sources {
        let resource = FluentResource::try_new(text).map_err(|(_, errors)| I18nError {
            file: file.clone(),
            message: errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        })?;
        bundle.add_resource(resource).map_err(|errors| I18nError {
            file,
            message: errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        })?;
    }
    Ok(bundle)
}

fn lookup<'b>(
    bundles: &'b BTreeMap<Locale, Bundle>,
    locale: Locale,
    id: &str,
    attr: Option<&str>,
) -> Option<(&'b Bundle, &'b fluent_syntax::ast::Pattern<&'b str>)> {
    let bundle = bundles.get(&locale)?;
    let message = bundle.get_message(id)?;
    let pattern = match attr {
        None => message.value()?,
        Some(a) => message.get_attribute(a)?.value(),
    };
    Some((bundle, pattern))
}

fn format(
    bundles: &BTreeMap<Locale, Bundle>,
    locale: Locale,
    id: &str,
    attr: Option<&str>,
    args: &Args<'_>,
) -> String {
    let found =
        lookup(bundles, locale, id, attr).or_else(|| lookup(bundles, Locale::ZhCn, id, attr));
    let Some((bundle, pattern)) = found else {
        return match attr {
            Some(a) => format!("{id}.{a}"),
            None => id.to_owned(),
        };
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}
