//! One error vocabulary: every error of the store, the exports, answers files, the staff PIN and
//! the settings is worded in every locale from message ids that exist, with every argument
//! filled in, and a Chinese sentence carries no English: what SQLite or the system said stays
//! in `Display`, for logs.

use std::collections::BTreeSet;
use std::io::{self, ErrorKind};

use navigator::message::{io_reason, Arg, Explain, Message};
use navigator::pin::PinError;
use navigator::report::ReportError;
use navigator::settings::{Expected, FileLine, Unit};
use navigator::store::{AuditAction, Field};
use navigator::{
    AnswerError, Locale, Localizer, QuestionKind, Settings, SettingsError, Store, StoreError,
};

use crate::support::{at, localizer, pack};

/// Format names a person types as they are, so a Chinese sentence may show them.
const TYPED_AS_THEY_ARE: [&str; 2] = ["JSON", "YYYY"];

/// Characters only simplified Chinese writes so (their traditional forms differ): none may
/// appear in a zh-TW sentence.
const SIMPLIFIED_ONLY: &str = "数据库这设误读写录开关删损坏无为过时间请输选择还机脑码个项条类\
                               从将样级认证访问权盘满与变储夹该错发现实际经组识别图动统没么";

/// Mainland terms that Taiwan says otherwise (程式, 資訊, 預設, 使用者, 資料夾).
const MAINLAND_TERMS: [&str; 5] = ["程序", "信息", "默认", "用户", "文件夹"];

/// Every message id a message uses, its own and its arguments'.
fn ids(m: &Message, out: &mut Vec<&'static str>) {
    out.push(m.id);
    for (_, arg) in &m.args {
        if let Arg::Said(inner) = arg {
            ids(inner, out);
        }
    }
}

/// The text arguments of a message and of its arguments: shown as they are, in any language.
fn passed_text(m: &Message, out: &mut Vec<String>) {
    for (_, arg) in &m.args {
        match arg {
            Arg::Text(t) => out.push(t.clone()),
            // The pack's words, in the reader's language: the sentence's own.
            Arg::Number(_) | Arg::Question(_) | Arg::Option(..) => {}
            Arg::Said(inner) => passed_text(inner, out),
        }
    }
}

/// The sentence without what was passed in as it is.
fn own_words(worded: &str, m: &Message) -> String {
    let mut passed = Vec::new();
    passed_text(m, &mut passed);
    // Longest first, so that a value inside another is not cut out of it first.
    passed.sort_by_key(|t| std::cmp::Reverse(t.len()));
    let mut own = worded.to_owned();
    for t in passed.iter().filter(|t| !t.is_empty()) {
        own = own.replace(t.as_str(), " ");
    }
    own
}

/// Runs of four or more ASCII letters: English words.
fn english_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 4 && !TYPED_AS_THEY_ARE.contains(w))
        .map(str::to_owned)
        .collect()
}

/// Checks one message in every locale, and returns its zh-CN wording.
fn check(loc: &Localizer, what: &str, m: &Message) -> String {
    let mut used = Vec::new();
    ids(m, &mut used);
    for locale in Locale::ALL {
        let known = Localizer::app_message_ids(locale);
        for id in &used {
            assert!(
                known.iter().any(|k| k == id),
                "{what}: {id} missing in {locale}"
            );
        }
        let worded = loc.say(locale, m);
        assert!(!worded.trim().is_empty(), "{what}: empty in {locale}");
        for id in &used {
            assert!(
                !worded.contains(id),
                "{what}: {id} left in {locale}: {worded}"
            );
        }
        assert!(
            !worded.contains("{$") && !worded.contains("{ $"),
            "{what}: an argument is missing in {locale}: {worded}"
        );
        let own = own_words(&worded, m);
        match locale {
            Locale::ZhCn | Locale::ZhTw => {
                let english = english_words(&own);
                assert!(
                    english.is_empty(),
                    "{what}: English {english:?} in {locale}: {worded}"
                );
            }
            Locale::En => assert!(
                !own.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{what}: Chinese in en: {worded}"
            ),
        }
        if locale == Locale::ZhTw {
            let simplified: String = own
                .chars()
                .filter(|c| SIMPLIFIED_ONLY.contains(*c))
                .collect();
            assert!(
                simplified.is_empty(),
                "{what}: simplified {simplified} in zh-TW: {worded}"
            );
            for term in MAINLAND_TERMS {
                assert!(!own.contains(term), "{what}: {term} in zh-TW: {worded}");
            }
        }
    }
    loc.say(Locale::ZhCn, m)
}

