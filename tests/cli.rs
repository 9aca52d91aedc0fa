//! The `navigator` binary as a user runs it: output, exit codes, and bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

use crate::support::{pack, root};

/// Runs the CLI as a user would, in an installation of its own: a fresh, empty data folder
/// (so no pack installed or settings written on this machine change what a test sees), unless
/// the arguments name one with `--data-dir`.
pub(crate) fn navigator(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let home = tempfile::tempdir().expect("temp dir");
    let mut child = Command::new(env!("CARGO_BIN_EXE_navigator"))
        .env("NAVIGATOR_DATA_DIR", home.path())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("it finishes")
}

/// `history` with the time zone `tz` (a POSIX TZ value, so no zone database is needed).
fn history_in(tz: &str, db: &str) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_navigator"))
        .args(["--lang", "en", "history", "--db", db])
        .env("TZ", tz)
        .output()
        .expect("the binary runs");
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

#[test]
fn history_shows_when_a_consultation_started_in_local_time() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("navigator.sqlite3").display().to_string();
    let answers = root().join("examples/incubator.json").display().to_string();
    let o = navigator(
        &["screen", "--answers", &answers, "--save", "--db", &db],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    // "#1  2026-11-29 15:51  en …": the start as people read it, not the stored UTC stamp.
    let started = |row: String| {
        let text = row.strip_prefix("#1  ").unwrap_or_else(|| panic!("{row}"))[..16].to_owned();
        let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]");
        time::PrimitiveDateTime::parse(&text, &format).unwrap_or_else(|e| panic!("{e}: {row}"))
    };
    let utc = started(history_in("UTC0", &db));
    let shuozhou = started(history_in("CST-8", &db));
    assert_eq!(shuozhou - utc, time::Duration::hours(8));
}

pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub(crate) fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(o)))
}

/// A refusal: exit code 2, exactly one line on stderr, and no trace of a panic.
pub(crate) fn assert_refused(o: &Output, mentions: &str) {
    assert_fails(o, 2, mentions);
}

/// A failure with this exit code, in exactly one line on stderr, and no trace of a panic.
fn assert_fails(o: &Output, code: i32, mentions: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(code), "stderr: {err}");
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "more than one line: {err}"
    );
    assert!(
        err.contains(mentions),
        "{err:?} does not mention {mentions}"
    );
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
}

#[test]
fn pack_check_lists_every_measure_with_its_verbatim_excerpt() {
    let o = navigator(&["pack", "check", "--json"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    let flat = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let source = flat(&pack().source_text);
    let measures = v["measures"].as_array().expect("measures");
    assert_eq!(measures.len(), pack().measures.len());
    for m in measures {
        let excerpt = m["excerpt"].as_str().expect("excerpt");
        assert!(source.contains(&flat(excerpt)), "{}: {excerpt}", m["id"]);
        assert!(m["article"].as_str().is_some_and(|a| a.starts_with('（')));
        assert!(!m["departments"].as_array().expect("departments").is_empty());
    }
    assert_eq!(v["pack"]["document"], "朔政发〔2021〕26号");
    // Every sentence is accounted for, one way or the other, and most by a measure.
    let c = &v["coverage"];
    let n = |k: &str| c[k].as_u64().expect("a count");
    assert_eq!(n("encoded") + n("explained"), n("sentences"));
    assert!(n("encoded") > 0 && n("explained") > 0, "{c}");
    assert!(n("sentences") > 100, "{c}");
    assert_eq!(v["questions"].as_u64(), Some(pack().questions.len() as u64));
    assert!(v["not_applicable"]
        .as_array()
        .is_some_and(|n| !n.is_empty()));
    assert!(v["departments"]
        .as_array()
        .is_some_and(|d| d.iter().all(|d| d["name"].is_string())));
}

#[test]
fn pack_check_of_a_broken_pack_lists_its_problems_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let from = root().join("tests/fixtures/tiny-pack");
    copy_dir(&from, dir.path());
    let measures = dir.path().join("measures.toml");
    let text = std::fs::read_to_string(&measures)
        .expect("read")
        .replace("at_least = 18", "at_least = \"18\"");
    std::fs::write(&measures, text).expect("write");
    let o = navigator(
        &[
            "--lang",
            "en",
            "pack",
            "check",
            &dir.path().display().to_string(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("measures.toml:"), "{err}");
    assert!(!err.contains("panicked"));
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).expect("dir") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("name"));
        if path.is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy");
        }
    }
}

