//! Printing the page on screen, through the web view's own print operation.
//!
//! Three ways out, all of them the page as its print style sheet lays it out:
//! - **the system's dialog** (no printer set): the page's `window.print()`, as in any browser;
//! - **straight to a printer** the settings name, with no dialog (a county office's desk
//!   printer): one request, an answer in words if it failed;
//! - **into a PDF file** (an office's "save as PDF"): GTK's "Print to File" printer with the
//!   file the core chose in the export folder, on A4.
//!
//! The last two need WebKitGTK's print operation, so they exist on Linux only; on Windows the
//! dialog always asks (WebView2's print settings are a COM call this project's safe code does
//! not make), and the page offers no PDF button there ([`supported`]).
//!
//! A kiosk prints nothing: its page's print request (Ctrl+P included) is answered without a
//! dialog, which would lead to the disk, and modal, would hold the idle wipe ([`install`]).
//!
//! One print at a time ([`Turn`]): two print operations on one web view at once end its page
//! (a second Save as PDF while the first ran crashed it, and left an empty and a doubled file).

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tauri::{Runtime, WebviewWindow};

/// How long a print may take to answer before the page is told so.
pub(crate) const ANSWER_WITHIN: Duration = Duration::from_secs(120);

/// Where a print goes without a dialog.
#[derive(Debug, Clone)]
pub(crate) enum To {
    Printer(String),
    File(std::path::PathBuf),
}

/// How printing went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Outcome {
    Done,
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
            Outcome::NoSuchPrinter => Err(Some("no such printer".into())),
            Outcome::Failed(reason) => Err(Some(reason)),
            Outcome::NoAnswer => Err(None),
        }
    }
}

/// Whether a print without the dialog is under way.
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
/// (`print_allowed` false) with nothing at all; elsewhere, when the settings name a printer,
/// straight to it (what goes wrong is logged: the page's Print button asks through [`print`]
/// and hears it); otherwise the system's dialog.
pub(crate) fn install<R: Runtime>(
    window: &WebviewWindow<R>,
    print_allowed: bool,
) -> Result<(), tauri::Error> {
    #[cfg(target_os = "linux")]
    {
        use tauri::Manager;
        let app = window.app_handle().clone();
        window.with_webview(move |webview| {
            use webkit2gtk::WebViewExt;
            webview.inner().connect_print(move |_, operation| {
                if !print_allowed {
                    return true;
                }
                let target = app
                    .try_state::<navigator::desk::Desk>()
                    .map(|desk| desk.print_target());
                match target {
                    Some(Ok(navigator::desk::printout::PrintTarget::Printer(name))) => {
                        // Another print under way: this request is dropped, not run beside it.
                        let Some(turn) = Turn::take() else {
                            return true;
                        };
                        let answer = linux::start(operation, &To::Printer(name.clone()));
                        std::thread::spawn(move || {
                            let outcome = wait(&answer);
                            drop(turn);
                            if outcome != Outcome::Done {
                                eprintln!("navigator-desktop: printing on {name:?}: {outcome:?}");
                            }
                        });
                        true
                    }
                    // The dialog, unless a print is under way (two at once end the page). Before
                    // the results too, as any page's Ctrl+P does: the print style sheet then
                    // prints nothing of the screen (a question or the review would show the
                    // person's answers), and no printer is sent a page unasked.
                    Some(Ok(navigator::desk::printout::PrintTarget::Dialog))
                    | Some(Err(navigator::desk::DeskError::NothingToPrint)) => {
                        PRINTING.load(Ordering::Acquire)
                    }
                    // The desk not there yet: nothing.
                    _ => true,
                }
            });
        })
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (window, print_allowed);
        Ok(())
    }
}

/// Prints the page on screen without a dialog and waits (off the UI thread) for the answer;
/// `turn` is held until then.
pub(crate) async fn print<R: Runtime>(window: &WebviewWindow<R>, to: To, turn: Turn) -> Outcome {
    let (tx, rx) = std::sync::mpsc::channel();
    #[cfg(target_os = "linux")]
    let started = window.with_webview(move |webview| {
        let operation = webkit2gtk::PrintOperation::new(&webview.inner());
        let answer = linux::start(&operation, &to);
        std::thread::spawn(move || {
            let _ = tx.send(wait(&answer));
        });
    });
    #[cfg(not(target_os = "linux"))]
    let started: Result<(), tauri::Error> = {
        let _ = (window, to, &tx);
        Err(tauri::Error::WebviewNotFound)
    };
    if let Err(e) = started {
        return Outcome::Failed(e.to_string());
    }
    let outcome =
        tauri::async_runtime::spawn_blocking(move || rx.recv().unwrap_or(Outcome::NoAnswer))
            .await
            .unwrap_or(Outcome::NoAnswer);
    drop(turn);
    outcome
}

/// The first answer printing gives, or [`Outcome::NoAnswer`] after [`ANSWER_WITHIN`].
fn wait(answer: &std::sync::mpsc::Receiver<Outcome>) -> Outcome {
    answer
        .recv_timeout(ANSWER_WITHIN)
        .unwrap_or(Outcome::NoAnswer)
}

#[cfg(target_os = "linux")]
mod linux {
    use std::cell::RefCell;
    use std::rc::Rc;
    use std::sync::mpsc;

    use webkit2gtk::glib;
    use webkit2gtk::{PrintOperation, PrintOperationExt};

    use super::{Outcome, To};

    /// Starts `operation` towards `to` on the UI thread; the answer comes on the channel.
    /// WebKit says "failed" (then "finished") or "finished"; the first word counts.
    pub(super) fn start(operation: &PrintOperation, to: &To) -> mpsc::Receiver<Outcome> {
        let (tx, rx) = mpsc::channel();
        let settings = gtk::PrintSettings::new();
        match to {
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
        operation.set_print_settings(&settings);
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
        operation.connect_finished(move |_| {
            let _ = tx.send(Outcome::Done);
            kept.borrow_mut().take();
        });
        operation.print();
        rx
    }
}
