//! The staff PIN's lock state (see [`crate::pin`]); the PIN itself lives in the settings.

use rusqlite::{params, OptionalExtension};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::{Result, Store, StoreError};
use crate::pin::LockState;

impl Store {
    /// The wrong tries so far and any lock (none recorded: no tries, no lock).
    pub fn pin_lock(&self) -> Result<LockState> {
        let row = self
            .conn
            .query_row(
                "SELECT failures, locked_until FROM staff_lock WHERE id = 1",
                [],
                |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?)),
            )
            .optional()?;
        let Some((failures, until)) = row else {
            return Ok(LockState::default());
        };
        let damaged = |what: &str| StoreError::Damaged(format!("staff_lock: {what}"));
        Ok(LockState {
            failures: u32::try_from(failures).map_err(|_| damaged("failures"))?,
            locked_until: until
                .map(|u| OffsetDateTime::parse(&u, &Rfc3339).map_err(|_| damaged("locked_until")))
                .transpose()?,
        })
    }

    /// Records the lock state after an attempt.
    pub fn set_pin_lock(&self, state: &LockState) -> Result<()> {
        let until = state
            .locked_until
            .map(|u| u.format(&Rfc3339))
            .transpose()
            .map_err(|e| StoreError::Damaged(e.to_string()))?;
        self.conn.execute(
            "INSERT INTO staff_lock (id, failures, locked_until) VALUES (1, ?1, ?2)
             ON CONFLICT (id) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until",
            params![state.failures, until],
        )?;
        Ok(())
    }
}