#[test]
fn screen_walks_a_persona_to_a_complete_result() {
    let answers = br#"{"groups":["graduate"],"activity":"self_employed","rural_business":false,
        "has_ip":false,"contest_level":"none","in_demo_base":false,"county":"shuocheng"}"#;
    let o = navigator(
        &["screen", "--answers", "-", "--on", "2026-11-28", "--json"],
        Some(answers),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    assert!(v["next_question"].is_null(), "{}", v["next_question"]);
    assert_eq!(v["asked"], 7);
    let verdicts = v["verdicts"].as_array().expect("verdicts");
    let subsidy = verdicts
        .iter()
        .find(|x| x["measure"] == "graduate-social-insurance-subsidy")
        .expect("measure");
    // issue #13: the subsidy follows (参照) another policy, whose rules the department applies.
    assert_eq!(subsidy["status"], "needs_review");
    assert_eq!(subsidy["kind"], "benefit");
    assert_eq!(subsidy["article"], "（十一）");
    assert!(subsidy["excerpt"]
        .as_str()
        .is_some_and(|e| e.contains("最长2年")));
    // The office to go to first leads the list, whatever the article's order.
    assert_eq!(subsidy["departments"][0]["id"], "hr-social-security");
    assert!(subsidy["departments"][0]["primary_reason"].is_string());
    assert!(verdicts.iter().all(|x| x["status"] != "unknown"));
}

