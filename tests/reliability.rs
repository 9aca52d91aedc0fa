//! Reliability: answers survive a process being killed at any moment, and a damaged database
//! is set aside (never deleted) while the app carries on with a fresh one.
//!
//! A true power cut cannot be made here: a killed process loses only its own memory, and what
//! it handed to the operating system reaches the disk anyway, so the kills below would pass with
//! `synchronous = OFF` too. What survives a power cut is SQLite's part — WAL, and every commit
//! waiting for the disk (`synchronous = FULL`) — and that is checked on every way a database
//! is opened.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use navigator::store::Durability;
use navigator::{Answer, Locale, Recovery, Store};
use time::OffsetDateTime;

use crate::support::{date, pack};

fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// The answers the child writes, one consultation after another.
fn answers_to_write() -> Vec<(&'static str, Answer)> {
    vec![
        (
            "groups",
            Answer::Choices(BTreeSet::from(["graduate".to_owned(), "woman".to_owned()])),
        ),
        ("activity", Answer::Choice("self_employed".into())),
        ("rural_business", Answer::Bool(false)),
        ("has_ip", Answer::Bool(true)),
        ("contest_level", Answer::Choice("none".into())),
        ("in_demo_base", Answer::Bool(false)),
        ("county", Answer::Choice("huairen".into())),
    ]
}

/// Not a test of its own: the child process of the power-cut test. It does nothing unless
/// `NAVIGATOR_POWER_CUT_DB` names a database; then it writes consultations answer by answer
/// until it is killed, printing `ack <consultation> <question>` only after each answer has
/// been committed.
#[test]
fn power_cut_child_writer() {
    let Some(path) = std::env::var_os("NAVIGATOR_POWER_CUT_DB") else {
        return;
    };
    let store = Store::open(Path::new(&path)).expect("the child opens the database");
    let mut out = std::io::stdout().lock();
    loop {
        let id = store
            .start_consultation(Locale::ZhCn, pack(), now())
            .expect("start");
        for (question, answer) in answers_to_write() {
            store
                .record_answer(id, question, &answer, now())
                .expect("record");
            writeln!(out, "ack {} {question}", id.0).expect("stdout");
            out.flush().expect("flush");
        }
    }
}

/// A small deterministic generator, so a failing run can be repeated.
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

/// What a database file must keep to survive a power cut.
fn survives_a_power_cut() -> Durability {
    Durability {
        journal_mode: "wal".into(),
        synchronous: 2, // FULL: every commit waits for the disk
    }
}

#[test]
fn every_database_file_is_opened_in_wal_mode_waiting_for_the_disk_at_each_commit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("navigator.sqlite3");
    let fresh = Store::open(&path).expect("a new database");
    assert_eq!(fresh.durability().expect("pragmas"), survives_a_power_cut());
    drop(fresh);
    let again = Store::open(&path).expect("reopened");
    assert_eq!(again.durability().expect("pragmas"), survives_a_power_cut());
    drop(again);
    let (healthy, _) = Store::open_or_recover(&path).expect("opens");
    assert_eq!(
        healthy.durability().expect("pragmas"),
        survives_a_power_cut()
    );
    drop(healthy);
    std::fs::write(&path, b"damaged".repeat(1000)).expect("write");
    let (replaced, recovery) = Store::open_or_recover(&path).expect("recovers");
    assert!(
        matches!(recovery, Recovery::Replaced { .. }),
        "{recovery:?}"
    );
    assert_eq!(
        replaced.durability().expect("pragmas"),
        survives_a_power_cut()
    );
    // In memory there is no disk to wait for, but commits are still FULL.
    let memory = Store::open_in_memory().expect("in memory");
    assert_eq!(memory.durability().expect("pragmas").synchronous, 2);
}

/// Every answer the database holds, as `(consultation, question)`.
fn stored_answers(store: &Store) -> Vec<(i64, String)> {
    let mut out = Vec::new();
    for id in store.consultation_ids().expect("ids") {
        let c = store.consultation(id).expect("consultation");
        out.extend(c.answers.iter().map(|(q, _)| (id.0, q.clone())));
    }
    out
}

