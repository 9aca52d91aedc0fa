//! The CLI's errors and how each is worded and exited with.

use fluent_bundle::FluentValue;
use navigator::message::{io_reason, Explain, Message};
use navigator::{
    AnswerError, ArchiveError, Locale, Localizer, PackError, SessionError, StoreError,
};

/// Everything that can stop a command.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("unknown language {0}")]
    UnknownLanguage(String),
    #[error("bad date {0}")]
    BadDate(String),
    #[error("bad month {0}")]
    BadMonth(String),
    #[error("cannot read {0}: {1}")]
    ReadFile(String, std::io::Error),
    #[error("{0} is not UTF-8")]
    NotUtf8(String),
    #[error(transparent)]
    Answers(#[from] AnswerError),
    #[error(transparent)]
    Pack(#[from] PackError),
    #[error(transparent)]
    Archive(#[from] ArchiveError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Session(#[from] SessionError),
    #[error("cannot write {0}: {1}")]
    WriteFile(String, std::io::Error),
    #[error("no data directory")]
    NoDataDir,
    #[error(transparent)]
    Pin(#[from] navigator::pin::PinError),
    #[error(transparent)]
    Settings(#[from] navigator::SettingsError),
    #[error("{0}")]
    Internal(String),
}

impl CliError {
    /// 2 for input the user can correct, 1 for everything else. A pack archive that fails a
    /// check is 1, like an invalid pack; a key file that cannot be read or is not a key, or a
    /// key pair that is already there, is 2: the user named the wrong file or folder.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Archive(
                ArchiveError::Io { .. } | ArchiveError::BadKey(_) | ArchiveError::KeyExists(_),
            ) => 2,
            CliError::UnknownLanguage(_)
            | CliError::BadDate(_)
            | CliError::BadMonth(_)
            | CliError::ReadFile(..)
            | CliError::NotUtf8(_)
            | CliError::WriteFile(..)
            | CliError::Answers(_)
            | CliError::Pin(_)
            | CliError::NoDataDir => 2,
            CliError::Session(SessionError::Answer(_)) => 2,
            CliError::Pack(_)
            | CliError::Archive(_)
            | CliError::Store(_)
            | CliError::Session(_)
            | CliError::Settings(_)
            | CliError::Internal(_) => 1,
        }
    }

    /// One line in the user's language.
    pub fn message(&self, loc: &Localizer, locale: Locale) -> String {
        let s = |v: &str| FluentValue::from(v.to_owned());
        match self {
            CliError::UnknownLanguage(lang) => {
                loc.app(locale, "error-unknown-language", &[("lang", s(lang))])
            }
            CliError::BadDate(date) => loc.app(locale, "error-bad-date", &[("date", s(date))]),
            CliError::BadMonth(month) => loc.app(locale, "error-bad-month", &[("month", s(month))]),
            CliError::ReadFile(path, e) => loc.say(
                locale,
                &Message::new("error-read-file")
                    .with("path", path)
                    .with("reason", io_reason(e)),
            ),
            CliError::NotUtf8(path) => loc.app(locale, "error-not-utf8", &[("path", s(path))]),
            CliError::WriteFile(path, e) => loc.say(
                locale,
                &Message::new("error-write-file")
                    .with("path", path)
                    .with("reason", io_reason(e)),
            ),
            CliError::Answers(e) => loc.say(locale, &e.message()),
            CliError::Pack(e) => loc.app(locale, "error-pack", &[("detail", s(&e.one_line()))]),
            CliError::Archive(e) => {
                let args: Vec<_> = e
                    .message_args()
                    .into_iter()
                    .map(|(name, value)| (name, FluentValue::from(value)))
                    .collect();
                loc.app(locale, e.message_id(), &args)
            }
            CliError::Store(e) | CliError::Session(SessionError::Store(e)) => {
                loc.say(locale, &e.message())
            }
            CliError::Session(SessionError::Answer(e)) => loc.say(locale, &e.message()),
            CliError::NoDataDir => loc.app(locale, "error-no-data-dir", &[]),
            CliError::Pin(e) => loc.say(locale, &e.message()),
            CliError::Settings(e) => loc.say(locale, &e.message()),
            CliError::Internal(m) => m.clone(),
        }
    }
}