/// The readable `screen` output for a veteran on a fixed day, in one language.
fn veteran_screen_in(locale: &str) -> String {
    let args = [
        "--lang",
        locale,
        "screen",
        "--answers",
        "-",
        "--on",
        "2026-11-28",
    ];
    stdout(&navigator(&args, Some(br#"{"groups":["veteran"]}"#)))
}

#[test]
fn screen_speaks_english_and_traditional_chinese() {
    let en = veteran_screen_in("en");
    assert!(en.contains("Matches you"), "{en}");
    assert!(
        en.contains("[You can take part]"),
        "the kind of each measure: {en}"
    );
    assert!(en.contains("Next question"));
    let tw = veteran_screen_in("zh-TW");
    assert!(tw.contains("與您相符"), "{tw}");
    assert!(tw.contains("【您可以參加】"), "{tw}");
}

#[test]
fn questions_json_lists_every_question_with_its_options() {
    let o = navigator(&["questions", "--json", "--lang", "en"], None);
    assert!(o.status.success());
    let v = json(&o);
    let qs = v.as_array().expect("array");
    assert_eq!(qs.len(), pack().questions.len());
    let groups = &qs[0];
    assert_eq!(groups["id"], "groups");
    assert_eq!(groups["kind"], "multi");
    assert!(groups["options"].as_array().is_some_and(|o| o
        .iter()
        .all(|o| o["label"].as_str().is_some_and(|l| !l.is_empty()))));
    for q in qs {
        assert!(["single", "multi", "bool", "number", "date"]
            .contains(&q["kind"].as_str().unwrap_or("")));
        assert!(
            q["text"].as_str().is_some_and(|t| !t.starts_with("q-")),
            "untranslated {}",
            q["id"]
        );
    }
}

#[test]
fn malformed_answers_are_refused_in_one_line() {
    assert_refused(
        &navigator(&["screen", "--answers", "-"], Some(b"{\"groups\": [")),
        "JSON",
    );
}

#[test]
fn an_unknown_question_is_refused_in_one_line() {
    assert_refused(
        &navigator(
            &["--lang", "en", "screen", "--answers", "-"],
            Some(b"{\"age\": 3}"),
        ),
        "age",
    );
}

#[test]
fn a_wrong_type_is_refused_in_one_line() {
    assert_refused(
        &navigator(
            &["--lang", "en", "screen", "--answers", "-"],
            Some(b"{\"groups\": \"veteran\"}"),
        ),
        "groups",
    );
}

#[test]
fn an_unknown_language_is_refused_in_one_line() {
    assert_refused(&navigator(&["--lang", "fr", "questions"], None), "fr");
}

#[test]
fn an_impossible_date_is_refused_in_one_line() {
    assert_refused(
        &navigator(&["screen", "--on", "2021-02-30"], None),
        "2021-02-30",
    );
}

#[test]
fn an_unreadable_answers_file_is_refused_in_one_line() {
    assert_refused(
        &navigator(&["screen", "--answers", "/no/such/file.json"], None),
        "/no/such/file.json",
    );
}

#[test]
fn an_answers_file_that_is_not_utf8_is_refused_in_one_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("answers.json");
    std::fs::write(&path, [0x7b, 0xff, 0xfe, 0x7d]).expect("write");
    assert_refused(
        &navigator(&["screen", "--answers", &path.display().to_string()], None),
        "UTF-8",
    );
}

#[test]
fn a_closed_pipe_is_not_a_panic() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_navigator"))
        .args(["pack", "check"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    drop(child.stdout.take());
    let o = child.wait_with_output().expect("finishes");
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    // Nor an error (`navigator … | head`): everything up to it was read.
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn the_interactive_questionnaire_saves_each_answer_and_can_resume() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("navigator.sqlite3").display().to_string();
    // A woman entrepreneur: groups = option 9; then rural_business, has_ip (no, no) and stop.
    let o = navigator(
        &["--lang", "en", "ask", "--db", &db, "--on", "2026-11-28"],
        Some(b"9\n2\n2\n"),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("consultation 1"), "{out}");
    let history = stdout(&navigator(&["--lang", "en", "history", "--db", &db], None));
    assert!(
        history.contains("3 answers") && history.contains("not finished"),
        "{history}"
    );
    // Back, then the rest: contest none (1), not in a demo base (2), Youyu county (6).
    let o = navigator(
        &[
            "--lang",
            "en",
            "ask",
            "--db",
            &db,
            "--on",
            "2026-11-28",
            "--resume",
            "1",
        ],
        Some(b"x\n1\n2\n6\n"),
    );
    let out = stdout(&o);
    assert!(out.contains("not understood"), "{out}");
    assert!(out.contains("Every result is decided"), "{out}");
    assert!(out.contains("Matches you"), "{out}");
    let history = stdout(&navigator(&["--lang", "en", "history", "--db", &db], None));
    assert!(
        history.contains("6 answers") && history.contains("finished"),
        "{history}"
    );
}

#[test]
fn screen_can_save_a_consultation() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("n.sqlite3").display().to_string();
    let o = navigator(
        &["screen", "--answers", "-", "--save", "--db", &db],
        Some(br#"{"groups":["student"]}"#),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let history = stdout(&navigator(&["--lang", "en", "history", "--db", &db], None));
    assert!(
        history.contains("#1") && history.contains("1 answers"),
        "{history}"
    );
}

#[test]
fn stats_of_an_empty_database_say_none_in_every_section() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("navigator.sqlite3");
    let o = navigator(
        &["--lang", "en", "stats", "--db", db.to_str().expect("utf-8")],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("By county\n  (none)"), "{out}");
    assert!(out.contains("0  Consultations"), "{out}");
}

#[test]
fn a_saved_screening_shows_in_stats_and_in_the_export() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("navigator.sqlite3");
    let db = db.to_str().expect("utf-8");
    let answers = br#"{"groups": ["veteran"], "county": "shanyin"}"#;
    let o = navigator(
        &["screen", "--answers", "-", "--save", "--db", db],
        Some(answers),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    let o = navigator(&["stats", "--json", "--db", db], None);
    let rows = json(&o);
    let find = |section: &str, key: &str| {
        rows.as_array()
            .expect("an array")
            .iter()
            .find(|r| r["section"] == section && r["key"] == key)
            .map(|r| r["count"].clone())
    };
    assert_eq!(find("group", "veteran"), Some(1.into()));
    assert_eq!(find("region", "shanyin"), Some(1.into()));
    assert_eq!(find("total", "finished"), Some(1.into()));

    let file = dir.path().join("consultations.csv");
    let o = navigator(&["export", file.to_str().expect("utf-8"), "--db", db], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains('1'), "{}", stderr(&o));
    let text = std::fs::read_to_string(&file).expect("the export");
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][5], "山阴县");

    // The same as workbooks: by the file name for the export, by --xlsx for the figures.
    for args in [
        vec!["export", "consultations.xlsx"],
        vec!["stats", "--xlsx", "figures.xlsx"],
    ] {
        let name = dir.path().join(args[args.len() - 1]);
        let mut call: Vec<&str> = args[..args.len() - 1].to_vec();
        call.extend([name.to_str().expect("utf-8"), "--db", db]);
        let o = navigator(&call, None);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let bytes = std::fs::read(&name).expect("the workbook");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        assert!(zip.by_name("xl/worksheets/sheet1.xml").is_ok(), "{args:?}");
    }
}

#[test]
fn a_database_folder_that_cannot_be_made_is_said_in_chinese_with_no_english_in_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, b"where the data folder should be").expect("written");
    let db = blocker.join("data").join("navigator.sqlite3");
    let o = navigator(
        &[
            "--lang",
            "zh-CN",
            "stats",
            "--db",
            db.to_str().expect("utf-8"),
        ],
        None,
    );
    assert_fails(&o, 1, "路径中有一段是文件，不是文件夹");
    // What is not Chinese is the program's name and the path, nothing the system said.
    let err = stderr(&o).replace(&blocker.join("data").display().to_string(), "");
    let words: Vec<&str> = err
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 4 && *w != "navigator")
        .collect();
    assert!(words.is_empty(), "{words:?} in {err}");
}

