//! What staff and the applicant should know about the app itself — a replaced database,
//! answers not being saved, settings or an installed pack not used — worded.

use crate::message::{Explain, Message};

/// Something staff (and the applicant) should know about the app itself, shown above the
/// questionnaire until it no longer holds. Each reason is a [`Message`], worded in the reader's
/// language with the notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The database was damaged and set aside at `kept_at`; a fresh one was started.
    DatabaseReplaced { kept_at: String },
    /// No database could be opened at all: nothing is saved.
    NoDatabase { reason: Message },
    /// Saving stopped part-way (a full disk, a read-only folder); answers live in memory.
    NotSaved { reason: Message },
    /// A setting could not be used as it stands (see the reason): it runs at its fallback.
    BadSettings { reason: Message },
    /// The mode could not be read, so the installation runs locked down, as a kiosk.
    LockedDown,
    /// The installed policy pack failed its checks; the built-in pack is in use.
    InstalledPackRefused { reason: Message },
}

impl Explain for Notice {
    fn message(&self) -> Message {
        match self {
            Notice::DatabaseReplaced { kept_at } => {
                Message::new("warn-database-replaced").with("path", kept_at)
            }
            Notice::NoDatabase { reason } => {
                Message::new("warn-no-database").with("reason", reason.clone())
            }
            Notice::NotSaved { reason } => {
                Message::new("warn-not-saved").with("reason", reason.clone())
            }
            Notice::BadSettings { reason } => {
                Message::new("warn-bad-settings").with("reason", reason.clone())
            }
            Notice::LockedDown => Message::new("warn-locked-down"),
            Notice::InstalledPackRefused { reason } => {
                Message::new("warn-pack-refused").with("reason", reason.clone())
            }
        }
    }
}
