//! Exports for staff: the monitoring figures and the consultation list, as CSV files a
//! spreadsheet opens (UTF-8 with a byte-order mark, so that Excel reads the Chinese) or as
//! Excel workbooks (`rust_xlsxwriter`; counts are numbers there, headings bold).
//!
//! Column headings and labels are localized; ids are kept beside labels where a later program
//! may want to join on them. Exports are for monitoring: a county office's follow-up status
//! goes in, but never the name, phone or note staff keep with it — personal data stays in the
//! app, where consent and retention apply to it.
//!
//! This module holds the two exports' entry points, the formats and the atomic write; the
//! worded rows are `rows`'s and the writing of CSV or a workbook is `table`'s. The counting is
//! `store::statistics`'s, and nothing here touches the database directly.

mod rows;
mod table;

use std::io::Write;

use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::message::{io_reason, Explain, Message};
use crate::pack::PolicyPack;
use crate::store::{ExportRow, Period, Statistics, Store, StoreError};

use rows::Labels;
pub use rows::{statistics_rows, StatRow};
use table::Table;

/// Why an export failed. A half-written file is the caller's to remove.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The export could not be written. A CSV or workbook error that is not the system's keeps
    /// its text for logs, as an [`std::io::ErrorKind::Other`].
    #[error("cannot write the export: {0}")]
    Write(#[from] std::io::Error),
}

impl From<csv::Error> for ReportError {
    fn from(e: csv::Error) -> Self {
        let text = e.to_string();
        match e.into_kind() {
            csv::ErrorKind::Io(io) => ReportError::Write(io),
            _ => ReportError::Write(std::io::Error::other(text)),
        }
    }
}

impl From<rust_xlsxwriter::XlsxError> for ReportError {
    fn from(e: rust_xlsxwriter::XlsxError) -> Self {
        match e {
            rust_xlsxwriter::XlsxError::IoError(io) => ReportError::Write(io),
            other => ReportError::Write(std::io::Error::other(other.to_string())),
        }
    }
}

impl Explain for ReportError {
    fn message(&self) -> Message {
        match self {
            ReportError::Store(e) => e.message(),
            ReportError::Write(e) => {
                Message::new("error-report-write").with("reason", io_reason(e))
            }
        }
    }
}

pub type Result<T> = std::result::Result<T, ReportError>;

/// Writes an export to `path`, for its owner only, through a temporary file beside it
/// (`.part`), synced and renamed into place only when complete: a failed export leaves no
/// half-written file behind and never clobbers an earlier one. `write` gets the buffered file.
pub fn write_atomically(
    path: &std::path::Path,
    write: impl FnOnce(&mut std::io::BufWriter<&std::fs::File>) -> Result<()>,
) -> Result<()> {
    crate::files::replace(path, |file| buffered(file, write))
}

/// Runs `write` on `file` through a buffer, then writes out what the buffer still holds: a
/// failure there (the disk full at the last bytes) is the export's. Left to the buffer's drop
/// it was ignored, and a cut-off workbook was renamed into place as written (issue #17 review).
fn buffered(
    file: &std::fs::File,
    write: impl FnOnce(&mut std::io::BufWriter<&std::fs::File>) -> Result<()>,
) -> Result<()> {
    let mut out = std::io::BufWriter::new(file);
    write(&mut out)?;
    out.flush()?;
    Ok(())
}

/// The file format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    /// By the file name: `.xlsx` is a workbook, anything else CSV.
    pub fn of_path(path: &std::path::Path) -> Format {
        match path.extension().and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("xlsx") => Format::Xlsx,
            _ => Format::Csv,
        }
    }
}

/// Writes every consultation of `period` as one row each, in `format`; returns how many.
pub fn consultations<W: Write + Send>(
    store: &Store,
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    period: Period,
    format: Format,
    out: W,
) -> Result<u64> {
    let sheet = loc.app(locale, "export-sheet-consultations", &[]);
    let mut table = Table::new(
        format,
        out,
        &sheet,
        &rows::consultation_heading(loc, locale),
    )?;
    let words = Labels::new(pack, loc, locale);
    let n = store.for_each_export_row(pack, period, |row: ExportRow| -> Result<()> {
        table.row(words.consultation(row))
    })?;
    table.finish()?;
    Ok(n)
}

/// Writes the monitoring figures in `format`: one row per count, with its section, id and
/// label.
pub fn statistics<W: Write + Send>(
    stats: &Statistics,
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    format: Format,
    out: W,
) -> Result<()> {
    let sheet = loc.app(locale, "export-sheet-statistics", &[]);
    let mut table = Table::new(format, out, &sheet, &rows::statistics_heading(loc, locale))?;
    for row in statistics_rows(stats, pack, loc, locale) {
        table.row(row.cells())?;
    }
    table.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    #[test]
    fn the_last_buffered_bytes_that_cannot_be_written_fail_the_export() {
        // /dev/full takes nothing: "disk full" on every write. A few bytes stay in the buffer
        // until the end, so only the final write-out can fail.
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("Linux has /dev/full");
        let written = buffered(&full, |out| Ok(out.write_all(b"the last bytes")?));
        match written {
            Err(ReportError::Write(e)) => assert_eq!(e.kind(), std::io::ErrorKind::StorageFull),
            other => panic!("the lost bytes went unnoticed: {other:?}"),
        }
    }

    #[test]
    fn an_export_that_fails_half_way_leaves_no_file_and_keeps_the_old_one() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("out.csv");
        write_atomically(&path, |out| Ok(out.write_all(b"first")?))?;
        let failed = write_atomically(&path, |out| {
            out.write_all(b"half of the second")?;
            Err(ReportError::Write(std::io::ErrorKind::StorageFull.into()))
        });
        assert!(matches!(failed, Err(ReportError::Write(_))));
        assert_eq!(std::fs::read(&path)?, b"first");
        let left: Vec<_> = std::fs::read_dir(dir.path())?
            .map(|e| e.map(|e| e.file_name()))
            .collect::<std::result::Result<Vec<_>, std::io::Error>>()?;
        assert_eq!(
            left,
            vec![std::ffi::OsString::from("out.csv")],
            "no part file left"
        );
        Ok(())
    }
}
