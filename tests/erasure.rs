//! Erasure that erases: after an applicant's consultation is erased on request, or their name
//! and phone reach the end of the retention period, no file in the data folder holds them —
//! not the database, not its write-ahead log, not a daily backup, not a database set aside as
//! damaged — and an erasure that a reader holds up says so instead of claiming success.
//!
//! Each test scans every byte of every file under the data folder for the name and the phone
//! (as SQLite stores text: UTF-8) and expects no hit. Issue #15: after `purge` the live
//! database held the name 0 times and the backup once; with a second connection reading,
//! `purge` reported "Erased 1" and the name stayed in `navigator.sqlite3`.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use navigator::clock::Clock;
use navigator::desk::{Desk, DeskError, Opening};
use navigator::store::{ConsultationId, FollowUp, RecordInput};
use navigator::{Store, StoreError};

use crate::support::{answers, at, consult};

const NAME: &str = "欧阳娜娜";
const PHONE: &str = "13987654321";

/// Every file under `dir`, with how many times `needle` occurs in it.
fn hits(dir: &Path, needle: &str) -> Vec<(PathBuf, usize)> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("a folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let bytes = std::fs::read(&path).unwrap_or_default();
            let n = bytes
                .windows(needle.len())
                .filter(|w| *w == needle.as_bytes())
                .count();
            if n > 0 {
                found.push((path, n));
            }
        }
    }
    found
}

/// Hits of the name and of the phone, together.
fn traces(dir: &Path) -> Vec<(PathBuf, usize)> {
    let mut all = hits(dir, NAME);
    all.extend(hits(dir, PHONE));
    all
}

/// A data folder whose database holds one consultation, started on `started`, with a record
/// of the applicant's name and phone (with consent), and a backup of the day taken after it.
fn office_with_a_record(started: &str) -> (tempfile::TempDir, ConsultationId) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("settings.toml"), "mode = \"office\"\n").expect("settings");
    let db = dir.path().join("navigator.sqlite3");
    let store = Store::open(&db).expect("a database");
    let id = consult(
        &store,
        started,
        &answers(serde_json::json!({"groups": ["woman"]})),
        true,
    );
    let record = RecordInput {
        consent: true,
        name: NAME.into(),
        phone: PHONE.into(),
        note: String::new(),
        follow_up: FollowUp::Referred,
    };
    store
        .save_record(id, &record, at(started))
        .expect("recorded");
    store
        .rotate_backups(navigator::clock::today())
        .expect("a backup")
        .expect("today's backup is new");
    (dir, id)
}

fn open(dir: &Path) -> Desk {
    Desk::open(Opening {
        data_dir: Some(dir.to_path_buf()),
        env: |_| None,
        ..Opening::default()
    })
    .expect("opens")
}

/// Another program reading the database: it holds a read transaction (and with it the pages
/// as they were) until `release` receives something or is dropped.
fn reader(db: &Path) -> (mpsc::Sender<()>, std::thread::JoinHandle<()>) {
    let (started_tx, started_rx) = mpsc::channel();
    let (release_tx, release_rx) = mpsc::channel::<()>();
    let db = db.to_path_buf();
    let thread = std::thread::spawn(move || {
        let conn = rusqlite::Connection::open(&db).expect("the reader opens");
        conn.execute_batch("BEGIN").expect("begins");
        let n: i64 = conn
            .query_row("SELECT COUNT(*) FROM records", [], |r| r.get(0))
            .expect("reads");
        assert_eq!(n, 1);
        started_tx.send(()).expect("says so");
        let _ = release_rx.recv();
        conn.execute_batch("COMMIT").expect("ends");
    });
    started_rx.recv().expect("the reader is reading");
    (release_tx, thread)
}

#[test]
fn an_erasure_on_request_with_a_reader_open_and_a_backup_leaves_no_trace_in_any_file() {
    let (dir, id) = office_with_a_record("2026-11-20T09:00:00Z");
    assert!(
        !traces(dir.path()).is_empty(),
        "the test must see the name before"
    );
    let desk = open(dir.path());
    let (release, thread) = reader(&dir.path().join("navigator.sqlite3"));
    // The reader lets go a moment later, as an export or a second window would.
    let releaser = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(1500));
        let _ = release.send(());
    });
    desk.at_terminal().erase(id.0).expect("erased, and said so");
    releaser.join().expect("released");
    thread.join().expect("the reader ended");
    drop(desk);
    assert_eq!(traces(dir.path()), vec![], "name or phone left behind");
    // The backup is kept, without that consultation.
    let backups = Store::open(&dir.path().join("navigator.sqlite3"))
        .expect("reopens")
        .backups();
    assert_eq!(backups.len(), 1);
    let copy = rusqlite::Connection::open(&backups[0]).expect("the backup opens");
    let n: i64 = copy
        .query_row("SELECT COUNT(*) FROM consultations", [], |r| r.get(0))
        .expect("reads");
    assert_eq!(n, 0);
}

