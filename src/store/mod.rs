//! Persistence: consultations in a local SQLite database.
//!
//! [`Store::open`] and [`Store::open_in_memory`] apply the numbered migrations in
//! `migrations/` (embedded, tracked by SQLite's `user_version`), turn on foreign keys and WAL,
//! and use `synchronous = FULL` so that an answer acknowledged to the applicant survives a
//! power cut. One module per table group; this module only opens and migrates. The store holds
//! data; it does not evaluate anything.

mod consultations;

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

pub use consultations::{Consultation, ConsultationId};

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("cannot create the data directory {path}: {message}")]
    DataDir { path: String, message: String },
    #[error("there is no consultation {0}")]
    NoSuchConsultation(i64),
    #[error("a stored value is damaged: {0}")]
    Damaged(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(include_str!(
        "migrations/001_consultations.sql"
    ))])
}

/// The database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path`, creating its directory too.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::DataDir {
                path: dir.display().to_string(),
                message: e.to_string(),
            })?;
        }
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        Self::prepare(conn)
    }

    /// A fresh database in memory, for tests and for sessions that must leave no trace.
    pub fn open_in_memory() -> Result<Store> {
        Self::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut conn: Connection) -> Result<Store> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrations().to_latest(&mut conn)?;
        Ok(Store { conn })
    }

    /// The schema version (the number of migrations applied).
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0))?)
    }

    /// `PRAGMA integrity_check`: true when SQLite finds the file sound.
    pub fn integrity_ok(&self) -> Result<bool> {
        let result: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
        Ok(result == "ok")
    }
}

/// The default database file: `navigator.sqlite3` in the platform's per-user data directory
/// (e.g. `~/.local/share/navigator/` on Linux). `None` if the platform has no home directory.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("cn.gov.shuozhou", "", "navigator")
        .map(|d| d.data_dir().join("navigator.sqlite3"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(migrations().validate().is_ok());
    }

    #[test]
    fn a_new_store_is_at_the_latest_schema() -> Result<()> {
        let store = Store::open_in_memory()?;
        assert_eq!(store.schema_version()?, 1);
        Ok(())
    }
}
