//! Persistence: consultations, and a county office's records of them, in a local SQLite database.
//!
//! [`Store::open`] and [`Store::open_in_memory`] apply the numbered migrations in
//! `migrations/` (embedded, tracked by SQLite's `user_version`; see `schema.rs`, which lets
//! several processes open one database at once), turn on foreign keys and WAL, and use
//! `synchronous = FULL` so that an answer acknowledged to the applicant survives a power cut.
//! The database file is its owner's only. One module per table group; `copies.rs` keeps the
//! backups and the files set aside and carries every erasure to them. This module opens, tells
//! damage from the rest, makes erasures final, and says what went wrong ([`StoreError`], worded
//! through [`Explain`]). The store holds data; it does not evaluate anything.

mod audit;
mod consultations;
mod copies;
mod directory;
mod field;
mod instance;
mod log;
mod pin_lock;
mod records;
mod schema;
mod statistics;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::message::{io_reason, Explain, Message};

pub use audit::{AuditAction, AuditEntry};
pub use consultations::{Consultation, ConsultationId};
pub use copies::KEEP_DAYS;
pub use directory::{DirectoryEntry, DIRECTORY_MAX};
pub use field::Field;
pub use instance::{InstanceLock, LOCK_NAME, WAIT as INSTANCE_WAIT};
pub use log::{LogQuery, LogRow};
pub use records::{FollowUp, Record, RecordInput, NAME_MAX, NOTE_MAX, PHONE_MAX};
pub use schema::VERSION as SCHEMA_VERSION;
pub use statistics::{Count, ExportRow, Month, Period, Statistics};

/// Why the store could not do what was asked. [`Explain`] words it for a person; `Display`
/// keeps SQLite's and the system's own text, for logs.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database was written by a newer version of the app (schema `found`; this version
    /// knows `known`). It is not damaged: it is left exactly as it is.
    #[error(
        "the database has schema version {found}; this version of the app knows up to {known}"
    )]
    Newer { found: i64, known: i64 },
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
    /// Erased in the database, but another program kept reading it, so the pages as they were
    /// are still in its write-ahead log. The next checkpoint (any later erasure, the next
    /// start) overwrites them.
    #[error("erased, but the old pages stay in the write-ahead log while another program reads the database")]
    NotYetErased,
    /// Another program kept changing the database while a backup was being taken.
    #[error("the database kept changing while it was being copied")]
    Busy,
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// How long a statement waits for another process's lock before giving up.
const BUSY_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// How many times an erasure waits [`BUSY_WAIT`] for readers to let go of the old pages.
const CHECKPOINT_TRIES: u32 = 3;

/// The database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    /// The file, for the copies beside it (none in memory).
    path: Option<PathBuf>,
    /// Consultations started through this store are marked as taken at a kiosk.
    at_kiosk: bool,
}

