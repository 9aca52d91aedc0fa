//! The audit log (the `audit_log` table): what staff did to personal data and to the
//! installation, and when.
//!
//! A line says what was done, never what the data was: its detail names no person (ids, counts,
//! file names). What was done is an [`AuditAction`], named here once: its key is what the
//! database keeps, its message id how it is worded. This module only appends and lists; it does
//! not decide what is worth auditing (the callers do) or word an action.

use std::fmt;

use rusqlite::params;
use time::OffsetDateTime;

use super::consultations::stamp;
use super::{Result, Store};
use crate::message::{Explain, Message};

/// What staff (or the app on their behalf) did.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AuditAction {
    /// Staff signed in with the PIN; the detail is the mode.
    SignIn,
    SignOut,
    /// Staff closed the app.
    Quit,
    /// The settings file was changed; the detail names the setting.
    Settings,
    /// A follow-up record was saved; the detail is `#<consultation id>`.
    Record,
    /// A consultation was erased at the applicant's request.
    Erase,
    /// An export was written; the detail is its file name.
    Export,
    /// A directory entry was changed; the detail is `<county>/<department>`.
    Directory,
    PackInstall,
    PackRollback,
    /// Personal data past the retention period was erased; the detail is how many records.
    Retention,
    /// A list was screened (政策找人); the detail is `<rows> rows -> <output file name>`,
    /// never a name from the list.
    ListScreen,
    /// A stored key this version does not know (written by another version, or by hand). It is
    /// read back, never written: a log must not fail to show because of one old line.
    Other(String),
}

impl AuditAction {
    /// Every action this version writes.
    pub const ALL: [AuditAction; 12] = [
        AuditAction::SignIn,
        AuditAction::SignOut,
        AuditAction::Quit,
        AuditAction::Settings,
        AuditAction::Record,
        AuditAction::Erase,
        AuditAction::Export,
        AuditAction::Directory,
        AuditAction::PackInstall,
        AuditAction::PackRollback,
        AuditAction::Retention,
        AuditAction::ListScreen,
    ];

    /// The key stored in the database. These keys are in old databases too: never change one.
    pub fn as_str(&self) -> &str {
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
            AuditAction::ListScreen => "list-screen",
            AuditAction::Other(key) => key,
        }
    }

    /// Reads a stored key; one this version does not know is [`AuditAction::Other`].
    pub fn parse(key: &str) -> AuditAction {
        AuditAction::ALL
            .into_iter()
            .find(|a| a.as_str() == key)
            .unwrap_or_else(|| AuditAction::Other(key.to_owned()))
    }

    /// The id of the Fluent message that words the action: `audit-<key>`, or `audit-other`
    /// (which shows the stored key as it is) for [`AuditAction::Other`].
    pub fn message_id(&self) -> &'static str {
        match self {
            AuditAction::SignIn => "audit-sign-in",
            AuditAction::SignOut => "audit-sign-out",
            AuditAction::Quit => "audit-quit",
            AuditAction::Settings => "audit-settings",
            AuditAction::Record => "audit-record",
            AuditAction::Erase => "audit-erase",
            AuditAction::Export => "audit-export",
            AuditAction::Directory => "audit-directory",
            AuditAction::PackInstall => "audit-pack-install",
            AuditAction::PackRollback => "audit-pack-rollback",
            AuditAction::Retention => "audit-retention",
            AuditAction::ListScreen => "audit-list-screen",
            AuditAction::Other(_) => "audit-other",
        }
    }
}

/// The action worded: its own message, or for an unknown key, `audit-other` with the key.
impl Explain for AuditAction {
    fn message(&self) -> Message {
        match self {
            AuditAction::Other(key) => Message::new(self.message_id()).with("action", key),
            known => Message::new(known.message_id()),
        }
    }
}

/// The stored key, for logs.
impl fmt::Display for AuditAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: String,
    pub action: AuditAction,
    pub detail: String,
}

impl Store {
    /// Adds a line to the audit log. `detail` must name no person: ids, counts, file names.
    pub fn audit(&self, at: OffsetDateTime, action: AuditAction, detail: &str) -> Result<()> {
        let now = stamp(at)?;
        let tx = self.write()?;
        write(&tx, &now, &action, detail)?;
        tx.commit()?;
        Ok(())
    }

    /// The last `limit` lines of the audit log, newest first.
    pub fn audit_log(&self, limit: u32) -> Result<Vec<AuditEntry>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT at, action, detail FROM audit_log ORDER BY id DESC LIMIT ?1")?;
        let rows = stmt.query_map(params![limit], |r| {
            Ok(AuditEntry {
                at: r.get(0)?,
                action: AuditAction::parse(&r.get::<_, String>(1)?),
                detail: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

/// Appends a line within the caller's transaction.
pub(super) fn write(
    tx: &rusqlite::Transaction<'_>,
    now: &str,
    action: &AuditAction,
    detail: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO audit_log (at, action, detail) VALUES (?1, ?2, ?3)",
        params![now, action.as_str(), detail],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_reads_back_from_its_key_and_has_its_own_message() {
        let mut ids = std::collections::BTreeSet::new();
        for a in AuditAction::ALL {
            assert_eq!(AuditAction::parse(a.as_str()), a);
            assert_eq!(a.message_id(), format!("audit-{}", a.as_str()));
            assert!(ids.insert(a.message_id()), "{a} shares its message");
        }
        assert_eq!(
            AuditAction::parse("Sign-In"),
            AuditAction::Other("Sign-In".into())
        );
    }

    #[test]
    fn a_line_with_a_key_this_version_does_not_know_still_lists() -> Result<()> {
        let store = Store::open_in_memory()?;
        store.conn.execute(
            "INSERT INTO audit_log (at, action, detail)
             VALUES ('2025-01-01T00:00:00Z', 'delete', 'consultation 7')",
            [],
        )?;
        let at = time::macros::datetime!(2026-03-01 09:00 UTC);
        store.audit(at, AuditAction::Export, "consultations.csv")?;
        let log = store.audit_log(10)?;
        assert_eq!(log.len(), 2);
        assert_eq!(log[0].action, AuditAction::Export);
        assert_eq!(log[1].action, AuditAction::Other("delete".into()));
        assert_eq!(log[1].action.as_str(), "delete");
        assert_eq!(
            log[1].action.message(),
            Message::new("audit-other").with("action", "delete")
        );
        Ok(())
    }
}
