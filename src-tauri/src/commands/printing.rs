//! Printing the results: the Print button (to the settings' printer, or the system's dialog)
//! and an office's "save as PDF" into its export folder. The core decides where a print may
//! go and names the file; `crate::printing` does the printing.

use navigator::desk::printout::PrintTarget;
use navigator::desk::{Desk, DeskError};
use tauri::{AppHandle, Manager, Runtime, State, WebviewWindow};

use super::{as_staff, in_locale, Reply};
use crate::dto::{PrintedDto, PrintoutDto};
use crate::printing::{self, Outcome, To, Turn};

/// Prints the results on screen: straight to the settings' printer where this build can
/// (answering only once the printer took the page, or with why not), otherwise through the
/// system's dialog (answering once the person chose). One print at a time; refused at a kiosk
/// and before the results.
#[tauri::command]
pub async fn print<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Desk>,
    locale: String,
) -> Reply<PrintedDto> {
    let target = in_locale(&desk, &locale, |_| desk.print_target())?;
    let window = main_window(&app, &desk, &locale)?;
    let Some(turn) = Turn::take() else {
        return refused(&desk, &locale, DeskError::PrintBusy);
    };
    let to = match target {
        PrintTarget::Printer(name) if printing::supported() => To::Printer(name),
        _ => To::Dialog,
    };
    let outcome = printing::print(&window, to.clone(), turn).await;
    printed(to, outcome).or_else(|e| refused(&desk, &locale, e))
}

/// The page went where it was sent (or the person closed the dialog), or why not.
fn printed(to: To, outcome: Outcome) -> Result<PrintedDto, DeskError> {
    let printer = match to {
        To::Printer(name) => Some(name),
        To::Dialog | To::File(_) => None,
    };
    match (outcome, printer) {
        (Outcome::Done | Outcome::Cancelled, printer) => Ok(PrintedDto { printer }),
        (Outcome::NoSuchPrinter, Some(name)) => Err(DeskError::NoSuchPrinter(name)),
        (Outcome::Failed(reason), printer) => Err(DeskError::PrintFailed {
            printer,
            reason: Some(reason),
        }),
        (Outcome::NoSuchPrinter | Outcome::NoAnswer, printer) => Err(DeskError::PrintFailed {
            printer,
            reason: None,
        }),
    }
}

/// An office saves the results on screen as a PDF file in its export folder (staff signed
/// in), and hears the file's path. A failed save leaves no file behind.
#[tauri::command]
pub async fn printout_save<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Desk>,
    locale: String,
) -> Reply<PrintoutDto> {
    let window = main_window(&app, &desk, &locale)?;
    as_staff(&desk, &locale, |_, _| Ok(()))?;
    let Some(turn) = Turn::take().filter(|_| printing::supported()) else {
        return refused(&desk, &locale, busy_or_not_here());
    };
    let printout = as_staff(&desk, &locale, |s, _| s.printout_file())?;
    let path = printout.path().display().to_string();
    // Finished even if staff signed out meanwhile: the file is logged, or removed.
    let to = To::File(printout.path().to_path_buf());
    let ended = printing::print(&window, to, turn).await.ended();
    in_locale(&desk, &locale, |_| desk.printout_ended(printout, ended))?;
    Ok(PrintoutDto { path })
}

/// Why a save cannot start: this build saves no printout, or another print holds the turn.
fn busy_or_not_here() -> DeskError {
    if printing::supported() {
        DeskError::PrintBusy
    } else {
        DeskError::PrintoutOfficeOnly
    }
}

fn main_window<R: Runtime>(
    app: &AppHandle<R>,
    desk: &Desk,
    locale: &str,
) -> Reply<WebviewWindow<R>> {
    match app.get_webview_window("main") {
        Some(window) => Ok(window),
        None => refused(desk, locale, DeskError::Fault),
    }
}

/// `e`, worded in the language `locale` names.
fn refused<T>(desk: &Desk, locale: &str, e: DeskError) -> Reply<T> {
    in_locale(desk, locale, |_| Err(e))
}