impl Store {
    /// Opens (creating if needed) the database at `path`, creating its directory too; both
    /// are created for their owner only.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            crate::files::create_dir_all(dir).map_err(|source| StoreError::DataDir {
                path: dir.display().to_string(),
                source,
            })?;
        }
        // Created here, empty, so that it is the owner's only; SQLite gives its WAL and
        // shared-memory files the same permissions.
        crate::files::create_if_missing(path).map_err(|source| StoreError::DataDir {
            path: path.display().to_string(),
            source,
        })?;
        let conn = Connection::open(path)?;
        // Before anything else: another process may be creating or migrating it right now.
        conn.busy_timeout(BUSY_WAIT)?;
        schema::refuse_newer(&conn)?;
        use_wal(&conn)?;
        Self::prepare(conn, Some(path.to_path_buf()))
    }

    /// A transaction that writes: it takes the write lock when it begins (waiting up to the
    /// busy timeout for another writer), so that what it reads first is still true when it
    /// writes. A deferred transaction that has read cannot wait for the lock in WAL mode once
    /// another connection wrote since: SQLite refuses it at once ("database is locked"), and a
    /// second instance or the CLI at the same moment would cost the person an answer.
    pub(crate) fn write(&self) -> Result<Transaction<'_>> {
        Ok(Transaction::new_unchecked(
            &self.conn,
            TransactionBehavior::Immediate,
        )?)
    }

    /// A fresh database in memory, for tests and for sessions that must leave no trace.
    pub fn open_in_memory() -> Result<Store> {
        Self::prepare(Connection::open_in_memory()?, None)
    }

    fn prepare(mut conn: Connection, path: Option<PathBuf>) -> Result<Store> {
        conn.busy_timeout(BUSY_WAIT)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        // Erased consultations (a kiosk's idle wipe, an applicant's request) are overwritten
        // with zeros, not merely unlinked, so their answers cannot be read back from the file.
        conn.pragma_update(None, "secure_delete", "ON")?;
        schema::migrate(&mut conn)?;
        Ok(Store {
            conn,
            path,
            at_kiosk: false,
        })
    }

    /// From now on, consultations started through this store are marked as taken at a kiosk
    /// (see [`Store::wipe_kiosk_leftovers`]).
    pub fn at_kiosk(mut self) -> Store {
        self.at_kiosk = true;
        self
    }

    /// Whether nothing was ever kept here: no consultation, no monthly figure, no staff
    /// action, no directory entry, no erasure. A kiosk wipes its consultations but keeps its
    /// figures, so a kiosk that has served anyone is never "unused".
    pub fn never_used(&self) -> Result<bool> {
        let used: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM consultations) OR EXISTS (SELECT 1 FROM tallies)
                 OR EXISTS (SELECT 1 FROM audit_log) OR EXISTS (SELECT 1 FROM directory)
                 OR EXISTS (SELECT 1 FROM erasures WHERE count > 0)",
            [],
            |row| row.get(0),
        )?;
        Ok(!used)
    }

    /// The database file, if it is one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
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

    /// After an erasure: secure_delete has zeroed the old values in the pages, but in WAL mode
    /// the pages as they were may still sit in the write-ahead log, so copy the log back into
    /// the database and empty it. A reader on an old snapshot (another program reading, an
    /// export running) holds the old pages: it is waited for, [`CHECKPOINT_TRIES`] times
    /// [`BUSY_WAIT`]. If it still reads, the erasure is not final and that is said
    /// ([`StoreError::NotYetErased`]); the next checkpoint completes it.
    fn forget_old_pages(&self) -> Result<()> {
        for _ in 0..CHECKPOINT_TRIES {
            let busy: i64 = self
                .conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))?;
            if busy == 0 {
                return Ok(());
            }
        }
        Err(StoreError::NotYetErased)
    }

    /// Makes an erasure final: in the database file (see [`Store::forget_old_pages`]) and in
    /// every copy beside it (see `copies.rs`). Both are attempted; the first failure is
    /// returned.
    fn erased(&self, erasure: copies::Erasure) -> Result<()> {
        let live = self.forget_old_pages();
        let copies = match &self.path {
            Some(path) => copies::erase(path, &erasure).map(|_| ()),
            None => Ok(()),
        };
        live.and(copies)
    }

    /// Completes an erasure that a reader held up (see [`StoreError::NotYetErased`]): at the
    /// next start, for instance.
    pub fn finish_erasures(&self) -> Result<()> {
        self.forget_old_pages()
    }

    /// Counts an erasure, in the transaction that makes it (see `copies.rs`).
    fn count_erasure(tx: &rusqlite::Transaction<'_>) -> Result<()> {
        tx.execute("UPDATE erasures SET count = count + 1 WHERE id = 1", [])?;
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
    /// The file was damaged (not a database, or failing the integrity check): it was renamed
    /// to `kept_at` and a fresh database was started. Staff should be told, and can restore
    /// from a backup (see [`Store::rotate_backups`]). The file set aside is a copy like a
    /// backup: kept [`KEEP_DAYS`] days, and removed by an erasure it cannot take.
    Replaced { kept_at: PathBuf, reason: String },
}

