//! What an ODS workbook's sheets claim, measured before anything expands them.
//!
//! An ODS file says "this row, 300,000 times" (`table:number-rows-repeated`) and "this cell,
//! 1,000 times" (`table:number-columns-repeated`) in a few bytes; the workbook library expands
//! every sheet into a dense grid when it opens the file, so a file of under a kilobyte can ask
//! for gigabytes (issue #17 review). This streams `content.xml` once and sizes each sheet the
//! way that grid would be: down to its last row that holds something, across to the
//! farthest cell that holds something. Before that grid, the library keeps every cell of every
//! row element as written, empty ones too, except each row's last element when it is empty (a
//! styled empty area to the right); a row repeated is kept once. Those are counted too (issue
//! #17 review: 60,000 rows of 1,000 empty cells written one by one, a 3 MB file, took 3 GB).
//!
//! The same pass notes each sheet's merged cells (a cell that says it spans rows or columns,
//! `table:number-rows-spanned`, `table:number-columns-spanned`), which the library does not
//! report for ODS, so that a value merged down over several people is each one's, as in an
//! XLSX or XLS list ([`super::merged`]); at most [`MAX_MERGED_RANGES`] a sheet.
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

/// The most merged ranges a sheet may have: a list merges a group or a county over a few
/// people at a time, so even a list of 100,000 people has far fewer.
pub const MAX_MERGED_RANGES: usize = 1_000_000;

/// Refuses the ODS file at `path` when any of its sheets would expand past
/// [`super::MAX_ROWS`] rows, [`super::MAX_COLUMNS`] columns or [`super::MAX_GRID_CELLS`]
/// cells, or has more than [`MAX_MERGED_RANGES`] merged ranges; otherwise gives each sheet's
/// merged ranges. A file that is not a readable ODS passes (with none): the library
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
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(event) => event,
            // Damaged XML: the library refuses it in its own words.
            Err(_) => return Ok(merged),
        };
        match event {
            Event::Eof => {
                sheet.finish(&mut merged);
                return Ok(merged);
            }
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"table:table" => {
                std::mem::take(&mut sheet).finish(&mut merged);
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
                    if sheet.merged.len() >= MAX_MERGED_RANGES {
                        return Err(ListError::TooManyMergedRanges {
                            limit: MAX_MERGED_RANGES,
                        });
                    }
                    sheet.merged.push(range);
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

/// A row being read: how often it repeats, how many cells so far, where the last cell that
/// holds something ends, and how many cells the library keeps (all but the last element's,
/// when that one is empty).
#[derive(Default)]
struct Row {
    repeats: usize,
    cells: usize,
    filled_to: usize,
    kept: usize,
}

impl Row {
    fn starting(repeats: usize) -> Row {
        Row {
            repeats,
            ..Row::default()
        }
    }

    fn cell(&mut self, repeats: usize, holds_something: bool) {
        // The library keeps the cells before an element once another element follows them.
        self.kept = self.cells;
        self.cells = self.cells.saturating_add(repeats);
        if holds_something {
            self.filled_to = self.cells;
            self.kept = self.cells;
        }
    }
}

/// A sheet as far as it has been read: its name, the rows passed, the grid its filled cells
/// span, the cells the library keeps before it makes that grid, and its merged ranges.
#[derive(Default)]
struct Sheet {
    name: String,
    rows_seen: usize,
    height: usize,
    width: usize,
    kept: usize,
    merged: Vec<Dimensions>,
}

impl Sheet {
    /// Hands the sheet's merged ranges over, under its name (once a sheet, not once a range:
    /// issue #17 review, a long name copied for millions of ranges took minutes).
    fn finish(self, merged: &mut MergedBySheet) {
        if !self.merged.is_empty() {
            merged.entry(self.name).or_default().extend(self.merged);
        }
    }

    fn add(&mut self, row: &Row) -> Result<()> {
        self.rows_seen = self.rows_seen.saturating_add(row.repeats);
        // A repeated row is kept once.
        self.kept = self.kept.saturating_add(row.kept);
        if self.kept > MAX_GRID_CELLS {
            return Err(ListError::TooManyCells {
                limit: MAX_GRID_CELLS,
            });
        }
        if row.filled_to == 0 {
            return Ok(());
        }
        self.height = self.rows_seen;
        self.width = self.width.max(row.filled_to);
        bounded_grid(self.height, self.width)
    }
}
