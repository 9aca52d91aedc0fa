//! The copies of the database the app keeps beside it, and how erasure reaches them.
//!
//! Two kinds: the daily backups (`backups/navigator-YYYY-MM-DD.bak`, a consistent copy taken
//! with `VACUUM INTO`, those of the last seven days kept) and databases set aside as damaged
//! (`navigator.damaged-<time>`, with their `-wal` and `-shm` files). A copy is kept for
//! recovery, not as an archive: every erasure made in the live database — a consultation
//! erased on request or wiped at a kiosk, consent withdrawn, the retention period — is made in
//! each copy too ([`Erasure`]), so an erased person is in none of them. A copy that cannot take
//! an erasure (it does not open, or the statement fails: a damaged file) is removed, because
//! whether it holds that person cannot be known — but the retention period, which runs at every
//! start, leaves such a file to age out, so that a database just set aside is there to recover. Copies also age out: after seven days
//! (counted in days, not files) a backup or a set-aside file is removed.
//!
//! Consultations are named by their number *and* their start: a file set aside numbers its
//! consultations from 1 again, and the same number there is someone else.
//!
//! This module does not decide when to back up or what to erase (the desk and the rest of the
//! store do); it finds the copies and carries erasures to them.

use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use time::Date;

use super::{Result, Store, StoreError};

/// How many days of copies are kept: today's and the six days before.
pub const KEEP_DAYS: i64 = 7;

/// The folder of the daily backups, beside the database.
const BACKUPS: &str = "backups";

/// What an erasure removed, said so that any copy of the database can be made to forget it too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Erasure {
    /// One consultation entirely: answers, verdicts, record (erasing on request, a kiosk wipe).
    Consultation { id: i64, started_at: String },
    /// The name, phone and note of one consultation's record (consent withdrawn).
    Personal { id: i64, started_at: String },
    /// The name, phone and note of every consultation started before `cutoff` (retention).
    PersonalBefore { cutoff: String },
    /// Every consultation taken at a kiosk (a kiosk's start, after a crash).
    AtKiosk,
}

/// The backups folder of the database at `db`.
pub(super) fn backups_dir(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new("")).join(BACKUPS)
}

/// The file name of the day's backup.
pub(super) fn backup_name(day: Date) -> String {
    format!("navigator-{}.bak", crate::answers::format_date(day))
}

/// The day a backup's name holds, if it is one (`navigator-YYYY-MM-DD.bak`).
fn backup_day(name: &str) -> Option<Date> {
    let day = name.strip_prefix("navigator-")?.strip_suffix(".bak")?;
    crate::answers::parse_date(day)
}

/// The name stem a set-aside file of `db` starts with (`navigator.damaged-`).
fn set_aside_stem(db: &Path) -> Option<String> {
    let stem = db.file_stem()?.to_str()?;
    Some(format!("{stem}.damaged-"))
}

/// When a set-aside file was set aside (the Unix time in its name), if it is one of `db`'s.
fn set_aside_time(db: &Path, name: &str) -> Option<i64> {
    let stamp = name.strip_prefix(&set_aside_stem(db)?)?;
    stamp.parse().ok()
}

fn entries(dir: &Path) -> Vec<(String, PathBuf)> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<(String, PathBuf)> = read
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.file_name().to_str()?.to_owned(), e.path())))
        .collect();
    found.sort();
    found
}

/// The backups of the database at `db`, with their days, oldest first.
pub(super) fn backups(db: &Path) -> Vec<(Date, PathBuf)> {
    entries(&backups_dir(db))
        .into_iter()
        .filter_map(|(name, path)| backup_day(&name).map(|day| (day, path)))
        .collect()
}

/// The databases set aside from `db`, with the time they were set aside (their `-wal` and
/// `-shm` files go with them).
pub(super) fn set_aside(db: &Path) -> Vec<(i64, PathBuf)> {
    entries(db.parent().unwrap_or(Path::new("")))
        .into_iter()
        .filter_map(|(name, path)| set_aside_time(db, &name).map(|t| (t, path)))
        .collect()
}

/// Every copy of `db` the app keeps.
fn all(db: &Path) -> Vec<PathBuf> {
    backups(db)
        .into_iter()
        .map(|(_, p)| p)
        .chain(set_aside(db).into_iter().map(|(_, p)| p))
        .collect()
}

/// Removes a copy with its journal, WAL and shared-memory files.
pub(super) fn remove(copy: &Path) -> Result<()> {
    let io = |source: std::io::Error| StoreError::DataDir {
        path: copy.display().to_string(),
        source,
    };
    for side in ["-wal", "-shm", "-journal"] {
        let mut path = copy.as_os_str().to_owned();
        path.push(side);
        match std::fs::remove_file(PathBuf::from(path)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(e)),
            _ => {}
        }
    }
    match std::fs::remove_file(copy) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io(e)),
        _ => {
            crate::files::sync_folder_of(copy);
            Ok(())
        }
    }
}