impl Store {
    /// Opens the database at `path`; if it is damaged, keeps it aside under a new name and
    /// starts a fresh one, so the applicant in front of the screen is never stopped by it.
    /// Errors that are not damage (no permission, disk full, a lock held too long, a database
    /// from a newer version) are returned as they are, and the file is left alone.
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
    /// not exist yet or be empty. Safe while the app is in use.
    pub fn back_up(&self, target: &Path) -> Result<()> {
        let target = target
            .to_str()
            .ok_or_else(|| StoreError::PathNotUtf8(target.display().to_string()))?;
        self.conn.execute("VACUUM INTO ?1", [target])?;
        Ok(())
    }

    /// Keeps the daily backups beside the database: today's `backups/navigator-YYYY-MM-DD.bak`
    /// is written unless it is there, and backups — and databases set aside as damaged — older
    /// than [`KEEP_DAYS`] days are removed (days, not files: a kiosk switched off for two weeks
    /// keeps none of the old ones). Returns the backup written, if any. Nothing for a database
    /// in memory.
    pub fn rotate_backups(&self, today: time::Date) -> Result<Option<PathBuf>> {
        let Some(path) = self.path.as_deref() else {
            return Ok(None);
        };
        copies::expire(path, today)?;
        self.back_up_today(today)
    }

    /// The backups kept beside the database, oldest first.
    pub fn backups(&self) -> Vec<PathBuf> {
        self.path
            .as_deref()
            .map(|p| copies::backups(p).into_iter().map(|(_, p)| p).collect())
            .unwrap_or_default()
    }
}

impl Explain for StoreError {
    fn message(&self) -> Message {
        match self {
            StoreError::Sqlite(e) => Message::new(sqlite_reason(e)),
            StoreError::Newer { found, known } => Message::new("error-store-newer")
                .with("found", *found)
                .with("known", *known),
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
            StoreError::NotYetErased => Message::new("error-store-not-yet-erased"),
            StoreError::Busy => Message::new("error-store-busy"),
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

/// Whether an error means the file itself is damaged: SQLite says it is not a database, or
/// that it is corrupt. Nothing else is — not a lock held by another process, not a schema
/// from a newer version, not a migration that failed (it changed nothing: one transaction) —
/// and only damage sets a file aside.
fn is_damage(e: &StoreError) -> bool {
    match e {
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, _)) => matches!(
            f.code,
            rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt
        ),
        _ => false,
    }
}

/// Switches the file to write-ahead logging (nothing to do once it is). On a new file this
/// writes its header, and SQLite takes that write lock on top of a read lock, where it does not
/// wait for another process (so as not to deadlock): one that is creating the same file at the
/// same moment makes it fail at once. So it is tried again, for up to [`BUSY_WAIT`].
fn use_wal(conn: &Connection) -> Result<()> {
    let since = std::time::Instant::now();
    loop {
        match conn.pragma_update(None, "journal_mode", "WAL") {
            Err(rusqlite::Error::SqliteFailure(f, _))
                if matches!(
                    f.code,
                    rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                ) && since.elapsed() < BUSY_WAIT =>
            {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            done => return Ok(done?),
        }
    }
}

/// Renames a damaged database (and its WAL and shared-memory files) out of the way.
fn set_aside(path: &Path) -> Result<PathBuf> {
    let mut stamp = time::OffsetDateTime::now_utc().unix_timestamp();
    let mut kept_at = path.with_extension(format!("damaged-{stamp}"));
    // Never over another one set aside the same second.
    while kept_at.exists() {
        stamp += 1;
        kept_at = path.with_extension(format!("damaged-{stamp}"));
    }
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
    fn a_new_store_is_at_the_latest_schema() -> Result<()> {
        let store = Store::open_in_memory()?;
        assert_eq!(store.schema_version()?, 6);
        Ok(())
    }
}
