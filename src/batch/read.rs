//! Reading a list: a workbook (XLSX, XLS, ODS, by `calamine`) or a CSV file (UTF-8, UTF-8 with
//! a byte-order mark, or GBK/GB18030, decoded by `encoding_rs`), into a header row and the
//! rows under it, every cell as text.
//!
//! It decides where the header is (the first row with two or more cells filled: a title
//! merged across the top is skipped), names a header cell left empty (a merged header spans
//! several columns, and only its first cell holds the text) by its column letter, and writes a
//! date cell as `YYYY-MM-DD`. It does not interpret any value: that is the mapping's.

use std::path::Path;

use calamine::{Data, Reader};
use time::Date;

use super::{ListError, Result};

/// What a list was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Xlsx,
    Xls,
    Ods,
    Csv(TextEncoding),
}

/// The encoding a CSV list was found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf8Bom,
    /// GBK or GB18030 (GB18030 reads both).
    Gb18030,
}

impl Source {
    /// The name staff read in the summary and on the terminal.
    pub fn name(self) -> &'static str {
        match self {
            Source::Xlsx => "XLSX",
            Source::Xls => "XLS",
            Source::Ods => "ODS",
            Source::Csv(TextEncoding::Utf8) => "CSV UTF-8",
            Source::Csv(TextEncoding::Utf8Bom) => "CSV UTF-8 BOM",
            Source::Csv(TextEncoding::Gb18030) => "CSV GBK/GB18030",
        }
    }
}

/// One row of a list with a person or an enterprise on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListRow {
    /// Its row number in the file (1-based, as a spreadsheet shows it).
    pub line: usize,
    pub cells: Vec<String>,
}

/// A list as read: its header and its rows, blank rows left out and counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    pub source: Source,
    /// The sheet read (workbooks only).
    pub sheet: Option<String>,
    pub headers: Vec<String>,
    pub rows: Vec<ListRow>,
    /// Rows under the header with no cell filled: not a person, so not screened.
    pub blank: usize,
}

impl List {
    /// The column whose header is `header` (spaces around it aside).
    pub fn column(&self, header: &str) -> Option<usize> {
        self.headers.iter().position(|h| h.trim() == header.trim())
    }

    /// Reads the list at `path`: a workbook by its extension (`.xlsx`, `.xlsm`, `.xls`, `.ods`),
    /// anything else as CSV. `sheet` names the worksheet; the first one otherwise.
    pub fn read(path: &Path, sheet: Option<&str>) -> Result<List> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        let source = match ext.as_str() {
            "xlsx" | "xlsm" => Source::Xlsx,
            "xls" => Source::Xls,
            "ods" => Source::Ods,
            _ => {
                let bytes = std::fs::read(path).map_err(|reason| ListError::Read {
                    path: path.to_path_buf(),
                    reason,
                })?;
                return List::from_csv(&bytes);
            }
        };
        // A file that is not there or cannot be opened is said as such, not as a bad workbook.
        std::fs::File::open(path).map_err(|reason| ListError::Read {
            path: path.to_path_buf(),
            reason,
        })?;
        let mut book = calamine::open_workbook_auto(path).map_err(|e| workbook_error(path, e))?;
        let names = book.sheet_names();
        let name = match sheet {
            Some(wanted) => names
                .iter()
                .find(|n| n.as_str() == wanted)
                .cloned()
                .ok_or_else(|| ListError::NoSheet(wanted.to_owned()))?,
            None => names.first().cloned().ok_or(ListError::NoHeader)?,
        };
        let range = book
            .worksheet_range(&name)
            .map_err(|e| workbook_error(path, e))?;
        // Row numbers as a spreadsheet shows them: the range may start below row 1.
        let first = range.start().map_or(0, |(row, _)| row as usize);
        let rows = range
            .rows()
            .enumerate()
            .map(|(i, cells)| (first + i + 1, cells.iter().map(cell_text).collect()));
        let mut list = List::from_rows(source, rows)?;
        list.sheet = Some(name);
        Ok(list)
    }

    /// Reads a CSV list from its bytes, finding the encoding.
    pub fn from_csv(bytes: &[u8]) -> Result<List> {
        let (text, encoding) = decode(bytes)?;
        let delimiter = delimiter(&text);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| ListError::Csv {
                line: e.position().map_or(0, |p| p.line() as usize),
            })?;
            let line = record
                .position()
                .map_or(rows.len() + 1, |p| p.line() as usize);
            rows.push((line, record.iter().map(str::to_owned).collect()));
        }
        List::from_rows(Source::Csv(encoding), rows)
    }

    /// The header (the first row with two or more cells filled, or the first filled row of a
    /// one-column list) and the rows under it.
    fn from_rows(
        source: Source,
        rows: impl IntoIterator<Item = (usize, Vec<String>)>,
    ) -> Result<List> {
        let mut rows: Vec<(usize, Vec<String>)> = rows.into_iter().collect();
        let filled = |cells: &[String]| cells.iter().filter(|c| !c.trim().is_empty()).count();
        // A one-column list (issue #17 review: all its rows were used up looking for a header
        // of two cells, and "0 rows" was reported) has its header in the first filled row.
        let at = rows
            .iter()
            .position(|(_, cells)| filled(cells) >= 2)
            .or_else(|| rows.iter().position(|(_, cells)| filled(cells) >= 1));
        let (headers, rows) = match at {
            Some(at) => {
                let under = rows.split_off(at + 1);
                (rows.pop().map(|(_, cells)| cells), under)
            }
            None => (None, Vec::new()),
        };
        let raw = headers.ok_or(ListError::NoHeader)?;
        let mut list = List {
            source,
            sheet: None,
            headers: name_headers(&raw),
            rows: Vec::new(),
            blank: 0,
        };
        for (line, cells) in rows {
            if cells.iter().all(|c| c.trim().is_empty()) {
                list.blank += 1;
            } else {
                list.rows.push(ListRow { line, cells });
            }
        }
        Ok(list)
    }
}

