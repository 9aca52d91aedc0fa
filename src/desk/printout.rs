//! Printing the results: where a print goes, and the office's printout kept as a PDF file.
//!
//! The page is printed by the shell (the web view lays it out with its print style sheet);
//! what the core decides is whether this installation prints at all (a kiosk does not: its
//! take-away is the QR code), whether there is anything to print (the results, given for the
//! answers as they stand: a print of a question or the review would show the person's
//! answers), which printer the settings name (then no dialog asks), and the file an office's
//! "save as PDF" writes — a new file in the export folder each time, never one that replaces
//! another. The shell reports back how printing went; the words for a failure are the
//! core's ([`DeskError::PrintFailed`]).

use std::io;
use std::path::{Path, PathBuf};

use super::{Desk, DeskError, Result, StaffDesk};
use crate::settings::Mode;
use crate::store::AuditAction;

/// Where a print of the results goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintTarget {
    /// The system's print dialog asks for the printer (none is set).
    Dialog,
    /// Straight to this printer, by the name the computer lists it under; no dialog.
    Printer(String),
}

/// A printout's file, made by [`StaffDesk::printout_file`] for the shell to print into and
/// handed back to [`Desk::printout_ended`]. Only the desk makes one: the file it names is
/// always one the desk created, empty, in the export folder.
#[derive(Debug)]
pub struct Printout {
    path: PathBuf,
}

impl Printout {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Desk {
    /// Where the results print: the settings' printer, or the dialog. A kiosk prints nothing
    /// ([`DeskError::NoPrinting`]): a print dialog on an unattended screen leads to the disk.
    /// Nothing is printed before the results are given for the answers as they stand
    /// ([`DeskError::NothingToPrint`]).
    pub fn print_target(&self) -> Result<PrintTarget> {
        let settings = self.settings();
        if settings.mode == Mode::Kiosk {
            return Err(DeskError::NoPrinting);
        }
        if !self.live().session.has_results() {
            return Err(DeskError::NothingToPrint);
        }
        Ok(match &settings.printer {
            Some(name) => PrintTarget::Printer(name.clone()),
            None => PrintTarget::Dialog,
        })
    }

    /// The shell printed into `printout`'s file: `Ok` — the printout is in its file, noted in
    /// the audit log by the file's name; `Err` — printing failed (with what the printing
    /// system said, or `None` for no answer in time): the file is removed (best effort) and
    /// the failure returned in words. Staff need not be signed in any more: a save that staff
    /// began is finished (or cleaned up) even when they signed out meanwhile.
    pub fn printout_ended(
        &self,
        printout: Printout,
        printed: std::result::Result<(), Option<String>>,
    ) -> Result<()> {
        match printed {
            Ok(()) => {
                let name = printout
                    .path
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy();
                self.note(AuditAction::Export, &name);
                Ok(())
            }
            Err(reason) => {
                let _ = std::fs::remove_file(&printout.path);
                Err(DeskError::PrintoutFailed { reason })
            }
        }
    }
}

impl StaffDesk<'_> {
    /// A new, empty file in the export folder for the printout of the results on screen as
    /// PDF (`navigator-printout-2026-12-02-09-31.pdf`, then `….2.pdf` within the same minute).
    /// The file is created here, so two saves never share a name; the shell then prints the
    /// page into it and reports back with [`Desk::printout_ended`]. Offices only (a personal
    /// PC's dialog offers "Print to File" itself, and a kiosk prints nothing), and only once
    /// the results are given.
    pub fn printout_file(&self) -> Result<Printout> {
        if self.desk.settings().mode != Mode::Office {
            return Err(DeskError::PrintoutOfficeOnly);
        }
        self.desk.print_target()?;
        let first = self.export_path("printout", "pdf")?;
        let mut path = first.clone();
        for n in 2..=1000 {
            match crate::files::create_new(&path) {
                Ok(_) => return Ok(Printout { path }),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    path = first.with_extension(format!("{n}.pdf"));
                }
                Err(e) => return Err(export_failed(path, e)),
            }
        }
        Err(export_failed(
            path,
            io::Error::from(io::ErrorKind::AlreadyExists),
        ))
    }
}

fn export_failed(path: PathBuf, e: io::Error) -> DeskError {
    DeskError::Export {
        path,
        source: e.into(),
    }
}
