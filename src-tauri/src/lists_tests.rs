//! The screen 名单筛查 through Tauri's mock runtime: staff in a county office choose a list in
//! an import folder, open it with its suggested mapping, screen it into the export folder
//! (the mapping then kept beside the list opens it next time), and every refusal in between.

use serde_json::{json, Value};
use tauri::WebviewWindow;

use navigator::desk::{Desk, ErrorCode, Opening};

use crate::ipc_tests::{app, app_with, call, staff_app, wire};

type Window = WebviewWindow<tauri::test::MockRuntime>;

/// A county office in `dir`, staff signed in, with the example list on its "USB stick".
fn office(dir: &std::path::Path) -> Window {
    let stick = dir.join("usb-stick");
    std::fs::create_dir_all(&stick).expect("a stick");
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/list-veterans.csv");
    std::fs::copy(example, stick.join("veterans.csv")).expect("the example list");
    std::fs::write(stick.join("notes.txt"), "not a list").expect("another file");
    let pin = navigator::pin::hash_pin("2468").expect("a PIN");
    let settings = format!(
        "mode = \"office\"\nstaff_pin = {pin:?}\nexport_dir = {:?}\npack_import_dirs = [{:?}]\n",
        dir.join("exports"),
        stick,
    );
    std::fs::write(dir.join("settings.toml"), settings).expect("settings");
    let desk = Desk::open(Opening {
        data_dir: Some(dir.to_path_buf()),
        env: |_| None,
        ..Default::default()
    })
    .expect("the desk opens");
    desk.sign_in("2468").expect("signed in");
    app_with(desk)
}

