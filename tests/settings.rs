//! Deployment settings: the file staff keep in the data directory, the environment overrides
//! that tests and deployment scripts use, and every way either can be wrong.

use std::collections::HashMap;
use std::path::Path;

use navigator::settings::{data_dir, FILE_NAME};
use navigator::{Mode, Settings, SettingsError};

/// An environment with just these variables.
fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    move |name: &str| map.get(name).cloned()
}

fn dir_with(text: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::write(dir.path().join(FILE_NAME), text).expect("the settings file is written");
    dir
}

#[test]
fn without_a_file_the_defaults_hold_personal_mode_and_the_issues_timings() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let s = Settings::load(dir.path(), env(&[])).expect("no file is not an error");
    assert_eq!(s.mode, Mode::Personal);
    assert_eq!(s.idle_seconds, 90);
    assert_eq!(s.idle_countdown_seconds, 15);
}

#[test]
fn a_data_directory_that_does_not_exist_or_cannot_be_one_means_the_defaults() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let missing = dir.path().join("not/yet");
    assert_eq!(
        Settings::load(&missing, env(&[])).expect("defaults"),
        Settings::default()
    );
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "a file where the data folder should be").expect("written");
    let s = Settings::load(&blocker.join("data"), env(&[("NAVIGATOR_MODE", "kiosk")]))
        .expect("defaults, with the environment");
    assert_eq!(s.mode, Mode::Kiosk);
}

#[test]
fn a_file_need_only_name_what_differs() {
    let dir = dir_with(b"mode = \"kiosk\"\nidle_seconds = 40\n");
    let s = Settings::load(dir.path(), env(&[])).expect("a valid file");
    assert_eq!(s.mode, Mode::Kiosk);
    assert_eq!(s.idle_seconds, 40);
    assert_eq!(
        s.idle_countdown_seconds, 15,
        "the unnamed setting keeps its default"
    );
}

#[test]
fn the_environment_overrides_the_file_and_empty_values_count_as_unset() {
    let dir = dir_with(b"mode = \"office\"\nidle_seconds = 40\n");
    let s = Settings::load(
        dir.path(),
        env(&[
            ("NAVIGATOR_MODE", "kiosk"),
            ("NAVIGATOR_IDLE_SECONDS", ""),
            ("NAVIGATOR_IDLE_COUNTDOWN_SECONDS", " 5 "),
        ]),
    )
    .expect("valid overrides");
    assert_eq!(s.mode, Mode::Kiosk);
    assert_eq!(
        s.idle_seconds, 40,
        "an empty variable leaves the file's value"
    );
    assert_eq!(s.idle_countdown_seconds, 5);
}

#[test]
fn a_mistyped_setting_name_is_refused_by_name_not_ignored() {
    let dir = dir_with(b"mode = \"kiosk\"\nidel_seconds = 40\n");
    match Settings::load(dir.path(), env(&[])) {
        Err(SettingsError::Parse {
            path,
            line,
            message,
        }) => {
            assert!(path.ends_with(FILE_NAME), "{path}");
            assert!(message.contains("idel_seconds"), "{message}");
            // Staff are shown the line as they wrote it, whatever their language.
            let line = line.expect("the line is known");
            assert_eq!((line.number, line.text.as_str()), (2, "idel_seconds = 40"));
        }
        other => panic!("expected a parse error, got {other:?}"),
    }
}

#[test]
fn an_unknown_mode_is_refused_in_the_file_and_in_the_environment() {
    let dir = dir_with(b"mode = \"museum\"\n");
    match Settings::load(dir.path(), env(&[])) {
        Err(SettingsError::BadValue { setting, value, .. }) => {
            assert_eq!((setting.as_str(), value.as_str()), ("mode", "museum"));
        }
        other => panic!("expected a bad value, got {other:?}"),
    }
    let empty = tempfile::tempdir().expect("a temporary directory");
    match Settings::load(empty.path(), env(&[("NAVIGATOR_MODE", "Kiosk")])) {
        Err(SettingsError::BadValue { setting, value, .. }) => {
            assert_eq!(setting, "mode");
            assert_eq!(
                value, "Kiosk",
                "modes are lower case, and the value is quoted back"
            );
        }
        other => panic!("expected a bad value, got {other:?}"),
    }
}

#[test]
fn times_out_of_range_or_not_numbers_are_refused() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (name, value) in [
        ("NAVIGATOR_IDLE_SECONDS", "0"),
        ("NAVIGATOR_IDLE_SECONDS", "4"),
        ("NAVIGATOR_IDLE_SECONDS", "3601"),
        ("NAVIGATOR_IDLE_SECONDS", "ninety"),
        ("NAVIGATOR_IDLE_SECONDS", "-5"),
        ("NAVIGATOR_IDLE_SECONDS", "1e9"),
        ("NAVIGATOR_IDLE_COUNTDOWN_SECONDS", "2"),
        ("NAVIGATOR_IDLE_COUNTDOWN_SECONDS", "99999999999"),
    ] {
        let got = Settings::load(dir.path(), env(&[(name, value)]));
        assert!(
            matches!(got, Err(SettingsError::BadValue { .. })),
            "{name}={value} gave {got:?}"
        );
    }
    // The boundaries themselves are allowed.
    let s = Settings::load(
        dir.path(),
        env(&[
            ("NAVIGATOR_IDLE_SECONDS", "5"),
            ("NAVIGATOR_IDLE_COUNTDOWN_SECONDS", "300"),
        ]),
    )
    .expect("the boundaries are valid");
    assert_eq!((s.idle_seconds, s.idle_countdown_seconds), (5, 300));
    let in_file = dir_with(b"idle_seconds = 2\n");
    assert!(matches!(
        Settings::load(in_file.path(), env(&[])),
        Err(SettingsError::BadValue { .. })
    ));
}

