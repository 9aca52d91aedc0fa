//! Several processes at one database at once, as happens when a staff member runs the CLI
//! while the app is open, cron runs `navigator purge`, or two starts race at a kiosk.
//!
//! Each round starts `PROCESSES` copies of the `navigator` binary together, each saving one
//! consultation (`screen --save`) into the same database, and then checks that nothing was set
//! aside as damaged, that every consultation a process reported saved is in the live database,
//! and that what was there before is still there. One series starts from no database at all
//! (every process creates and migrates it), one from a database of schema 4, the version
//! before the local day (every process upgrades it).
//!
//! Issue #15: four processes opening a new database at once set it aside in 29 of 40 runs
//! ("table consultations already exists"); two processes upgrading a schema-4 database lost a
//! saved record from the live file, or wrote it into the file set aside.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use rusqlite::Connection;

/// Processes started together in each round.
const PROCESSES: usize = 4;
/// Rounds of each series.
const ROUNDS: usize = 200;

/// The answers every process saves.
const ANSWERS: &str = r#"{"groups": ["graduate"], "activity": "self_employed"}"#;

/// What went wrong over a series, counted per round.
#[derive(Debug, Default)]
struct Faults {
    set_aside: usize,
    failed: usize,
    lost: usize,
    lost_before: usize,
    notes: Vec<String>,
}

impl Faults {
    fn any(&self) -> bool {
        self.set_aside + self.failed + self.lost + self.lost_before > 0
    }
}

