//! Reading aloud through Tauri's own dispatch (the mock runtime), with a recording voice in
//! place of the system's: what reaches the voice, and what never does.

use serde_json::json;
use tauri::test::{mock_builder, mock_context, noop_assets, MockRuntime};
use tauri::{WebviewWindow, WebviewWindowBuilder};

use navigator::clock::Clock;
use navigator::desk::Desk;
use navigator::Settings;

use crate::ipc_tests::call;
use crate::voice::{Recorder, Speaker, Voice};

/// The app with a recorder writing to a file of its own; the file's path.
fn app() -> (
    WebviewWindow<MockRuntime>,
    std::path::PathBuf,
    tempfile_dir::Dir,
) {
    let dir = tempfile_dir::Dir::new();
    let log = dir.0.join("speech.log");
    let window = app_with(Speaker::new(Box::new(Recorder::new(log.clone()))));
    (window, log, dir)
}

/// A computer with no voice at all (no speech engine, or none for any language).
struct NoVoice;

impl Voice for NoVoice {
    fn can_speak(&self, _: navigator::Locale) -> bool {
        false
    }
    fn speak(&self, _: navigator::Locale, _: &str) -> bool {
        false
    }
    fn stop(&self) {}
}

fn app_with(speaker: Speaker) -> WebviewWindow<MockRuntime> {
    let desk = Desk::in_memory(Settings::default(), Clock::system()).expect("the pack loads");
    let app = crate::with_commands(mock_builder().manage(desk).manage(speaker))
        .build(mock_context(noop_assets()))
        .expect("the mock app builds");
    WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("a window")
}

/// A folder removed when dropped (the shell has no tempfile dependency).
mod tempfile_dir {
    pub struct Dir(pub std::path::PathBuf);
    impl Dir {
        pub fn new() -> Dir {
            static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
            let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let path =
                std::env::temp_dir().join(format!("navigator-speech-{}-{n}", std::process::id()));
            std::fs::create_dir_all(&path).expect("a folder");
            Dir(path)
        }
    }
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

fn heard(log: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn speaking_the_screen_hands_the_first_question_to_the_voice_and_stop_stops_it() {
    let (window, log, _dir) = app();
    call(&window, "start", json!({"locale": "zh-CN"})).expect("started");
    let said = call(&window, "speak_screen", json!({"locale": "zh-CN"})).expect("spoken");
    assert_eq!(said["spoken"], true, "{said}");
    // How long it takes to say, for the kiosk's idle clock: some seconds, not none.
    assert!(
        said["seconds"]
            .as_u64()
            .is_some_and(|s| (5..120).contains(&s)),
        "{said}"
    );
    assert!(
        said["sentences"][1]
            .as_str()
            .is_some_and(|s| s.starts_with("第一项，")),
        "{said}"
    );
    call(&window, "stop_speaking", json!({})).expect("stopped");
    let lines = heard(&log);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].starts_with("speak zh-CN 下面哪些说的是您？第一项，"),
        "{lines:?}"
    );
    assert_eq!(lines[1], "stop");
}

#[test]
fn the_answer_given_is_never_handed_to_the_voice() {
    let (window, log, _dir) = app();
    call(&window, "start", json!({"locale": "en"})).expect("started");
    call(
        &window,
        "answer",
        json!({"question": "groups", "chosen": ["veteran"]}),
    )
    .expect("answered");
    call(&window, "back", json!({})).expect("back");
    let again = call(&window, "speak_screen", json!({"locale": "en"})).expect("spoken");
    call(&window, "start", json!({"locale": "en"})).expect("started");
    let fresh = call(&window, "speak_screen", json!({"locale": "en"})).expect("spoken");
    assert_eq!(
        again["sentences"], fresh["sentences"],
        "the answer given changed what is said"
    );
    assert_eq!(heard(&log).len(), 2);
}

#[test]
fn a_card_is_refused_before_the_results_and_the_countdown_is_spoken_with_its_seconds() {
    let (window, log, _dir) = app();
    call(&window, "start", json!({"locale": "en"})).expect("started");
    let e = call(
        &window,
        "speak_card",
        json!({"locale": "en", "measure": "ip-training"}),
    )
    .expect_err("no results on screen");
    assert_eq!(e["code"], "bad_request", "{e}");
    let said = call(
        &window,
        "speak_countdown",
        json!({"locale": "en", "seconds": 15}),
    )
    .expect("spoken");
    assert!(
        said["sentences"][0]
            .as_str()
            .is_some_and(|s| s.contains("15")),
        "{said}"
    );
    assert_eq!(heard(&log).len(), 1, "only the countdown was spoken");
    assert_eq!(
        call(&window, "read_aloud_available", json!({"locale": "zh-TW"})).expect("answered"),
        true
    );
}

#[test]
fn without_a_voice_the_switch_is_told_so_and_speaking_is_no_error() {
    let window = app_with(Speaker::new(Box::new(NoVoice)));
    call(&window, "start", json!({"locale": "zh-CN"})).expect("started");
    for locale in ["zh-CN", "zh-TW", "en"] {
        let available = call(&window, "read_aloud_available", json!({"locale": locale}));
        assert_eq!(available.expect("answered"), false, "{locale}");
    }
    let said = call(&window, "speak_screen", json!({"locale": "zh-CN"})).expect("no refusal");
    assert_eq!(said["spoken"], false, "{said}");
    call(&window, "stop_speaking", json!({})).expect("no refusal");
    // The consultation goes on as if nothing had been asked.
    let step = call(
        &window,
        "answer",
        json!({"question": "groups", "chosen": ["veteran"]}),
    );
    assert!(step.is_ok(), "{step:?}");
}
