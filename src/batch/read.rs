//! Reading a list: a workbook (XLSX, XLS, ODS, by `calamine`) or a CSV file (UTF-8, UTF-8 with
//! a byte-order mark, or GBK/GB18030, decoded by `encoding_rs`), into a header row and the
//! rows under it, every cell as text.
//!
//! It takes the header where `header` finds it (a title, a 填报单位 line above it,
//! and a header of two rows under merged cells are each told apart), names a header cell left
//! empty (a merged header spans several columns, and only its first cell holds the text) by
//! its column letter, writes a date cell as `YYYY-MM-DD`, and gives a value merged down over
//! several people to each of them ([`super::merged`]). It does not interpret any value: that
//! is the mapping's.
//!
//! Every row keeps the number staff see when they open the file in Excel or WPS: in a CSV file
//! a blank line is a row and a cell with a line break in quotes is one row, whatever the line
//! endings. Nothing is allocated from what a file claims about its size: an XLSX sheet is read
//! cell by cell (its `dimension` may claim a million rows), and a list past [`MAX_ROWS`] rows,
//! [`MAX_COLUMNS`] columns or [`MAX_CELLS`] cells is refused with its own error instead of
//! exhausting the memory.

use std::collections::BTreeMap;
use std::path::Path;

use calamine::{Data, Reader, Sheets};
use time::Date;

use super::header;
use super::{ListError, Result};

/// The most rows a list may have (a county's register is tens of thousands).
pub const MAX_ROWS: usize = 1_000_000;
/// The most columns a list may have (a list has a few dozen).
pub const MAX_COLUMNS: usize = 1_000;
/// The most cells (rows times the columns in use) a list may have, so that a list within the
/// other two bounds still fits in memory.
pub const MAX_CELLS: usize = 20_000_000;
/// The most cells of a sheet the workbook library reads as a whole grid (ODS, XLS): each takes
/// some tens of bytes there, so this keeps one under a few hundred megabytes. A list of 100,000
/// people with 50 columns fits.
pub const MAX_GRID_CELLS: usize = 5_000_000;

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
    /// The columns whose value a merged range above gave it ([`super::merged`]): what the row
    /// says there is the range's, not its own. Empty for most rows.
    pub merged: Vec<usize>,
}

/// A list as read: its header and its rows, blank rows left out and counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    pub source: Source,
    /// The file read, if it was read from one: the output must not be written over it.
    pub path: Option<std::path::PathBuf>,
    /// The sheet read (workbooks only).
    pub sheet: Option<String>,
    pub headers: Vec<String>,
    /// The rows from the top down to the header's last, as the file has them: a title, a
    /// 填报单位 line, the header's one or two rows. So that they are known again further down,
    /// where two lists were pasted one under the other ([`List::header_again`]).
    pub header_rows: Vec<Vec<String>>,
    pub rows: Vec<ListRow>,
    /// Rows under the header with no cell filled: not a person, so not screened.
    pub blank: usize,
}

impl List {
    /// The column whose header is `header` (spaces around it aside).
    pub fn column(&self, header: &str) -> Option<usize> {
        self.headers.iter().position(|h| h.trim() == header.trim())
    }

    /// Whether `row` is one of the header's rows, or of the title lines above it, again
    /// (spaces and a value merged over it aside): two lists pasted one under the other, each
    /// with its heading. Not a person.
    pub fn header_again(&self, row: &ListRow) -> bool {
        self.header_rows.iter().any(|header| {
            let width = header.len().max(row.cells.len());
            (0..width).all(|c| {
                let theirs = header.get(c).map_or("", |h| h.trim());
                let ours = match row.merged.contains(&c) {
                    true => "",
                    false => row.cells.get(c).map_or("", |cell| cell.trim()),
                };
                theirs == ours
            })
        })
    }

