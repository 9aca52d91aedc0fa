//! Where a list's header is, and what it names each column. The header is the first row whose
//! cells are mostly filled with text (two thirds as many as the widest of the first rows, two
//! at least where the list has two columns or more) and that has a row under it: a title
//! merged across the top, or a 填报单位/填报日期 line, has one or two cells and is passed over
//! (issue #17 review: the first row of two cells was taken). A header of two rows under
//! merged cells (see [`two_row_header`]) is read as one. It does not name empty or repeated
//! headers: that is `read`'s.

use super::mapping::yes_or_no;
use super::{ListError, Result};

/// The indexes of the header's upper and lower rows in `rows` (the same row for a header of
/// one row).
pub(super) fn rows(rows: &[(usize, Vec<String>)]) -> Result<(usize, usize)> {
    let width = rows
        .iter()
        .take(HEADER_SCAN)
        .map(|(_, cells)| filled(cells))
        .max()
        .unwrap_or(0);
    let header_like = |cells: &[String]| {
        let n = filled(cells);
        let numbers = cells.iter().filter(|c| is_number(c)).count();
        n >= 1
            && n * 3 >= width * 2
            && (width < 2 || n >= 2)
            && numbers * 2 < n
            && !label_line(cells)
    };
    let has_rows_under = |at: usize| rows.iter().skip(at + 1).any(|(_, c)| filled(c) > 0);
    let candidates: Vec<usize> = (0..rows.len())
        .filter(|&i| rows.get(i).is_some_and(|(_, c)| header_like(c)))
        .collect();
    // A one-column list (issue #17 review: all its rows were used up looking for a header
    // of two cells, and "0 rows" was reported) has its header in the first filled row.
    let at = candidates
        .iter()
        .copied()
        .find(|&i| has_rows_under(i))
        .or_else(|| candidates.first().copied())
        .or_else(|| rows.iter().position(|(_, cells)| filled(cells) >= 1))
        .ok_or(ListError::NoHeader)?;
    // A header that leaves columns unnamed (姓名,人员类别,所在县,,,) is narrower than the
    // rows under it, and the first person was taken for the header (issue #17 review). A row
    // above of three text cells or more, each over a filled cell of that row, is the header.
    let at = (0..at)
        .find(|&i| {
            rows.get(i)
                .zip(rows.get(at))
                .is_some_and(|((_, above), (_, first))| names_columns_of(above, first))
        })
        .unwrap_or(at);
    Ok(match (at.checked_sub(1), rows.get(at), rows.get(at + 1)) {
        (_, Some((_, h)), Some((_, below)))
            if two_row_header(h, below)
                && !names_a_prefix_of(h, below)
                && (merged_down_over(h, below) || !recurs_below(rows, at + 1)) =>
        {
            (at, at + 1)
        }
        (Some(above), Some((_, h)), _)
            if rows
                .get(above)
                .is_some_and(|(_, a)| filled(a) >= 2 && two_row_header(a, h)) =>
        {
            (above, at)
        }
        _ => (at, at),
    })
}

/// The header's cells, from one row or joined from two ([`join_headers`]).
pub(super) fn joined(
    rows: &[(usize, Vec<String>)],
    upper: usize,
    lower: usize,
) -> Option<Vec<String>> {
    match (rows.get(upper), rows.get(lower)) {
        (Some((_, top)), Some((_, bottom))) if upper != lower => Some(join_headers(top, bottom)),
        (_, Some((_, only))) => Some(only.clone()),
        _ => None,
    }
}

/// How many of the first rows the header's width is judged from.
const HEADER_SCAN: usize = 100;

/// A 填报单位：… / 填报日期：… / 单位：人 line: most of its filled cells are "label: value".
fn label_line(cells: &[String]) -> bool {
    let labelled = cells.iter().filter(|c| c.contains(['：', ':'])).count();
    labelled * 2 > filled(cells)
}

/// Whether `above` could be the header of a list whose first row is `first`: three text cells
/// or more, none a number, no "label: value" line, each over a cell `first` fills.
fn names_columns_of(above: &[String], first: &[String]) -> bool {
    let named: Vec<usize> = (0..above.len())
        .filter(|&c| !above[c].trim().is_empty())
        .collect();
    named.len() >= 3
        && !label_line(above)
        && named.iter().all(|&c| !is_number(&above[c]))
        && named
            .iter()
            .all(|&c| first.get(c).is_some_and(|f| !f.trim().is_empty()))
}

/// A header naming its first columns without a gap and leaving the rest unnamed, over a row
/// that fills every named column and more: a one-row header over data, not the upper row of
/// a two-row header (whose merged groups leave gaps, or whose lower row is empty under a cell
/// merged down).
fn names_a_prefix_of(header: &[String], below: &[String]) -> bool {
    let n = filled(header);
    n >= 2
        && header.iter().take(n).all(|c| !c.trim().is_empty())
        && names_columns_of(header, below)
        && filled(below) > n
}

/// How many rows under a row [`recurs_below`] looks at.
const RECUR_SCAN: usize = 200;

