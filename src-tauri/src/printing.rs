//! Printing the page on screen, through the web view's own print operation.
//!
//! Three ways out, all of them the page as its print style sheet lays it out (the results
//! only: any other screen prints blank):
//! - **the system's dialog** (no printer set, and every Ctrl+P): run by the shell as WebKit
//!   would run it, so that it too holds the one turn to print;
//! - **straight to a printer** the settings name, with no dialog (a county office's desk
//!   printer): one request, an answer in words if it failed;
//! - **into a PDF file** (an office's "save as PDF"): GTK's "Print to File" printer with the
//!   file the core chose in the export folder, on A4.
//!
//! All three go through WebKitGTK's print operation. The last two exist on Linux only; on
//! Windows the dialog always asks (WebView2's print settings are a COM call this project's
//! safe code does not make), and the page offers no PDF button there ([`supported`]).
//!
//! A kiosk prints nothing: its page's print request (Ctrl+P included) is answered without a
//! dialog, which would lead to the disk, and modal, would hold the idle wipe ([`install`]).
//!
//! One print at a time ([`Turn`]), the dialog included: two print operations on one web view at
//! once end its page (a second Save as PDF while the first ran crashed it, and left an empty
//! and a doubled file), and a save asked for while the dialog was open waited for ever.

use std::sync::atomic::{AtomicBool, Ordering};
#[cfg(target_os = "linux")]
use std::sync::mpsc::Receiver;
use std::time::Duration;

use tauri::{Runtime, WebviewWindow};

/// How long a print without the dialog may take to answer before the page is told so.
pub(crate) const ANSWER_WITHIN: Duration = Duration::from_secs(120);

/// Where a print goes.
#[derive(Debug, Clone)]
// On Windows only the dialog is ever asked for ([`supported`]).
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
pub(crate) enum To {
    /// The system's print dialog chooses (modal: the answer comes once the person chose).
    Dialog,
    Printer(String),
    File(std::path::PathBuf),
}

/// How printing went.
#[derive(Debug, Clone, PartialEq, Eq)]
// On Windows the page's own dialog answers at once: printed, as far as the app can tell.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
pub(crate) enum Outcome {
    Done,
    /// The person closed the dialog without printing.
    Cancelled,
    /// The computer lists no printer by that name.
    NoSuchPrinter,
    /// What the printing system said.
    Failed(String),
    /// No answer within [`ANSWER_WITHIN`].
    NoAnswer,
}

impl Outcome {
    /// Printed, or what went wrong (`None`: no answer in time), as the core takes it.
    pub(crate) fn ended(self) -> Result<(), Option<String>> {
        match self {
            Outcome::Done => Ok(()),
            Outcome::Cancelled => Err(Some("cancelled".into())),
            Outcome::NoSuchPrinter => Err(Some("no such printer".into())),
            Outcome::Failed(reason) => Err(Some(reason)),
            Outcome::NoAnswer => Err(None),
        }
    }
}

/// Whether a print is under way.
static PRINTING: AtomicBool = AtomicBool::new(false);

/// The one print under way, held until its answer came (or never would): another print waits
/// for none, it is refused.
#[derive(Debug)]
pub(crate) struct Turn(());

impl Turn {
    /// The turn to print, unless another print holds it.
    pub(crate) fn take() -> Option<Turn> {
        PRINTING
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .ok()
            .map(|_| Turn(()))
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        PRINTING.store(false, Ordering::Release);
    }
}

/// Whether this build can print without the dialog (to a named printer or into a file).
pub(crate) const fn supported() -> bool {
    cfg!(target_os = "linux")
}

/// Answers the page's own print requests (`window.print()`, Ctrl+P): at a kiosk
/// (`print_allowed` false) with nothing at all; elsewhere with the system's dialog, run under
/// the one turn to print (a request while another print runs is dropped). Never straight to
/// the settings' printer: that is the Print button's, on the results; a Ctrl+P on another
/// screen would send the printer a blank page.
pub(crate) fn install<R: Runtime>(
    window: &WebviewWindow<R>,
    print_allowed: bool,
) -> Result<(), tauri::Error> {
    #[cfg(target_os = "linux")]
    {
        window.with_webview(move |webview| {
            use webkit2gtk::WebViewExt;
            webview.inner().connect_print(move |_, operation| {
                let turn = Turn::take().filter(|_| print_allowed);
                if let Some(turn) = turn {
                    let answer = linux::start(operation, &To::Dialog);
                    std::thread::spawn(move || {
                        let _ = wait(&answer, true);
                        drop(turn);
                    });
                }
                true
            });
        })
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (window, print_allowed);
        Ok(())
    }
}

