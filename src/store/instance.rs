//! One instance of the app per data folder: a lock held for the life of the process.
//!
//! The lock is SQLite's own file lock on `navigator.lock` in the data folder, held in exclusive
//! locking mode: it works wherever SQLite does (Linux, Windows), needs nothing the store does
//! not already use, and the system releases it when the process ends, however it ends. The
//! desktop app takes it before it opens the database; the CLI, which runs beside the app, does
//! not. This module does not decide what a second instance does (see [`crate::desk`]).

use std::path::Path;

use rusqlite::{Connection, ErrorCode};

use super::{Result, StoreError};

/// The lock file's name in the data folder.
pub const LOCK_NAME: &str = "navigator.lock";

/// How long a new instance waits for one that is ending (a restart: the old window closes, its
/// database is put away) before it gives up.
pub const WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// The data folder's one-instance lock, held until dropped. (The connection only holds the
/// lock; the mutex makes the lock shareable between threads, as the desk that keeps it is.)
#[derive(Debug)]
pub struct InstanceLock {
    _conn: std::sync::Mutex<Connection>,
}

impl InstanceLock {
    /// Takes the lock of the data folder `dir` (created if need be, for its owner only), or
    /// `None` when another process holds it for longer than `wait`.
    pub fn take(dir: &Path, wait: std::time::Duration) -> Result<Option<InstanceLock>> {
        let io = |source: std::io::Error| StoreError::DataDir {
            path: dir.display().to_string(),
            source,
        };
        crate::files::create_dir_all(dir).map_err(io)?;
        let path = dir.join(LOCK_NAME);
        crate::files::create_if_missing(&path).map_err(io)?;
        let conn = Connection::open(&path)?;
        conn.busy_timeout(wait)?;
        conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
        // A write takes the exclusive lock, and in this locking mode it is never let go.
        match conn.execute_batch("BEGIN EXCLUSIVE; PRAGMA user_version = 1; COMMIT;") {
            Ok(()) => Ok(Some(InstanceLock {
                _conn: std::sync::Mutex::new(conn),
            })),
            Err(rusqlite::Error::SqliteFailure(f, _))
                if matches!(f.code, ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) =>
            {
                Ok(None)
            }
            Err(e) => Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_taker_is_refused_until_the_first_lets_go() {
        let dir = tempfile::tempdir().expect("temp dir");
        let no_wait = std::time::Duration::ZERO;
        let first = InstanceLock::take(dir.path(), no_wait).expect("taken");
        assert!(first.is_some());
        assert!(
            InstanceLock::take(dir.path(), no_wait)
                .expect("asked")
                .is_none(),
            "held by the first"
        );
        // One that is ending lets go while the next waits.
        let ending = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(300));
            drop(first);
        });
        assert!(InstanceLock::take(dir.path(), WAIT)
            .expect("asked")
            .is_some());
        ending.join().expect("ended");
    }
}