fn start_saving(db: &Path, answers: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_navigator"))
        .args(["--lang", "en", "screen", "--save", "--json", "--answers"])
        .arg(answers)
        .arg("--db")
        .arg(db)
        // No data folder of the machine's: settings and packs of its own (none).
        .env("NAVIGATOR_DATA_DIR", db.parent().expect("a folder"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts")
}

/// The consultation number a process reported saving ("… (consultation 3).").
fn saved_id(stderr: &str) -> Option<i64> {
    let at = stderr.find("(consultation ")? + "(consultation ".len();
    let digits: String = stderr[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// Every file in `dir` that is neither the database nor its WAL and shared-memory files (nor
/// the answers file the round wrote): a database set aside, a stray copy.
fn strays(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            !matches!(
                name,
                "navigator.sqlite3"
                    | "navigator.sqlite3-wal"
                    | "navigator.sqlite3-shm"
                    | "answers.json"
                    | "navigator.lock"
            )
        })
        .collect();
    found.sort();
    found
}

/// One round: `PROCESSES` savers at once on the database in `dir`; `before` is a consultation
/// that must survive (its id and the answer it holds).
fn round(dir: &Path, before: Option<(i64, &str)>, faults: &mut Faults) {
    let db = dir.join("navigator.sqlite3");
    let answers = dir.join("answers.json");
    std::fs::write(&answers, ANSWERS).expect("answers written");
    let children: Vec<Child> = (0..PROCESSES)
        .map(|_| start_saving(&db, &answers))
        .collect();
    let mut saved = Vec::new();
    let mut failed = false;
    for child in children {
        let out = child.wait_with_output().expect("the CLI ends");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        match (out.status.success(), saved_id(&stderr)) {
            (true, Some(id)) => saved.push(id),
            _ => {
                failed = true;
                faults.notes.push(format!("a saver failed: {stderr}"));
            }
        }
    }
    if failed {
        faults.failed += 1;
    }
    let aside = strays(dir);
    if !aside.is_empty() {
        faults.set_aside += 1;
        faults.notes.push(format!("set aside: {aside:?}"));
    }
    let conn = Connection::open(&db).expect("the live database opens");
    let answers_of = |id: i64| -> i64 {
        conn.query_row(
            "SELECT COUNT(*) FROM answers WHERE consultation_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap_or(0)
    };
    if saved.iter().any(|id| answers_of(*id) != 2) {
        faults.lost += 1;
        faults.notes.push(format!("saved {saved:?}, not all found"));
    }
    if let Some((id, question)) = before {
        let kept: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM answers WHERE consultation_id = ?1 AND question_id = ?2",
                rusqlite::params![id, question],
                |r| r.get(0),
            )
            .unwrap_or(0);
        if kept != 1 {
            faults.lost_before += 1;
            faults.notes.push("the earlier consultation is gone".into());
        }
    }
}

fn report(series: &str, faults: &Faults) -> String {
    let notes: Vec<&String> = faults.notes.iter().take(5).collect();
    format!(
        "{series}, {ROUNDS} rounds of {PROCESSES} processes: set aside in {}, a saver failed in {}, \
         a saved consultation missing in {}, an earlier one lost in {}; first notes: {notes:#?}",
        faults.set_aside, faults.failed, faults.lost, faults.lost_before
    )
}

#[test]
fn processes_creating_one_database_at_once_set_nothing_aside_and_lose_nothing() {
    let mut faults = Faults::default();
    for _ in 0..ROUNDS {
        let dir = tempfile::tempdir().expect("temp dir");
        round(dir.path(), None, &mut faults);
    }
    assert!(!faults.any(), "{}", report("a new database", &faults));
}

/// A database as the app left it before schema 5, holding one consultation with one answer.
fn schema_4_database(db: &Path) -> (i64, &'static str) {
    let conn = Connection::open(db).expect("created");
    conn.pragma_update(None, "journal_mode", "WAL")
        .expect("WAL");
    for sql in [
        include_str!("../src/store/migrations/001_consultations.sql"),
        include_str!("../src/store/migrations/002_statistics.sql"),
        include_str!("../src/store/migrations/003_staff.sql"),
        include_str!("../src/store/migrations/004_office.sql"),
    ] {
        conn.execute_batch(sql).expect("an old migration");
    }
    conn.pragma_update(None, "user_version", 4)
        .expect("schema 4");
    conn.execute_batch(
        "INSERT INTO consultations (id, started_at, updated_at, locale, pack_id, pack_version)
         VALUES (1, '2026-01-05T02:00:00Z', '2026-01-05T02:00:00Z', 'zh-CN', 'shuozhou-2021-26', '1.0.0');
         INSERT INTO answers (consultation_id, question_id, value, answered_at)
         VALUES (1, 'has_ip', 'true', '2026-01-05T02:00:00Z');",
    )
    .expect("a consultation");
    (1, "has_ip")
}

#[test]
fn processes_upgrading_one_database_at_once_set_nothing_aside_and_lose_nothing() {
    let mut faults = Faults::default();
    for _ in 0..ROUNDS {
        let dir = tempfile::tempdir().expect("temp dir");
        let before = schema_4_database(&dir.path().join("navigator.sqlite3"));
        round(dir.path(), Some(before), &mut faults);
    }
    assert!(!faults.any(), "{}", report("a schema-4 database", &faults));
}

/// Two connections (the app and a staff member's CLI, or two instances) writing to one
/// database at once: every write that reads first (a record keeps its first consent time, an
/// answer replaces the earlier one) must wait its turn, not fail. A transaction that begins by
/// reading and then writes cannot wait in WAL mode once another wrote since its read: SQLite
/// refuses it at once (SQLITE_BUSY_SNAPSHOT), and the person at the screen would be told the
/// database is busy. Noticed reading records.rs (issue #15's concurrency work).
#[test]
fn two_connections_saving_records_and_answers_at_once_both_succeed() {
    use navigator::store::{FollowUp, RecordInput};
    use navigator::{Answer, Locale, Store};
    const SAVES: usize = 150;
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("navigator.sqlite3");
    let started = time::OffsetDateTime::now_utc();
    let id = {
        let store = Store::open(&db).expect("store");
        store
            .start_consultation(Locale::ZhCn, crate::support::pack(), started)
            .expect("started")
    };
    let writer = |who: &'static str| {
        let db = db.clone();
        std::thread::spawn(move || {
            let store = Store::open(&db).expect("store");
            let mut failures = Vec::new();
            for i in 0..SAVES {
                let input = RecordInput {
                    consent: true,
                    name: format!("{who} {i}"),
                    phone: String::new(),
                    note: String::new(),
                    follow_up: FollowUp::Open,
                };
                if let Err(e) = store.save_record(id, &input, started) {
                    failures.push(format!("record {i}: {e}"));
                }
                let answer = Answer::Choice(if i % 2 == 0 { "yes" } else { "no" }.into());
                if let Err(e) = store.record_answer(id, "project_lead", &answer, started) {
                    failures.push(format!("answer {i}: {e}"));
                }
            }
            failures
        })
    };
    let (a, b) = (writer("甲"), writer("乙"));
    let failures: Vec<String> = [a, b]
        .into_iter()
        .flat_map(|t| t.join().expect("the writer ran"))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} writes failed, e.g. {:?}",
        failures.len(),
        4 * SAVES,
        failures.first()
    );
    let store = Store::open(&db).expect("store");
    let record = store.record(id).expect("read").expect("a record");
    assert!(
        record.name.ends_with(&format!(" {}", SAVES - 1)),
        "{}",
        record.name
    );
}