#[test]
fn an_export_that_cannot_be_written_is_refused_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("navigator.sqlite3");
    let target = dir.path().join("no-such-folder").join("out.csv");
    let o = navigator(
        &[
            "--lang",
            "en",
            "export",
            target.to_str().expect("utf-8"),
            "--db",
            db.to_str().expect("utf-8"),
        ],
        None,
    );
    assert_refused(&o, "out.csv");
    assert!(!dir
        .path()
        .join("no-such-folder")
        .join("out.csv.part")
        .exists());
}

#[test]
fn a_stats_period_that_is_not_a_month_is_refused() {
    for bad in ["2021-13", "2021-02-30", "March"] {
        let o = navigator(&["--lang", "en", "stats", "--from", bad], None);
        assert_refused(&o, bad);
    }
}

/// `keygen` into a fresh folder: the folder, and the secret and public key files as strings.
fn keygen(dir: &std::path::Path) -> (String, String) {
    let out = dir.join("keys");
    let o = navigator(
        &[
            "--lang",
            "en",
            "keygen",
            "--out",
            out.to_str().expect("utf-8"),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let path = |name: &str| out.join(name).display().to_string();
    (path("pack-signing.key"), path("pack-signing.pub"))
}

/// The default pack built into `dir/pack.zip`, signed with `secret`; returns the file's path.
fn build_signed(dir: &std::path::Path, secret: &str) -> String {
    let file = dir.join("pack.zip").display().to_string();
    let o = navigator(
        &[
            "pack",
            "build",
            &default_pack_dir(),
            "-o",
            &file,
            "--sign",
            secret,
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    file
}

fn default_pack_dir() -> String {
    root()
        .join("assets/packs/shuozhou-2021-26")
        .display()
        .to_string()
}

#[test]
fn keygen_writes_a_key_pair_and_refuses_to_overwrite_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (secret, public) = keygen(dir.path());
    let before = std::fs::read_to_string(&secret).expect("the secret key");
    assert!(
        before.starts_with("navigator-pack-signing-key v1\n"),
        "{before}"
    );
    assert!(std::fs::read_to_string(&public)
        .expect("the public key")
        .starts_with("navigator-pack-public-key v1\n"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&secret)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let out = dir.path().join("keys").display().to_string();
    let o = navigator(&["--lang", "en", "keygen", "--out", &out], None);
    assert_refused(&o, "already exists");
    assert_eq!(
        std::fs::read_to_string(&secret).expect("still there"),
        before
    );
}

#[test]
fn a_built_archive_verifies_with_its_public_key() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (secret, public) = keygen(dir.path());
    let file = build_signed(dir.path(), &secret);
    assert!(!dir.path().join("pack.part").exists());
    let o = navigator(
        &["--lang", "en", "pack", "verify", &file, "--key", &public],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let measures = format!("{} measures", pack().measures.len());
    for expected in [
        "shuozhou-2021-26",
        crate::support::built_in_version(),
        measures.as_str(),
    ] {
        assert!(out.contains(expected), "{out} lacks {expected}");
    }
}

#[test]
fn an_archive_signed_with_another_key_fails_verification_in_one_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (secret, _) = keygen(dir.path());
    let other = tempfile::tempdir().expect("temp dir");
    let (_, other_public) = keygen(other.path());
    let file = build_signed(dir.path(), &secret);
    let o = navigator(
        &[
            "--lang",
            "en",
            "pack",
            "verify",
            &file,
            "--key",
            &other_public,
        ],
        None,
    );
    assert_fails(&o, 1, "does not trust");
    assert!(stdout(&o).is_empty());
}

#[test]
fn a_tampered_archive_fails_verification_naming_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, public) = keygen(dir.path());
    let secret =
        navigator::pack::archive::SigningKey::read_file(&dir.path().join("keys/pack-signing.key"))
            .expect("the key");
    let (_, bytes) =
        navigator::pack::archive::build(&navigator::PolicyPack::embedded_files(), Some(&secret))
            .expect("builds");
    let forged = crate::archive::with_entry_replaced(&bytes, "questions.toml", b"# nothing\n");
    let file = dir.path().join("forged.zip");
    std::fs::write(&file, forged).expect("write");
    let o = navigator(
        &[
            "--lang",
            "en",
            "pack",
            "verify",
            file.to_str().expect("utf-8"),
            "--key",
            &public,
        ],
        None,
    );
    assert_fails(&o, 1, "questions.toml");
    // And in Chinese, the same refusal in one line.
    let o = navigator(
        &[
            "pack",
            "verify",
            file.to_str().expect("utf-8"),
            "--key",
            &public,
        ],
        None,
    );
    assert_fails(&o, 1, "签名后被改动");
}

#[test]
fn an_unsigned_archive_is_refused_unless_allowed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, public) = keygen(dir.path());
    let file = dir.path().join("pack.zip").display().to_string();
    let o = navigator(
        &[
            "--lang",
            "en",
            "pack",
            "build",
            &default_pack_dir(),
            "-o",
            &file,
            "--unsigned",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("NOT signed"), "{}", stdout(&o));
    let o = navigator(
        &["--lang", "en", "pack", "verify", &file, "--key", &public],
        None,
    );
    assert_fails(&o, 1, "not signed");
    let o = navigator(
        &["--lang", "en", "pack", "verify", &file, "--allow-unsigned"],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("NOT signed"), "{}", stdout(&o));
}