    /// Reads the list at `path`: a workbook by its extension (`.xlsx`, `.xlsm`, `.xls`, `.ods`),
    /// anything else as CSV. `sheet` names the worksheet; the first one otherwise. A CSV file
    /// has no sheets: naming one for it is refused ([`ListError::SheetOfCsv`]).
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
                // A sheet named for a CSV file says staff meant another file (issue #17: it was
                // ignored, and the CSV list screened as if it were the sheet). A file that is
                // not there, or a folder, is said as such first.
                let mut file = open_file(path)?;
                if let Some(name) = sheet {
                    return Err(ListError::SheetOfCsv(name.to_owned()));
                }
                let mut bytes = Vec::new();
                std::io::Read::read_to_end(&mut file, &mut bytes)
                    .map_err(|e| unreadable(path, e))?;
                let mut list = List::from_csv(&bytes)?;
                list.path = Some(path.to_path_buf());
                return Ok(list);
            }
        };
        // A file that is not there, cannot be opened or is a folder is said as such, not as a
        // bad workbook.
        open_file(path)?;
        // The library expands every sheet of an ODS or XLS file when it opens it: measure them
        // first (an XLSX sheet is read cell by cell below).
        // An ODS file's merged cells are found there too: the library does not report them.
        // Both are zip archives of XML: one that unpacks to gigabytes is refused unread.
        if matches!(source, Source::Xlsx | Source::Ods) {
            super::unpacked::check(path)?;
        }
        let mut ods_merged = match source {
            Source::Ods => super::ods::check(path)?,
            Source::Xls => {
                super::xls::check(path)?;
                super::ods::MergedBySheet::new()
            }
            Source::Xlsx | Source::Csv(_) => super::ods::MergedBySheet::new(),
        };
        let mut book = calamine::open_workbook_auto(path).map_err(|e| workbook_error(path, e))?;
        let names = book.sheet_names();
        let name = match sheet {
            Some(wanted) => names
                .iter()
                .find(|n| n.as_str() == wanted)
                .cloned()
                .ok_or_else(|| ListError::NoSheet(wanted.to_owned(), names.clone()))?,
            None => names.first().cloned().ok_or(ListError::NoHeader)?,
        };
        // The rows, the sheet's merged ranges (see `merged`), and the sheet column of the
        // rows' first cell.
        let (rows, merges, first_column) = match &mut book {
            // An XLSX sheet is read cell by cell: its range would be allocated whole, as large as
            // the cells farthest apart (one stray cell at XFD1048576 is 17 billion cells).
            Sheets::Xlsx(xlsx) => {
                let mut cells = xlsx
                    .worksheet_cells_reader(&name)
                    .map_err(|e| workbook_error(path, calamine::Error::Xlsx(e)))?;
                let mut grid = Grid::default();
                while let Some(cell) = cells
                    .next_cell()
                    .map_err(|e| workbook_error(path, calamine::Error::Xlsx(e)))?
                {
                    let (row, col) = cell.get_position();
                    let text = cell_text(&Data::from(cell.get_value().clone()));
                    grid.put(row as usize, col as usize, text)?;
                }
                drop(cells);
                let merges = xlsx
                    .worksheet_merge_cells(&name)
                    .transpose()
                    .map_err(|e| workbook_error(path, calamine::Error::Xlsx(e)))?;
                let (rows, first_column) = grid.rows();
                (rows, merges.unwrap_or_default(), first_column)
            }
            // XLS (at most 65,536 by 256 cells) and ODS come as a range.
            book => {
                let range = book
                    .worksheet_range(&name)
                    .map_err(|e| workbook_error(path, e))?;
                let (height, width) = range.get_size();
                bounded(height, width)?;
                // Row numbers as a spreadsheet shows them: the range may start below row 1.
                let (first, first_column) = range
                    .start()
                    .map_or((0, 0), |(row, col)| (row as usize, col));
                let rows = range
                    .rows()
                    .enumerate()
                    .map(|(i, cells)| (first + i + 1, cells.iter().map(cell_text).collect()))
                    .collect();
                // The library reports the merged ranges of an XLS sheet; an ODS sheet's were
                // found when it was measured.
                let merges = match book {
                    Sheets::Xls(xls) => xls.worksheet_merge_cells(&name).unwrap_or_default(),
                    _ => ods_merged.remove(&name).unwrap_or_default(),
                };
                (rows, merges, first_column)
            }
        };
        let mut list = List::from_rows(source, rows, first_column as usize)?;
        super::merged::fill_down(&mut list.rows, &merges, list.headers.len(), first_column)?;
        list.sheet = Some(name);
        list.path = Some(path.to_path_buf());
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
        // Each line's fields, the empty ones at its end included, and the widest any line's
        // filled fields reach.
        let mut widths = Vec::new();
        let mut widest = 0;
        let mut counter = RowCounter::new(&text);
        let mut cells = 0usize;
        for record in reader.records() {
            let record = record.map_err(|e| ListError::Csv {
                line: e.position().map_or(counter.last_row() + 1, |p| {
                    counter.row_at(p.byte() as usize)
                }),
            })?;
            let line = record.position().map_or(counter.last_row() + 1, |p| {
                counter.row_at(p.byte() as usize)
            });
            // A line's empty fields after its last filled one are not read into cells (a line
            // ending in 2,000,000 commas was refused as too wide, and 100,000 lines of 210
            // fields, most of them empty, as too many cells; kept, their memory stayed).
            let used = (0..record.len())
                .rev()
                .find(|&i| record.get(i).is_some_and(|f| !f.is_empty()))
                .map_or(0, |last| last + 1);
            let row: Vec<String> = record.iter().take(used).map(str::to_owned).collect();
            counter.passed(&row);
            cells += row.len();
            bounded(line, row.len())?;
            if cells > MAX_CELLS {
                return Err(ListError::TooManyCells { limit: MAX_CELLS });
            }
            widest = widest.max(used);
            widths.push(record.len());
            rows.push((line, row));
        }
        // Up to the widest line's last filled field they are put back: they are all a CSV line
        // has of a merged header cell's width (是否就业 over 是 | 否), and a line is the same
        // line wherever it is (a header repeated further down is known again). Past it they
        // are no columns, as in a workbook.
        let padded = widths.iter().map(|&w| w.min(widest)).sum::<usize>();
        if padded > MAX_CELLS {
            return Err(ListError::TooManyCells { limit: MAX_CELLS });
        }
        for ((_, row), width) in rows.iter_mut().zip(widths) {
            row.resize(width.min(widest).max(row.len()), String::new());
        }
        List::from_rows(Source::Csv(encoding), rows, 0)
    }

    /// The header (found by [`header::rows`]) and the rows under it; `first_column` is the
    /// sheet column of the rows' first cell (0 for column A), for the letters of headers left
    /// empty.
    fn from_rows(
        source: Source,
        rows: impl IntoIterator<Item = (usize, Vec<String>)>,
        first_column: usize,
    ) -> Result<List> {
        let mut rows: Vec<(usize, Vec<String>)> = rows.into_iter().collect();
        let (upper, lower) = header::rows(&rows)?;
        let under = rows.split_off(lower + 1);
        let mut raw = header::joined(&rows, upper, lower).ok_or(ListError::NoHeader)?;
        // Columns past the last named one that hold nothing below are no columns (a CSV
        // header line ending in commas, a sheet formatted wider than its list): the mapping
        // table would offer staff hundreds of empty columns named by their letters.
        let named = raw
            .iter()
            .rposition(|h| !h.trim().is_empty())
            .map_or(0, |c| c + 1);
        let filled = under
            .iter()
            .filter_map(|(_, cells)| cells.iter().rposition(|c| !c.trim().is_empty()))
            .map(|c| c + 1)
            .max()
            .unwrap_or(0);
        raw.truncate(named.max(filled));
        // What split_off left: the rows down to the header's last.
        let header_rows = rows.iter().map(|(_, cells)| cells.clone()).collect();
        let mut list = List {
            source,
            path: None,
            sheet: None,
            headers: name_headers(&raw, first_column),
            header_rows,
            rows: Vec::new(),
            blank: 0,
        };
        for (line, cells) in under {
            if cells.iter().all(|c| c.trim().is_empty()) {
                list.blank += 1;
            } else {
                list.rows.push(ListRow {
                    line,
                    cells,
                    merged: Vec::new(),
                });
            }
        }
        Ok(list)
    }
}

