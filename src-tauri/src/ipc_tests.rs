//! Every IPC command, called through Tauri's own dispatch (the mock runtime) with random and
//! malformed arguments: unknown ids, wrong JSON types, huge strings, out-of-range numbers,
//! impossible dates. Each call must come back as a value or a typed refusal — never a panic,
//! never a hang — and the app must still serve the next applicant afterwards.

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, Invoke, InvokeBody};
use tauri::test::{
    get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY,
};
use tauri::webview::InvokeRequest;
use tauri::{Manager, State, WebviewWindow, WebviewWindowBuilder};

use navigator::clock::Clock;
use navigator::desk::{Desk, ErrorCode};
use navigator::Settings;

use crate::dto::{ErrorCodeDto, IpcError, ScreenDto};

pub(crate) fn app() -> WebviewWindow<tauri::test::MockRuntime> {
    app_with(Desk::in_memory(Settings::default(), Clock::system()).expect("the pack loads"))
}

/// The app with staff signed in with the PIN, for the staff commands.
pub(crate) fn staff_app() -> WebviewWindow<tauri::test::MockRuntime> {
    let settings = Settings {
        staff_pin: Some(navigator::pin::hash_pin("2468").expect("a valid PIN")),
        ..Settings::default()
    };
    let desk = Desk::in_memory(settings, Clock::system()).expect("the pack loads");
    desk.sign_in("2468").expect("signed in");
    app_with(desk)
}

/// The code the UI receives for `code`, as it is on the wire.
pub(crate) fn wire(code: ErrorCode) -> String {
    let dto = ErrorCodeDto::from(code);
    serde_json::to_value(dto)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .expect("a code is a string")
}

pub(crate) fn app_with(desk: Desk) -> WebviewWindow<tauri::test::MockRuntime> {
    let app_commands = crate::commands_handler();
    let planted = planted_handler();
    let app = mock_builder()
        .manage(desk)
        .manage(crate::voice::Speaker::new(Box::new(
            crate::voice::Recorder::new(
                std::env::temp_dir()
                    .join(format!("navigator-ipc-speech-{}.log", std::process::id())),
            ),
        )))
        .invoke_handler(
            move |invoke: Invoke<MockRuntime>| match invoke.message.command() {
                "planted_panic" => planted(invoke),
                _ => app_commands(invoke),
            },
        )
        .build(mock_context(noop_assets()))
        .expect("the mock app builds");
    WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("a window")
}

/// A command with a bug: it panics in the middle of the desk's call. It exists only in these
/// tests (this module is `#[cfg(test)]`); the app's handler does not know its name.
#[tauri::command]
async fn planted_panic(desk: State<'_, Desk>) -> Result<ScreenDto, IpcError> {
    crate::commands::on_screen(&desk, || -> navigator::desk::Result<ScreenDto> {
        panic!("a planted bug")
    })
}

fn planted_handler() -> impl Fn(Invoke<MockRuntime>) -> bool + Send + Sync {
    tauri::generate_handler![planted_panic]
}

/// Calls `cmd` with `args` as the web UI would.
pub(crate) fn call(
    window: &WebviewWindow<tauri::test::MockRuntime>,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("a URL"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().expect("a reply is JSON"))
}

/// A refusal is either the shell's `{code, message}` or Tauri's own message for arguments that
/// do not fit the command's signature; either way one readable line, no panic.
fn assert_typed_refusal(cmd: &str, e: &Value) {
    let text = match e {
        Value::Object(o) => {
            let code = o.get("code").and_then(Value::as_str).unwrap_or("");
            assert!(
                ErrorCode::ALL.into_iter().any(|c| wire(c) == code),
                "{cmd}: unknown code in {e}"
            );
            o.get("message")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned()
        }
        Value::String(s) => s.clone(),
        other => {
            panic!("{cmd}: a refusal that is neither a message nor {{code, message}}: {other}")
        }
    };
    assert!(!text.trim().is_empty(), "{cmd}: an empty refusal");
    assert!(!text.contains("panicked"), "{cmd}: {text}");
}

