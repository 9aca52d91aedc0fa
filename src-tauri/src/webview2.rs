//! Windows: whether the WebView2 runtime, which draws the app's window, is installed, and the
//! message box that says so in words when it is not.
//!
//! Without the runtime Tauri would show its own English error box and end; the app asks first
//! (`GetAvailableCoreWebView2BrowserVersionString`, through `tauri::webview_version`) and says
//! what to do in the person's language, worded by the core ([`navigator::desk::DeskError::NoWebView`]).
//! Elsewhere the webview is a library the app is linked with, so it is always there.
//!
//! The sentence also goes to stderr (`main` prints the error `run` ends with), for the log and
//! for the tests under Wine, which has no WebView2. `NAVIGATOR_NO_MESSAGE_BOX` (any value)
//! leaves the modal box out: set only by those tests (`tests/windows.rs`), where nobody could
//! press OK.

/// Whether the window cannot be drawn on this computer because the WebView2 runtime is missing.
pub(crate) fn missing() -> bool {
    cfg!(windows) && tauri::webview_version().is_err()
}

/// Shows `sentence` in a message box and waits for OK (on Windows, unless the tests turned the
/// box off).
pub(crate) fn show(sentence: &str) {
    #[cfg(windows)]
    if std::env::var_os("NAVIGATOR_NO_MESSAGE_BOX").is_none() {
        // If even the box fails, nothing more can be said here: stderr has the sentence.
        let _ = win_msgbox::error::<win_msgbox::Okay>(sentence)
            .title("创业扶持导航")
            .show();
    }
    #[cfg(not(windows))]
    let _ = sentence;
}
