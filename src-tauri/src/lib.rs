//! `navigator-desktop`: the Tauri 2 shell of 创业扶持导航.
//!
//! An adapter only: it owns the window, the state and the IPC commands, and turns the core's
//! localized views into the DTOs the web UI (`ui/`) reads. It holds no rules, no SQL and no
//! wording of its own; all of that is the `navigator` core.
//!
//! Security: the window may only show the app's own pages (`on_navigation`), may not open new
//! windows, runs under a strict CSP (`tauri.conf.json`), and may call only the commands its
//! capability (`capabilities/main.json`) grants. The browser's shortcuts and context menu are
//! off (`lock_down`). In kiosk mode (`navigator::settings`) the window fills the screen with no
//! decorations, stays on top, and only one instance runs.

mod commands;
pub mod dto;
#[cfg(test)]
mod ipc_tests;
mod rendering;

use std::sync::OnceLock;
use std::time::Instant;

use navigator::desk::{Desk, Opening};
use tauri::webview::NewWindowResponse;
use tauri::{Manager, WebviewUrl, WebviewWindowBuilder};

static STARTED: OnceLock<Instant> = OnceLock::new();

/// The moment the process started, as near as the shell can tell.
fn started() -> Instant {
    *STARTED.get_or_init(Instant::now)
}

/// Whether the webview may show `url`: only the app's own pages (and the dev server while
/// developing). Everything else — links in text, injected redirects — stays out.
fn is_app_page(url: &tauri::Url) -> bool {
    match url.scheme() {
        "tauri" => true,
        "http" | "https" => match url.host_str() {
            Some("tauri.localhost") => true,
            Some("localhost") => tauri::is_dev(),
            _ => false,
        },
        _ => false,
    }
}

/// Refuses what the window was asked to show outside the app, and says so on stderr (staff
/// reading the log learn what a page tried; the end-to-end tests wait for the line).
fn refuse(what: &str, url: &tauri::Url) -> bool {
    eprintln!("navigator-desktop: refused {what} {url}");
    false
}

/// Runs the app. Returns when the last window closes.
pub fn run() -> Result<(), Box<dyn std::error::Error>> {
    started();
    rendering::choose();
    let desk = Desk::open(Opening::default())?;
    desk.back_up_in_background();
    let rules = desk.window_rules();
    let mut builder = tauri::Builder::default().plugin(lock_down(rules.print_and_find));
    if rules.one_instance {
        // A second start (a double tap on a launcher) brings the running kiosk forward instead
        // of opening a second applicant session beside it.
        builder = builder.plugin(tauri_plugin_single_instance::init(|app, _, _| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.set_focus();
            }
        }));
    }
    with_commands(builder.manage(desk))
        .setup(move |app| {
            let window =
                WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                    .title("创业扶持导航 · Startup Support Navigator")
                    .on_navigation(|url| is_app_page(url) || refuse("to show", url))
                    .on_new_window(|url, _| {
                        refuse("a new window for", &url);
                        NewWindowResponse::Deny
                    });
            let window = if rules.cover_screen {
                // The whole screen, nothing to close, move or hide it behind.
                window
                    .fullscreen(true)
                    .decorations(false)
                    .always_on_top(true)
                    .resizable(false)
                    .focused(true)
            } else {
                window
                    .inner_size(1100.0, 820.0)
                    .min_inner_size(720.0, 560.0)
            };
            let window = window.build()?;
            if rules.cover_screen {
                // Fullscreen needs a window manager; a bare X session (a common kiosk set-up)
                // has none, so also cover the monitor explicitly.
                if let Some(monitor) = window.current_monitor()? {
                    window.set_position(*monitor.position())?;
                    window.set_size(*monitor.size())?;
                }
            }
            Ok(())
        })
        .run(tauri::generate_context!())?;
    Ok(())
}

/// The browser's own shortcuts and context menu, which have no place in the app: reload (it
/// would lose the screen), view source, downloads, open, caret browsing and devtools everywhere;
/// in a kiosk also find and print (a print dialog on an unattended screen leads nowhere).
/// Shift+Tab stays: keyboard users need it.
fn lock_down<R: tauri::Runtime>(print_and_find: bool) -> tauri::plugin::TauriPlugin<R> {
    use tauri_plugin_prevent_default::Flags;
    let mut flags = Flags::all().difference(Flags::FOCUS_MOVE);
    if print_and_find {
        flags = flags.difference(Flags::FIND | Flags::PRINT);
    }
    tauri_plugin_prevent_default::Builder::new()
        .with_flags(flags)
        .build()
}

/// Registers every IPC command.
fn with_commands<R: tauri::Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(commands_handler())
}

/// Every IPC command, dispatched by name (shared by the app and its IPC tests).
fn commands_handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync {
    tauri::generate_handler![
        commands::texts,
        commands::boot,
        commands::start,
        commands::screen,
        commands::answer,
        commands::back,
        commands::question,
        commands::finish,
        commands::ready,
        commands::wipe,
        commands::resumable,
        commands::resume,
        commands::staff_sign_in,
        commands::staff_quit,
        commands::staff_sign_out,
        commands::packs,
        commands::pack_preview,
        commands::pack_install,
        commands::pack_rollback,
        commands::record,
        commands::record_save,
        commands::log,
        commands::consultation,
        commands::erase,
        commands::stats,
        commands::export,
        commands::directory,
        commands::directory_save,
        commands::audit_log,
    ]
}

#[cfg(test)]
mod tests {
    use super::is_app_page;

    fn url(s: &str) -> tauri::Url {
        s.parse().expect("a test URL")
    }

    #[test]
    fn only_the_apps_own_pages_may_be_shown() {
        assert!(is_app_page(&url("tauri://localhost/index.html")));
        assert!(is_app_page(&url("http://tauri.localhost/index.html")));
        assert!(!is_app_page(&url("https://example.com/")));
        assert!(!is_app_page(&url("file:///etc/passwd")));
        assert!(!is_app_page(&url("javascript:alert(1)")));
    }
}