#[test]
fn an_erasure_that_a_reader_holds_up_says_so_and_the_next_opening_completes_it() {
    let (dir, id) = office_with_a_record("2026-11-20T09:00:00Z");
    let desk = open(dir.path());
    let (release, thread) = reader(&dir.path().join("navigator.sqlite3"));
    let e = desk.at_terminal().erase(id.0).expect_err("not final");
    assert!(
        matches!(e, DeskError::Store(StoreError::NotYetErased)),
        "{e:?}"
    );
    assert!(
        !hits(dir.path(), NAME).is_empty(),
        "honest: the old pages are still there"
    );
    drop(release);
    thread.join().expect("the reader ended");
    drop(desk);
    drop(open(dir.path()));
    assert_eq!(traces(dir.path()), vec![]);
}

#[test]
fn retention_reaches_the_backups_and_a_database_set_aside_after_damage_once_it_ages_out() {
    // 200 days before today: past the default 180.
    let started = (time::OffsetDateTime::now_utc() - time::Duration::days(200))
        .format(&time::format_description::well_known::Rfc3339)
        .expect("a time");
    let (dir, id) = office_with_a_record(&started);
    let db = dir.path().join("navigator.sqlite3");
    // The database is damaged (its header overwritten) while it still holds the name: the
    // next opening sets it aside and starts afresh.
    {
        let store = Store::open(&db).expect("opens");
        store.finish_erasures().expect("the log folded in");
    }
    let mut bytes = std::fs::read(&db).expect("read");
    bytes[..16].copy_from_slice(b"garbage-garbage!");
    std::fs::write(&db, &bytes).expect("damaged");
    assert!(!hits(dir.path(), NAME).is_empty());

    let desk = open(dir.path());
    assert!(desk
        .notices()
        .iter()
        .any(|n| matches!(n, navigator::present::Notice::DatabaseReplaced { .. })));
    drop(desk);
    // The file set aside stays where the notice says, for recovery: it cannot be opened, so
    // the retention period cannot reach into it. It holds the only traces left…
    let left: Vec<PathBuf> = traces(dir.path()).into_iter().map(|(p, _)| p).collect();
    assert!(!left.is_empty());
    assert!(
        left.iter().all(|p| p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("navigator.damaged-"))),
        "name or phone left outside the file set aside: {left:?}"
    );
    // The backup is kept; its consultation too, without the name and phone.
    let store = Store::open(&db).expect("reopens");
    let backups = store.backups();
    assert_eq!(backups.len(), 1);
    let copy = Store::open(&backups[0]).expect("the backup opens");
    let record = copy.record(id).expect("read").expect("the record stays");
    assert_eq!((record.name.as_str(), record.phone.as_str()), ("", ""));
    assert_eq!(record.follow_up, FollowUp::Referred);
    drop(copy);
    // …until it ages out with the other copies, a week on.
    let week_on = time::OffsetDateTime::now_utc().date() + time::Duration::days(8);
    store.rotate_backups(week_on).expect("rotated");
    drop(store);
    assert_eq!(traces(dir.path()), vec![], "name or phone left behind");
}

#[test]
fn withdrawn_consent_reaches_the_backups() {
    let (dir, id) = office_with_a_record("2026-11-20T09:00:00Z");
    let store = Store::open(&dir.path().join("navigator.sqlite3")).expect("opens");
    let withdrawn = RecordInput {
        consent: false,
        follow_up: FollowUp::Referred,
        ..RecordInput::default()
    };
    store
        .save_record(id, &withdrawn, at("2026-11-21T09:00:00Z"))
        .expect("saved");
    drop(store);
    assert_eq!(traces(dir.path()), vec![]);
}

#[test]
fn retention_applies_when_the_installation_opens_in_every_mode() {
    // issue #15: retention ran only at an office's sign-in; what was saved elsewhere stayed.
    for mode in ["personal", "kiosk", "office"] {
        let started = (time::OffsetDateTime::now_utc() - time::Duration::days(181))
            .format(&time::format_description::well_known::Rfc3339)
            .expect("a time");
        let (dir, id) = office_with_a_record(&started);
        std::fs::write(
            dir.path().join("settings.toml"),
            format!("mode = \"{mode}\"\n"),
        )
        .expect("settings");
        drop(Desk::open(Opening {
            data_dir: Some(dir.path().to_path_buf()),
            clock: Clock::system(),
            env: |_| None,
            ..Opening::default()
        }));
        assert_eq!(traces(dir.path()), vec![], "{mode}");
        let store = Store::open(&dir.path().join("navigator.sqlite3")).expect("opens");
        assert_eq!(
            store.record(id).expect("read").map(|r| r.follow_up),
            Some(FollowUp::Referred),
            "{mode}: the follow-up stays"
        );
    }
}

#[test]
fn a_retention_period_that_cannot_be_read_erases_nothing_by_itself() {
    let started = (time::OffsetDateTime::now_utc() - time::Duration::days(181))
        .format(&time::format_description::well_known::Rfc3339)
        .expect("a time");
    let (dir, _) = office_with_a_record(&started);
    std::fs::write(
        dir.path().join("settings.toml"),
        "mode = \"office\"\nretention_days = 0\n",
    )
    .expect("settings");
    drop(open(dir.path()));
    assert!(
        !hits(dir.path(), NAME).is_empty(),
        "a fallback period might erase too early"
    );
}