/// JSON values of every shape, with the awkward ones weighted in.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from), // NaN and infinities become null, as in JSON
        prop_oneof![Just(1e308), Just(-1e308), Just(f64::MIN_POSITIVE)].prop_map(Value::from),
        ".{0,40}".prop_map(Value::from),
        "[a-z_]{1,20}".prop_map(Value::from),
        prop_oneof![
            Just("2021-02-30"),
            Just("2021-13-01"),
            Just("0000-00-00"),
            Just("zh-CN"),
            Just("veteran"),
            Just("groups"),
            Just("county"),
            Just("pinglu"),
        ]
        .prop_map(Value::from),
        (1usize..5).prop_map(|n| Value::from("长".repeat(n * 25_000))),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,10}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A question id: mostly real ones, sometimes not.
fn question_id() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "groups", "activity", "county", "has_ip", "contest_level", "tech_field",
            "enterprise_kind", "incubator_level",
        ])
        .prop_map(Value::from),
        1 => any_json(),
    ]
}

/// A value a screen might send as chosen: mostly real option values, sometimes not.
fn chosen_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "veteran", "graduate", "migrant_worker", "enterprise", "true", "false", "pinglu",
            "provincial", "none", "2021-02-30", "1e308", "",
        ])
        .prop_map(Value::from),
        1 => ".{0,40}".prop_map(Value::from),
    ]
}

/// One IPC call: a command name and its arguments (some well-formed, some not).
fn any_call() -> impl Strategy<Value = (&'static str, Value)> {
    let locale = prop_oneof![
        3 => prop::sample::select(vec!["zh-CN", "zh-TW", "en"]).prop_map(Value::from),
        1 => any_json(),
    ];
    prop_oneof![
        1 => locale.clone().prop_map(|l| ("texts", json!({ "locale": l }))),
        1 => locale.clone().prop_map(|l| ("boot", json!({ "locale": l }))),
        1 => Just(("boot", json!({}))),
        1 => locale.clone().prop_map(|l| ("start", json!({ "locale": l }))),
        1 => locale.prop_map(|l| ("screen", json!({ "locale": l }))),
        4 => (question_id(), any_json())
            .prop_map(|(q, v)| ("answer", json!({ "question": q, "chosen": v }))),
        2 => (question_id(), prop::collection::vec(chosen_value(), 0..4))
            .prop_map(|(q, v)| ("answer", json!({ "question": q, "chosen": v }))),
        1 => Just(("back", json!({}))),
        1 => question_id().prop_map(|q| ("question", json!({ "id": q }))),
        1 => Just(("finish", json!({}))),
        1 => Just(("ready", json!({}))),
        1 => Just(("wipe", json!({}))),
        1 => Just(("resumable", json!({"locale": "en"}))),
        1 => Just(("resume", json!({"locale": "zh-TW"}))),
        1 => any_json().prop_map(|args| ("resume", args)),
        1 => any_json().prop_map(|pin| ("staff_sign_in", json!({"locale": "en", "pin": pin}))),
        1 => Just(("staff_quit", json!({"locale": "en"}))),
        1 => any_json().prop_map(|args| ("wipe", args)),
        1 => any_json().prop_map(|args| ("answer", args)),
        1 => any_json().prop_map(|args| ("screen", args)),
        1 => Just(("planted_panic", json!({}))),
        2 => voice_call(),
        2 => staff_call(),
    ]
}

/// A read-aloud command with random arguments (the voice is the tests' recorder).
fn voice_call() -> impl Strategy<Value = (&'static str, Value)> {
    let name = prop::sample::select(vec![
        "read_aloud_available",
        "speak_question",
        "speak_screen",
        "speak_card",
        "speak_countdown",
        "stop_speaking",
    ]);
    let args = prop_oneof![
        any_json(),
        (any_json(), any_json()).prop_map(|(id, n)| json!({"locale": "en", "measure": id,
            "question": id, "seconds": n})),
    ];
    (name, args)
}

