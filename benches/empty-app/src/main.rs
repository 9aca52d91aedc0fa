//! An empty Tauri 2 app: one window, one static page, one command. `scripts/bench` measures it
//! beside `navigator-desktop` (same Tauri, same profile, same window, same rendering rule, same
//! `ready` hook), so the app's start-up time and memory can be read against the floor of any
//! Tauri app on the machine.

// No console window on Windows release builds, as in the app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::sync::OnceLock;
use std::time::Instant;

use tauri::{AppHandle, WebviewUrl, WebviewWindowBuilder};

// The app's own rule for machines without a GPU, compiled from the app's file so that both are
// drawn the same way.
#[path = "../../../src-tauri/src/rendering.rs"]
mod rendering;

static STARTED: OnceLock<Instant> = OnceLock::new();

/// The same contract as the app's `ready`: with `NAVIGATOR_EXIT_WHEN_READY=1` print
/// `ready_ms=<ms since process start>` and exit; with `NAVIGATOR_REPORT_READY=1` print it and
/// keep running.
#[tauri::command]
async fn ready(app: AppHandle) {
    let exit = std::env::var("NAVIGATOR_EXIT_WHEN_READY").is_ok_and(|v| v == "1");
    let report = std::env::var("NAVIGATOR_REPORT_READY").is_ok_and(|v| v == "1");
    if exit || report {
        if let Some(t) = STARTED.get() {
            println!("ready_ms={}", t.elapsed().as_millis());
        }
    }
    if exit {
        app.exit(0);
    }
}

fn main() {
    STARTED.get_or_init(Instant::now);
    rendering::choose();
    let built = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .setup(|app| {
            WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                .title("empty")
                .inner_size(1100.0, 820.0)
                .build()?;
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(e) = built {
        eprintln!("empty-tauri-app: {e}");
        std::process::exit(1);
    }
}