#[test]
fn acknowledged_answers_survive_200_kills_at_random_moments() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("navigator.sqlite3");
    let exe = std::env::current_exe().expect("the test binary");
    let mut rng = Xorshift(0x5eed_2026_1128);
    let mut acked: Vec<(i64, String)> = Vec::new();
    for round in 0..200 {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "reliability::power_cut_child_writer",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("NAVIGATOR_POWER_CUT_DB", &db)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the child starts");
        let mut lines = BufReader::new(child.stdout.take().expect("piped")).lines();
        let wanted = 1 + rng.next(25);
        let mut seen = 0;
        while seen < wanted {
            let Some(line) = lines.next() else { break };
            if let Some(ack) = ack(&line.expect("a line")) {
                acked.push(ack);
                seen += 1;
            }
        }
        // Kill it right away, or a moment later: in the middle of the next write, most likely.
        std::thread::sleep(Duration::from_micros(rng.next(3000)));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        // What the child acknowledged between the last line read and the kill is still in the
        // pipe: acknowledged too.
        acked.extend(lines.map_while(Result::ok).filter_map(|l| ack(&l)));

        let store =
            Store::open(&db).unwrap_or_else(|e| panic!("round {round}: cannot reopen: {e}"));
        assert!(
            store.integrity_ok().expect("integrity check runs"),
            "round {round}: integrity check failed"
        );
        assert_eq!(seen, wanted, "round {round}: the child stopped early");
        for (id, question) in acked.iter().rev().take(40) {
            let c = store
                .consultation(navigator::store::ConsultationId(*id))
                .unwrap_or_else(|e| panic!("round {round}: consultation {id} lost: {e}"));
            assert!(
                c.answers.iter().any(|(q, _)| q == question),
                "round {round}: acknowledged answer {question} of consultation {id} is missing"
            );
        }
    }
    // Everything acknowledged in all 200 rounds is still there, and nothing else but, at
    // most, the one answer each kill interrupted after its commit and before its ack.
    let store = Store::open(&db).expect("reopen");
    let stored = stored_answers(&store);
    for answer in &acked {
        assert!(stored.contains(answer), "{answer:?} lost");
    }
    let extra = stored.len() - acked.len();
    assert!(
        extra <= 200,
        "{} answers stored, {} acknowledged: more than one unacknowledged per kill",
        stored.len(),
        acked.len()
    );
}

/// An acknowledgement of the child's: `ack <consultation> <question>`. The first one shares its
/// line with the test harness's `test … ... `.
fn ack(line: &str) -> Option<(i64, String)> {
    let (_, rest) = line.split_once("ack ")?;
    let (id, question) = rest.split_once(' ')?;
    Some((id.parse().ok()?, question.to_owned()))
}

fn a_database_with_one_consultation(path: &Path) {
    let store = Store::open(path).expect("store");
    let id = store
        .start_consultation(Locale::ZhCn, pack(), now())
        .expect("start");
    store
        .record_answer(id, "has_ip", &Answer::Bool(true), now())
        .expect("record");
}

#[test]
fn a_garbage_file_is_kept_aside_and_a_fresh_database_started() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("navigator.sqlite3");
    let garbage =
        b"not a database at all, but a file someone copied over it by mistake".repeat(100);
    std::fs::write(&path, &garbage).expect("write");
    let (store, recovery) = Store::open_or_recover(&path).expect("recovers");
    let Recovery::Replaced { kept_at, .. } = recovery else {
        panic!("expected the file to be replaced, got {recovery:?}");
    };
    assert_eq!(
        std::fs::read(&kept_at).expect("kept"),
        garbage,
        "the damaged file is kept unchanged"
    );
    assert!(store.consultation_ids().expect("usable").is_empty());
    assert!(store.integrity_ok().expect("check"));
}

#[test]
fn a_truncated_database_is_kept_aside_and_a_fresh_database_started() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("navigator.sqlite3");
    a_database_with_one_consultation(&path);
    // Checkpoint the WAL into the main file, then cut the file in half.
    Store::open(&path)
        .expect("reopen")
        .back_up(&dir.path().join("copy.sqlite3"))
        .expect("backup");
    std::fs::copy(dir.path().join("copy.sqlite3"), &path).expect("replace");
    for side in ["navigator.sqlite3-wal", "navigator.sqlite3-shm"] {
        let _ = std::fs::remove_file(dir.path().join(side));
    }
    let len = std::fs::metadata(&path).expect("meta").len();
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .expect("open");
    file.set_len(len / 2).expect("truncate");
    drop(file);
    let truncated = std::fs::read(&path).expect("read");

    let (store, recovery) = Store::open_or_recover(&path).expect("recovers");
    let Recovery::Replaced { kept_at, reason } = recovery else {
        panic!("a truncated database must not pass as healthy: {recovery:?}");
    };
    assert!(!reason.is_empty());
    assert_eq!(std::fs::read(kept_at).expect("kept"), truncated);
    assert!(store.consultation_ids().expect("usable").is_empty());
}

#[test]
fn a_healthy_database_is_left_as_it_is() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("navigator.sqlite3");
    a_database_with_one_consultation(&path);
    let (store, recovery) = Store::open_or_recover(&path).expect("opens");
    assert_eq!(recovery, Recovery::Healthy);
    assert_eq!(store.consultation_ids().expect("ids").len(), 1);
}