fn sqlite(code: std::os::raw::c_int) -> StoreError {
    StoreError::Sqlite(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(code),
        Some("database or disk is full (English, from SQLite)".into()),
    ))
}

/// A real migration error: a database whose schema is ahead of this version's.
fn newer_database() -> StoreError {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("newer.sqlite3");
    let conn = rusqlite::Connection::open(&path).expect("a database");
    conn.pragma_update(None, "user_version", 99)
        .expect("version");
    drop(conn);
    Store::open(&path).expect_err("too new")
}

/// The name of a variant. No wildcard: a new variant cannot be added without naming it here,
/// and then the test below asks for a sample of it.
fn store_variant(e: &StoreError) -> &'static str {
    match e {
        StoreError::Sqlite(_) => "Sqlite",
        StoreError::Newer { .. } => "Newer",
        StoreError::DataDir { .. } => "DataDir",
        StoreError::PathNotUtf8(_) => "PathNotUtf8",
        StoreError::NoSuchConsultation(_) => "NoSuchConsultation",
        StoreError::Damaged(_) => "Damaged",
        StoreError::NoConsent => "NoConsent",
        StoreError::TooLong { .. } => "TooLong",
        StoreError::Required { .. } => "Required",
        StoreError::NotYetErased => "NotYetErased",
        StoreError::Busy => "Busy",
    }
}

const STORE_VARIANTS: [&str; 11] = [
    "Sqlite",
    "Newer",
    "DataDir",
    "PathNotUtf8",
    "NoSuchConsultation",
    "Damaged",
    "NoConsent",
    "TooLong",
    "Required",
    "NotYetErased",
    "Busy",
];

fn store_errors() -> Vec<StoreError> {
    let mut errors: Vec<StoreError> = [
        rusqlite::ffi::SQLITE_FULL,
        rusqlite::ffi::SQLITE_READONLY,
        rusqlite::ffi::SQLITE_PERM,
        rusqlite::ffi::SQLITE_BUSY,
        rusqlite::ffi::SQLITE_LOCKED,
        rusqlite::ffi::SQLITE_CANTOPEN,
        rusqlite::ffi::SQLITE_NOTADB,
        rusqlite::ffi::SQLITE_CORRUPT,
        rusqlite::ffi::SQLITE_CONSTRAINT,
        rusqlite::ffi::SQLITE_IOERR,
        rusqlite::ffi::SQLITE_INTERNAL,
    ]
    .into_iter()
    .map(sqlite)
    .collect();
    errors.push(StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows));
    errors.push(newer_database());
    errors.extend(io_kinds().into_iter().map(|kind| StoreError::DataDir {
        path: "/srv/navigator".into(),
        source: io::Error::new(kind, "Operation not permitted (os error 1)"),
    }));
    errors.push(StoreError::PathNotUtf8("/media/kim/backup".into()));
    errors.push(StoreError::NoSuchConsultation(42));
    errors.push(StoreError::Damaged("records: follow_up \"maybe\"".into()));
    errors.push(StoreError::NoConsent);
    errors.push(StoreError::NotYetErased);
    errors.push(StoreError::Busy);
    for field in Field::ALL {
        errors.push(StoreError::TooLong { field, max: 200 });
        errors.push(StoreError::Required { field });
    }
    errors
}

