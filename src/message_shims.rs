//! TEMPORARY: `Explain` for the error types whose own impls are being written on the
//! split-store and split-pack branches. Deleted when those branches merge.

use crate::message::{Explain, Message};

impl Explain for crate::store::StoreError {
    fn message(&self) -> Message {
        Message::new("error-store").with("detail", self.to_string())
    }
}

impl Explain for crate::answers::AnswerError {
    fn message(&self) -> Message {
        Message::new("error-answers").with("detail", self.to_string())
    }
}

impl Explain for crate::settings::SettingsError {
    fn message(&self) -> Message {
        Message::new("error-settings").with("detail", self.to_string())
    }
}

impl Explain for crate::pin::PinError {
    fn message(&self) -> Message {
        Message::new("error-pin").with("detail", self.to_string())
    }
}

impl Explain for crate::report::ReportError {
    fn message(&self) -> Message {
        Message::new("error-store").with("detail", self.to_string())
    }
}

/// TEMPORARY until split-store merges (it defines `store::AuditAction`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    SignIn,
    SignOut,
    Quit,
    Settings,
    Record,
    Erase,
    Export,
    Directory,
    PackInstall,
    PackRollback,
    Retention,
}

impl AuditAction {
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::SignIn => "sign-in",
            AuditAction::SignOut => "sign-out",
            AuditAction::Quit => "quit",
            AuditAction::Settings => "settings",
            AuditAction::Record => "record",
            AuditAction::Erase => "erase",
            AuditAction::Export => "export",
            AuditAction::Directory => "directory",
            AuditAction::PackInstall => "pack-install",
            AuditAction::PackRollback => "pack-rollback",
            AuditAction::Retention => "retention",
        }
    }
}

impl crate::store::Store {
    pub fn audit_action(
        &self,
        at: time::OffsetDateTime,
        action: AuditAction,
        detail: &str,
    ) -> crate::store::Result<()> {
        self.audit(at, action.as_str(), detail)
    }
}

/// TEMPORARY until split-store merges (it makes the record limits public).
pub const NAME_MAX: usize = 50;
pub const PHONE_MAX: usize = 30;
pub const NOTE_MAX: usize = 2000;
