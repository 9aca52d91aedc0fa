//! The table an export is written as: CSV (UTF-8 with a byte-order mark) or the one worksheet
//! of an Excel workbook, with a bold heading row.
//!
//! It writes cells it is given, in order; it does not word anything or know what an export holds.
//! In CSV, a text a spreadsheet would take for a formula is written so that it stays text
//! ([`as_text`]); a workbook's text cells are text by their type.

use std::io::Write;

use super::{Format, Result};

const BOM: &[u8] = "\u{feff}".as_bytes();

/// A CSV field as text that no spreadsheet takes for a formula: one that starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets an apostrophe in front (OWASP's advice on CSV
/// injection; spreadsheets show the apostrophe as marking text). Pack labels, staff's directory
/// entries and the app's own words all pass here.
fn as_text(text: String) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text
    }
}

/// One cell of an export.
pub(super) enum Cell {
    Text(String),
    Number(u64),
}

/// Rows written as CSV or as the one worksheet of a workbook.
pub(super) enum Table<W: Write + Send> {
    Csv(Box<csv::Writer<W>>),
    Xlsx {
        book: Box<rust_xlsxwriter::Workbook>,
        row: u32,
        out: W,
    },
}

impl<W: Write + Send> Table<W> {
    pub(super) fn new(
        format: Format,
        mut out: W,
        sheet: &str,
        heading: &[String],
    ) -> Result<Table<W>> {
        let mut table = match format {
            Format::Csv => {
                out.write_all(BOM)?;
                Table::Csv(Box::new(csv::Writer::from_writer(out)))
            }
            Format::Xlsx => {
                let mut book = Box::new(rust_xlsxwriter::Workbook::new());
                // Sheet names are at most 31 characters and cannot hold some punctuation.
                let name: String = sheet
                    .chars()
                    .filter(|c| !"[]:*?/\\".contains(*c))
                    .take(31)
                    .collect();
                book.add_worksheet().set_name(name)?;
                Table::Xlsx { book, row: 0, out }
            }
        };
        let bold = rust_xlsxwriter::Format::new().set_bold();
        match &mut table {
            Table::Csv(csv) => csv.write_record(heading.iter().cloned().map(as_text))?,
            Table::Xlsx { book, row, .. } => {
                let sheet = book.worksheet_from_index(0)?;
                for (col, text) in (0u16..).zip(heading) {
                    sheet.write_string_with_format(0, col, text, &bold)?;
                    sheet.set_column_width(col, 18)?;
                }
                *row = 1;
            }
        }
        Ok(table)
    }

    pub(super) fn row(&mut self, cells: Vec<Cell>) -> Result<()> {
        match self {
            Table::Csv(csv) => csv.write_record(cells.into_iter().map(|c| match c {
                Cell::Text(t) => as_text(t),
                Cell::Number(n) => n.to_string(),
            }))?,
            Table::Xlsx { book, row, .. } => {
                let sheet = book.worksheet_from_index(0)?;
                for (col, cell) in (0u16..).zip(cells) {
                    match cell {
                        Cell::Text(t) => sheet.write_string(*row, col, t)?,
                        // Counts stay far below 2^53, so f64 holds them exactly.
                        Cell::Number(n) => sheet.write_number(*row, col, n as f64)?,
                    };
                }
                *row += 1;
            }
        }
        Ok(())
    }

    pub(super) fn finish(self) -> Result<()> {
        match self {
            Table::Csv(mut csv) => csv.flush()?,
            Table::Xlsx { mut book, out, .. } => book.save_to_writer(out)?,
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_leading_text_stays_text_and_the_rest_is_untouched() {
        for (given, written) in [
            ("=1+1", "'=1+1"),
            ("+86 139", "'+86 139"),
            ("-5", "'-5"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("平鲁区", "平鲁区"),
            ("2026-01-15", "2026-01-15"),
            ("a=b", "a=b"),
            ("", ""),
        ] {
            assert_eq!(as_text(given.to_owned()), written, "{given:?}");
        }
    }
}