/// A staff command with random arguments.
fn staff_call() -> impl Strategy<Value = (&'static str, Value)> {
    let name = prop::sample::select(vec![
        "staff_sign_out",
        "packs",
        "pack_preview",
        "pack_install",
        "pack_rollback",
        "record",
        "record_save",
        "log",
        "consultation",
        "erase",
        "stats",
        "export",
        "directory",
        "directory_save",
        "audit_log",
        "setup",
        "setup_change",
        "setup_first",
        "list_files",
        "list_open",
        "list_screen",
        "list_cancel",
    ]);
    let args = prop_oneof![
        any_json(),
        (any_json(), any_json()).prop_map(|(id, v)| json!({"locale": "en", "id": id, "path": v,
            "county": v, "from": v, "to": v, "what": v, "format": v})),
        (any_json(), any::<bool>(), any_json()).prop_map(|(v, consent, s)| json!({
            "locale": "zh-CN",
            "record": {"consent": consent, "name": v, "phone": s, "note": s, "follow_up": v},
            "query": {"from": v, "to": s, "group": v, "measure": s, "follow_up": v, "name": s},
            "entry": {"department": v, "phone": s, "address": s, "hours": v},
            "county": s,
            "form": {"mode": v, "pin": s, "pin_again": s, "county": v, "export_dir": s},
        })),
    ];
    (name, args)
}

/// The commands no random sequence sends, each because it acts on the computer itself: a print
/// dialog, a PDF file in the export folder, a file manager, the app started again. Each has
/// tests of its own.
const NOT_SENT_AT_RANDOM: [&str; 4] = ["print", "printout_save", "export_folder_open", "restart"];

#[test]
fn every_command_the_app_handles_is_sent_at_random_or_named_as_left_out() {
    // The README says every IPC command gets random arguments but those above: a command added
    // to the handler and to no sequence would make that untrue without this test.
    let source = include_str!("lib.rs");
    let start = source
        .find("tauri::generate_handler![")
        .expect("the handler's list");
    let end = start + source[start..].find(']').expect("the list's end");
    let handled: std::collections::BTreeSet<&str> = source[start..end]
        .lines()
        .filter_map(|l| l.trim().strip_prefix("commands::"))
        .map(|l| l.trim_end_matches(','))
        .collect();
    assert!(handled.len() > 40, "{handled:?}");
    // What the sequences send: drawn many times, the same draws every run.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = any_call();
    let mut sent = std::collections::BTreeSet::new();
    for _ in 0..5000 {
        let (name, _) = strategy.new_tree(&mut runner).expect("a call").current();
        sent.insert(name);
    }
    assert!(
        sent.remove("planted_panic"),
        "the planted panic is sent too"
    );
    for name in NOT_SENT_AT_RANDOM {
        assert!(handled.contains(name), "{name} is no command");
        assert!(!sent.contains(name), "{name} is sent at random after all");
    }
    let expected: std::collections::BTreeSet<&str> = handled
        .iter()
        .copied()
        .filter(|n| !NOT_SENT_AT_RANDOM.contains(n))
        .collect();
    assert_eq!(sent, expected);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_staff_command_answers_every_input_with_a_value_or_a_typed_refusal(
        calls in prop::collection::vec(staff_call(), 1..=12)
    ) {
        let window = staff_app();
        for (cmd, args) in calls {
            if let Err(e) = call(&window, cmd, args) {
                assert_typed_refusal(cmd, &e);
            }
        }
        let fresh = call(&window, "start", json!({"locale": "zh-CN"}));
        prop_assert!(fresh.is_ok(), "{fresh:?}");
    }

    #[test]
    fn every_command_answers_every_input_with_a_value_or_a_typed_refusal(
        calls in prop::collection::vec(any_call(), 1..=12)
    ) {
        let window = app();
        for (cmd, args) in calls {
            if let Err(e) = call(&window, cmd, args) {
                assert_typed_refusal(cmd, &e);
            }
        }
        // Whatever came before, the app still shows a consistent screen and serves a new
        // applicant from the first question.
        let screen = call(&window, "screen", json!({"locale": "en"}));
        prop_assert!(screen.is_ok(), "{screen:?}");
        let fresh = call(&window, "start", json!({"locale": "zh-CN"})).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(fresh["asked"].as_u64(), Some(0));
        prop_assert_eq!(fresh["next_question"]["id"].as_str(), Some("groups"));
    }
}

