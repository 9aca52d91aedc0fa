//! The staff PIN's lock state (see [`crate::pin`]); the PIN itself lives in the settings.
//!
//! One row for the whole installation: every instance of the app and every restart shares it.
//! An attempt reads, checks and writes it in one immediate transaction ([`Store::pin_attempt`]),
//! so two instances cannot both spend the same try or overwrite each other's count.

use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::{Result, Store, StoreError};
use crate::pin::LockState;

impl Store {
    /// One PIN attempt: `attempt` gets the lock state as stored now and changes it; the
    /// result is stored before anyone else can read it (an immediate transaction).
    pub fn pin_attempt<T>(&self, attempt: impl FnOnce(&mut LockState) -> T) -> Result<T> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let mut state = read(&tx)?;
        let outcome = attempt(&mut state);
        write(&tx, &state)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// The wrong tries so far and any lock (none recorded: no tries, no lock).
    pub fn pin_lock(&self) -> Result<LockState> {
        read(&self.conn)
    }

    /// Records the lock state (a new PIN set at the terminal clears it).
    pub fn set_pin_lock(&self, state: &LockState) -> Result<()> {
        write(&self.conn, state)
    }
}

fn read(conn: &rusqlite::Connection) -> Result<LockState> {
    let row = conn
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

fn write(conn: &rusqlite::Connection, state: &LockState) -> Result<()> {
    let until = state
        .locked_until
        .map(|u| u.format(&Rfc3339))
        .transpose()
        .map_err(|e| StoreError::Damaged(e.to_string()))?;
    conn.execute(
            "INSERT INTO staff_lock (id, failures, locked_until) VALUES (1, ?1, ?2)
             ON CONFLICT (id) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until",
            params![state.failures, until],
        )?;
    Ok(())
}