/// Prints the page on screen and waits (off the UI thread) for the answer; `turn` is held
/// until then. Without the dialog the answer comes within [`ANSWER_WITHIN`] and a little,
/// even if the UI thread never took the job; with it, once the person chose.
pub(crate) async fn print<R: Runtime>(window: &WebviewWindow<R>, to: To, turn: Turn) -> Outcome {
    let patient = matches!(to, To::Dialog);
    let (tx, rx) = std::sync::mpsc::channel();
    #[cfg(target_os = "linux")]
    let started = window.with_webview(move |webview| {
        let operation = webkit2gtk::PrintOperation::new(&webview.inner());
        let answer = linux::start(&operation, &to);
        std::thread::spawn(move || {
            let _ = tx.send(wait(&answer, patient));
        });
    });
    #[cfg(not(target_os = "linux"))]
    let started = {
        // WebView2 takes no print operation from here: the page's own dialog.
        let _ = (to, &tx);
        window.print().map(|()| {
            let _ = tx.send(Outcome::Done);
        })
    };
    if let Err(e) = started {
        return Outcome::Failed(e.to_string());
    }
    let outcome = tauri::async_runtime::spawn_blocking(move || {
        if patient {
            rx.recv().unwrap_or(Outcome::NoAnswer)
        } else {
            rx.recv_timeout(ANSWER_WITHIN + Duration::from_secs(10))
                .unwrap_or(Outcome::NoAnswer)
        }
    })
    .await
    .unwrap_or(Outcome::NoAnswer);
    drop(turn);
    outcome
}

/// The first answer printing gives; without the dialog (`patient` false) at most
/// [`ANSWER_WITHIN`] after it started.
#[cfg(target_os = "linux")]
fn wait(answer: &Receiver<Outcome>, patient: bool) -> Outcome {
    if patient {
        answer.recv().unwrap_or(Outcome::NoAnswer)
    } else {
        answer
            .recv_timeout(ANSWER_WITHIN)
            .unwrap_or(Outcome::NoAnswer)
    }
}

#[cfg(target_os = "linux")]
mod linux {
    use std::cell::RefCell;
    use std::rc::Rc;
    use std::sync::mpsc;

    use webkit2gtk::glib;
    use webkit2gtk::{PrintOperation, PrintOperationExt, PrintOperationResponse};

    use super::{Outcome, To};

    /// Starts `operation` towards `to` on the UI thread; the answer comes on the channel.
    /// WebKit says "failed" (then "finished") or "finished"; the first word counts. The dialog
    /// is modal: this returns once the person chose, and a cancelled dialog is answered here
    /// (WebKit says nothing more then).
    pub(super) fn start(operation: &PrintOperation, to: &To) -> mpsc::Receiver<Outcome> {
        let (tx, rx) = mpsc::channel();
        let settings = gtk::PrintSettings::new();
        match to {
            To::Dialog => {}
            To::Printer(name) => settings.set_printer(name),
            To::File(path) => {
                // GTK's file printer goes by its name in the running language ("Print to
                // File", "打印到文件"): its own catalogue says which.
                settings.set_printer(&glib::dgettext(Some("gtk30"), "Print to File"));
                match glib::filename_to_uri(path, None) {
                    Ok(uri) => settings.set(gtk::PRINT_SETTINGS_OUTPUT_URI, Some(&uri)),
                    Err(e) => {
                        let _ = tx.send(Outcome::Failed(e.to_string()));
                        return rx;
                    }
                }
                settings.set(gtk::PRINT_SETTINGS_OUTPUT_FILE_FORMAT, Some("pdf"));
                let page = gtk::PageSetup::new();
                page.set_paper_size(&gtk::PaperSize::new(Some(gtk::PAPER_NAME_A4)));
                operation.set_page_setup(&page);
            }
        }
        if !matches!(to, To::Dialog) {
            operation.set_print_settings(&settings);
        }
        let failed = tx.clone();
        operation.connect_failed(move |_, e| {
            let outcome = if e.matches(webkit2gtk::PrintError::PrinterNotFound) {
                Outcome::NoSuchPrinter
            } else {
                Outcome::Failed(e.to_string())
            };
            let _ = failed.send(outcome);
        });
        // The operation is kept until it finishes, then let go (no cycle stays behind).
        let kept = Rc::new(RefCell::new(Some(operation.clone())));
        let let_go = Rc::clone(&kept);
        let done = tx.clone();
        operation.connect_finished(move |_| {
            let _ = done.send(Outcome::Done);
            kept.borrow_mut().take();
        });
        match to {
            To::Dialog => {
                if operation.run_dialog(None::<&gtk::Window>) == PrintOperationResponse::Cancel {
                    let _ = tx.send(Outcome::Cancelled);
                    let_go.borrow_mut().take();
                }
            }
            To::Printer(_) | To::File(_) => operation.print(),
        }
        rx
    }
}