/// Every kind of system error that `io_reason` tells apart.
fn io_kinds() -> Vec<ErrorKind> {
    vec![
        ErrorKind::NotFound,
        ErrorKind::PermissionDenied,
        ErrorKind::AlreadyExists,
        ErrorKind::StorageFull,
        ErrorKind::ReadOnlyFilesystem,
        ErrorKind::IsADirectory,
        ErrorKind::NotADirectory,
        ErrorKind::InvalidData,
        ErrorKind::FileTooLarge,
        ErrorKind::ResourceBusy,
        ErrorKind::Other,
    ]
}

#[test]
fn every_store_error_is_worded_in_every_locale_without_english_in_chinese() {
    let errors = store_errors();
    let covered: BTreeSet<&str> = errors.iter().map(store_variant).collect();
    assert_eq!(covered, STORE_VARIANTS.into_iter().collect());
    for e in &errors {
        let zh = check(localizer(), &format!("{e:?}"), &e.message());
        assert!(!zh.contains("SQLite") && !zh.contains("os error"), "{zh}");
    }
}

#[test]
fn every_system_error_kind_has_its_own_reason() {
    let reasons: BTreeSet<&str> = io_kinds()
        .into_iter()
        .map(|kind| io_reason(&io::Error::from(kind)).id)
        .collect();
    assert_eq!(reasons.len(), io_kinds().len(), "{reasons:?}");
}

#[test]
fn sqlite_errors_are_said_by_what_a_person_can_do_about_them() {
    for (code, id) in [
        (rusqlite::ffi::SQLITE_FULL, "error-store-disk-full"),
        (rusqlite::ffi::SQLITE_READONLY, "error-store-read-only"),
        (rusqlite::ffi::SQLITE_BUSY, "error-store-busy"),
        (rusqlite::ffi::SQLITE_LOCKED, "error-store-busy"),
        (rusqlite::ffi::SQLITE_CANTOPEN, "error-store-cannot-open"),
        (rusqlite::ffi::SQLITE_NOTADB, "error-store-damaged"),
        (rusqlite::ffi::SQLITE_CORRUPT, "error-store-damaged"),
        (rusqlite::ffi::SQLITE_CONSTRAINT, "error-store-refused"),
        (rusqlite::ffi::SQLITE_IOERR, "error-store-io"),
        (rusqlite::ffi::SQLITE_INTERNAL, "error-store-unexpected"),
    ] {
        assert_eq!(sqlite(code).message().id, id, "code {code}");
    }
    assert_eq!(newer_database().message().id, "error-store-newer");
}

#[test]
fn real_database_failures_get_their_own_words() {
    // A full disk: the database may not grow by a page.
    let store = Store::open_in_memory().expect("store");
    store.set_max_pages(1).expect("cap");
    let mut full = None;
    for _ in 0..1000 {
        if let Err(e) = store.start_consultation(Locale::ZhCn, pack(), at("2026-03-01T09:00:00Z")) {
            full = Some(e);
            break;
        }
    }
    let full = full.expect("the cap is reached");
    assert_eq!(full.message().id, "error-store-disk-full", "{full}");

    let dir = tempfile::tempdir().expect("temp dir");
    // A folder where the database file should be.
    let e = Store::open(dir.path()).expect_err("a folder is not a database");
    assert_eq!(e.message().id, "error-store-cannot-open", "{e}");
    // A file that is not a database.
    let garbage = dir.path().join("garbage.sqlite3");
    std::fs::write(&garbage, [0x55u8; 8192]).expect("written");
    let e = Store::open(&garbage).expect_err("not a database");
    assert_eq!(e.message().id, "error-store-damaged", "{e}");
    // A file where the data folder should be.
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, b"not a folder").expect("written");
    let e = Store::open(&blocker.join("data/navigator.sqlite3")).expect_err("no folder");
    let m = e.message();
    assert_eq!(m.id, "error-store-data-dir", "{e}");
    assert_eq!(
        m.arg("reason"),
        Some(&Arg::Said(Box::new(Message::new("io-not-a-directory"))))
    );
}

