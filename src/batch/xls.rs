//! What an XLS workbook's sheets hold, measured before anything expands them.
//!
//! The workbook library reads every sheet of an `.xls` file (Excel 97–2003) when it opens it:
//! it sets room aside for as many cells as a sheet's DIMENSIONS record claims, and lays each
//! sheet out as a dense grid from its first cell to its last, so that two cells, at A1 and at
//! IV65536, take 16 million cells — half a gigabyte, twice (issue #17: the limits were checked
//! only after that). This walks the records of the workbook's stream once, in the compound
//! file that holds it (read by `cfb`), and sizes each sheet the way the library would: what
//! its DIMENSIONS record claims, and the span of the cells that hold a value. The rule and the
//! errors are the ODS file's ([`super::ods`]): [`super::MAX_ROWS`] rows,
//! [`super::MAX_COLUMNS`] columns, [`super::MAX_GRID_CELLS`] cells of grid.
//!
//! It does not read the cells' values: that stays the library's. A file that is not a readable
//! XLS passes, and the library says what is wrong with it.

use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use super::read::{bounded, bounded_grid};
use super::Result;

/// The record types this looks at (MS-XLS 2.3), and the cell records the library keeps a
/// value of; each of these starts with its row and column.
const EOF: u16 = 0x000A;
const BOUND_SHEET: u16 = 0x0085;
const DIMENSIONS: u16 = 0x0200;
const MUL_RK: u16 = 0x00BD;
const CELLS: [u16; 6] = [
    0x0006, // Formula
    0x00FD, // LabelSst
    0x0203, // Number
    0x0204, // Label
    0x0205, // BoolErr
    0x027E, // Rk
];

/// Refuses the XLS file at `path` when any of its sheets claims, or holds cells that span,
/// more than [`super::MAX_ROWS`] rows, [`super::MAX_COLUMNS`] columns or
/// [`super::MAX_GRID_CELLS`] cells.
pub fn check(path: &Path) -> Result<()> {
    let Ok(mut container) = cfb::open(path) else {
        return Ok(());
    };
    // The stream's name as Excel 97 and later write it, or as Excel 5 and 95 did.
    let Some(stream) = ["Workbook", "Book"]
        .iter()
        .find_map(|name| container.open_stream(name).ok())
    else {
        return Ok(());
    };
    let mut records = Records::new(BufReader::new(stream));
    // The workbook's own records come first: where each sheet's records start.
    let mut starts = Vec::new();
    while let Some(kind) = records.next() {
        match kind {
            BOUND_SHEET => starts.extend(records.u32_at(0)),
            EOF => break,
            _ => {}
        }
    }
    for start in starts {
        if !records.go_to(start) {
            return Ok(());
        }
        let mut span = Span::default();
        while let Some(kind) = records.next() {
            match kind {
                EOF => break,
                DIMENSIONS => claimed(&records.data)?,
                MUL_RK => {
                    let last = records.data.len().saturating_sub(2);
                    if let (Some(row), Some(first), Some(last)) =
                        (records.u16_at(0), records.u16_at(2), records.u16_at(last))
                    {
                        span.add(row, first, last);
                    }
                }
                kind if CELLS.contains(&kind) => {
                    if let (Some(row), Some(col)) = (records.u16_at(0), records.u16_at(2)) {
                        span.add(row, col, col);
                    }
                }
                _ => {}
            }
        }
        span.check()?;
    }
    Ok(())
}

/// Refuses what a DIMENSIONS record claims past the limits: the library sets room aside for
/// it before it reads a cell. Counted as the library counts it (a first row past the last one
/// wraps around to billions there), which no file Excel writes can reach (65,536 by 256).
fn claimed(data: &[u8]) -> Result<()> {
    let u16_at = |at| le_u16(data, at).map_or(0, u32::from);
    let u32_at = |at| le_u32(data, at).unwrap_or(0);
    let (first_row, end_row, mut first_col, end_col) = match data.len() {
        10 => (u16_at(0), u16_at(2), u16_at(4), u16_at(6)),
        14 => (u32_at(0), u32_at(4), u16_at(8), u16_at(10)),
        // The library refuses any other length.
        _ => return Ok(()),
    };
    if first_col > 0xFF || end_col < first_col {
        first_col = 0;
    }
    if end_row == 0 || end_col == 0 {
        return Ok(());
    }
    let rows = (end_row - 1).wrapping_sub(first_row) as usize + 1;
    let cols = (end_col - 1).wrapping_sub(first_col) as usize + 1;
    bounded(rows, cols)
}

/// The rows and columns a sheet's cells span: the grid the library lays out.
#[derive(Default)]
struct Span {
    /// First and last row, first and last column.
    bounds: Option<(u16, u16, u16, u16)>,
}

impl Span {
    fn add(&mut self, row: u16, first: u16, last: u16) {
        let (first, last) = (first.min(last), first.max(last));
        self.bounds = Some(match self.bounds {
            None => (row, row, first, last),
            Some((top, bottom, left, right)) => (
                top.min(row),
                bottom.max(row),
                left.min(first),
                right.max(last),
            ),
        });
    }

    fn check(&self) -> Result<()> {
        let Some((top, bottom, left, right)) = self.bounds else {
            return Ok(());
        };
        bounded_grid(usize::from(bottom - top) + 1, usize::from(right - left) + 1)
    }
}

/// The records of a workbook stream, one at a time: a type, a length of at most 65,535 bytes
/// and the data. The data of the last record read is kept in `data`.
struct Records<R> {
    reader: R,
    data: Vec<u8>,
}

impl<R: Read + Seek> Records<R> {
    fn new(reader: R) -> Self {
        Records {
            reader,
            data: Vec::new(),
        }
    }

    /// The next record's type, or nothing at the end of the stream or where it breaks off.
    fn next(&mut self) -> Option<u16> {
        let mut head = [0u8; 4];
        self.reader.read_exact(&mut head).ok()?;
        let kind = u16::from_le_bytes([head[0], head[1]]);
        let len = usize::from(u16::from_le_bytes([head[2], head[3]]));
        self.data.resize(len, 0);
        self.reader.read_exact(&mut self.data).ok()?;
        Some(kind)
    }

    /// Goes to the record at `offset` in the stream.
    fn go_to(&mut self, offset: u32) -> bool {
        self.reader.seek(SeekFrom::Start(u64::from(offset))).is_ok()
    }

    fn u16_at(&self, at: usize) -> Option<u16> {
        le_u16(&self.data, at)
    }

    fn u32_at(&self, at: usize) -> Option<u32> {
        le_u32(&self.data, at)
    }
}

/// The little-endian number of two bytes at `at` in `data`, if it has them.
fn le_u16(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

/// The little-endian number of four bytes at `at` in `data`, if it has them.
fn le_u32(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(data.get(at..at + 4)?.try_into().ok()?))
}