#[test]
fn wipe_forgets_every_answer_and_starts_afresh() {
    let window = app();
    call(&window, "start", json!({"locale": "en"})).expect("started");
    call(
        &window,
        "answer",
        json!({"question": "groups", "chosen": ["veteran"]}),
    )
    .expect("a valid answer");
    let after = call(&window, "wipe", json!({})).expect("wiped");
    assert_eq!(after["asked"].as_u64(), Some(0));
    assert_eq!(after["answered"].as_array().map(Vec::len), Some(0));
    assert_eq!(after["next_question"]["id"].as_str(), Some("groups"));
    // The default language again: the next person starts from the beginning.
    assert_eq!(after["locale"].as_str(), Some("zh-CN"));
    let boot = call(&window, "boot", json!({})).expect("boot");
    assert_eq!(boot["settings"]["mode"].as_str(), Some("personal"));
    assert_eq!(boot["settings"]["idle_seconds"].as_u64(), Some(90));
    assert_eq!(boot["default_locale"].as_str(), Some("zh-CN"));
}

#[test]
fn without_a_pin_there_is_no_staff_sign_in_and_no_way_out() {
    let window = app();
    let e = call(
        &window,
        "staff_sign_in",
        json!({"locale": "en", "pin": "1234"}),
    )
    .expect_err("no PIN is set");
    assert_eq!(e["code"], "no_pin", "{e}");
    let e = call(&window, "staff_quit", json!({"locale": "en"})).expect_err("not signed in");
    assert_eq!(e["code"], "not_signed_in", "{e}");
}

#[test]
fn a_wrong_answer_is_refused_and_changes_nothing() {
    let window = app();
    let before = call(
        &window,
        "answer",
        json!({"question": "groups", "chosen": ["veteran"]}),
    )
    .expect("a valid answer");
    for bad in [
        json!({"question": "groups", "chosen": ["no-such-group"]}),
        json!({"question": "groups", "chosen": 3}),
        json!({"question": "no_such_question", "chosen": ["true"]}),
        json!({"question": "county", "chosen": ["长".repeat(100_000)]}),
        json!({"question": "county", "chosen": ["pinglu", "youyu"]}),
        json!({"question": "rural_business", "chosen": ["yes"]}),
        json!({"question": "groups"}),
    ] {
        let e = call(&window, "answer", bad.clone()).expect_err("refused");
        assert_typed_refusal("answer", &e);
        let now = call(&window, "screen", json!({"locale": "zh-CN"})).expect("screen");
        assert_eq!(now["answered"], before["answered"], "after {bad}");
    }
}

/// Answers the questionnaire of a migrant worker in 平鲁区 to the end.
fn finish_one(window: &WebviewWindow<tauri::test::MockRuntime>) -> Value {
    call(window, "start", json!({"locale": "en"})).expect("started");
    let mut screen = call(
        window,
        "answer",
        json!({"question": "groups", "chosen": ["migrant_worker"]}),
    )
    .expect("a group");
    while let Some(q) = screen["next_question"].as_object().cloned() {
        let id = q["id"].as_str().expect("an id").to_owned();
        // The county is 平鲁区; otherwise the last choice offered (no, for a yes/no question).
        let value = match id.as_str() {
            "county" => json!("pinglu"),
            _ => q["options"]
                .as_array()
                .and_then(|o| o.last())
                .map(|o| o["value"].clone())
                .expect("a question with choices"),
        };
        screen =
            call(window, "answer", json!({"question": id, "chosen": [value]})).expect("answered");
    }
    call(window, "finish", json!({})).expect("finished")
}