/// Removes the copies older than [`KEEP_DAYS`] days on `today` (and any dated after it: a clock
/// that was wrong must not keep one for years). Returns how many were removed.
pub(super) fn expire(db: &Path, today: Date) -> Result<usize> {
    let first = today
        .checked_sub(time::Duration::days(KEEP_DAYS - 1))
        .unwrap_or(Date::MIN);
    let kept = |day: Date| (first..=today).contains(&day);
    let mut removed = 0;
    for (day, path) in backups(db) {
        if !kept(day) {
            remove(&path)?;
            removed += 1;
        }
    }
    for (at, path) in set_aside(db) {
        let day = time::OffsetDateTime::from_unix_timestamp(at)
            .map(|t| crate::clock::local(t).date())
            .unwrap_or(Date::MIN);
        if !kept(day) {
            remove(&path)?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// Makes every copy of `db` forget what `erasure` erased; a copy that cannot is removed —
/// except by the retention period, which runs at every start: a file just set aside as damaged
/// would otherwise be removed the moment the notice says where it was kept. Such a file is
/// kept for recovery until it ages out ([`KEEP_DAYS`]); an erasure on request, a kiosk's wipe
/// or withdrawn consent still removes it. Returns how many copies were removed.
pub(super) fn erase(db: &Path, erasure: &Erasure) -> Result<usize> {
    let mut removed = 0;
    for copy in all(db) {
        if apply(&copy, erasure).is_err() && !matches!(erasure, Erasure::PersonalBefore { .. }) {
            remove(&copy)?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// Whether the copy has this table (a copy of an old schema may not).
fn has_table(conn: &Connection, table: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
        [table],
        |_| Ok(()),
    )
    .optional()
    .map(|found| found.is_some())
}

fn has_column(conn: &Connection, table: &str, column: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2",
        [table, column],
        |_| Ok(()),
    )
    .optional()
    .map(|found| found.is_some())
}

/// Applies an erasure to one copy, in place: never creating a file, with deleted content
/// overwritten (`secure_delete`) and no write-ahead log left behind.
fn apply(copy: &Path, erasure: &Erasure) -> rusqlite::Result<()> {
    let mut conn = Connection::open_with_flags(
        copy,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    // A copy in WAL mode (a database set aside) is folded back into its one file first.
    let mode: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(rusqlite::Error::InvalidQuery);
    }
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    let records = has_table(&conn, "records")?;
    let tx = conn.transaction()?;
    let blank = "UPDATE records SET name = '', phone = '', note = '', consented_at = NULL";
    match erasure {
        Erasure::Consultation { id, started_at } => {
            tx.execute(
                "DELETE FROM consultations WHERE id = ?1 AND started_at = ?2",
                params![id, started_at],
            )?;
        }
        Erasure::Personal { id, started_at } if records => {
            tx.execute(
                &format!(
                    "{blank} WHERE consultation_id = ?1 AND consultation_id IN
                     (SELECT id FROM consultations WHERE id = ?1 AND started_at = ?2)"
                ),
                params![id, started_at],
            )?;
        }
        Erasure::PersonalBefore { cutoff } if records => {
            tx.execute(
                &format!(
                    "{blank} WHERE consultation_id IN
                     (SELECT id FROM consultations WHERE started_at < ?1)"
                ),
                params![cutoff],
            )?;
        }
        Erasure::AtKiosk if has_column(&tx, "consultations", "at_kiosk")? => {
            tx.execute("DELETE FROM consultations WHERE at_kiosk = 1", [])?;
        }
        // Nothing of that kind in a copy of this schema.
        Erasure::Personal { .. } | Erasure::PersonalBefore { .. } | Erasure::AtKiosk => {}
    }
    tx.commit()?;
    // The copy must still read whole: a statement that "succeeded" on a damaged file proves
    // nothing about what the damaged pages hold.
    let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(rusqlite::Error::InvalidQuery);
    }
    Ok(())
}

impl Store {
    /// The number of erasures this database has taken (see `migrations/006`).
    pub(super) fn erasures(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count FROM erasures WHERE id = 1", [], |r| r.get(0))?)
    }

    /// Writes a consistent copy of the whole database to the day's backup, for its owner only,
    /// unless there is one. The copy is taken again should an erasure commit while it was
    /// being written (it would otherwise escape it). Returns the backup written, if any.
    pub(super) fn back_up_today(&self, day: Date) -> Result<Option<PathBuf>> {
        let Some(db) = self.path.as_deref() else {
            return Ok(None);
        };
        let dir = backups_dir(db);
        let io = |source: std::io::Error| StoreError::DataDir {
            path: dir.display().to_string(),
            source,
        };
        crate::files::create_dir_all(&dir).map_err(io)?;
        let target = dir.join(backup_name(day));
        if target.exists() {
            return Ok(None);
        }
        let part = crate::files::part_of(&target);
        for _ in 0..3 {
            let _ = std::fs::remove_file(&part);
            crate::files::create_if_missing(&part).map_err(io)?;
            let written = self.back_up(&part).and_then(|()| {
                let copy = Connection::open_with_flags(&part, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
                let at: i64 =
                    copy.query_row("SELECT count FROM erasures WHERE id = 1", [], |r| r.get(0))?;
                Ok(at)
            });
            let at = match written {
                Ok(at) => at,
                Err(e) => {
                    let _ = std::fs::remove_file(&part);
                    return Err(e);
                }
            };
            std::fs::File::open(&part)
                .and_then(|f| f.sync_all())
                .and_then(|()| std::fs::rename(&part, &target))
                .map_err(io)?;
            crate::files::sync_folder_of(&target);
            // An erasure that committed after the snapshot may have looked for copies before
            // this one had its name: then it did not reach it. Take it again.
            if self.erasures()? == at {
                return Ok(Some(target));
            }
            remove(&target)?;
        }
        Err(StoreError::Busy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backups_and_set_aside_files_are_told_by_their_names() {
        assert_eq!(
            backup_day("navigator-2026-11-29.bak"),
            crate::answers::parse_date("2026-11-29")
        );
        assert_eq!(backup_day("navigator-2026-11-29.bak.part"), None);
        assert_eq!(backup_day("notes.bak"), None);
        let db = Path::new("/data/navigator.sqlite3");
        assert_eq!(
            set_aside_time(db, "navigator.damaged-1796145440"),
            Some(1796145440)
        );
        assert_eq!(set_aside_time(db, "navigator.damaged-1796145440-wal"), None);
        assert_eq!(set_aside_time(db, "navigator.sqlite3"), None);
    }
}
