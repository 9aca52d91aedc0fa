//! The output workbook of a screened list, in the reader's language: a summary (counts per
//! measure and status, per group, and rows in = rows screened + rows in errors), one sheet per
//! row (every measure's status and the one question still to ask), the errors (row, column,
//! value, reason), and one sheet per measure that some row can apply for or the department
//! decides for (who, the status, the office to contact first).
//!
//! Every sheet is written row by row through files in `tempdir` (the output's own folder, so
//! the list's personal data goes nowhere else), not held whole in memory. The caller writes
//! the workbook to a temporary file and renames it into place. The rows written, then the
//! bytes saved, are reported as they go, and a caller that says stop stops either.
//!
//! A status is worded for what the measure offers, as on the results screen: a benefit is
//! applied for (可以申请), a service used (可以使用), a programme taken part in (可以参加).
//!
//! The workbook writer (rust_xlsxwriter) opens a file in the system's temporary folder for
//! every sheet before it is told of `tempdir`, and panics when it cannot: that folder is
//! checked first and said as [`ListError::TempDir`], and a panic that still comes is caught
//! here and returned as an error, so that the caller can remove its part file.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;

use rust_xlsxwriter::{Format, Workbook, Worksheet};

use super::progress::{Progress, Stage, Step, Watched, REPORT_EVERY_ROWS};
use super::read::{List, Source};
use super::screen::{Found, Screening};
use super::{ListError, Mapping, Result};
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::pack::{MeasureKind, PackText, PolicyPack};

/// What a screening came to, as the summary sheet and the caller say it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub source: Source,
    /// Rows with something on them, under the header.
    pub rows_in: usize,
    pub screened: usize,
    pub in_error: usize,
    /// Rows with nothing on them, left out (not a person).
    pub blank: usize,
    /// For each measure (pack order): its id and how many rows had each status, in
    /// [`Found::ALL`]'s order.
    pub measures: Vec<(String, [usize; 5])>,
}

impl Summary {
    pub fn of(list: &List, pack: &PolicyPack, screening: &Screening) -> Summary {
        let mut measures: Vec<(String, [usize; 5])> = pack
            .measures
            .iter()
            .map(|m| (m.id.clone(), [0; 5]))
            .collect();
        for row in &screening.rows {
            for (i, found) in row.found.iter().enumerate() {
                if let Some((_, counts)) = measures.get_mut(i) {
                    counts[*found as usize] += 1;
                }
            }
        }
        Summary {
            source: list.source,
            rows_in: list.rows.len(),
            screened: screening.rows.len(),
            in_error: screening.rows_in_error,
            blank: list.blank,
            measures,
        }
    }
}

/// The words of one language for the workbook.
struct Words<'a> {
    loc: &'a Localizer,
    locale: Locale,
}

impl Words<'_> {
    fn app(&self, id: &str) -> String {
        self.loc.app(self.locale, id, &[])
    }
    fn pack(&self, text: PackText<'_>, attr: Option<&str>) -> String {
        self.loc.text(self.locale, text, attr)
    }
    fn status(&self, found: Found) -> String {
        self.app(&format!("list-status-{}", found.key()))
    }
    /// A status worded for the kind of measure (issue #17 review: every measure was 可以申请).
    fn status_for(&self, found: Found, kind: MeasureKind) -> String {
        match (found, kind) {
            (_, MeasureKind::Benefit)
            | (Found::Unknown | Found::Ineligible | Found::Expired, _) => self.status(found),
            (Found::Eligible | Found::NeedsReview, kind) => {
                self.app(&format!("list-status-{}-{}", found.key(), kind.as_str()))
            }
        }
    }
}

/// How hard the workbook's XML is compressed into its file (deflate, 1 to 9; the library's
/// default is 6): most of the saving's time is the compression, and a list's workbook is
/// large (see the README's Performance).
const ZIP_LEVEL: u8 = 1;

/// The longest text a workbook cell holds, in characters.
const CELL_CHARS: usize = 32_767;