/// Opens the list's file: one that is not there or cannot be opened, and a folder (which opens
/// like a file on Linux), are refused as unreadable, with the reason (issue #17 review: a folder
/// named `名单.csv` was said to be a CSV file with no sheets); anything else that is not a file
/// (a device, a named pipe) is refused before it is opened (review: `/dev/zero` was read until
/// the memory ran out, and opening a pipe waits for a writer for ever).
fn open_file(path: &Path) -> Result<std::fs::File> {
    let kind = std::fs::metadata(path)
        .map_err(|e| unreadable(path, e))?
        .file_type();
    if kind.is_dir() {
        return Err(unreadable(path, std::io::ErrorKind::IsADirectory.into()));
    }
    if !kind.is_file() {
        return Err(ListError::NotAFile(path.to_path_buf()));
    }
    std::fs::File::open(path).map_err(|e| unreadable(path, e))
}

/// The list at `path` could not be read, for `reason`.
fn unreadable(path: &Path, reason: std::io::Error) -> ListError {
    ListError::Read {
        path: path.to_path_buf(),
        reason,
    }
}

/// Refuses a list past [`MAX_ROWS`] rows or [`MAX_COLUMNS`] columns.
pub(super) fn bounded(rows: usize, columns: usize) -> Result<()> {
    if rows > MAX_ROWS {
        return Err(ListError::TooManyRows { limit: MAX_ROWS });
    }
    if columns > MAX_COLUMNS {
        return Err(ListError::TooManyColumns { limit: MAX_COLUMNS });
    }
    Ok(())
}

/// Refuses a sheet the workbook library would lay out as a grid of `rows` by `columns` past
/// [`bounded`]'s limits or [`MAX_GRID_CELLS`] cells.
pub(super) fn bounded_grid(rows: usize, columns: usize) -> Result<()> {
    bounded(rows, columns)?;
    if rows.saturating_mul(columns) > MAX_GRID_CELLS {
        return Err(ListError::TooManyCells {
            limit: MAX_GRID_CELLS,
        });
    }
    Ok(())
}

