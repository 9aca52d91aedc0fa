//! What an ODS workbook's sheets claim, measured before anything expands them.
//!
//! An ODS file says "this row, 300,000 times" (`table:number-rows-repeated`) and "this cell,
//! 1,000 times" (`table:number-columns-repeated`) in a few bytes; the workbook library expands
//! every sheet into a dense grid when it opens the file, so a file of under a kilobyte can ask
//! for gigabytes (issue #17 review). This streams `content.xml` once and sizes each sheet the
//! way that grid would be: down to its last row that holds something, across to the
//! farthest cell that holds something. Rows and cells that hold nothing (a styled empty area)
//! cost nothing here and are not expanded by the library either.
//!
//! The same pass notes each sheet's merged cells (a cell that says it spans rows or columns,
//! `table:number-rows-spanned`, `table:number-columns-spanned`), which the library does not
//! report for ODS, so that a value merged down over several people is each one's, as in an
//! XLSX or XLS list ([`super::merged`]).
//!
//! It does not read the cells' values: that stays the library's.

use std::collections::BTreeMap;
use std::io::BufReader;
use std::path::Path;

use calamine::Dimensions;
use quick_xml::events::{BytesStart, Event};

use super::read::{bounded_grid, MAX_GRID_CELLS};
use super::{ListError, Result};

/// Each sheet's merged ranges, by the sheet's name (rows and columns from 0, as the library
/// numbers them).
pub type MergedBySheet = BTreeMap<String, Vec<Dimensions>>;

/// Refuses the ODS file at `path` when any of its sheets would expand past
/// [`super::MAX_ROWS`] rows, [`super::MAX_COLUMNS`] columns or [`super::MAX_GRID_CELLS`]
/// cells, or claims more merged ranges than such a sheet has cells; otherwise gives each
/// sheet's merged ranges. A file that is not a readable ODS passes (with none): the library
/// says what is wrong with it.
pub fn check(path: &Path) -> Result<MergedBySheet> {
    let mut merged = MergedBySheet::new();
    let Ok(file) = std::fs::File::open(path) else {
        return Ok(merged);
    };
    let Ok(mut zip) = zip::ZipArchive::new(file) else {
        return Ok(merged);
    };
    let Ok(content) = zip.by_name("content.xml") else {
        return Ok(merged);
    };
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(content));
    let mut buf = Vec::new();
    let mut sheet = Sheet::default();
    let mut row = Row::default();
    let mut ranges = 0usize;
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(event) => event,
            // Damaged XML: the library refuses it in its own words.
            Err(_) => return Ok(merged),
        };
        match event {
            Event::Eof => return Ok(merged),
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"table:table" => {
                sheet = Sheet::default();
                sheet.name = e
                    .try_get_attribute(b"table:name")
                    .ok()
                    .flatten()
                    .and_then(|a| {
                        a.decode_and_unescape_value(reader.decoder())
                            .ok()
                            .map(|v| v.into_owned())
                    })
                    .unwrap_or_default();
            }
            Event::Start(e) if e.name().as_ref() == b"table:table-row" => {
                row = Row::starting(repeated(&e, b"table:number-rows-repeated"));
            }
            Event::Empty(e) if e.name().as_ref() == b"table:table-row" => {
                sheet.rows_seen += repeated(&e, b"table:number-rows-repeated");
            }
            Event::End(e) if e.name().as_ref() == b"table:table-row" => {
                sheet.add(&row)?;
            }
            Event::Start(ref e) | Event::Empty(ref e) if is_cell(e) => {
                if let Some(range) = spanned(e, sheet.rows_seen, row.cells) {
                    ranges += 1;
                    if ranges > MAX_GRID_CELLS {
                        return Err(ListError::TooManyCells {
                            limit: MAX_GRID_CELLS,
                        });
                    }
                    merged.entry(sheet.name.clone()).or_default().push(range);
                }
                // An element with content holds something; an empty one only if it has a value.
                let holds_something = matches!(event, Event::Start(_))
                    || e.try_get_attribute(b"office:value-type")
                        .ok()
                        .flatten()
                        .is_some();
                row.cell(repeated(e, COLUMNS), holds_something);
            }
            _ => {}
        }
        buf.clear();
    }
}

const COLUMNS: &[u8] = b"table:number-columns-repeated";

fn is_cell(e: &BytesStart<'_>) -> bool {
    matches!(
        e.name().as_ref(),
        b"table:table-cell" | b"table:covered-table-cell"
    )
}

/// The range a cell at `row`, `column` spans, if it spans more than itself. (A cell repeated
/// across columns spans from its first place only.)
fn spanned(e: &BytesStart<'_>, row: usize, column: usize) -> Option<Dimensions> {
    let rows = repeated(e, b"table:number-rows-spanned");
    let columns = repeated(e, b"table:number-columns-spanned");
    if rows <= 1 && columns <= 1 {
        return None;
    }
    let at = |n: usize| u32::try_from(n).ok();
    Some(Dimensions::new(
        (at(row)?, at(column)?),
        (at(row + rows - 1)?, at(column + columns - 1)?),
    ))
}

/// How many times an element repeats (1 when it does not say, or says nonsense).
fn repeated(e: &BytesStart<'_>, attribute: &[u8]) -> usize {
    e.try_get_attribute(attribute)
        .ok()
        .flatten()
        .and_then(|a| std::str::from_utf8(&a.value).ok()?.trim().parse().ok())
        .unwrap_or(1)
}

/// A row being read: how often it repeats, how many cells so far, and where the last cell
/// that holds something ends.
#[derive(Default)]
struct Row {
    repeats: usize,
    cells: usize,
    filled_to: usize,
}

impl Row {
    fn starting(repeats: usize) -> Row {
        Row {
            repeats,
            ..Row::default()
        }
    }

    fn cell(&mut self, repeats: usize, holds_something: bool) {
        self.cells = self.cells.saturating_add(repeats);
        if holds_something {
            self.filled_to = self.cells;
        }
    }
}

/// A sheet as far as it has been read: its name, the rows passed, and the grid its filled
/// cells span.
#[derive(Default)]
struct Sheet {
    name: String,
    rows_seen: usize,
    height: usize,
    width: usize,
}

impl Sheet {
    fn add(&mut self, row: &Row) -> Result<()> {
        self.rows_seen = self.rows_seen.saturating_add(row.repeats);
        if row.filled_to == 0 {
            return Ok(());
        }
        self.height = self.rows_seen;
        self.width = self.width.max(row.filled_to);
        bounded_grid(self.height, self.width)
    }
}