/// Writes the workbook for `screening` of `list` to `out` (see [`write_workbook`]), first
/// making sure that nothing in the writer can panic on the temporary folder, and turning a
/// panic that comes all the same into an error.
#[allow(clippy::too_many_arguments)]
pub(crate) fn write_workbook_safely<W: Write + Send>(
    out: W,
    tempdir: &Path,
    list: &List,
    mapping: &Mapping,
    screening: &Screening,
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    on: time::Date,
    progress: Progress<'_>,
) -> Result<Summary> {
    writable_temp_dir()?;
    QUIET.with(|quiet| quiet.set(true));
    let written = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        write_workbook(
            out, tempdir, list, mapping, screening, pack, loc, locale, on, progress,
        )
    }));
    QUIET.with(|quiet| quiet.set(false));
    written.unwrap_or_else(|panic| {
        Err(ListError::Write(
            os_error_in(panic.as_ref())
                .unwrap_or_else(|| std::io::Error::other("the workbook writer failed")),
        ))
    })
}

/// The system's error a panic of the workbook writer names, if it names one: the library
/// panics with the `io::Error` it met in its message (`Couldn't write to xml file: Os { code:
/// 28, kind: StorageFull, … }`), and its code says "the disk is full" better than "the writer
/// failed" does.
fn os_error_in(panic: &(dyn std::any::Any + Send)) -> Option<std::io::Error> {
    let text = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())?;
    let (_, after) = text.split_once("Os { code: ")?;
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok().map(std::io::Error::from_raw_os_error)
}

thread_local! {
    /// Whether this thread is inside [`write_workbook_safely`]'s catch, where a panic of the
    /// workbook writer is said as an error.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Installs, at start-up, a panic hook that says nothing of the panics the workbook library
/// makes in its own code inside [`write_workbook_safely`] — a full disk while the sheets are
/// written makes it panic ("Couldn't write to xml file"), which is caught there and said as an
/// error in words — and leaves every other panic to the hook installed before it, ours in the
/// writing too (issue #17 review: Rust's panic message and a backtrace were printed above the
/// worded error; a later review: a bug of ours there would have gone unsaid).
pub fn quiet_writer_panics() {
    let before = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let library = info
            .location()
            .is_some_and(|at| at.file().contains("rust_xlsxwriter"));
        if !(library && QUIET.with(std::cell::Cell::get)) {
            before(info);
        }
    }));
}

/// Whether a file can be made in the system's temporary folder, where the workbook writer
/// opens one for every sheet (and panics if it cannot) before it uses `tempdir`.
fn writable_temp_dir() -> Result<()> {
    let dir = std::env::temp_dir();
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let probe = dir.join(format!(".navigator-{}-{n}.probe", std::process::id()));
    match crate::files::create_new(&probe) {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            Ok(())
        }
        Err(reason) => Err(ListError::TempDir { path: dir, reason }),
    }
}

/// Rows written of all the sheets' rows, reported every [`REPORT_EVERY_ROWS`].
struct Rows<'p> {
    progress: Progress<'p>,
    done: usize,
    total: usize,
}

impl Rows<'_> {
    /// One more row written; [`ListError::Cancelled`] if the caller says stop.
    fn one(&mut self) -> Result<()> {
        self.done += 1;
        if self.done.is_multiple_of(REPORT_EVERY_ROWS) || self.done == self.total {
            let step = Step::new(Stage::Writing, self.done, self.total);
            if !(self.progress)(step) {
                return Err(ListError::Cancelled);
            }
        }
        Ok(())
    }
}