#[test]
fn pack_build_needs_a_key_or_an_explicit_unsigned() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("pack.zip").display().to_string();
    let o = navigator(&["pack", "build", &default_pack_dir(), "-o", &file], None);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--sign"), "{}", stderr(&o));
    assert!(!dir.path().join("pack.zip").exists());
}

#[test]
fn a_key_file_that_is_not_a_key_is_refused_in_one_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (secret, public) = keygen(dir.path());
    let file = dir.path().join("pack.zip").display().to_string();
    // The public key given to sign with, and the secret key given to verify with.
    let o = navigator(
        &[
            "--lang",
            "en",
            "pack",
            "build",
            &default_pack_dir(),
            "-o",
            &file,
            "--sign",
            &public,
        ],
        None,
    );
    assert_refused(&o, "pack-signing.pub");
    assert!(!dir.path().join("pack.zip").exists());
    let o = navigator(
        &["--lang", "en", "pack", "verify", &file, "--key", &secret],
        None,
    );
    assert_refused(&o, "pack-signing.key");
    let o = navigator(
        &[
            "--lang",
            "en",
            "pack",
            "verify",
            &file,
            "--key",
            "/no/such.pub",
        ],
        None,
    );
    assert_refused(&o, "/no/such.pub");
}

#[test]
fn an_archive_that_cannot_be_read_is_refused_and_one_that_is_not_a_zip_fails() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, public) = keygen(dir.path());
    let missing = dir.path().join("missing.zip").display().to_string();
    let o = navigator(
        &["--lang", "en", "pack", "verify", &missing, "--key", &public],
        None,
    );
    assert_refused(&o, "missing.zip");
    let o = navigator(
        &["--lang", "en", "pack", "verify", &public, "--key", &public],
        None,
    );
    assert_fails(&o, 1, "not a pack archive");
}

#[test]
fn building_an_invalid_pack_lists_its_problems_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (secret, _) = keygen(dir.path());
    let pack_dir = dir.path().join("pack");
    std::fs::create_dir_all(&pack_dir).expect("mkdir");
    copy_dir(&root().join("tests/fixtures/tiny-pack"), &pack_dir);
    let measures = pack_dir.join("measures.toml");
    let text = std::fs::read_to_string(&measures)
        .expect("read")
        .replace("at_least = 18", "at_least = \"18\"");
    std::fs::write(&measures, text).expect("write");
    let file = dir.path().join("pack.zip");
    let o = navigator(
        &[
            "--lang",
            "en",
            "pack",
            "build",
            pack_dir.to_str().expect("utf-8"),
            "-o",
            file.to_str().expect("utf-8"),
            "--sign",
            &secret,
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("measures.toml:"), "{}", stderr(&o));
    assert!(!file.exists() && !file.with_extension("part").exists());
}

#[test]
fn pack_diff_of_a_pack_and_its_own_archive_finds_no_change() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (secret, public) = keygen(dir.path());
    let file = build_signed(dir.path(), &secret);
    let o = navigator(
        &[
            "--lang",
            "en",
            "pack",
            "diff",
            &default_pack_dir(),
            &file,
            "--key",
            &public,
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(&format!(
            "shuozhou-2021-26 {v} → shuozhou-2021-26 {v}",
            v = crate::support::built_in_version()
        )),
        "{out}"
    );
    assert!(out.contains("No measure was added"), "{out}");
    // Without the key, the archive side is refused like `verify` refuses it.
    let o = navigator(
        &["--lang", "en", "pack", "diff", &default_pack_dir(), &file],
        None,
    );
    assert_fails(&o, 1, "does not trust");
}

