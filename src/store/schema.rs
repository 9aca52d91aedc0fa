//! The database's schema: the numbered migrations in `migrations/`, and bringing a database up
//! to date one process at a time.
//!
//! SQLite's `user_version` counts the migrations applied. Several processes may open one
//! database at once (the app, the CLI, cron's `navigator purge`), so a migration runs inside an
//! exclusive transaction that reads the version again once it holds the lock: whoever comes
//! second finds the work done and does nothing. A database from a newer version of the app is
//! refused as it is ([`StoreError::Newer`]); it is not damaged, and nothing in it changes.
//!
//! This module does not open files or decide what is damage (see the parent module).

use rusqlite::{Connection, TransactionBehavior};

use super::{Result, StoreError};

/// The migrations, in order; the schema version is how many have been applied.
const MIGRATIONS: [&str; 6] = [
    include_str!("migrations/001_consultations.sql"),
    include_str!("migrations/002_statistics.sql"),
    include_str!("migrations/003_staff.sql"),
    include_str!("migrations/004_office.sql"),
    include_str!("migrations/005_local_day.sql"),
    include_str!("migrations/006_kiosk_and_note.sql"),
];

/// The schema version this build writes and reads.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

fn version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// Refuses a version this build does not know.
fn known(found: i64) -> Result<usize> {
    if found > VERSION {
        return Err(StoreError::Newer {
            found,
            known: VERSION,
        });
    }
    usize::try_from(found).map_err(|_| StoreError::Damaged(format!("user_version {found}")))
}

/// Refuses a database from a newer version before anything is done to it (even switching its
/// journal mode would rewrite its header).
pub(super) fn refuse_newer(conn: &Connection) -> Result<()> {
    known(version(conn)?).map(|_| ())
}

/// Brings the database up to [`VERSION`], or refuses one that is ahead of it. Safe to call from
/// several processes at once: the version is read again under an exclusive lock, and all the
/// missing migrations are applied in that one transaction (all or none).
pub(super) fn migrate(conn: &mut Connection) -> Result<()> {
    // The common case, without taking a lock: nothing to do.
    if known(version(conn)?)? == MIGRATIONS.len() {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Exclusive)?;
    let applied = known(version(&tx)?)?;
    if applied == MIGRATIONS.len() {
        return Ok(());
    }
    for sql in &MIGRATIONS[applied..] {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", VERSION)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_migration_applies_in_order_on_a_new_database() {
        let mut conn = Connection::open_in_memory().expect("a database");
        migrate(&mut conn).expect("migrated");
        assert_eq!(version(&conn).expect("version"), VERSION);
        // Again: nothing to do.
        migrate(&mut conn).expect("again");
        assert_eq!(version(&conn).expect("version"), VERSION);
    }

    #[test]
    fn a_newer_database_is_refused_and_left_as_it_is() {
        let mut conn = Connection::open_in_memory().expect("a database");
        conn.pragma_update(None, "user_version", VERSION + 3)
            .expect("set");
        match migrate(&mut conn) {
            Err(StoreError::Newer { found, known }) => {
                assert_eq!((found, known), (VERSION + 3, VERSION));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(version(&conn).expect("version"), VERSION + 3);
        let tables: i64 = conn
            .query_row("SELECT COUNT(*) FROM sqlite_schema", [], |r| r.get(0))
            .expect("schema");
        assert_eq!(tables, 0, "nothing was created");
    }
}