/// Writes the workbook for `screening` of `list` to `out`. `progress` hears the rows written
/// ([`Stage::Writing`]), then the bytes saved ([`Stage::Saving`]); when it says stop, the
/// writing stops with [`ListError::Cancelled`] and what reached `out` is the caller's to
/// throw away.
#[allow(clippy::too_many_arguments)]
pub fn write_workbook<W: Write + Send>(
    out: W,
    tempdir: &Path,
    list: &List,
    mapping: &Mapping,
    screening: &Screening,
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    on: time::Date,
    progress: Progress<'_>,
) -> Result<Summary> {
    let words = Words { loc, locale };
    let summary = Summary::of(list, pack, screening);
    // The sheet of every row, the errors, then a row on a measure's sheet for each measure
    // worth a call.
    let callers: usize = summary
        .measures
        .iter()
        .flat_map(|(_, counts)| Found::ALL.iter().zip(counts))
        .filter(|(found, _)| found.worth_a_call())
        .map(|(_, n)| n)
        .sum();
    let mut written = Rows {
        progress,
        done: 0,
        total: screening.rows.len() + screening.errors.len() + callers,
    };
    let mut book = Workbook::new();
    book.set_tempdir(tempdir)?;
    book.set_zip_compression_level(ZIP_LEVEL);
    let bold = Format::new().set_bold();
    let mapped: BTreeSet<usize> = mapping
        .columns
        .iter()
        .filter_map(|c| list.column(&c.header))
        .collect();
    // The columns that say who a row is: those the rules never read.
    let carried: Vec<usize> = (0..list.headers.len())
        .filter(|c| !mapped.contains(c))
        .collect();
    let mut names = BTreeSet::new();

    // The summary.
    let sheet = new_sheet(&mut book, &mut names, &words.app("list-sheet-summary"))?;
    sheet.set_column_width(0, 40)?;
    let facts = [
        ("list-summary-source", summary.source.name().to_owned()),
        ("list-summary-date", crate::answers::format_date(on)),
        (
            "list-summary-pack",
            format!("{} {}", pack.manifest.id, pack.manifest.version),
        ),
    ];
    let mut r = 0;
    for (id, value) in facts {
        sheet.write_string_with_format(r, 0, words.app(id), &bold)?;
        sheet.write_string(r, 1, value)?;
        r += 1;
    }
    for (id, n) in [
        ("list-summary-rows-in", summary.rows_in),
        ("list-summary-screened", summary.screened),
        ("list-summary-in-error", summary.in_error),
        ("list-summary-blank", summary.blank),
    ] {
        sheet.write_string_with_format(r, 0, words.app(id), &bold)?;
        sheet.write_number(r, 1, n as f64)?;
        r += 1;
    }
    r += 1;
    sheet.write_string_with_format(r, 0, words.app("list-col-measure"), &bold)?;
    for (c, found) in (1u16..).zip(Found::ALL) {
        // A column counts measures of every kind: its heading says so (issue #17 review: it
        // said 可以申请 over services and programmes too).
        let heading = match found {
            Found::Eligible => words.app("list-status-eligible-any"),
            other => words.status(other),
        };
        sheet.write_string_with_format(r, c, heading, &bold)?;
    }
    r += 1;
    for (id, counts) in &summary.measures {
        sheet.write_string(r, 0, words.pack(PackText::Measure(id), None))?;
        for (c, n) in (1u16..).zip(counts) {
            sheet.write_number(r, c, *n as f64)?;
        }
        r += 1;
    }
    r += 1;
    let mut by_group: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for row in &screening.rows {
        let any = row.found.iter().any(|f| f.worth_a_call());
        for g in &row.groups {
            let entry = by_group.entry(g.as_str()).or_default();
            entry.0 += 1;
            entry.1 += usize::from(any);
        }
    }
    sheet.write_string_with_format(r, 0, words.app("list-col-group"), &bold)?;
    sheet.write_string_with_format(r, 1, words.app("list-col-people"), &bold)?;
    sheet.write_string_with_format(r, 2, words.app("list-col-people-to-call"), &bold)?;
    r += 1;
    if let Some(audience) = pack.audience() {
        for option in &audience.options {
            let (n, call) = by_group.get(option.as_str()).copied().unwrap_or_default();
            sheet.write_string(
                r,
                0,
                words.pack(PackText::Option(&audience.id, option), None),
            )?;
            sheet.write_number(r, 1, n as f64)?;
            sheet.write_number(r, 2, call as f64)?;
            r += 1;
        }
    }

    // One row per person.
    let sheet = new_sheet(&mut book, &mut names, &words.app("list-sheet-rows"))?;
    let mut heading = vec![words.app("list-col-row")];
    heading.extend(list.headers.iter().cloned());
    heading.push(words.app("list-col-ask"));
    heading.extend(
        pack.measures
            .iter()
            .map(|m| words.pack(PackText::Measure(&m.id), None)),
    );
    write_heading(sheet, &heading, &bold)?;
    // Each measure's five statuses, worded once for its kind rather than once per row.
    let statuses: Vec<Vec<String>> = pack
        .measures
        .iter()
        .map(|m| {
            Found::ALL
                .iter()
                .map(|f| words.status_for(*f, m.kind))
                .collect()
        })
        .collect();
    let said = |measure: usize, found: Found| {
        statuses
            .get(measure)
            .and_then(|s| s.get(found as usize))
            .map_or("", String::as_str)
    };
    let asks: BTreeMap<&str, String> = pack
        .questions
        .iter()
        .map(|q| (q.id.as_str(), words.pack(PackText::Question(&q.id), None)))
        .collect();
    for (r, row) in (1u32..).zip(&screening.rows) {
        let Some(source) = list.rows.get(row.index) else {
            continue;
        };
        sheet.write_number(r, 0, source.line as f64)?;
        let mut c = 1u16;
        for (h, header) in list.headers.iter().enumerate() {
            let cell = source.cells.get(h).map_or("", String::as_str);
            write_text(sheet, r, c, cell, source.line, header)?;
            c += 1;
        }
        if let Some(ask) = row.ask.as_deref().and_then(|q| asks.get(q)) {
            sheet.write_string(r, c, ask)?;
        }
        c += 1;
        for (i, found) in row.found.iter().enumerate() {
            sheet.write_string(r, c, said(i, *found))?;
            c += 1;
        }
        written.one()?;
    }

    // The errors.
    let sheet = new_sheet(&mut book, &mut names, &words.app("list-sheet-errors"))?;
    let heading = [
        "list-col-row",
        "list-col-column",
        "list-col-value",
        "list-col-reason",
    ]
    .map(|id| words.app(id));
    write_heading(sheet, &heading, &bold)?;
    for (r, e) in (1u32..).zip(&screening.errors) {
        sheet.write_number(r, 0, e.line as f64)?;
        write_text(sheet, r, 1, &e.column, e.line, &e.column)?;
        write_text(sheet, r, 2, &e.value, e.line, &e.column)?;
        sheet.write_string(r, 3, loc.say(locale, &e.reason))?;
        written.one()?;
    }

    // One sheet per measure worth a call for someone.
    for (i, m) in pack.measures.iter().enumerate() {
        let rows: Vec<_> = screening
            .rows
            .iter()
            .filter(|row| row.found.get(i).is_some_and(|f| f.worth_a_call()))
            .collect();
        if rows.is_empty() {
            continue;
        }
        let title = words.pack(PackText::Measure(&m.id), None);
        let sheet = new_sheet(&mut book, &mut names, &title)?;
        let mut heading = vec![words.app("list-col-row")];
        heading.extend(carried.iter().map(|c| list.headers[*c].clone()));
        heading.push(words.app("list-col-status"));
        heading.push(words.app("list-col-contact"));
        write_heading(sheet, &heading, &bold)?;
        let contact = words.pack(PackText::Department(&m.primary_contact), None);
        for (r, row) in (1u32..).zip(rows) {
            let Some(source) = list.rows.get(row.index) else {
                continue;
            };
            sheet.write_number(r, 0, source.line as f64)?;
            let mut c = 1u16;
            for h in &carried {
                let cell = source.cells.get(*h).map_or("", String::as_str);
                let header = list.headers.get(*h).map_or("", String::as_str);
                write_text(sheet, r, c, cell, source.line, header)?;
                c += 1;
            }
            if let Some(found) = row.found.get(i) {
                sheet.write_string(r, c, said(i, *found))?;
            }
            sheet.write_string(r, c + 1, &contact)?;
            written.one()?;
        }
    }
    let mut saving = Watched::new(out, written.progress);
    let saved = book.save_to_writer(&mut saving);
    // A stop is a stop, and a failed write a failure with its own kind (the disk full), even
    // if the library went on after the write that failed.
    if saving.stopped() {
        return Err(ListError::Cancelled);
    }
    if let Some(failed) = saving.failure() {
        return Err(ListError::Write(failed));
    }
    saved?;
    saving.finish();
    Ok(summary)
}