#[test]
fn set_pin_stores_only_a_hash_and_refuses_a_bad_pin_or_a_damaged_settings_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path().to_str().expect("a UTF-8 path");
    let settings = dir.path().join("settings.toml");

    let o = navigator(
        &["--lang", "en", "set-pin", "--data-dir", d],
        Some(b"12a4\n"),
    );
    assert_fails(&o, 2, "4 to 12 digits");
    assert!(!settings.exists(), "nothing written for a bad PIN");

    let written = "# The kiosk at the 朔城区 service center.\nmode = \"kiosk\"  # set by IT\nidle_seconds = 30\n";
    std::fs::write(&settings, written).expect("written");
    // issue #15: at an unattended kiosk, anyone may try; a 4-digit PIN is too few.
    let o = navigator(
        &["--lang", "en", "set-pin", "--data-dir", d],
        Some(b"24681\n"),
    );
    assert_fails(&o, 2, "at least 6 digits");
    assert_eq!(std::fs::read_to_string(&settings).expect("read"), written);
    let o = navigator(
        &["--lang", "en", "set-pin", "--data-dir", d],
        Some(b"246810\n"),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("The staff PIN is set"),
        "{}",
        stdout(&o)
    );
    let text = std::fs::read_to_string(&settings).expect("settings");
    assert!(
        !text.contains("246810"),
        "the PIN itself is not stored:\n{text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&settings)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "the hash is its owner's only");
    }
    assert!(
        text.starts_with(written),
        "what staff wrote stays, comments included:\n{text}"
    );
    let s = navigator::Settings::load(dir.path(), |_| None).expect("still valid");
    assert_eq!(
        s.mode,
        navigator::Mode::Kiosk,
        "the other settings are kept"
    );
    assert_eq!(s.idle_seconds, 30);
    let hash = s.staff_pin.expect("a hash");
    let mut lock = navigator::pin::LockState::default();
    let now = time::OffsetDateTime::now_utc();
    assert_eq!(
        navigator::pin::check(&mut lock, Some(&hash), "246810", now),
        Ok(navigator::pin::PinCheck::Accepted)
    );
    // The change is in the audit log of the data folder's database, without the PIN.
    let store = navigator::Store::open(&dir.path().join("navigator.sqlite3")).expect("the store");
    let audit = store.audit_log(10).expect("the audit log");
    assert_eq!(audit.len(), 1, "{audit:?}");
    assert_eq!(
        (audit[0].action.as_str(), audit[0].detail.as_str()),
        ("settings", "staff_pin")
    );

    std::fs::write(&settings, "mode = \"museum\"\n").expect("written");
    let o = navigator(
        &["--lang", "en", "set-pin", "--data-dir", d],
        Some(b"2468\n"),
    );
    assert_fails(&o, 1, "museum");
    assert_eq!(
        std::fs::read_to_string(&settings).expect("settings"),
        "mode = \"museum\"\n",
        "a damaged settings file is left for staff to correct"
    );
}