#[test]
fn a_file_that_is_not_text_or_not_toml_is_a_parse_error() {
    for bytes in [&b"\xff\xfe\x00mode"[..], b"mode = kiosk", b"[mode"] {
        let dir = dir_with(bytes);
        assert!(
            matches!(
                Settings::load(dir.path(), env(&[])),
                Err(SettingsError::Parse { .. })
            ),
            "{bytes:?}"
        );
    }
}

#[test]
fn saved_settings_read_back_the_same_and_leave_no_partial_file() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let nested = dir.path().join("not/yet/there");
    let s = Settings {
        mode: Mode::Office,
        idle_seconds: 120,
        idle_countdown_seconds: 20,
        results_idle_seconds: 240,
        staff_pin: Some(navigator::pin::hash_pin("2468").expect("a valid PIN")),
        trusted_keys: vec![navigator::pack::archive::SigningKey::generate()
            .expect("a key")
            .public_key()
            .to_string()],
        allow_unsigned_packs: true,
        retention_days: 90,
        export_dir: Some(dir.path().join("exports")),
        pack_import_dirs: vec![dir.path().join("usb"), dir.path().join("share")],
        county: Some("shanyin".into()),
        read_aloud: true,
        printer: Some("HP LaserJet 柜台 2".into()),
    };
    s.save(&nested).expect("saved");
    assert_eq!(Settings::load(&nested, env(&[])).expect("read back"), s);
    let mut names: Vec<_> = std::fs::read_dir(&nested)
        .expect("the directory exists")
        .map(|e| e.expect("an entry").file_name())
        .collect();
    names.sort();
    // The settings and the lock writers take turns on; no part file.
    assert_eq!(
        names,
        vec![
            std::ffi::OsString::from(navigator::settings::LOCK_FILE),
            std::ffi::OsString::from(FILE_NAME)
        ]
    );
}

#[test]
fn invalid_settings_are_not_saved() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let s = Settings {
        idle_seconds: 1,
        ..Settings::default()
    };
    assert!(s.save(dir.path()).is_err());
    assert!(!dir.path().join(FILE_NAME).exists());
}

#[test]
fn the_data_directory_comes_from_the_environment_when_set() {
    assert_eq!(
        data_dir(env(&[("NAVIGATOR_DATA_DIR", "/srv/navigator")])).as_deref(),
        Some(Path::new("/srv/navigator"))
    );
    let default = data_dir(env(&[("NAVIGATOR_DATA_DIR", "")]));
    if let Some(d) = default {
        assert!(d.ends_with("navigator"), "{}", d.display());
    }
}

#[test]
fn a_staff_pin_that_is_not_a_hash_is_refused() {
    let dir = dir_with(b"staff_pin = \"1234\"\n");
    match Settings::load(dir.path(), env(&[])) {
        Err(SettingsError::BadValue { setting, .. }) => assert_eq!(setting, "staff_pin"),
        other => panic!("expected a bad value, got {other:?}"),
    }
}

#[test]
fn a_trusted_key_that_is_not_a_key_is_refused() {
    let dir = dir_with(b"trusted_keys = [\"not base64!\"]\n");
    match Settings::load(dir.path(), env(&[])) {
        Err(SettingsError::BadValue { setting, .. }) => assert_eq!(setting, "trusted_keys"),
        other => panic!("expected a bad value, got {other:?}"),
    }
}

#[test]
fn the_results_keep_a_kiosk_awake_longer_and_never_shorter_than_a_question() {
    // issue #14: a person scanning the QR code is not touching the screen.
    let dir = tempfile::tempdir().expect("a temporary directory");
    let s = Settings::load(dir.path(), env(&[])).expect("defaults");
    assert_eq!(s.results_idle_seconds, 180);
    assert!(s.results_idle() > s.idle_seconds);
    let s = Settings::load(
        dir.path(),
        env(&[
            ("NAVIGATOR_IDLE_SECONDS", "600"),
            ("NAVIGATOR_RESULTS_IDLE_SECONDS", "30"),
        ]),
    )
    .expect("valid");
    assert_eq!(
        s.results_idle(),
        600,
        "never shorter than the questions' idle time"
    );
    let in_file = dir_with(b"results_idle_seconds = 4\n");
    assert!(matches!(
        Settings::load(in_file.path(), env(&[])),
        Err(SettingsError::BadValue { .. })
    ));
}

#[test]
fn read_aloud_is_read_from_the_file_and_a_bad_value_leaves_it_off_and_is_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join(FILE_NAME),
        "mode = \"kiosk\"\nread_aloud = true\n",
    )
    .expect("written");
    let on = Settings::read(Some(dir.path()), env(&[]));
    assert!(
        on.settings.read_aloud && on.problems.is_empty(),
        "{:?}",
        on.problems
    );
    std::fs::write(
        dir.path().join(FILE_NAME),
        "mode = \"kiosk\"\nread_aloud = \"yes\"\n",
    )
    .expect("written");
    let bad = Settings::read(Some(dir.path()), env(&[]));
    assert!(
        !bad.settings.read_aloud,
        "a bad value turned reading aloud on"
    );
    assert!(bad.fell_back("read_aloud"), "{:?}", bad.problems);
    assert_eq!(
        bad.settings.mode,
        Mode::Kiosk,
        "one bad value costs only itself"
    );
    assert!(
        bad.problems
            .iter()
            .any(|p| p.to_string().contains("read_aloud")),
        "{:?}",
        bad.problems
    );
}
