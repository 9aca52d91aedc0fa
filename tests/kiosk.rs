//! A kiosk fails closed and forgets: bad settings never make it less locked down, Start over
//! wipes the last person as the idle timer does, a start wipes what a crash left behind, and
//! the app holds its data folder alone before it opens the database.

use std::path::Path;

use navigator::desk::{Desk, DeskError, Opening};
use navigator::present::Notice;
use navigator::settings::FILE_NAME;
use navigator::{Locale, Mode, Store};

fn settings(dir: &Path, text: &str) {
    std::fs::write(dir.join(FILE_NAME), text).expect("settings written");
}

/// The desktop app's desk on `dir`, with this environment.
fn app(dir: &Path, env: fn(&str) -> Option<String>) -> Result<Desk, DeskError> {
    Desk::open(Opening {
        data_dir: Some(dir.to_path_buf()),
        env,
        one_instance: true,
        ..Opening::default()
    })
}

/// The consultations in the database, and how many the monthly figures count as started.
fn stored(dir: &Path) -> (usize, i64) {
    let store = Store::open(&dir.join("navigator.sqlite3")).expect("opens");
    let ids = store.consultation_ids().expect("ids").len();
    let started = store
        .statistics(crate::support::pack(), Default::default())
        .expect("figures")
        .consultations as i64;
    (ids, started)
}

fn chosen(v: &str) -> Vec<String> {
    vec![v.to_owned()]
}

#[test]
fn a_kiosk_start_wipes_the_consultation_a_crash_left_and_keeps_the_figures() {
    let dir = tempfile::tempdir().expect("temp dir");
    settings(dir.path(), "mode = \"kiosk\"\n");
    let desk = app(dir.path(), |_| None).expect("opens");
    desk.start(Locale::ZhCn);
    desk.answer("groups", &chosen("veteran")).expect("answered");
    // The power goes: no idle wipe, no Start over.
    drop(desk);
    assert_eq!(stored(dir.path()), (1, 1));
    let desk = app(dir.path(), |_| None).expect("opens again");
    assert_eq!(
        stored(dir.path()),
        (0, 1),
        "gone, and still counted in the month"
    );
    drop(desk);
}

#[test]
fn start_over_at_a_kiosk_wipes_the_last_person_even_from_the_results() {
    let dir = tempfile::tempdir().expect("temp dir");
    settings(dir.path(), "mode = \"kiosk\"\n");
    let desk = app(dir.path(), |_| None).expect("opens");
    desk.start(Locale::En);
    desk.answer("groups", &chosen("veteran")).expect("answered");
    desk.results();
    assert_eq!(stored(dir.path()).0, 1);
    desk.start(Locale::ZhCn);
    assert_eq!(stored(dir.path()), (0, 1));
}

#[test]
fn a_kiosk_start_leaves_an_offices_consultations_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    settings(dir.path(), "mode = \"office\"\n");
    let office = app(dir.path(), |_| None).expect("opens");
    office
        .answer("groups", &chosen("veteran"))
        .expect("answered");
    office.start(Locale::ZhCn);
    drop(office);
    // The mode is switched, or cannot be read any more: the office's log stays.
    settings(dir.path(), "mode = \"kiosk\"\n");
    drop(app(dir.path(), |_| None).expect("opens"));
    settings(dir.path(), "mode = \"kioks\"\n");
    drop(app(dir.path(), |_| None).expect("opens"));
    assert_eq!(stored(dir.path()).0, 1);
}

#[test]
fn a_second_app_on_one_data_folder_is_refused_before_it_opens_the_database() {
    let dir = tempfile::tempdir().expect("temp dir");
    let first = app(dir.path(), |_| None).expect("opens");
    let db = dir.path().join("navigator.sqlite3");
    let before = std::fs::metadata(&db).expect("there").modified().ok();
    assert!(matches!(
        app(dir.path(), |_| None),
        Err(DeskError::AlreadyRunning)
    ));
    assert_eq!(
        std::fs::metadata(&db).expect("there").modified().ok(),
        before
    );
    // The CLI, beside it, is not refused.
    Desk::open(Opening {
        data_dir: Some(dir.path().to_path_buf()),
        env: |_| None,
        ..Opening::default()
    })
    .expect("the CLI opens");
    drop(first);
    app(dir.path(), |_| None).expect("free again");
}

/// What a kiosk's window and screens do under these settings and environment.
fn behaviour(text: &str, env: fn(&str) -> Option<String>) -> (Mode, bool, Vec<Notice>) {
    let dir = tempfile::tempdir().expect("temp dir");
    settings(dir.path(), text);
    let desk = app(dir.path(), env).expect("opens");
    let rules = desk.window_rules();
    assert_eq!(rules.cover_screen, desk.settings().mode == Mode::Kiosk);
    assert_eq!(
        rules.new_page_each_person,
        desk.settings().mode == Mode::Kiosk
    );
    (
        desk.settings().mode,
        desk.resumable(Locale::En).is_none(),
        desk.notices().to_vec(),
    )
}