#[test]
fn a_refused_field_is_named_in_the_readers_language() {
    let e = StoreError::TooLong {
        field: Field::Name,
        max: 50,
    };
    let loc = localizer();
    assert_eq!(
        loc.say(Locale::ZhCn, &e.message()),
        "姓名太长（最多 50 个字）。"
    );
    assert_eq!(
        loc.say(Locale::En, &e.message()),
        "Name is too long (at most 50 characters)."
    );
    let e = StoreError::Required {
        field: Field::Department,
    };
    assert_eq!(loc.say(Locale::ZhTw, &e.message()), "請填寫部門。");
}

fn answer_variant(e: &AnswerError) -> &'static str {
    match e {
        AnswerError::Malformed { .. } => "Malformed",
        AnswerError::NotAnObject => "NotAnObject",
        AnswerError::UnknownQuestion(_) => "UnknownQuestion",
        AnswerError::AnsweredTwice(_) => "AnsweredTwice",
        AnswerError::WrongType { .. } => "WrongType",
        AnswerError::UnknownOption { .. } => "UnknownOption",
        AnswerError::TooFewChoices { .. } => "TooFewChoices",
        AnswerError::NotAlone { .. } => "NotAlone",
        AnswerError::OutOfRange { .. } => "OutOfRange",
        AnswerError::InvalidDate { .. } => "InvalidDate",
    }
}

#[test]
fn every_answer_error_is_worded_in_every_locale() {
    let q = || "has_ip".to_owned();
    let mut errors = vec![
        navigator::Answers::from_json(pack(), "{\"groups\": [").expect_err("malformed"),
        AnswerError::NotAnObject,
        AnswerError::UnknownQuestion("age".into()),
        AnswerError::AnsweredTwice(q()),
        AnswerError::UnknownOption {
            question: q(),
            value: "maybe".into(),
        },
        AnswerError::TooFewChoices {
            question: q(),
            min: 1,
        },
        AnswerError::NotAlone {
            question: "groups".into(),
            value: "other_person".into(),
        },
        AnswerError::OutOfRange {
            question: q(),
            value: "-1".into(),
        },
        AnswerError::InvalidDate {
            question: q(),
            value: "2026-02-30".into(),
        },
    ];
    for expected in [
        QuestionKind::Single,
        QuestionKind::Multi,
        QuestionKind::Bool,
        QuestionKind::Number,
        QuestionKind::Date,
    ] {
        errors.push(AnswerError::WrongType {
            question: q(),
            expected,
        });
    }
    let covered: BTreeSet<&str> = errors.iter().map(answer_variant).collect();
    assert_eq!(covered.len(), 10);
    for e in &errors {
        let zh = check(localizer(), &format!("{e:?}"), &e.message());
        // serde_json's own words ("EOF while parsing a list") stay out.
        assert!(!zh.contains("EOF") && !zh.contains("while"), "{zh}");
    }
}

#[test]
fn every_pin_error_is_worded_in_every_locale() {
    for e in [
        PinError::BadPin,
        PinError::TooShortForKiosk,
        PinError::BadHash("password hash string missing field".into()),
        PinError::Hash("getrandom: no entropy".into()),
    ] {
        check(localizer(), &format!("{e:?}"), &e.message());
    }
}

fn settings_variant(e: &SettingsError) -> &'static str {
    match e {
        SettingsError::Read { .. } => "Read",
        SettingsError::Parse { .. } => "Parse",
        SettingsError::BadValue { .. } => "BadValue",
        SettingsError::Write { .. } => "Write",
        SettingsError::AlreadyThere { .. } => "AlreadyThere",
    }
}

fn expected_variant(e: &Expected) -> &'static str {
    match e {
        Expected::OneOf(_) => "OneOf",
        Expected::WholeNumber(_) => "WholeNumber",
        Expected::Range { .. } => "Range",
        Expected::AbsolutePath => "AbsolutePath",
        Expected::TrueOrFalse => "TrueOrFalse",
        Expected::PinHash => "PinHash",
        Expected::PublicKey => "PublicKey",
        Expected::Key => "Key",
        Expected::PrinterName => "PrinterName",
    }
}