/// The mapping the table shows, as the page sends it back when staff confirm it unchanged.
fn confirmed(list: &Value) -> Value {
    let columns: Vec<Value> = list["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .filter(|c| c["question"].is_string())
        .map(|c| json!({"header": c["header"], "question": c["question"], "values": c["targets"]}))
        .collect();
    json!({ "columns": columns })
}

fn screen(window: &Window, path: &Value, mapping: Value) -> Result<Value, Value> {
    screen_with(window, path, mapping, 1)
}

fn screen_with(window: &Window, path: &Value, mapping: Value, ticket: u64) -> Result<Value, Value> {
    call(
        window,
        "list_screen",
        json!({"locale": "zh-CN", "path": path, "sheet": null, "mapping": mapping,
            "ticket": ticket, "progress": "__CHANNEL__:7"}),
    )
}

#[test]
fn the_list_commands_need_a_sign_in() {
    let window = app();
    let args = json!({"locale": "en", "path": "/tmp/a.csv", "sheet": null,
        "mapping": {"columns": []}, "ticket": 1, "progress": "__CHANNEL__:7"});
    for cmd in [
        "list_files",
        "list_open",
        "list_screen",
        "list_cancel",
        "export_folder_open",
    ] {
        let e = call(&window, cmd, args.clone()).expect_err("not signed in");
        assert_eq!(e["code"], wire(ErrorCode::NotSignedIn), "{cmd}: {e}");
    }
}

#[test]
fn a_list_is_screened_in_a_county_office_only() {
    let window = staff_app();
    let args = json!({"locale": "en", "path": "/tmp/a.csv", "sheet": null,
        "mapping": {"columns": []}, "ticket": 1, "progress": "__CHANNEL__:7"});
    for cmd in ["list_files", "list_open", "list_screen"] {
        let e = call(&window, cmd, args.clone()).expect_err("not an office");
        assert_eq!(e["code"], wire(ErrorCode::BadRequest), "{cmd}: {e}");
        assert!(
            e["message"]
                .as_str()
                .is_some_and(|m| m.contains("county office")),
            "{e}"
        );
    }
}

#[test]
fn staff_screen_a_list_from_the_stick_and_its_mapping_opens_it_next_time() {
    let dir = tempfile::tempdir().expect("temp dir");
    let window = office(dir.path());
    let files = call(&window, "list_files", json!({"locale": "zh-CN"})).expect("files");
    let names: Vec<&str> = files["files"]
        .as_array()
        .expect("files")
        .iter()
        .filter_map(|f| f["name"].as_str())
        .collect();
    assert_eq!(names, ["veterans.csv"], "{files}");
    let path = files["files"][0]["path"].clone();
    let list = call(
        &window,
        "list_open",
        json!({"locale": "zh-CN", "path": path, "sheet": null}),
    )
    .expect("opens");
    assert_eq!(list["source"], "CSV UTF-8", "{list}");
    assert_eq!(
        (list["rows"].as_u64(), list["blank"].as_u64()),
        (Some(5), Some(1))
    );
    assert_eq!(list["saved"], Value::Null, "{list}");
    let groups = &list["columns"][2];
    assert_eq!(groups["header"], "人员类别", "{groups}");
    assert_eq!(groups["question"], "groups", "{groups}");
    assert!(
        list["columns"][0]["question"].is_null(),
        "names are carried"
    );

    let done = screen(&window, &path, confirmed(&list)).expect("screened");
    assert_eq!(done["rows_in"], 5, "{done}");
    let (screened, in_error) = (done["screened"].as_u64(), done["in_error"].as_u64());
    assert_eq!(
        screened.zip(in_error).map(|(s, e)| s + e),
        Some(5),
        "{done}"
    );
    let out = std::path::PathBuf::from(done["file"].as_str().expect("a file"));
    assert!(out.starts_with(dir.path().join("exports")), "{out:?}");
    assert!(
        std::fs::metadata(&out).is_ok_and(|m| m.len() > 0),
        "{out:?}"
    );
    assert!(done["mapping_problem"].is_null(), "{done}");
    // The same list again within the minute: a second file beside the first, not a refusal
    // (the output is never written over) and not the first replaced.
    let twice = screen(&window, &path, confirmed(&list)).expect("screened again");
    let second = std::path::PathBuf::from(twice["file"].as_str().expect("a file"));
    assert_ne!(second, out);
    assert!(out.exists() && second.exists(), "{out:?} {second:?}");

    let again = call(
        &window,
        "list_open",
        json!({"locale": "zh-CN", "path": path, "sheet": null}),
    )
    .expect("opens again");
    assert_eq!(again["saved"], "veterans.map.toml", "{again}");
    assert_eq!(confirmed(&again), confirmed(&list));
}

/// Cancel pressed as Run is (the page's two calls may reach the app in either order): the
/// screening it names writes nothing, and the next Run, with a ticket of its own, is not
/// stopped by it. A ticket that is not a whole number is refused before anything runs.
#[test]
fn cancel_names_its_screening_by_ticket_even_before_it_runs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let window = office(dir.path());
    let path = json!(dir.path().join("usb-stick/veterans.csv"));
    let list = call(
        &window,
        "list_open",
        json!({"locale": "zh-CN", "path": path, "sheet": null}),
    )
    .expect("opens");
    call(
        &window,
        "list_cancel",
        json!({"locale": "en", "ticket": 77}),
    )
    .expect("cancel");
    let e = screen_with(&window, &path, confirmed(&list), 77).expect_err("cancelled");
    assert_eq!(e["code"], wire(ErrorCode::BadRequest), "{e}");
    assert!(
        e["message"].as_str().is_some_and(|m| m.contains("已取消")),
        "{e}"
    );
    let exports = dir.path().join("exports");
    assert_eq!(std::fs::read_dir(&exports).map_or(0, |d| d.count()), 0);

    let done = screen_with(&window, &path, confirmed(&list), 78).expect("the next Run");
    assert_eq!(done["rows_in"], 5, "{done}");
    // Tauri refuses a ticket that is not a whole number, in its own words, before the
    // command runs: the screening it might have named goes on.
    for ticket in [json!(-1), json!(1.5), json!("79"), json!(null)] {
        let args = json!({"locale": "en", "ticket": ticket});
        let e = call(&window, "list_cancel", args).expect_err("not a ticket");
        assert!(e.as_str().is_some_and(|m| m.contains("ticket")), "{e}");
    }
    let done = screen_with(&window, &path, confirmed(&list), 79).expect("not cancelled");
    assert_eq!(done["rows_in"], 5, "{done}");
}

#[test]
fn a_file_the_import_folders_do_not_offer_is_not_opened() {
    let dir = tempfile::tempdir().expect("temp dir");
    let window = office(dir.path());
    let elsewhere = dir.path().join("settings.toml");
    for path in [elsewhere, dir.path().join("usb-stick/notes.txt")] {
        let e = call(
            &window,
            "list_open",
            json!({"locale": "en", "path": path, "sheet": null}),
        )
        .expect_err("not offered");
        assert_eq!(e["code"], wire(ErrorCode::BadRequest), "{e}");
        assert!(
            e["message"]
                .as_str()
                .is_some_and(|m| m.contains("import folder")),
            "{e}"
        );
    }
}

#[test]
fn a_mapping_naming_an_unknown_question_is_refused_in_words_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let window = office(dir.path());
    let path = dir.path().join("usb-stick/veterans.csv");
    let bad = json!({"columns": [{"header": "人员类别", "question": "no_such", "values": {}}]});
    let e = screen(&window, &json!(path), bad).expect_err("refused");
    assert_eq!(e["code"], wire(ErrorCode::BadRequest), "{e}");
    assert!(
        e["message"].as_str().is_some_and(|m| m.contains("no_such")),
        "{e}"
    );
    let written = std::fs::read_dir(dir.path().join("exports")).map_or(0, |d| d.count());
    assert_eq!(written, 0);
    assert!(!dir.path().join("usb-stick/veterans.map.toml").exists());
}