/// Whether a cell of `rows[at]` recurs in its column in one of the rows below that is not the
/// same row again: a person's group, county or 是/否 do (退役军人 under 退役军人), a header's
/// words do not. So a first person whose cells are all text, under a header that leaves a
/// column unnamed (姓名,人员类别,,所在县), is not read as a header's lower row (issue #17
/// review: they were, and never screened). A header row repeated further down (two sheets'
/// lists pasted one under the other) is not a recurrence, even with a cell changed, where it
/// comes under the row above `at` again (review: a second list's header of two rows, one of
/// its names changed, made the first's lower row a person, and the list was refused).
fn recurs_below(rows: &[(usize, Vec<String>)], at: usize) -> bool {
    let Some((_, row)) = rows.get(at) else {
        return false;
    };
    let above = at.checked_sub(1).and_then(|a| rows.get(a));
    let under_the_header_again = |i: usize| {
        let before = i.checked_sub(1).and_then(|b| rows.get(b));
        above
            .zip(before)
            .is_some_and(|((_, a), (_, b))| same_cells(a, b))
    };
    rows.iter()
        .enumerate()
        .skip(at + 1)
        .take(RECUR_SCAN)
        .filter(|&(i, (_, below))| below != row && !under_the_header_again(i))
        .any(|(_, (_, below))| {
            row.iter()
                .zip(below)
                .any(|(a, b)| !a.trim().is_empty() && a.trim() == b.trim())
        })
}

/// Whether `lower` leaves empty every column that `upper` names alone (a name with a name
/// beside it, or the last: 序号, 姓名, 联系电话 merged down over both rows), and there is one:
/// a header's lower row, whose words fill only the columns a group of `upper` spans, whatever
/// recurs below them (issue #17 review: 人员类别 over 退役军人 | 返乡农民工 | 高校毕业生, with
/// people writing the group's word in its column, was read as a header of one row over a
/// person). A person's row fills their name; one that does not (a first person whose name is
/// missing) says 是, 否, √ or a number somewhere, as no header's word does (a second review:
/// such a person was read as the header's lower row).
fn merged_down_over(upper: &[String], lower: &[String]) -> bool {
    let filled = |cells: &[String], c: usize| cells.get(c).is_some_and(|v| !v.trim().is_empty());
    let alone: Vec<usize> = (0..upper.len())
        .filter(|&c| filled(upper, c) && (c + 1 == upper.len() || filled(upper, c + 1)))
        .collect();
    // 是 beside 否 (or 有 beside 无) is a header's pair under a merged 是否… (a third review:
    // 是否就业 over 是 | 否 made the header one row again); a 是 alone is a person's answer.
    let said = |c: usize| lower.get(c).and_then(|v| yes_or_no(v));
    let a_value = |c: usize| {
        lower.get(c).is_some_and(|v| is_number(v))
            || said(c).is_some_and(|yes| {
                let beside = |d: Option<usize>| d.and_then(said) == Some(!yes);
                !beside(c.checked_sub(1)) && !beside(Some(c + 1))
            })
    };
    !alone.is_empty() && alone.iter().all(|&c| !filled(lower, c)) && !(0..lower.len()).any(a_value)
}

/// Whether two rows hold the same words, spaces around them and empty cells at the end aside.
fn same_cells(a: &[String], b: &[String]) -> bool {
    let words = |cells: &[String]| -> Vec<String> {
        let mut words: Vec<String> = cells.iter().map(|c| c.trim().to_owned()).collect();
        while words.last().is_some_and(String::is_empty) {
            words.pop();
        }
        words
    };
    words(a) == words(b)
}

fn filled(cells: &[String]) -> usize {
    cells.iter().filter(|c| !c.trim().is_empty()).count()
}

fn is_number(cell: &str) -> bool {
    cell.trim().parse::<f64>().is_ok()
}

/// Whether `lower` is the second row of a header whose first row is `upper`: both are text,
/// and a cell of `upper` spans (merged, so empty beside it) two cells `lower` names — 基本信息
/// over 姓名 and 身份证号. A data row under a one-row header has numbers (an ID, a phone) or
/// no such span; a 填报单位：… line above the header is no label row.
fn two_row_header(upper: &[String], lower: &[String]) -> bool {
    let text = |cells: &[String]| cells.iter().all(|c| c.trim().is_empty() || !is_number(c));
    let full = |cells: &[String], i: usize| cells.get(i).is_some_and(|c| !c.trim().is_empty());
    // 填报单位：… and 填报日期：… say who filled the list in, not what a column holds.
    let labels = upper.iter().all(|c| !c.contains(['：', ':']));
    labels
        && text(upper)
        && text(lower)
        && (0..upper.len())
            .any(|c| full(upper, c) && !full(upper, c + 1) && full(lower, c) && full(lower, c + 1))
}

/// One header from two rows: the lower cell (姓名), or the upper one where the lower is empty
/// (序号 merged down over both rows); a lower cell that another column repeats keeps the upper
/// cell over it in front (就业情况/是否 and 创业情况/是否).
fn join_headers(upper: &[String], lower: &[String]) -> Vec<String> {
    let width = upper.len().max(lower.len());
    let mut over = String::new();
    let mut out = Vec::with_capacity(width);
    for c in 0..width {
        let top = upper.get(c).map_or("", |s| s.trim());
        let bottom = lower.get(c).map_or("", |s| s.trim());
        if !top.is_empty() {
            over = top.to_owned();
        }
        let repeated = lower
            .iter()
            .enumerate()
            .any(|(i, other)| i != c && other.trim() == bottom);
        out.push(if bottom.is_empty() {
            top.to_owned()
        } else if repeated && !over.is_empty() {
            format!("{over}/{bottom}")
        } else {
            bottom.to_owned()
        });
    }
    out
}