#[test]
fn every_settings_error_is_worded_in_every_locale_with_what_the_setting_takes() {
    let path = || "/home/kim/.local/share/navigator/settings.toml".to_owned();
    let expected = [
        Expected::OneOf(&["kiosk", "office", "personal"]),
        Expected::WholeNumber(Unit::Seconds),
        Expected::WholeNumber(Unit::Days),
        Expected::Range {
            min: 5,
            max: 3600,
            unit: Unit::Seconds,
        },
        Expected::Range {
            min: 1,
            max: 3650,
            unit: Unit::Days,
        },
        Expected::AbsolutePath,
        Expected::TrueOrFalse,
        Expected::PinHash,
        Expected::PublicKey,
        Expected::Key,
        Expected::PrinterName,
    ];
    assert_eq!(
        expected
            .iter()
            .map(expected_variant)
            .collect::<BTreeSet<_>>()
            .len(),
        9
    );
    let mut errors = vec![
        SettingsError::Read {
            path: path(),
            source: io::Error::new(ErrorKind::PermissionDenied, "Permission denied"),
        },
        SettingsError::Parse {
            path: path(),
            line: Some(FileLine {
                number: 3,
                text: "idel_seconds = 40".into(),
            }),
            message: "unknown field `idel_seconds`".into(),
        },
        SettingsError::Parse {
            path: path(),
            line: None,
            message: "the file is not UTF-8 text".into(),
        },
        SettingsError::Write {
            path: path(),
            source: io::Error::new(ErrorKind::ReadOnlyFilesystem, "Read-only file system"),
        },
        SettingsError::AlreadyThere { path: path() },
    ];
    errors.extend(
        expected
            .into_iter()
            .map(|expected| SettingsError::BadValue {
                setting: "idle_seconds".into(),
                value: "ninety".into(),
                expected,
            }),
    );
    let covered: BTreeSet<&str> = errors.iter().map(settings_variant).collect();
    assert_eq!(covered.len(), 5);
    for e in &errors {
        let zh = check(localizer(), &format!("{e:?}"), &e.message());
        assert!(
            !zh.contains("expected") && !zh.contains("unknown field"),
            "{zh}"
        );
    }
}

#[test]
fn a_bad_setting_says_what_it_takes_in_the_readers_language() {
    let e = Settings::from_toml("idle_seconds = 2\n", std::path::Path::new("settings.toml"))
        .expect_err("out of range");
    let loc = localizer();
    assert_eq!(
        loc.say(Locale::ZhCn, &e.message()),
        "设置 idle_seconds 的值“2”无效，应为：5 至 3600 秒。"
    );
    assert_eq!(
        loc.say(Locale::En, &e.message()),
        "The setting idle_seconds cannot be “2”: it must be 5 to 3600 seconds."
    );
}

#[test]
fn every_export_error_is_worded_in_every_locale() {
    for e in [
        ReportError::Store(StoreError::NoSuchConsultation(1)),
        ReportError::Write(io::Error::new(
            ErrorKind::StorageFull,
            "No space left on device",
        )),
        ReportError::Write(io::Error::other("zip: invalid archive")),
    ] {
        check(localizer(), &format!("{e:?}"), &e.message());
    }
}

#[test]
fn every_audit_action_is_worded_in_every_locale_and_an_unknown_one_shows_its_key() {
    for a in AuditAction::ALL {
        assert_eq!(AuditAction::parse(a.as_str()), a);
        check(localizer(), a.as_str(), &a.message());
    }
    let old = AuditAction::parse("delete");
    assert_eq!(old, AuditAction::Other("delete".into()));
    let zh = check(localizer(), "an unknown key", &old.message());
    assert!(zh.contains("delete"), "{zh}");
}