#[test]
fn staff_commands_need_a_sign_in() {
    let window = app();
    for cmd in ["packs", "log", "stats", "audit_log", "record"] {
        let e = call(
            &window,
            cmd,
            json!({"locale": "en", "query": {}, "from": "", "to": ""}),
        )
        .expect_err("not signed in");
        assert_eq!(e["code"], "not_signed_in", "{cmd}: {e}");
    }
}

#[test]
fn a_record_keeps_name_and_phone_only_with_consent_and_the_log_finds_it() {
    let window = staff_app();
    finish_one(&window);
    let mut record = json!({"consent": false, "name": "Wang Fang", "phone": "13900000000",
        "note": "", "follow_up": "referred"});
    let e = call(
        &window,
        "record_save",
        json!({"locale": "en", "record": record.clone()}),
    )
    .expect_err("no consent");
    assert_eq!(e["code"], "no_consent", "{e}");
    let empty = json!({"from": "", "to": "", "group": "", "measure": "", "follow_up": null, "name": "Wang"});
    let log = call(
        &window,
        "log",
        json!({"locale": "en", "query": empty.clone()}),
    )
    .expect("a log");
    assert_eq!(
        log["rows"].as_array().map(Vec::len),
        Some(0),
        "nothing was saved: {log}"
    );

    record["consent"] = json!(true);
    let saved = call(
        &window,
        "record_save",
        json!({"locale": "en", "record": record}),
    )
    .expect("saved with consent");
    assert_eq!(saved["name"], "Wang Fang");
    assert_eq!(saved["consent"], true);
    let log = call(&window, "log", json!({"locale": "en", "query": empty})).expect("a log");
    let rows = log["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 1, "{log}");
    assert_eq!(rows[0]["phone"], "13900000000");
    assert_eq!(rows[0]["region"], "Pinglu District");
    assert!(
        rows[0]["follow_up"]
            .as_str()
            .is_some_and(|f| f.contains("Referred")),
        "{log}"
    );

    let id = rows[0]["id"].clone();
    let opened = call(&window, "consultation", json!({"locale": "en", "id": id})).expect("opened");
    assert_eq!(opened["record"]["name"], "Wang Fang");
    assert!(opened["answered"].as_array().is_some_and(|a| !a.is_empty()));
    assert_eq!(opened["other_pack"], false);

    call(&window, "erase", json!({"locale": "en", "id": id})).expect("erased");
    let e = call(&window, "consultation", json!({"locale": "en", "id": id})).expect_err("gone");
    assert_eq!(e["code"], "no_consultation", "{e}");
    let stats = call(
        &window,
        "stats",
        json!({"locale": "en", "from": "", "to": ""}),
    )
    .expect("stats");
    let total = &stats["sections"][0]["counts"][0]["count"];
    assert_eq!(
        total.as_u64(),
        Some(1),
        "the figures keep the erased consultation: {stats}"
    );
    let audit = call(&window, "audit_log", json!({"locale": "en"})).expect("audit");
    let actions: Vec<&str> = audit
        .as_array()
        .expect("entries")
        .iter()
        .filter_map(|e| e["detail"].as_str())
        .collect();
    let erased = format!("#{id}");
    assert!(actions.contains(&erased.as_str()), "{audit}");
    assert!(
        !audit.to_string().contains("Wang"),
        "no personal data in the audit log: {audit}"
    );
}

#[test]
fn the_directory_of_the_applicants_county_reaches_the_results() {
    let window = staff_app();
    let results = finish_one(&window);
    let dept = results["results"]
        .as_array()
        .and_then(|r| r.iter().find_map(|v| v["departments"][0]["id"].as_str()))
        .expect("a result names a department")
        .to_owned();
    assert!(results.to_string().contains(&dept));
    let entry = |phone: &str| json!({"department": dept, "phone": phone, "address": "", "hours": "9:00-17:00"});
    // Another county's entry does not show; the applicant's county (平鲁区) does.
    call(
        &window,
        "directory_save",
        json!({"locale": "en", "county": "youyu", "entry": entry("test-youyu")}),
    )
    .expect("saved");
    let screen = call(&window, "screen", json!({"locale": "en"})).expect("screen");
    assert!(!screen.to_string().contains("test-youyu"), "{screen}");
    call(
        &window,
        "directory_save",
        json!({"locale": "en", "county": "pinglu", "entry": entry("test-pinglu")}),
    )
    .expect("saved");
    let screen = call(&window, "screen", json!({"locale": "en"})).expect("screen");
    let shown: Vec<&Value> = screen["results"]
        .as_array()
        .expect("results")
        .iter()
        .flat_map(|v| v["departments"].as_array().into_iter().flatten())
        .filter(|d| d["id"] == dept.as_str())
        .collect();
    assert!(!shown.is_empty());
    for d in shown {
        assert_eq!(d["phone"], "test-pinglu", "{d}");
        assert_eq!(d["hours"], "9:00-17:00", "{d}");
    }
    let e = call(
        &window,
        "directory_save",
        json!({"locale": "en", "county": "",
        "entry": {"department": "no-such-department", "phone": "1", "address": "", "hours": ""}}),
    )
    .expect_err("an unknown department");
    assert_eq!(e["code"], "bad_request", "{e}");
}

#[test]
fn one_answer_is_one_call_that_evaluates_the_answers_once() {
    // issue #12: each answer cost seven core calls and three flow computations.
    let window = app();
    let desk = || window.state::<Desk>();
    call(&window, "start", json!({"locale": "zh-CN"})).expect("started");
    let before = desk().assessments();
    let screen = call(
        &window,
        "answer",
        json!({"question": "groups", "chosen": ["veteran"]}),
    )
    .expect("answered");
    assert_eq!(desk().assessments(), before + 1);
    // That one reply holds the whole next step: the question, progress, why, every result.
    assert!(screen["next_question"]["id"].is_string(), "{screen}");
    assert!(screen["progress"].as_str().is_some_and(|p| !p.is_empty()));
    assert!(screen["why"].as_array().is_some_and(|w| !w.is_empty()));
    assert!(screen["results"].as_array().is_some_and(|r| !r.is_empty()));
    assert_eq!(screen["answered"][0]["question"], "groups");
    let before = desk().assessments();
    call(&window, "back", json!({})).expect("back");
    assert_eq!(desk().assessments(), before + 1);
}

#[test]
fn a_refusal_carries_a_code_from_the_exported_enum_and_a_sentence_in_the_readers_language() {
    let window = app();
    let e = call(&window, "texts", json!({"locale": "fr"})).expect_err("no French");
    assert_eq!(e["code"], wire(ErrorCode::BadRequest));
    let message = e["message"].as_str().expect("a message");
    assert!(
        message.contains("fr") && !message.contains("error-"),
        "{message}"
    );
    call(&window, "start", json!({"locale": "en"})).expect("started");
    let e = call(
        &window,
        "answer",
        json!({"question": "groups", "chosen": ["astronaut"]}),
    )
    .expect_err("no such group");
    assert_eq!(e["code"], wire(ErrorCode::BadAnswer));
    let message = e["message"].as_str().expect("a message");
    // In English, the language on screen: no Chinese sentence, no message id.
    let chinese = message
        .chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    assert!(
        !chinese && !message.contains("error-") && message.contains("astronaut"),
        "{message}"
    );
}

#[test]
fn a_planted_panic_is_a_typed_refusal_and_the_next_call_is_served() {
    let window = app();
    call(&window, "start", json!({"locale": "en"})).expect("started");
    call(
        &window,
        "answer",
        json!({"question": "groups", "chosen": ["veteran"]}),
    )
    .expect("a valid answer");
    let e = call(&window, "planted_panic", json!({})).expect_err("the bug is refused");
    assert_eq!(e["code"], wire(ErrorCode::Internal), "{e}");
    let message = e["message"].as_str().expect("a message");
    assert!(
        !message.is_empty() && !message.contains("planted") && !message.contains("error-"),
        "{message}"
    );
    // The desk is as it was: the answer given before is still there, and the next step works.
    let screen = call(&window, "screen", json!({"locale": "en"})).expect("served");
    assert_eq!(screen["answered"][0]["question"], "groups", "{screen}");
    let next = call(&window, "back", json!({})).expect("served");
    assert_eq!(next["asked"].as_u64(), Some(0), "{next}");
}

#[test]
fn the_app_does_not_know_the_planted_command() {
    let app = crate::with_commands(
        mock_builder()
            .manage(Desk::in_memory(Settings::default(), Clock::system()).expect("the pack loads")),
    )
    .build(mock_context(noop_assets()))
    .expect("the mock app builds");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("a window");
    let e = call(&window, "planted_panic", json!({})).expect_err("no such command");
    assert!(
        e.as_str().is_some_and(|s| s.contains("planted_panic")),
        "{e}"
    );
}

/// A fresh office installation in `dir`, as the app opens it.
fn fresh_office(dir: &std::path::Path) -> WebviewWindow<tauri::test::MockRuntime> {
    let desk = Desk::open(navigator::desk::Opening {
        data_dir: Some(dir.to_path_buf()),
        env: |name| (name == "NAVIGATOR_MODE").then(|| "office".to_owned()),
        ..Default::default()
    })
    .expect("the desk opens");
    app_with(desk)
}

#[test]
fn the_first_run_setup_through_ipc_sets_the_pin_once_and_then_staff_sign_in() {
    let dir = tempfile::tempdir().expect("temp dir");
    let window = fresh_office(dir.path());
    let boot = call(&window, "boot", json!({})).expect("boots");
    assert_eq!(boot["settings"]["setup"], "needed", "{boot}");
    let form = |pin: &str, again: &str| {
        json!({"locale": "zh-CN", "form": {"mode": "office", "pin": pin, "pin_again": again,
            "county": "pinglu", "export_dir": ""}})
    };
    let e = call(&window, "setup_first", form("2468", "2469")).expect_err("differ");
    assert_eq!(e["code"], wire(ErrorCode::Settings), "{e}");
    assert!(!dir.path().join("settings.toml").exists());
    let done = call(&window, "setup_first", form("2468", "2468")).expect("set up");
    assert_eq!(done["restart"], false, "{done}");
    let e = call(&window, "setup_first", form("1111", "1111")).expect_err("set up already");
    assert_eq!(e["code"], wire(ErrorCode::Settings), "{e}");
    let boot = call(&window, "boot", json!({})).expect("boots");
    assert_eq!(boot["settings"]["setup"], "done", "{boot}");
    assert_eq!(boot["settings"]["county"], "pinglu", "{boot}");
    let e = call(&window, "setup_change", form("1111", "1111")).expect_err("not signed in");
    assert_eq!(e["code"], wire(ErrorCode::NotSignedIn), "{e}");
    call(
        &window,
        "staff_sign_in",
        json!({"locale": "zh-CN", "pin": "2468"}),
    )
    .expect("signed in");
    call(&window, "setup_change", form("1111", "1111")).expect("changed signed in");
    call(&window, "staff_sign_out", json!({})).expect("signed out");
    call(
        &window,
        "staff_sign_in",
        json!({"locale": "zh-CN", "pin": "1111"}),
    )
    .expect("new PIN");
    // No restart was asked for: the call does nothing.
    call(&window, "restart", json!({})).expect("nothing to do");
}