/// Headers trimmed; an empty one named by its column letter, a repeated one with its letter
/// after it, so that a mapping can name every column.
fn name_headers(raw: &[String]) -> Vec<String> {
    let mut names: Vec<String> = Vec::with_capacity(raw.len());
    for (i, h) in raw.iter().enumerate() {
        let h = h.trim();
        let name = if h.is_empty() {
            column_letter(i)
        } else if names.iter().any(|n| n == h) {
            format!("{h} ({})", column_letter(i))
        } else {
            h.to_owned()
        };
        names.push(name);
    }
    names
}

/// A column's letter as a spreadsheet names it: A, B, … Z, AA, AB, …
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// UTF-8 with a byte-order mark, UTF-8, or else GB18030 (which reads GBK); bytes that are none
/// of these are refused rather than read as replacement characters.
fn decode(bytes: &[u8]) -> Result<(String, TextEncoding)> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest)
            .map(|t| (t.to_owned(), TextEncoding::Utf8Bom))
            .map_err(|_| ListError::Encoding);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_owned(), TextEncoding::Utf8));
    }
    let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(ListError::Encoding);
    }
    Ok((text.into_owned(), TextEncoding::Gb18030))
}

/// The delimiter the first line uses most: comma, tab or semicolon.
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    [b',', b'\t', b';']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b',')
}

/// A cell as text: numbers without a needless `.0`, dates as `YYYY-MM-DD`.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(dt) if dt.is_datetime() => excel_date(dt.as_f64()),
        Data::DateTime(dt) => dt.as_f64().to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// The day of an Excel date serial (days since 1899-12-30, the epoch that makes every serial
/// from 1 March 1900 on come out right), as `YYYY-MM-DD`.
fn excel_date(serial: f64) -> String {
    const EPOCH_JULIAN_DAY: i32 = 2_415_019;
    let day = serial.floor();
    if !(0.0..3_000_000.0).contains(&day) {
        return serial.to_string();
    }
    Date::from_julian_day(EPOCH_JULIAN_DAY + day as i32)
        .map(crate::answers::format_date)
        .unwrap_or_else(|_| serial.to_string())
}

fn workbook_error(path: &Path, e: calamine::Error) -> ListError {
    match e {
        calamine::Error::Io(reason) => ListError::Read {
            path: path.to_path_buf(),
            reason,
        },
        _ => ListError::Workbook,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_run_past_z() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
    }

    #[test]
    fn excel_serials_are_the_days_a_spreadsheet_shows() {
        assert_eq!(excel_date(45658.0), "2025-01-01");
        assert_eq!(excel_date(61.0), "1900-03-01");
    }
}
