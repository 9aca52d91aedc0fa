//! A value cell merged down over several rows, given to each row under it that holds a person.
//!
//! A county office's list often merges a group (退役军人) or a county down over the people it is
//! true of; a person reading the sheet takes it as each one's value, but a workbook stores it in
//! the merge's first cell only, and the rows under it read as empty — unknown (issue #17). The
//! workbook library reports an XLSX or XLS sheet's merged ranges, [`super::ods`] finds an ODS
//! sheet's; this gives each range's value to the rows of the list under its first cell, in its
//! first column:
//!
//! - only down: a range across (吴九's group over the county column too) leaves its value in its
//!   own column, which is the column the header names;
//! - only in the list: a range in or above the header (a title, a header of two rows) is the
//!   header's, already read as such; a range whose first cell holds nothing gives nothing;
//! - only to a row that holds something of its own: a blank row inside a range stays blank, not
//!   a person without a name;
//! - over whatever the file keeps in a covered cell: staff see the range's value there;
//! - only under a header: a column without one is carried through as it is.
//!
//! The rows filled stay within [`MAX_CELLS`] cells in all, whatever ranges a file claims.

use calamine::Dimensions;

use super::read::{ListRow, MAX_CELLS};
use super::{ListError, Result};

/// Gives each merged range's value to the rows under its first cell (see the module's note).
/// `rows` are in the order of their lines, and hold something each; `columns` is the header's
/// width; `first_column` the sheet column of the rows' first cell (0 for column A).
pub fn fill_down(
    rows: &mut [ListRow],
    merged: &[Dimensions],
    columns: usize,
    first_column: u32,
) -> Result<()> {
    // Down, one column at a time, top to bottom: a cell is looked at once, however the ranges
    // overlap (a file may claim any ranges).
    let mut down: Vec<(usize, usize, usize)> = merged
        .iter()
        .filter(|d| d.end.0 > d.start.0 && d.start.1 >= first_column)
        .map(|d| {
            let column = (d.start.1 - first_column) as usize;
            (column, d.start.0 as usize + 1, d.end.0 as usize + 1)
        })
        .filter(|&(column, _, _)| column < columns)
        .collect();
    down.sort_unstable();
    let mut cells: usize = rows.iter().map(|r| r.cells.len()).sum();
    // The last line filled (or passed) in the column being filled.
    let mut done: Option<(usize, usize)> = None;
    for (column, first, last) in down {
        let Ok(top) = rows.binary_search_by_key(&first, |r| r.line) else {
            continue;
        };
        let value = match rows.get(top).and_then(|r| r.cells.get(column)) {
            Some(v) if !v.trim().is_empty() => v.clone(),
            _ => continue,
        };
        let from = match done {
            Some((c, line)) if c == column => line.max(first),
            _ => first,
        };
        let start = rows.partition_point(|r| r.line <= from);
        for row in rows[start..].iter_mut().take_while(|r| r.line <= last) {
            if row.cells.len() <= column {
                cells += column + 1 - row.cells.len();
                if cells > MAX_CELLS {
                    return Err(ListError::TooManyCells { limit: MAX_CELLS });
                }
                row.cells.resize(column + 1, String::new());
            }
            // A cell under the range shows the range's value, whatever the file keeps in it
            // (issue #17 review: LibreOffice keeps the text of the cells a merge covers, and a
            // person under 退役军人 was read with the hidden 女性创业者).
            if let Some(slot) = row.cells.get_mut(column) {
                slot.clone_from(&value);
                if !row.merged.contains(&column) {
                    row.merged.push(column);
                }
            }
        }
        done = Some((column, from.max(last)));
    }
    Ok(())
}