#[test]
fn bad_settings_never_make_a_kiosk_less_locked_down() {
    // issue #15: any bad value made the app run with the defaults — a personal PC's window
    // without lock-down, idle wipe or PIN, offering the last person's answers.
    let hash = navigator::pin::hash_pin("246813").expect("a PIN");
    let file = format!("mode = \"kiosk\"\nstaff_pin = \"{hash}\"\nidle_seconds = 2\n");
    let dir = tempfile::tempdir().expect("temp dir");
    settings(dir.path(), &file);
    let desk = app(dir.path(), |_| None).expect("opens");
    let s = desk.settings();
    assert_eq!(s.mode, Mode::Kiosk);
    assert_eq!(s.staff_pin.as_deref(), Some(hash.as_str()), "the PIN stays");
    assert_eq!(s.idle_seconds, 90, "only the bad one falls back");
    assert!(desk
        .notices()
        .iter()
        .any(|n| matches!(n, Notice::BadSettings { .. })));
    drop(desk);

    // One bad environment variable costs only itself.
    let (mode, no_resume, _) = behaviour("", |name| match name {
        "NAVIGATOR_MODE" => Some("kiosk".into()),
        "NAVIGATOR_IDLE_SECONDS" => Some("2".into()),
        _ => None,
    });
    assert_eq!((mode, no_resume), (Mode::Kiosk, true));

    // A mode that cannot be read is a kiosk's, and the notice says why.
    for (text, env) in [
        (
            "mode = \"kiosk\"\n",
            (|name: &str| (name == "NAVIGATOR_MODE").then(|| "kiosk-ish".to_owned()))
                as fn(&str) -> Option<String>,
        ),
        ("mode = \"Kiosk\"\n", |_| None),
        ("mode = kiosk\n", |_| None),
        ("mdoe = \"office\"\n", |_| None),
        ("idle_seconds = [\n", |_| None),
    ] {
        let (mode, no_resume, notices) = behaviour(text, env);
        assert_eq!((mode, no_resume), (Mode::Kiosk, true), "{text}");
        assert!(notices.contains(&Notice::LockedDown), "{text}: {notices:?}");
    }
    // A line that can still be read keeps its mode, though another line is broken.
    let (mode, _, notices) = behaviour("mode = \"office\"\nidle_seconds = [\n", |_| None);
    assert_eq!(mode, Mode::Office);
    assert!(!notices.contains(&Notice::LockedDown));
    // Valid settings are what they say; a valid environment still decides.
    assert_eq!(behaviour("mode = \"office\"\n", |_| None).0, Mode::Office);
    assert_eq!(
        behaviour("mode = \"kiosk\"\n", |name| (name == "NAVIGATOR_MODE")
            .then(|| "personal".to_owned()))
        .0,
        Mode::Personal
    );
    assert_eq!(behaviour("", |_| None).0, Mode::Personal);
}

// issue #15: a kiosk's PIN has at least six digits only when it was set in kiosk mode; a PIN
// set short with `set-pin` in an office's settings still opened the kiosk the same folder
// became with NAVIGATOR_MODE=kiosk.
#[test]
fn a_kiosk_refuses_a_short_pin_even_when_it_is_the_one_set() {
    let short = navigator::pin::hash_pin("2468").expect("a PIN");
    let dir = tempfile::tempdir().expect("temp dir");
    settings(
        dir.path(),
        &format!("mode = \"office\"\nstaff_pin = \"{short}\"\n"),
    );
    let kiosk = app(dir.path(), |name| {
        (name == "NAVIGATOR_MODE").then(|| "kiosk".to_owned())
    })
    .expect("opens");
    assert_eq!(kiosk.settings().mode, Mode::Kiosk);
    for _ in 0..6 {
        assert!(matches!(
            kiosk.sign_in("2468"),
            Err(DeskError::KioskPinTooShort { min: 6 })
        ));
    }
    assert!(!kiosk.signed_in());
    drop(kiosk);

    // The same folder as the office it was set up for: the PIN works there, and the short
    // tries at the kiosk were not counted against it (none was checked).
    let office = app(dir.path(), |_| None).expect("opens");
    assert_eq!(office.settings().mode, Mode::Office);
    office.sign_in("2468").expect("the office's PIN");
    assert!(office.signed_in());
    drop(office);

    // A kiosk PIN of six digits or more signs in as before.
    let long = navigator::pin::hash_kiosk_pin("246813").expect("a PIN");
    settings(
        dir.path(),
        &format!("mode = \"kiosk\"\nstaff_pin = \"{long}\"\n"),
    );
    let kiosk = app(dir.path(), |_| None).expect("opens");
    kiosk.sign_in("246813").expect("a kiosk's PIN");
    assert!(kiosk.signed_in());
}

// A second start on the same folder ends at once; the desktop shell says why on its standard
// error in the product's first language (it printed the error's English description).
#[test]
fn a_refusal_to_start_is_said_in_chinese_after_the_installation_is_given_up() {
    let said = navigator::desk::say_at_start(&DeskError::AlreadyRunning);
    let expected = crate::support::localizer().say(
        Locale::ZhCn,
        &navigator::message::Message::new("error-app-already-running"),
    );
    assert_eq!(said, expected);
    assert!(!said.contains("already running"), "{said}");
}
