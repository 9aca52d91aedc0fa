//! Persistence: consultations, and a county office's records of them, in a local SQLite database.
//!
//! [`Store::open`] and [`Store::open_in_memory`] apply the numbered migrations in
//! `migrations/` (embedded, tracked by SQLite's `user_version`), turn on foreign keys and WAL,
//! and use `synchronous = FULL` so that an answer acknowledged to the applicant survives a
//! power cut. One module per table group; this module opens and migrates, and says what went
//! wrong ([`StoreError`], worded through [`Explain`]). The store holds data; it does not
//! evaluate anything.

mod audit;
mod consultations;
mod directory;
mod field;
mod log;
mod pin_lock;
mod records;
mod statistics;

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use crate::message::{io_reason, Explain, Message};

pub use audit::{AuditAction, AuditEntry};
pub use consultations::{Consultation, ConsultationId};
pub use directory::{DirectoryEntry, DIRECTORY_MAX};
pub use field::Field;
pub use log::{LogQuery, LogRow};
pub use records::{FollowUp, Record, RecordInput, NAME_MAX, NOTE_MAX, PHONE_MAX};
pub use statistics::{Count, ExportRow, Month, Period, Statistics};

/// Why the store could not do what was asked. [`Explain`] words it for a person; `Display`
/// keeps SQLite's and the system's own text, for logs.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// A file or folder beside the database could not be used: the data directory itself, a
    /// backup, a damaged database being set aside.
    #[error("cannot use {path}: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    /// SQLite takes file names as UTF-8 only (a backup's target, say).
    #[error("the database cannot use {0}: the path is not valid UTF-8")]
    PathNotUtf8(String),
    #[error("there is no consultation {0}")]
    NoSuchConsultation(i64),
    #[error("a stored value is damaged: {0}")]
    Damaged(String),
    /// A name or phone number without the applicant's consent to keep it (个人信息保护法).
    #[error("a name or phone number can only be kept with the applicant's consent")]
    NoConsent,
    #[error("the {} is too long (at most {max} characters)", field.as_str())]
    TooLong { field: Field, max: usize },
    #[error("the {} must not be empty", field.as_str())]
    Required { field: Field },
}

pub type Result<T> = std::result::Result<T, StoreError>;

fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("migrations/001_consultations.sql")),
        M::up(include_str!("migrations/002_statistics.sql")),
        M::up(include_str!("migrations/003_staff.sql")),
        M::up(include_str!("migrations/004_office.sql")),
        M::up(include_str!("migrations/005_local_day.sql")),
    ])
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
            std::fs::create_dir_all(dir).map_err(|source| StoreError::DataDir {
                path: dir.display().to_string(),
                source,
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
        // Erased consultations (a kiosk's idle wipe, an applicant's request) are overwritten
        // with zeros, not merely unlinked, so their answers cannot be read back from the file.
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrations().to_latest(&mut conn)?;
        Ok(Store { conn })
    }

    /// For bulk loads only (the store benchmark): commits stop waiting for the disk, so a power
    /// cut may lose the last of them. Never used while applicants answer.
    pub fn relax_durability_for_bulk_load(&self) -> Result<()> {
        self.conn.pragma_update(None, "synchronous", "OFF")?;
        Ok(())
    }

    /// Caps the database at `pages` pages (of 4 KiB), or at its present size if that is larger:
    /// a write beyond fails as on a full disk, and changes nothing. For a kiosk with little
    /// disk, and for the tests of a full disk.
    pub fn set_max_pages(&self, pages: u32) -> Result<()> {
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))?;
        Ok(())
    }

    /// After erasing personal data: secure_delete has zeroed the old values in the pages, but
    /// in WAL mode the pages as they were may still sit in the write-ahead log, so copy the log
    /// back into the database and empty it. A reader holding the log open only delays this
    /// until the next checkpoint; it is not an error.
    fn forget_old_pages(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// How this connection keeps what it commits: SQLite's journal mode and `synchronous`
    /// level. A power cut is survived only in WAL mode with `synchronous = FULL` (every commit
    /// waits for the disk); no test can cut the power, so the tests read these instead.
    pub fn durability(&self) -> Result<Durability> {
        Ok(Durability {
            journal_mode: self
                .conn
                .pragma_query_value(None, "journal_mode", |row| row.get(0))?,
            synchronous: self
                .conn
                .pragma_query_value(None, "synchronous", |row| row.get(0))?,
        })
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

/// How a connection keeps what it commits (see [`Store::durability`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Durability {
    /// `wal` for a database file (`memory` in memory).
    pub journal_mode: String,
    /// SQLite's level: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA.
    pub synchronous: i64,
}

/// What [`Store::open_or_recover`] had to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recovery {
    /// The database opened and passed SQLite's integrity check.
    Healthy,
    /// The file was damaged (truncated, garbage, failing the integrity check): it was renamed to
    /// `kept_at` — never deleted — and a fresh database was started. Staff should be told, and
    /// can restore from a backup (see [`Store::back_up`]).
    Replaced { kept_at: PathBuf, reason: String },
}

impl Store {
    /// Opens the database at `path`; if it is damaged, keeps it aside under a new name and
    /// starts a fresh one, so the applicant in front of the screen is never stopped by it.
    /// Errors that are not damage (no permission, disk full) are returned as they are.
    pub fn open_or_recover(path: &Path) -> Result<(Store, Recovery)> {
        let reason = match Store::open(path) {
            Ok(store) => match store.integrity_ok() {
                Ok(true) => return Ok((store, Recovery::Healthy)),
                Ok(false) => "the integrity check failed".to_owned(),
                Err(e) if is_damage(&e) => e.to_string(),
                Err(e) => return Err(e),
            },
            Err(e) if is_damage(&e) => e.to_string(),
            Err(e) => return Err(e),
        };
        let kept_at = set_aside(path)?;
        let store = Store::open(path)?;
        Ok((store, Recovery::Replaced { kept_at, reason }))
    }

