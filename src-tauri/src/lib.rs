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
//! decorations, stays on top, a second start brings it forward, and the page cannot open the
//! print dialog (its "Print to File" browses the disk); elsewhere printing goes to the settings'
//! printer or the system's dialog, and an office saves its printout as PDF (`printing`). In every mode one app holds a data
//! folder, and it takes that lock before it opens the database.

mod commands;
pub mod dto;
mod folder;
#[cfg(test)]
mod ipc_tests;
#[cfg(test)]
mod lists_tests;
mod page;
mod printing;
mod rendering;
#[cfg(test)]
mod speech_tests;
mod voice;
mod webview2;

use std::sync::OnceLock;
use std::time::Instant;

use navigator::desk::{Desk, DeskError, Opening};
use tauri::webview::NewWindowResponse;
use tauri::{Manager, WebviewUrl, WebviewWindowBuilder};

static STARTED: OnceLock<Instant> = OnceLock::new();

/// The moment the process started, as near as the shell can tell.
fn started() -> Instant {
    *STARTED.get_or_init(Instant::now)
}

/// Whether the webview may show `url`: only the app's own pages (and the dev server while
/// developing). Everything else — links in text, injected redirects — stays out. The app's
/// pages are `tauri://localhost` on Linux and macOS, `http://tauri.localhost` only on Windows
/// (WebView2 cannot serve a custom scheme); elsewhere that address is not the app.
fn is_app_page(url: &tauri::Url) -> bool {
    is_app_page_on(url, cfg!(windows))
}

fn is_app_page_on(url: &tauri::Url, windows: bool) -> bool {
    match url.scheme() {
        "tauri" => !windows,
        "http" | "https" => match url.host_str() {
            Some("tauri.localhost") => windows,
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

/// Why the app ended without running.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// Said to the person already, in words (a message box on Windows): the sentence, for the log.
    #[error("{0}")]
    Said(String),
    #[error(transparent)]
    Tauri(#[from] tauri::Error),
}

/// Runs the app. Returns when the last window closes.
pub fn run() -> Result<(), StartError> {
    started();
    navigator::batch::quiet_writer_panics();
    rendering::choose();
    // The settings first: they say how the window behaves and whether a second start hands
    // over to the first. The database is opened only once this app is the only one.
    let installation = Desk::prepare(Opening {
        one_instance: true,
        ..Opening::default()
    });
    if webview2::missing() {
        let sentence = installation.say(&DeskError::NoWebView);
        webview2::show(&sentence);
        return Err(StartError::Said(sentence));
    }
    let rules = installation.window_rules();
    let mut builder = tauri::Builder::default().plugin(lock_down(rules.print_and_find));
    if rules.one_instance {
        // A second start (a double tap on a launcher) brings the running kiosk forward instead
        // of opening a second applicant session beside it; it ends here, in `build`.
        builder = builder.plugin(tauri_plugin_single_instance::init(|app, _, _| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.set_focus();
            }
        }));
    }
    let app = with_commands(builder)
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
            printing::install(&window, rules.print_and_find)?;
            page::install(&window)?;
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
        .build(tauri::generate_context!())?;
    let desk = match installation.open() {
        Ok(desk) => desk,
        // Without a session bus the plugin above cannot tell; the data folder's lock can.
        Err(DeskError::AlreadyRunning) => {
            let words = navigator::desk::say_at_start(&DeskError::AlreadyRunning);
            eprintln!("navigator-desktop: {words}");
            return Ok(());
        }
        Err(e) => return Err(StartError::Said(navigator::desk::say_at_start(&e))),
    };
    desk.back_up_in_background();
    app.manage(desk);
    app.manage(voice::Speaker::choose());
    app.run(|_, _| {});
    Ok(())
}

/// WebKit's memory cache off, once the first screen is drawn. The app is one page of its own
/// that fetches nothing twice, and a kiosk runs all day, so WebKit need not keep what the page
/// once loaded (each results page's QR code is an image of its own): over 60 people at a
/// kiosk the app's processes grew 1.17–1.19× with it off, 1.38× with it on (two single runs;
/// README, Performance). If the page never calls `ready`, the cache stays on; nothing else breaks.
/// Not from the start: the fonts the page preloads are then fetched a second time for the
/// first screen, which cost about 85 ms of start-up (0.15× of the empty app's start).
pub(crate) fn no_memory_cache<R: tauri::Runtime>(app: &tauri::AppHandle<R>) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let _ = window.with_webview(|webview| {
        #[cfg(target_os = "linux")]
        {
            use webkit2gtk::{CacheModel, WebContextExt, WebViewExt};
            if let Some(context) = webview.inner().context() {
                context.set_cache_model(CacheModel::DocumentViewer);
            }
        }
        #[cfg(not(target_os = "linux"))]
        let _ = webview;
    });
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
        commands::print,
        commands::printout_save,
        commands::read_aloud_available,
        commands::speak_screen,
        commands::speak_question,
        commands::speak_card,
        commands::speak_countdown,
        commands::stop_speaking,
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
        commands::setup,
        commands::setup_first,
        commands::setup_change,
        commands::restart,
        commands::list_files,
        commands::list_open,
        commands::list_screen,
        commands::list_cancel,
        commands::export_folder_open,
    ]
}

#[cfg(test)]
mod tests {
    use super::{is_app_page, is_app_page_on};

    fn url(s: &str) -> tauri::Url {
        s.parse().expect("a test URL")
    }

    #[test]
    fn only_the_apps_own_pages_may_be_shown() {
        // Linux (and macOS): the custom scheme. issue #15: http://tauri.localhost was let in
        // here too, where it is not the app.
        assert!(is_app_page_on(&url("tauri://localhost/index.html"), false));
        assert!(!is_app_page_on(
            &url("http://tauri.localhost/index.html"),
            false
        ));
        assert!(!is_app_page_on(
            &url("https://tauri.localhost/index.html"),
            false
        ));
        // Windows: WebView2 serves the app from http://tauri.localhost.
        assert!(is_app_page_on(
            &url("http://tauri.localhost/index.html"),
            true
        ));
        assert!(!is_app_page_on(&url("tauri://localhost/index.html"), true));
        for windows in [false, true] {
            assert!(!is_app_page_on(&url("https://example.com/"), windows));
            assert!(!is_app_page_on(&url("file:///etc/passwd"), windows));
            assert!(!is_app_page_on(&url("javascript:alert(1)"), windows));
        }
        assert_eq!(
            is_app_page(&url("tauri://localhost/index.html")),
            !cfg!(windows)
        );
    }
}
