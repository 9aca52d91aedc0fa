//! The audit log (the `audit_log` table): what staff did to personal data and to the
//! installation, and when.
//!
//! A line says what was done, never what the data was: its detail names no person (ids, counts,
//! file names). This module only appends and lists; it does not decide what is worth auditing
//! (the callers do) or word an action.

use rusqlite::params;
use time::OffsetDateTime;

use super::consultations::stamp;
use super::{Result, Store};

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: String,
    pub action: String,
    pub detail: String,
}

impl Store {
    /// Adds a line to the audit log. `detail` must name no person: ids, counts, file names.
    pub fn audit(&self, at: OffsetDateTime, action: &str, detail: &str) -> Result<()> {
        let now = stamp(at)?;
        let tx = self.conn.unchecked_transaction()?;
        write(&tx, &now, action, detail)?;
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
                action: r.get(1)?,
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
    action: &str,
    detail: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO audit_log (at, action, detail) VALUES (?1, ?2, ?3)",
        params![now, action, detail],
    )?;
    Ok(())
}
