//! Why the settings cannot be used, and how that is said: [`SettingsError`], with what a
//! setting takes as an [`Expected`] (worded by its own message, never as English text inside a
//! sentence) and, for a file that does not parse, the [`FileLine`] staff should look at.
//!
//! `Display` stays English, for logs; [`Explain`] is for people. This module does not read,
//! check or write settings (see the parent module).

use std::fmt;

use crate::message::{io_reason, Explain, Message};

/// Why the settings cannot be used. `Display` is English, for logs; [`Explain`] words it for
/// staff.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    /// Not a settings file: not UTF-8 text, not TOML, or naming a setting there is not.
    /// `line` is where the parser stopped, when it says; `message` is its own words, for logs.
    #[error("{path} is not a valid settings file: {message}")]
    Parse {
        path: String,
        line: Option<FileLine>,
        message: String,
    },
    #[error("the setting {setting} = {value:?} is not valid (expected {expected})")]
    BadValue {
        setting: String,
        value: String,
        expected: Expected,
    },
    #[error("cannot save {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    /// The first settings were to be written, and a settings file is already there (another
    /// program, or staff, wrote one meanwhile): it is left as it is.
    #[error("{path} is already there")]
    AlreadyThere { path: String },
}

/// A line of a file, as a person finds it in an editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileLine {
    /// Counted from 1.
    pub number: usize,
    /// The line as written, trimmed, and cut after 80 characters.
    pub text: String,
}

impl FileLine {
    /// The line of `text` that holds byte `offset`.
    pub(super) fn at(text: &str, offset: usize) -> Option<FileLine> {
        let start = text.get(..offset)?;
        // An error at the very end (an unclosed table, say) is on the last line there is.
        let number = (start.matches('\n').count() + 1).min(text.lines().count().max(1));
        let line = text.lines().nth(number - 1).unwrap_or_default().trim();
        Some(FileLine {
            number,
            text: line.chars().take(80).collect(),
        })
    }
}

/// What a setting takes, when it was given something else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// One of these keys, exactly as written here.
    OneOf(&'static [&'static str]),
    WholeNumber(Unit),
    /// A whole number from `min` to `max`, both included.
    Range {
        min: u32,
        max: u32,
        unit: Unit,
    },
    AbsolutePath,
    /// `true` or `false`.
    TrueOrFalse,
    /// A PIN hash as `navigator set-pin` writes it.
    PinHash,
    /// A public key as `navigator keygen` prints it.
    PublicKey,
    /// A key of the pack, such as an option of a question: lower-case letters, digits, `_`.
    Key,
    /// A printer's name: one line, 1 to 127 characters.
    PrinterName,
}

/// What a number in the settings counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Seconds,
    Days,
}

impl Unit {
    fn as_str(self) -> &'static str {
        match self {
            Unit::Seconds => "seconds",
            Unit::Days => "days",
        }
    }
}

/// In English, for logs.
impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::OneOf(keys) => match keys.split_last() {
                Some((last, [])) => f.write_str(last),
                Some((last, rest)) => write!(f, "{} or {last}", rest.join(", ")),
                None => f.write_str("nothing"),
            },
            Expected::WholeNumber(unit) => write!(f, "a whole number of {}", unit.as_str()),
            Expected::Range { min, max, unit } => write!(f, "{min} to {max} {}", unit.as_str()),
            Expected::AbsolutePath => f.write_str("an absolute path"),
            Expected::TrueOrFalse => f.write_str("true or false"),
            Expected::PinHash => f.write_str("a PIN hash written by `navigator set-pin`"),
            Expected::Key => f.write_str("a key of lower-case letters, digits and _"),
            Expected::PublicKey => f.write_str("a public key as `navigator keygen` prints it"),
            Expected::PrinterName => write!(
                f,
                "a printer's name: one line of 1 to {} characters",
                super::PRINTER_NAME_CHARS
            ),
        }
    }
}

/// What the setting takes, as a clause to put inside a sentence. Keys and commands are passed
/// as they are written, never translated.
impl Explain for Expected {
    fn message(&self) -> Message {
        match self {
            Expected::OneOf(keys) => {
                Message::new("settings-expected-one-of").with("keys", keys.join(" / "))
            }
            Expected::WholeNumber(Unit::Seconds) => Message::new("settings-expected-whole-seconds"),
            Expected::WholeNumber(Unit::Days) => Message::new("settings-expected-whole-days"),
            Expected::Range { min, max, unit } => Message::new(match unit {
                Unit::Seconds => "settings-expected-range-seconds",
                Unit::Days => "settings-expected-range-days",
            })
            .with("min", *min)
            .with("max", *max),
            Expected::AbsolutePath => Message::new("settings-expected-absolute-path"),
            Expected::TrueOrFalse => Message::new("settings-expected-true-false")
                .with("yes", "true")
                .with("no", "false"),
            Expected::PinHash => {
                Message::new("settings-expected-pin-hash").with("command", "navigator set-pin")
            }
            Expected::PublicKey => {
                Message::new("settings-expected-public-key").with("command", "navigator keygen")
            }
            Expected::Key => Message::new("settings-expected-key"),
            Expected::PrinterName => Message::new("settings-expected-printer")
                .with("max", super::PRINTER_NAME_CHARS as u64),
        }
    }
}

impl Explain for SettingsError {
    fn message(&self) -> Message {
        match self {
            SettingsError::Read { path, source } => Message::new("error-settings-read")
                .with("path", path)
                .with("reason", io_reason(source)),
            SettingsError::Parse {
                path,
                line: Some(line),
                ..
            } => Message::new("error-settings-parse-line")
                .with("path", path)
                .with("line", line.number)
                .with("text", &line.text),
            SettingsError::Parse {
                path, line: None, ..
            } => Message::new("error-settings-parse").with("path", path),
            SettingsError::BadValue {
                setting,
                value,
                expected,
            } => Message::new("error-settings-bad-value")
                .with("setting", setting)
                .with("value", value)
                .with("expected", expected.message()),
            SettingsError::Write { path, source } => Message::new("error-settings-write")
                .with("path", path)
                .with("reason", io_reason(source)),
            SettingsError::AlreadyThere { path } => {
                Message::new("error-settings-already-there").with("path", path)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_setting_takes_reads_in_english_for_logs_as_it_did() {
        for (expected, words) in [
            (
                Expected::OneOf(&["kiosk", "office", "personal"]),
                "kiosk, office or personal",
            ),
            (
                Expected::WholeNumber(Unit::Seconds),
                "a whole number of seconds",
            ),
            (
                Expected::Range {
                    min: 5,
                    max: 3600,
                    unit: Unit::Seconds,
                },
                "5 to 3600 seconds",
            ),
            (Expected::AbsolutePath, "an absolute path"),
        ] {
            assert_eq!(expected.to_string(), words);
        }
    }

    #[test]
    fn an_error_at_the_end_of_a_file_is_on_its_last_line() {
        let text = "mode = \"kiosk\"\n[office\n";
        assert_eq!(
            FileLine::at(text, text.len()),
            Some(FileLine {
                number: 2,
                text: "[office".into()
            })
        );
        assert_eq!(FileLine::at("", 0).map(|l| l.number), Some(1));
        assert_eq!(FileLine::at("é", 1), None, "not at a character boundary");
    }
}
