//! The architecture invariants of ARCHITECTURE.md, each as a check that fails when a change
//! breaks it: the core stays free of the GUI, the shell stays an adapter, the UI reaches the
//! shell through one file, measures stay data and rules stay pure.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{pack, root};

/// Every file under `dir` (relative to the repository) whose name ends in one of `exts`.
fn files(dir: &str, exts: &[&str]) -> Vec<PathBuf> {
    fn walk(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() {
                walk(&path, exts, out);
            } else if exts.iter().any(|x| path.to_string_lossy().ends_with(x)) {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join(dir), exts, &mut out);
    assert!(!out.is_empty(), "no {exts:?} files under {dir}");
    out
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Source lines outside `#[cfg(test)]` modules and comments.
fn code_lines(text: &str) -> Vec<(usize, &str)> {
    let end = text.find("#[cfg(test)]").unwrap_or(text.len());
    text[..end]
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .collect()
}

/// `cargo tree` of one package's normal dependencies, one crate name a line.
fn dependencies(package: &str, features: &[&str]) -> Vec<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .current_dir(root())
        .args([
            "tree",
            "--offline",
            "-e",
            "normal",
            "--prefix",
            "none",
            "-f",
            "{p}",
        ])
        .args(["-p", package])
        .args(features)
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect()
}

#[test]
fn the_core_depends_on_no_gui_crate() {
    let deps = dependencies("navigator", &[]);
    assert!(
        deps.iter().any(|d| d == "rusqlite"),
        "the tree was read: {deps:?}"
    );
    for gui in ["tauri", "wry", "webkit2gtk", "gtk", "tao"] {
        assert!(!deps.iter().any(|d| d == gui), "navigator depends on {gui}");
    }
}

#[test]
fn the_desktop_app_does_not_compile_the_command_lines_argument_parser() {
    // issue #12: the CLI's dependencies are the CLI's.
    let deps = dependencies("navigator-desktop", &[]);
    assert!(
        deps.iter().any(|d| d == "tauri"),
        "the tree was read: {deps:?}"
    );
    assert!(
        !deps.iter().any(|d| d == "clap"),
        "navigator-desktop depends on clap"
    );
}

#[test]
fn the_shell_holds_no_sql_no_wording_and_no_decision_on_modes() {
    let forbidden = [
        ("SQL", "SELECT "),
        ("SQL", "INSERT "),
        ("SQL", "rusqlite"),
        ("Fluent", "fluent"),
        ("wording", ".app(locale"),
        ("wording", "loc.text("),
    ];
    // A DTO may convert a mode or a status (`Mode::Kiosk => ModeDto::Kiosk`); deciding by one
    // is the core's.
    let decides = |line: &str| {
        let about = [
            "Mode::",
            ".mode",
            "Status::",
            ".status",
            "valid_until",
            "today(",
        ];
        let decision = ["if ", "==", "!=", "matches!", "filter("];
        about.iter().any(|a| line.contains(a)) && decision.iter().any(|d| line.contains(d))
    };
    for path in files("src-tauri/src", &[".rs"]) {
        if path.ends_with("ipc_tests.rs") {
            continue;
        }
        let text = read(&path);
        for (n, line) in code_lines(&text) {
            for (what, needle) in forbidden {
                assert!(
                    !line.contains(needle),
                    "{}:{n}: {what} in the shell: {line}",
                    path.display()
                );
            }
            assert!(
                !decides(line),
                "{}:{n}: a decision on a mode, status or date in the shell: {line}",
                path.display()
            );
        }
    }
}

#[test]
fn every_ipc_command_is_a_short_adapter() {
    // issue #12: no command over about 15 lines.
    for path in files("src-tauri/src/commands", &[".rs"]) {
        let text = read(&path);
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if line.trim() != "#[tauri::command]" {
                continue;
            }
            let end = lines[i..]
                .iter()
                .position(|l| *l == "}")
                .unwrap_or_else(|| panic!("{}:{}: no end", path.display(), i + 1));
            assert!(
                end <= 18,
                "{}:{}: a command of {end} lines",
                path.display(),
                i + 1
            );
        }
    }
}

#[test]
fn only_ipc_ts_calls_the_shell() {
    for path in files("ui/src", &[".ts", ".svelte"]) {
        if path.ends_with("ipc.ts") || path.components().any(|c| c.as_os_str() == "bindings") {
            continue;
        }
        let text = read(&path);
        for needle in ["@tauri-apps/api", "__TAURI", "invoke("] {
            assert!(
                !text.contains(needle),
                "{} calls the shell ({needle}); only ui/src/ipc.ts may",
                path.display()
            );
        }
    }
}

#[test]
fn no_measure_id_appears_in_the_core_code() {
    let sources: Vec<(PathBuf, String)> = files("src", &[".rs"])
        .into_iter()
        .map(|p| {
            let t = read(&p);
            (p, t)
        })
        .collect();
    assert!(pack().measures.len() > 50);
    for m in &pack().measures {
        let quoted = format!("\"{}\"", m.id);
        for (path, text) in &sources {
            assert!(
                !text.contains(&quoted),
                "{} names the measure {}: which measure applies to whom is data",
                path.display(),
                m.id
            );
        }
    }
}

#[test]
fn the_rules_do_no_io() {
    let io = [
        "std::fs",
        "std::io",
        "std::net",
        "std::env",
        "println!",
        "eprintln!",
        "Store",
        "clock::",
        "SystemTime",
        "OffsetDateTime::now",
    ];
    for file in ["src/condition.rs", "src/engine.rs", "src/flow.rs"] {
        let text = read(&root().join(file));
        for (n, line) in code_lines(&text) {
            for needle in io {
                assert!(!line.contains(needle), "{file}:{n}: {needle}: {line}");
            }
        }
    }
}