/// The cells of a sheet read one by one, kept by row: only the cells that hold something take
/// memory, and the rows between them are empty.
#[derive(Default)]
struct Grid {
    rows: BTreeMap<usize, Vec<String>>,
    cells: usize,
}

impl Grid {
    /// Puts the text of the cell at `row`, `col` (both from 0).
    fn put(&mut self, row: usize, col: usize, text: String) -> Result<()> {
        // A cell of spaces far below the list (a stray keystroke) says nothing: it must not
        // make the list too large to read (issue #17 review).
        if text.trim().is_empty() {
            return Ok(());
        }
        bounded(row + 1, col + 1)?;
        let cells = self.rows.entry(row).or_default();
        if cells.len() <= col {
            self.cells += col + 1 - cells.len();
            if self.cells > MAX_CELLS {
                return Err(ListError::TooManyCells { limit: MAX_CELLS });
            }
            cells.resize(col + 1, String::new());
        }
        if let Some(slot) = cells.get_mut(col) {
            *slot = text;
        }
        Ok(())
    }

    /// The rows from the first with a cell to the last, numbered as a spreadsheet numbers them,
    /// with the empty rows between them (they are counted as blank, not lost), and the sheet
    /// column of their first cell: columns left empty in every row before the list's first
    /// are left out, as the library's range leaves them out of an XLS or ODS sheet (issue #17
    /// review: a list starting in column B had an empty column "A" in the output).
    fn rows(mut self) -> (Vec<(usize, Vec<String>)>, u32) {
        let (Some(first), Some(last)) = (
            self.rows.keys().next().copied(),
            self.rows.keys().next_back().copied(),
        ) else {
            return (Vec::new(), 0);
        };
        let first_column = self
            .rows
            .values()
            .filter_map(|cells| cells.iter().position(|c| !c.is_empty()))
            .min()
            .unwrap_or(0);
        let rows = (first..=last)
            .map(|r| {
                let mut cells = self.rows.remove(&r).unwrap_or_default();
                cells.drain(..first_column.min(cells.len()));
                (r + 1, cells)
            })
            .collect();
        (rows, u32::try_from(first_column).unwrap_or(0))
    }
}

/// The row numbers of a CSV file as Excel and WPS show them: a line break of any kind (`\r\n`,
/// `\n`, `\r`) starts a row, a blank line is a row, and a line break inside a quoted cell does
/// not start one. (The csv crate's own line count does not match: issue #17 review.)
struct RowCounter<'t> {
    text: &'t str,
    /// How far into the text the breaks are counted.
    at: usize,
    breaks: usize,
    /// The line breaks inside the cells of the records passed.
    inside: usize,
    last: usize,
}

impl<'t> RowCounter<'t> {
    fn new(text: &'t str) -> Self {
        RowCounter {
            text,
            at: 0,
            breaks: 0,
            inside: 0,
            last: 0,
        }
    }

    /// The row of the record that starts at `byte`: the csv crate gives the position where it
    /// started reading, before the blank lines it skips, so those are stepped over first.
    fn row_at(&mut self, byte: usize) -> usize {
        let skipped = self.text.get(byte..).map_or(0, |rest| {
            rest.len() - rest.trim_start_matches(['\r', '\n']).len()
        });
        let byte = byte + skipped;
        if byte > self.at {
            self.breaks += line_breaks(self.text.get(self.at..byte).unwrap_or_default());
            self.at = byte;
        }
        self.last = (self.breaks + 1).saturating_sub(self.inside);
        self.last
    }

    /// Notes the cells of the record just read.
    fn passed(&mut self, cells: &[String]) {
        self.inside += cells.iter().map(|c| line_breaks(c)).sum::<usize>();
    }

    fn last_row(&self) -> usize {
        self.last
    }
}

/// The line breaks in `text`: `\r\n`, `\n` and a lone `\r` each count one.
fn line_breaks(text: &str) -> usize {
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

/// Headers trimmed; an empty one named by its column letter (as the sheet shows it: the first
/// header is in sheet column `first_column`), a repeated one with its letter after it, so that
/// a mapping can name every column.
fn name_headers(raw: &[String], first_column: usize) -> Vec<String> {
    let mut names: Vec<String> = Vec::with_capacity(raw.len());
    for (i, h) in (first_column..).zip(raw) {
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

/// The delimiter the first lines use most: comma, tab or semicolon; a comma when none is used
/// more (a title line above the header may hold none: issue #17 review, it was read with `;`).
fn delimiter(text: &str) -> u8 {
    let count = |d: u8| {
        text.lines()
            .take(20)
            .map(|l| l.bytes().filter(|b| *b == d).count())
            .sum::<usize>()
    };
    let mut best = (b',', count(b','));
    for d in [b'\t', b';'] {
        let n = count(d);
        if n > best.1 {
            best = (d, n);
        }
    }
    best.0
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
        calamine::Error::Io(reason) => unreadable(path, reason),
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
