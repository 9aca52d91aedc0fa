//! A sentence for a person before it is worded: the id of one of the application's Fluent
//! messages (`locales/<locale>/*.ftl`) and its arguments.
//!
//! Every error and notice a person can see says what it has to say as a [`Message`]
//! ([`Explain::message`]); [`crate::Localizer::say`] words it in the reader's language. So an
//! error is worded once, in the core, the same for the CLI and the app, and never carries an
//! English detail inside a Chinese sentence: where a detail is itself something to say (why a
//! file could not be read, say), it is a [`Message`] too ([`Arg::Said`]).
//!
//! This module only carries messages; it does not know any message id or word anything.

/// A message id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// One argument of a [`Message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Shown as it is: a file name, an id, a value the person typed.
    Text(String),
    /// A count or a number of days: Fluent chooses the plural form by it.
    Number(i64),
    /// A message of its own, worded in the same language first.
    Said(Box<Message>),
    /// A question's words from the policy pack, in the same language (its id where the pack
    /// has none): for those who never see ids, as staff reading a list's errors.
    Question(String),
    /// An option's words from the policy pack: the question's id and the option's value.
    Option(String, String),
}

impl Message {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The argument `name`, if given.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Said(Box::new(m))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i64, i32, u32, u64, usize);

/// Something that can be said to a person: every error type a person may see implements it.
pub trait Explain {
    fn message(&self) -> Message;
}

impl Explain for Message {
    fn message(&self) -> Message {
        self.clone()
    }
}

/// Why an operating-system file operation failed, in words a person can act on. The system's
/// own text is English (or in the machine's language), so only its kind is carried.
pub fn io_reason(e: &std::io::Error) -> Message {
    use std::io::ErrorKind;
    Message::new(match e.kind() {
        ErrorKind::NotFound => "io-not-found",
        ErrorKind::PermissionDenied => "io-permission-denied",
        ErrorKind::AlreadyExists => "io-already-exists",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "io-storage-full",
        ErrorKind::ReadOnlyFilesystem => "io-read-only",
        ErrorKind::IsADirectory => "io-is-a-directory",
        ErrorKind::NotADirectory => "io-not-a-directory",
        ErrorKind::InvalidData | ErrorKind::InvalidInput => "io-invalid-data",
        ErrorKind::FileTooLarge => "io-too-large",
        ErrorKind::ResourceBusy | ErrorKind::WouldBlock => "io-busy",
        _ => "io-other",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_kept_in_order_and_found_by_name() {
        let m = Message::new("error-read-file")
            .with("path", "/tmp/a.json")
            .with("count", 3usize)
            .with("reason", Message::new("io-not-found"));
        assert_eq!(m.args.len(), 3);
        assert_eq!(m.arg("count"), Some(&Arg::Number(3)));
        assert_eq!(
            m.arg("reason"),
            Some(&Arg::Said(Box::new(Message::new("io-not-found"))))
        );
        assert_eq!(m.arg("missing"), None);
    }

    #[test]
    fn a_number_too_large_for_fluent_is_capped_not_wrapped() {
        assert_eq!(Arg::from(u64::MAX), Arg::Number(i64::MAX));
    }

    #[test]
    fn io_errors_are_said_by_kind() {
        let e = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "EACCES");
        assert_eq!(io_reason(&e).id, "io-permission-denied");
        let e = std::io::Error::other("something else");
        assert_eq!(io_reason(&e).id, "io-other");
    }
}
