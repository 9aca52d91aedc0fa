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
//! It does not read the cells' values: that stays the library's.

use std::io::BufReader;
use std::path::Path;

use quick_xml::events::{BytesStart, Event};

use super::read::bounded_grid;
use super::Result;

/// Refuses the ODS file at `path` when any of its sheets would expand past
/// [`super::MAX_ROWS`] rows, [`super::MAX_COLUMNS`] columns or [`super::MAX_GRID_CELLS`]
/// cells. A file that is not a readable ODS passes: the library says what is wrong with it.
pub fn check(path: &Path) -> Result<()> {
    let Ok(file) = std::fs::File::open(path) else {
        return Ok(());
    };
    let Ok(mut zip) = zip::ZipArchive::new(file) else {
        return Ok(());
    };
    let Ok(content) = zip.by_name("content.xml") else {
        return Ok(());
    };
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(content));
    let mut buf = Vec::new();
    let mut sheet = Sheet::default();
    let mut row = Row::default();
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(event) => event,
            // Damaged XML: the library refuses it in its own words.
            Err(_) => return Ok(()),
        };
        match event {
            Event::Eof => return Ok(()),
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"table:table" => {
                sheet = Sheet::default();
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
            Event::Start(e) if is_cell(&e) => row.cell(repeated(&e, COLUMNS), true),
            Event::Empty(e) if is_cell(&e) => {
                let valued = e.try_get_attribute(b"office:value-type").ok().flatten();
                row.cell(repeated(&e, COLUMNS), valued.is_some());
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

/// A sheet as far as it has been read: rows passed, and the grid its filled cells span.
#[derive(Default)]
struct Sheet {
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