#[test]
fn pack_install_uses_the_keys_in_the_settings_and_rollback_undoes_it() {
    use navigator::pack::archive::{self, SigningKey};
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path().to_str().expect("a UTF-8 path");
    let key = SigningKey::generate().expect("a key");
    let mut files = navigator::PolicyPack::embedded_files();
    let manifest = String::from_utf8(files["pack.toml"].clone()).expect("UTF-8");
    files.insert(
        "pack.toml".into(),
        manifest
            .replacen(&crate::support::version_line(), "version = \"1.5.0\"", 1)
            .into_bytes(),
    );
    let (_, bytes) = archive::build(&files, Some(&key)).expect("builds");
    let zip = dir.path().join("pack.zip");
    std::fs::write(&zip, &bytes).expect("written");
    let z = zip.to_str().expect("a UTF-8 path");

    // No trusted key yet: refused, nothing installed.
    let o = navigator(
        &["--lang", "en", "pack", "install", z, "--data-dir", d],
        None,
    );
    assert_fails(&o, 1, "does not trust");
    assert!(!dir.path().join("packs/active.zip").exists());

    std::fs::write(
        dir.path().join("settings.toml"),
        format!("trusted_keys = [\"{}\"]\n", key.public_key()),
    )
    .expect("written");
    let o = navigator(
        &["--lang", "en", "pack", "install", z, "--data-dir", d],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains(crate::support::built_in_version()) && stdout(&o).contains("1.5.0"),
        "{}",
        stdout(&o)
    );
    assert_eq!(
        std::fs::read(dir.path().join("packs/active.zip")).expect("installed"),
        bytes
    );

    // issue #15: an older signed pack went in over a newer one without a word.
    let files_at = |version: &str| {
        let mut files = files.clone();
        files.insert(
            "pack.toml".into(),
            manifest
                .replacen(
                    &crate::support::version_line(),
                    &format!("version = \"{version}\""),
                    1,
                )
                .into_bytes(),
        );
        let (_, older) = archive::build(&files, Some(&key)).expect("builds");
        let path = dir.path().join(format!("pack-{version}.zip"));
        std::fs::write(&path, older).expect("written");
        path.display().to_string()
    };
    let older = files_at("0.9.0");
    let o = navigator(
        &["--lang", "en", "pack", "install", &older, "--data-dir", d],
        None,
    );
    assert_fails(&o, 1, "older than the one in use");
    assert!(stderr(&o).contains("--allow-downgrade"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read(dir.path().join("packs/active.zip")).expect("installed"),
        bytes,
        "nothing changed"
    );
    let o = navigator(
        &[
            "--lang",
            "en",
            "pack",
            "install",
            &older,
            "--allow-downgrade",
            "--data-dir",
            d,
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("0.9.0"), "{}", stdout(&o));

    // Rollback is going back on purpose: no flag needed.
    let o = navigator(&["--lang", "en", "pack", "rollback", "--data-dir", d], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        std::fs::read(dir.path().join("packs/active.zip")).expect("installed"),
        bytes,
        "1.5.0 again"
    );
}

#[test]
fn after_pack_install_every_command_uses_the_installed_pack() {
    // issue #12: the CLI ignored an installed pack; `screen`, `questions`, `stats` and
    // `export` kept using the built-in one.
    use navigator::pack::archive::{self, SigningKey};
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path().to_str().expect("a UTF-8 path");
    let key = SigningKey::generate().expect("a key");
    let mut files = navigator::PolicyPack::embedded_files();
    let text = |files: &std::collections::BTreeMap<String, Vec<u8>>, name: &str| {
        String::from_utf8(files[name].clone()).expect("UTF-8")
    };
    let manifest = text(&files, "pack.toml").replacen(
        &crate::support::version_line(),
        "version = \"2.0.0\"",
        1,
    );
    files.insert("pack.toml".into(), manifest.into_bytes());
    // A changed measure: the graduates' subsidy now has another title in every language.
    for locale in ["zh-CN", "zh-TW", "en"] {
        let name = format!("locales/{locale}/pack.ftl");
        let ftl = text(&files, &name);
        let old = ftl
            .lines()
            .find(|l| l.starts_with("m-graduate-social-insurance-subsidy ="))
            .expect("the measure's title")
            .to_owned();
        let changed = ftl.replacen(
            &old,
            "m-graduate-social-insurance-subsidy = INSTALLED-TITLE",
            1,
        );
        files.insert(name, changed.into_bytes());
    }
    let (_, bytes) = archive::build(&files, Some(&key)).expect("builds");
    let zip = dir.path().join("pack.zip");
    std::fs::write(&zip, &bytes).expect("written");
    std::fs::write(
        dir.path().join("settings.toml"),
        format!("trusted_keys = [\"{}\"]\n", key.public_key()),
    )
    .expect("written");
    let z = zip.to_str().expect("a UTF-8 path");
    let o = navigator(
        &["--lang", "en", "--data-dir", d, "pack", "install", z],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));

    let graduate = br#"{"groups": ["graduate"], "activity": "self_employed"}"#;
    let o = navigator(
        &[
            "--lang",
            "en",
            "--data-dir",
            d,
            "screen",
            "--answers",
            "-",
            "--json",
        ],
        Some(graduate),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let screen = json(&o);
    let titles: Vec<&str> = screen["verdicts"]
        .as_array()
        .expect("verdicts")
        .iter()
        .filter_map(|v| v["title"].as_str())
        .collect();
    assert!(titles.contains(&"INSTALLED-TITLE"), "{titles:?}");

    // Saved with the installed pack's version, and counted under its measure.
    let o = navigator(
        &["--data-dir", d, "screen", "--answers", "-", "--save"],
        Some(graduate),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = navigator(&["--lang", "en", "--data-dir", d, "history"], None);
    assert!(stdout(&o).contains("2.0.0"), "{}", stdout(&o));
    let o = navigator(&["--lang", "en", "--data-dir", d, "stats", "--json"], None);
    let rows = json(&o);
    assert!(
        rows.as_array()
            .expect("rows")
            .iter()
            .any(|r| r["section"] == "matched" && r["label"] == "INSTALLED-TITLE"),
        "{rows}"
    );

    // `--pack` still overrides it, and a rollback brings the built-in pack back for all.
    let o = navigator(
        &[
            "--lang",
            "en",
            "--data-dir",
            d,
            "--pack",
            &default_pack_dir(),
            "screen",
            "--answers",
            "-",
            "--json",
        ],
        Some(graduate),
    );
    assert!(!stdout(&o).contains("INSTALLED-TITLE"), "{}", stdout(&o));
    let o = navigator(&["--data-dir", d, "pack", "rollback"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = navigator(
        &[
            "--lang",
            "en",
            "--data-dir",
            d,
            "screen",
            "--answers",
            "-",
            "--json",
        ],
        Some(graduate),
    );
    assert!(!stdout(&o).contains("INSTALLED-TITLE"), "{}", stdout(&o));
}

#[test]
fn an_installed_pack_that_no_longer_passes_is_set_aside_with_the_apps_notice() {
    use navigator::pack::archive::{self, SigningKey};
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path().to_str().expect("a UTF-8 path");
    let key = SigningKey::generate().expect("a key");
    let (_, bytes) =
        archive::build(&navigator::PolicyPack::embedded_files(), Some(&key)).expect("builds");
    let zip = dir.path().join("pack.zip");
    std::fs::write(&zip, &bytes).expect("written");
    let settings = dir.path().join("settings.toml");
    std::fs::write(
        &settings,
        format!("trusted_keys = [\"{}\"]\n", key.public_key()),
    )
    .expect("written");
    let o = navigator(
        &[
            "--data-dir",
            d,
            "pack",
            "install",
            zip.to_str().expect("utf-8"),
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    // The key is withdrawn: the built-in pack serves, and stderr says why, as the app does.
    std::fs::write(&settings, "").expect("written");
    let o = navigator(&["--lang", "en", "--data-dir", d, "questions"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("The installed policy pack cannot be used"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains("[groups]"), "{}", stdout(&o));
}

#[test]
fn purge_erases_names_older_than_the_retention_period_and_nothing_younger() {
    use navigator::store::{FollowUp, RecordInput};
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path().to_str().expect("a UTF-8 path");
    let db = dir.path().join(navigator::settings::DATABASE_NAME);
    // A hundred days ago: every command applies the retention period of today when it opens
    // the installation, so `--on` looks ahead of today.
    let started = time::OffsetDateTime::now_utc() - time::Duration::days(100);
    let id = {
        let store = navigator::Store::open(&db).expect("store");
        let id = store
            .start_consultation(navigator::Locale::ZhCn, pack(), started)
            .expect("started");
        let input = RecordInput {
            consent: true,
            name: "张三".into(),
            phone: "13912345678".into(),
            note: String::new(),
            follow_up: FollowUp::Applied,
        };
        store.save_record(id, &input, started).expect("saved");
        id
    };
    let day =
        |days: i64| navigator::answers::format_date(started.date() + time::Duration::days(days));
    let record = || {
        navigator::Store::open(&db)
            .expect("store")
            .record(id)
            .expect("read")
            .expect("the record stays")
    };

    // 180 days on, the default period still holds.
    let o = navigator(
        &["--lang", "en", "purge", "--data-dir", d, "--on", &day(180)],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(" 0 "), "{}", stdout(&o));
    assert_eq!(record().name, "张三");

    let o = navigator(
        &["--lang", "en", "purge", "--data-dir", d, "--on", &day(181)],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains(" 1 ") && out.contains("180 days"), "{out}");
    let r = record();
    assert_eq!((r.name.as_str(), r.phone.as_str()), ("", ""));
    assert_eq!(r.follow_up, FollowUp::Applied);
    let log = navigator::Store::open(&db)
        .expect("store")
        .audit_log(5)
        .expect("audit");
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].detail, "1 records");
}

#[test]
fn purge_follows_the_settings_and_refuses_a_bad_date_or_settings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path().to_str().expect("a UTF-8 path");
    let settings = dir.path().join("settings.toml");
    std::fs::write(&settings, "retention_days = 30\n").expect("written");
    let o = navigator(&["--lang", "en", "purge", "--data-dir", d], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("30 days"), "{}", stdout(&o));

    let o = navigator(
        &[
            "--lang",
            "en",
            "purge",
            "--data-dir",
            d,
            "--on",
            "2026-02-30",
        ],
        None,
    );
    assert_refused(&o, "2026-02-30");

    std::fs::write(&settings, "retention_days = 0\n").expect("written");
    let o = navigator(&["--lang", "en", "purge", "--data-dir", d], None);
    assert_fails(&o, 1, "retention_days");
}

#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_ends_with_an_error_not_a_success() {
    // review of issue #12's CLI: `screen --json > file` on a full disk left an empty file and
    // exit code 0. /dev/full refuses every write as a full disk does.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let data = tempfile::tempdir().expect("temp dir");
    let o = Command::new(env!("CARGO_BIN_EXE_navigator"))
        .args(["screen", "--json", "--on", "2026-11-28", "--answers"])
        .arg(root().join("examples/veteran-returning-migrant.json"))
        .env("NAVIGATOR_DATA_DIR", data.path())
        .env_remove("NAVIGATOR_MODE")
        .stdout(Stdio::from(full))
        .output()
        .expect("it runs");
    assert_eq!(o.status.code(), Some(1));
    let said = String::from_utf8_lossy(&o.stderr);
    assert!(said.starts_with("navigator: 无法写出结果："), "{said}");
    assert_eq!(said.trim_end().lines().count(), 1, "{said}");
    // A pipe closed by its reader is not such a failure: a_closed_pipe_is_not_a_panic.
}
