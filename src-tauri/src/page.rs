//! The page's process: WebKit runs the app's page in a process of its own (the web process).
//! A kiosk replaces it after each person ([`renew`]): nothing of theirs stays in the page's
//! memory, and the memory a page gathers over a day's people — WebKit's caches, its compiled
//! scripts, the glyphs of three languages — goes with it (issue #15's soak; README,
//! Performance). Whenever the page's process ends, by [`renew`] or by a crash, the window loads
//! the app again ([`install`]); it opens on its welcome screen. (After a crash, a kiosk's core
//! still holds the person's answers until the next Start or the idle wipe clears them; the
//! page's own state — the screen they were on — is lost with its process.) The UI keeps nothing
//! in the browser's storage, which would outlive the page (`tests/architecture.rs`).
//!
//! On Windows the page is WebView2's, which has no call for this here: there a kiosk keeps its
//! page process all day.

use tauri::{Runtime, WebviewWindow};

/// Loads the app again whenever the page's process ends: at once when [`renew`] ended it or
/// after a first crash; a crash within ten seconds of the last waits ten seconds first, so that
/// a page that crashes as it loads is not started over and over.
pub(crate) fn install<R: Runtime>(window: &WebviewWindow<R>) -> Result<(), tauri::Error> {
    #[cfg(target_os = "linux")]
    {
        window.with_webview(|webview| {
            use gtk::glib;
            use std::time::{Duration, Instant};
            use webkit2gtk::{WebProcessTerminationReason as Why, WebViewExt};
            const CRASHES_APART: Duration = Duration::from_secs(10);
            let last_crash = std::cell::Cell::new(None::<Instant>);
            webview
                .inner()
                .connect_web_process_terminated(move |view, why| {
                    if why != Why::TerminatedByApi {
                        eprintln!("navigator-desktop: the page's process ended ({why:?})");
                        let soon = last_crash
                            .replace(Some(Instant::now()))
                            .is_some_and(|t| t.elapsed() < CRASHES_APART);
                        if soon {
                            let view = view.clone();
                            glib::timeout_add_local_once(CRASHES_APART, move || view.reload());
                            return;
                        }
                    }
                    view.reload();
                });
        })
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = window;
        Ok(())
    }
}

/// Replaces the page's process: the page on screen ends, and [`install`]'s handler loads the
/// app in a new one.
///
/// Not in a debug build started with `NAVIGATOR_E2E_KEEP_PAGE=1`: WebKitWebDriver ends its
/// session when the page's process ends, so the end-to-end specs that follow a kiosk past a
/// wipe keep the page; the renewal itself is tested through WebKit's inspector instead
/// (tests/e2e/kiosk/new-page.test.ts). A release build has no such switch.
pub(crate) fn renew<R: Runtime>(window: &WebviewWindow<R>) {
    if cfg!(debug_assertions) && std::env::var("NAVIGATOR_E2E_KEEP_PAGE").is_ok_and(|v| v == "1") {
        return;
    }
    #[cfg(target_os = "linux")]
    let _ = window.with_webview(|webview| {
        use webkit2gtk::WebViewExt;
        webview.inner().terminate_web_process();
    });
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}