    /// Writes a consistent copy of the whole database to `target` (`VACUUM INTO`), which must
    /// not exist yet. Safe while the app is in use.
    pub fn back_up(&self, target: &Path) -> Result<()> {
        let target = target
            .to_str()
            .ok_or_else(|| StoreError::PathNotUtf8(target.display().to_string()))?;
        self.conn.execute("VACUUM INTO ?1", [target])?;
        Ok(())
    }

    /// Keeps a rotating set of daily backups beside the database: `navigator-YYYY-MM-DD.bak`
    /// in `dir`, at most `keep` of them (the oldest are removed). One backup per day; a second
    /// call on the same day does nothing. Returns the backup written, if any.
    pub fn rotate_backups(
        &self,
        dir: &Path,
        today: time::Date,
        keep: usize,
    ) -> Result<Option<PathBuf>> {
        let io = |source: std::io::Error| StoreError::DataDir {
            path: dir.display().to_string(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(io)?;
        let name = format!("navigator-{}.bak", crate::answers::format_date(today));
        let target = dir.join(&name);
        let written = if target.exists() {
            None
        } else {
            self.back_up(&target)?;
            Some(target)
        };
        let mut backups: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(io)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("navigator-") && n.ends_with(".bak"))
            })
            .collect();
        // The names sort by date.
        backups.sort();
        let excess = backups.len().saturating_sub(keep.max(1));
        for old in &backups[..excess] {
            std::fs::remove_file(old).map_err(io)?;
        }
        Ok(written)
    }
}

impl Explain for StoreError {
    fn message(&self) -> Message {
        match self {
            StoreError::Sqlite(e) => Message::new(sqlite_reason(e)),
            StoreError::Migration(e) => Message::new(migration_reason(e)),
            StoreError::DataDir { path, source } => Message::new("error-store-data-dir")
                .with("path", path)
                .with("reason", io_reason(source)),
            StoreError::PathNotUtf8(path) => {
                Message::new("error-store-path-not-utf8").with("path", path)
            }
            StoreError::NoSuchConsultation(_) => Message::new("error-no-consultation"),
            StoreError::Damaged(_) => Message::new("error-store-bad-value"),
            StoreError::NoConsent => Message::new("error-no-consent"),
            StoreError::TooLong { field, max } => Message::new("error-too-long")
                .with("field", Message::new(field.message_id()))
                .with("max", *max),
            StoreError::Required { field } => {
                Message::new("error-required").with("field", Message::new(field.message_id()))
            }
        }
    }
}

/// What a person can do about a SQLite error, as a message id: SQLite's own text is English
/// and technical, so only its code is said. Codes nobody at the desk can act on are all "an
/// unexpected database error".
fn sqlite_reason(e: &rusqlite::Error) -> &'static str {
    use rusqlite::ErrorCode;
    let rusqlite::Error::SqliteFailure(failure, _) = e else {
        return "error-store-unexpected";
    };
    match failure.code {
        ErrorCode::DiskFull => "error-store-disk-full",
        ErrorCode::ReadOnly | ErrorCode::PermissionDenied => "error-store-read-only",
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => "error-store-busy",
        ErrorCode::CannotOpen => "error-store-cannot-open",
        ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt => "error-store-damaged",
        ErrorCode::ConstraintViolation => "error-store-refused",
        ErrorCode::SystemIoFailure => "error-store-io",
        _ => "error-store-unexpected",
    }
}

/// The same for a migration: a SQLite error while migrating is said as one, a database from a
/// newer version of the app as such, a schema version that is not a number as damage.
fn migration_reason(e: &rusqlite_migration::Error) -> &'static str {
    use rusqlite_migration::{Error, MigrationDefinitionError};
    match e {
        Error::RusqliteError { err, .. } => sqlite_reason(err),
        Error::MigrationDefinition(MigrationDefinitionError::DatabaseTooFarAhead) => {
            "error-store-newer"
        }
        Error::InvalidUserVersion => "error-store-damaged",
        _ => "error-store-unexpected",
    }
}

/// Whether an error means the file itself is damaged (rather than, say, unwritable).
fn is_damage(e: &StoreError) -> bool {
    match e {
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, _)) => matches!(
            f.code,
            rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt
        ),
        StoreError::Migration(_) => true,
        _ => false,
    }
}

/// Renames a damaged database (and its WAL and shared-memory files) out of the way.
fn set_aside(path: &Path) -> Result<PathBuf> {
    let stamp = time::OffsetDateTime::now_utc().unix_timestamp();
    let kept_at = path.with_extension(format!("damaged-{stamp}"));
    let io = |source: std::io::Error| StoreError::DataDir {
        path: path.display().to_string(),
        source,
    };
    std::fs::rename(path, &kept_at).map_err(io)?;
    for side in ["-wal", "-shm"] {
        let mut from = path.as_os_str().to_owned();
        from.push(side);
        let from = PathBuf::from(from);
        if from.exists() {
            let mut to = kept_at.as_os_str().to_owned();
            to.push(side);
            std::fs::rename(&from, PathBuf::from(to)).map_err(io)?;
        }
    }
    Ok(kept_at)
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
        assert_eq!(store.schema_version()?, 5);
        Ok(())
    }
}