/// A sheet written row by row, named `name` as far as a sheet name can hold it (at most 31
/// characters, none of `[]:*?/\`), and unique.
fn new_sheet<'b>(
    book: &'b mut Workbook,
    names: &mut BTreeSet<String>,
    name: &str,
) -> Result<&'b mut Worksheet> {
    let clean: String = name
        .chars()
        .filter(|c| !"[]:*?/\\'".contains(*c))
        .take(28)
        .collect();
    let mut unique = clean.clone();
    let mut n = 2;
    while names.contains(&unique.to_lowercase()) || unique.is_empty() {
        unique = format!("{clean}{n}");
        n += 1;
    }
    names.insert(unique.to_lowercase());
    let sheet = book.add_worksheet_with_constant_memory()?;
    sheet.set_name(unique)?;
    Ok(sheet)
}

fn write_heading(sheet: &mut Worksheet, heading: &[String], bold: &Format) -> Result<()> {
    for (c, text) in (0u16..).zip(heading) {
        sheet.write_string_with_format(0, c, text, bold)?;
        sheet.set_column_width(c, 14)?;
    }
    Ok(())
}

/// A carried cell, written as text exactly as it came (an ID number stays all its digits). A
/// cell too long for a workbook is said as such, with its row (`line`) and column, not as a
/// failure to write the file (issue #17 review).
fn write_text(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    text: &str,
    line: usize,
    header: &str,
) -> Result<()> {
    if text.is_empty() {
        return Ok(());
    }
    // Counting characters only for a text that could be too long: most are a few bytes.
    if text.len() > CELL_CHARS && text.chars().count() > CELL_CHARS {
        return Err(ListError::CellTooLong {
            line,
            column: header.to_owned(),
        });
    }
    sheet.write_string(row, col, text)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{os_error_in, quiet_writer_panics, write_workbook_safely};
    use crate::batch::{screen, List, ListError, Mapping};
    use crate::i18n::Localizer;
    use crate::locale::Locale;
    use crate::pack::PolicyPack;
    use std::sync::atomic::{AtomicUsize, Ordering};

    static HEARD: AtomicUsize = AtomicUsize::new(0);

    #[test]
    fn a_panic_of_ours_while_the_workbook_is_written_is_still_said_and_caught() {
        // The quiet hook is for the library's own panics: one in our code (here, the progress
        // callback) still reaches the hook before it (review: it was swallowed), and the
        // writing ends in an error, not a crash.
        let earlier = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {
            HEARD.fetch_add(1, Ordering::SeqCst);
        }));
        quiet_writer_panics();
        let pack = PolicyPack::embedded().unwrap();
        let loc = Localizer::new(&pack).unwrap();
        let list = List::from_csv("姓名,人员类别\n张三,退役军人\n".as_bytes()).unwrap();
        let mapping = Mapping::from_toml(
            "[[column]]\nheader = \"人员类别\"\nquestion = \"groups\"\n",
            &pack,
        )
        .unwrap();
        let on = time::macros::date!(2026 - 11 - 28);
        let screening = screen(&list, &mapping, &pack, &loc, on, &mut |_| true).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let before = HEARD.load(Ordering::SeqCst);
        let written = write_workbook_safely(
            Vec::new(),
            dir.path(),
            &list,
            &mapping,
            &screening,
            &pack,
            &loc,
            Locale::ZhCn,
            on,
            &mut |_| panic!("a bug of ours"),
        );
        let heard = HEARD.load(Ordering::SeqCst) - before;
        drop(std::panic::take_hook());
        std::panic::set_hook(earlier);
        assert!(matches!(written, Err(ListError::Write(_))), "{written:?}");
        assert!(heard >= 1, "the panic went unsaid");
    }

    #[test]
    fn the_system_error_a_writer_panic_names_is_read_from_its_message() {
        let full: Box<dyn std::any::Any + Send> = Box::new(String::from(
            "Couldn't write to xml file: Os { code: 28, kind: StorageFull, message: \"No space left on device\" }",
        ));
        assert_eq!(
            os_error_in(full.as_ref()).map(|e| e.raw_os_error()),
            Some(Some(28))
        );
        for other in ["Couldn't write to xml file", "Os { code: x", ""] {
            let panic: Box<dyn std::any::Any + Send> = Box::new(other);
            assert!(os_error_in(panic.as_ref()).is_none(), "{other}");
        }
        let number: Box<dyn std::any::Any + Send> = Box::new(28u32);
        assert!(os_error_in(number.as_ref()).is_none());
    }
}