#[test]
fn daily_backups_keep_the_last_seven_days_and_restore() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("navigator.sqlite3");
    a_database_with_one_consultation(&path);
    let store = Store::open(&path).expect("store");
    let backups = dir.path().join("backups");
    for day in 1..=9 {
        let written = store
            .rotate_backups(date(&format!("2026-11-{day:02}")))
            .expect("backup");
        assert!(written.is_some(), "day {day} gets a backup");
    }
    assert_eq!(
        store.rotate_backups(date("2026-11-09")).expect("again"),
        None,
        "one a day"
    );
    let names = || {
        let mut names: Vec<String> = std::fs::read_dir(&backups)
            .expect("dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(names().len(), 7);
    assert_eq!(
        names()[0],
        "navigator-2026-11-03.bak",
        "the oldest went first"
    );
    let restored =
        Store::open(&backups.join("navigator-2026-11-09.bak")).expect("a backup is a database");
    assert_eq!(restored.consultation_ids().expect("ids").len(), 1);
    drop(restored);
    // issue #15: "the last 7" are days, not files. Switched off for two weeks, the kiosk
    // keeps none of the old backups, only the new day's.
    store.rotate_backups(date("2026-11-25")).expect("backup");
    assert_eq!(names(), vec!["navigator-2026-11-25.bak".to_owned()]);
}

#[test]
fn a_database_from_a_newer_version_is_refused_in_words_and_left_exactly_as_it_is() {
    // issue #15: an older app called a newer database damaged, set it aside and showed an
    // empty history.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("navigator.sqlite3");
    a_database_with_one_consultation(&path);
    {
        let conn = rusqlite::Connection::open(&path).expect("opens");
        conn.pragma_update(None, "user_version", navigator::store::SCHEMA_VERSION + 1)
            .expect("a newer schema");
        conn.pragma_update(None, "journal_mode", "DELETE")
            .expect("one file");
    }
    let before = std::fs::read(&path).expect("read");
    let e = Store::open_or_recover(&path).expect_err("refused");
    assert!(
        matches!(e, navigator::StoreError::Newer { found, known }
            if found == known + 1 && known == navigator::store::SCHEMA_VERSION),
        "{e:?}"
    );
    let desk = navigator::desk::Desk::open(navigator::desk::Opening {
        data_dir: Some(dir.path().to_path_buf()),
        env: |_| None,
        ..navigator::desk::Opening::default()
    })
    .expect("the desk opens all the same");
    let said: Vec<String> = desk
        .notices()
        .iter()
        .map(|n| {
            crate::support::localizer().say(Locale::En, &navigator::message::Explain::message(n))
        })
        .collect();
    assert!(said.iter().any(|s| s.contains("newer version")), "{said:?}");
    drop(desk);
    assert!(
        std::fs::read(&path).expect("read") == before,
        "not a byte changed"
    );
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("damaged"))
        .collect();
    assert_eq!(names, Vec::<String>::new(), "nothing set aside");
}

#[test]
fn a_database_held_by_another_process_is_not_set_aside() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("navigator.sqlite3");
    // Another process is creating it, and takes its time.
    let holder = rusqlite::Connection::open(&path).expect("opens");
    holder
        .execute_batch("BEGIN EXCLUSIVE; CREATE TABLE slow (x);")
        .expect("holds the lock");
    let e = Store::open_or_recover(&path).expect_err("busy, not damaged");
    assert_eq!(
        navigator::message::Explain::message(&e).id,
        "error-store-busy",
        "{e:?}"
    );
    holder.execute_batch("ROLLBACK").expect("lets go");
    assert!(std::fs::read_dir(dir.path()).expect("dir").all(|e| !e
        .expect("entry")
        .file_name()
        .to_string_lossy()
        .contains("damaged")));
    let (_, recovery) = Store::open_or_recover(&path).expect("opens now");
    assert_eq!(recovery, Recovery::Healthy);
}

#[test]
fn a_new_database_another_process_is_writing_is_waited_for_not_refused() {
    // Seen once in 200 rounds of tests/processes.rs: four processes creating one database,
    // and one said "another program is using the database". Switching a new file to WAL writes
    // its header, and SQLite takes that write lock on top of a read lock, where it does not
    // wait (so as not to deadlock) when another process is about to write.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("navigator.sqlite3");
    let holder = rusqlite::Connection::open(&path).expect("opens");
    holder
        .execute_batch("BEGIN IMMEDIATE")
        .expect("about to write");
    let releaser = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        holder.execute_batch("COMMIT").expect("lets go");
    });
    let (_, recovery) = Store::open_or_recover(&path).expect("waits, then opens");
    releaser.join().expect("released");
    assert_eq!(recovery, Recovery::Healthy);
}
