//! Every IPC command, called through Tauri's own dispatch (the mock runtime) with random and
//! malformed arguments: unknown ids, wrong JSON types, huge strings, out-of-range numbers,
//! impossible dates. Each call must come back as a value or a typed refusal — never a panic,
//! never a hang — and the app must still serve the next applicant afterwards.

use proptest::prelude::*;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{WebviewWindow, WebviewWindowBuilder};

use crate::Desk;

fn app() -> WebviewWindow<tauri::test::MockRuntime> {
    app_with(Desk::in_memory().expect("the embedded pack loads"))
}

/// The app with staff signed in (as after the PIN), for the staff commands.
fn staff_app() -> WebviewWindow<tauri::test::MockRuntime> {
    let desk = Desk::in_memory().expect("the embedded pack loads");
    desk.staff.lock().expect("not poisoned").signed_in_until =
        Some(std::time::Instant::now() + std::time::Duration::from_secs(3600));
    app_with(desk)
}

fn app_with(desk: Desk) -> WebviewWindow<tauri::test::MockRuntime> {
    let app = crate::with_commands(mock_builder().manage(desk))
        .build(mock_context(noop_assets()))
        .expect("the mock app builds");
    WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("a window")
}

/// Calls `cmd` with `args` as the web UI would.
fn call(
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
                [
                    "bad_answer",
                    "bad_locale",
                    "unknown_question",
                    "storage",
                    "nothing_to_resume",
                    "no_pin",
                    "wrong_pin",
                    "pin_locked",
                    "not_signed_in",
                    "pack_refused",
                    "no_data_dir",
                    "bad_request",
                    "no_consent",
                    "too_long",
                    "no_consultation",
                    "export_failed",
                ]
                .contains(&code),
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

/// One IPC call: a command name and its arguments (some well-formed, some not).
fn any_call() -> impl Strategy<Value = (&'static str, Value)> {
    let locale = prop_oneof![
        3 => prop::sample::select(vec!["zh-CN", "zh-TW", "en"]).prop_map(Value::from),
        1 => any_json(),
    ];
    prop_oneof![
        1 => locale.clone().prop_map(|l| ("texts", json!({ "locale": l }))),
        1 => locale.clone().prop_map(|l| ("boot", json!({ "locale": l }))),
        1 => locale.clone().prop_map(|l| ("start", json!({ "locale": l }))),
        1 => locale.prop_map(|l| ("screen", json!({ "locale": l }))),
        4 => (question_id(), any_json())
            .prop_map(|(q, v)| ("answer", json!({ "question": q, "value": v }))),
        1 => Just(("back", json!({}))),
        1 => question_id().prop_map(|q| ("question", json!({ "id": q }))),
        1 => Just(("finish", json!({}))),
        1 => Just(("ready", json!({}))),
        1 => Just(("settings", json!({}))),
        1 => Just(("wipe", json!({}))),
        1 => Just(("resumable", json!({"locale": "en"}))),
        1 => Just(("resume", json!({"locale": "zh-TW"}))),
        1 => any_json().prop_map(|args| ("resume", args)),
        1 => any_json().prop_map(|pin| ("staff_sign_in", json!({"locale": "en", "pin": pin}))),
        1 => Just(("staff_quit", json!({"locale": "en"}))),
        1 => any_json().prop_map(|args| ("wipe", args)),
        1 => any_json().prop_map(|args| ("answer", args)),
        1 => any_json().prop_map(|args| ("screen", args)),
        2 => staff_call(),
    ]
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
        })),
    ];
    (name, args)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_staff_command_answers_every_input_with_a_value_or_a_typed_refusal(
        calls in prop::collection::vec(staff_call(), 1..12)
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
        calls in prop::collection::vec(any_call(), 1..12)
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
        json!({"question": "groups", "value": ["veteran"]}),
    )
    .expect("a valid answer");
    let after = call(&window, "wipe", json!({})).expect("wiped");
    assert_eq!(after["asked"].as_u64(), Some(0));
    assert_eq!(after["answered"].as_array().map(Vec::len), Some(0));
    assert_eq!(after["next_question"]["id"].as_str(), Some("groups"));
    // The default language again: the next person starts from the beginning.
    assert_eq!(after["locale"].as_str(), Some("zh-CN"));
    let settings = call(&window, "settings", json!({})).expect("settings");
    assert_eq!(settings["mode"].as_str(), Some("personal"));
    assert_eq!(settings["idle_seconds"].as_u64(), Some(90));
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
        json!({"question": "groups", "value": ["veteran"]}),
    )
    .expect("a valid answer");
    for bad in [
        json!({"question": "groups", "value": ["no-such-group"]}),
        json!({"question": "groups", "value": 3}),
        json!({"question": "no_such_question", "value": true}),
        json!({"question": "county", "value": "长".repeat(100_000)}),
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
        json!({"question": "groups", "value": ["migrant_worker"]}),
    )
    .expect("a group");
    while let Some(q) = screen["next_question"].as_object().cloned() {
        let id = q["id"].as_str().expect("an id").to_owned();
        let value = match q["kind"].as_str() {
            Some("single") if id == "county" => json!("pinglu"),
            Some("single") => q["options"][0]["value"].clone(),
            Some("multi") => json!([q["options"][0]["value"].clone()]),
            Some("bool") => json!(false),
            Some("number") => json!(1),
            _ => json!("2024-01-01"),
        };
        screen = call(window, "answer", json!({"question": id, "value": value})).expect("answered");
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
    let empty =
        json!({"from": "", "to": "", "group": "", "measure": "", "follow_up": "", "name": "Wang"});
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
fn an_office_sign_in_erases_personal_data_past_its_retention_period() {
    use navigator::store::{FollowUp, RecordInput};
    use time::{Duration, OffsetDateTime};

    let mut desk = Desk::in_memory().expect("the embedded pack loads");
    desk.settings.mode = navigator::Mode::Office;
    desk.settings.staff_pin = Some(navigator::pin::hash_pin("2468").expect("a valid PIN"));
    let policy = desk.policy();
    let now = OffsetDateTime::now_utc();
    let ids = {
        let inner = desk.live();
        let store = inner.store.as_ref().expect("a store");
        // 200 days old (past the default 180) and 10 days old.
        [200, 10].map(|days| {
            let at = now - Duration::days(days);
            let id = store
                .start_consultation(navigator::Locale::En, &policy.pack, at)
                .expect("started");
            let record = RecordInput {
                consent: true,
                name: "Wang Fang".into(),
                phone: "13900000000".into(),
                note: "called back".into(),
                follow_up: FollowUp::Applied,
            };
            store.save_record(id, &record, at).expect("recorded");
            id.0
        })
    };
    let window = app_with(desk);
    call(
        &window,
        "staff_sign_in",
        json!({"locale": "en", "pin": "2468"}),
    )
    .expect("signed in");
    let opened =
        |id: i64| call(&window, "consultation", json!({"locale": "en", "id": id})).expect("opened");
    let old = opened(ids[0]);
    assert_eq!(old["record"]["name"], "", "{old}");
    assert_eq!(old["record"]["phone"], "", "{old}");
    assert_eq!(old["record"]["note"], "", "{old}");
    assert_eq!(
        old["record"]["follow_up"], "applied",
        "the follow-up stays: {old}"
    );
    let recent = opened(ids[1]);
    assert_eq!(recent["record"]["name"], "Wang Fang", "{recent}");
    let audit = call(&window, "audit_log", json!({"locale": "en"})).expect("audit");
    assert!(audit.to_string().contains("retention period"), "{audit}");
}
