//! Exports for staff: the monitoring figures and the consultation list, as CSV files a
//! spreadsheet opens (UTF-8 with a byte-order mark, so that Excel reads the Chinese) or as
//! Excel workbooks (`rust_xlsxwriter`; counts are numbers there, headings bold).
//!
//! Column headings and labels are localized; ids are kept beside labels where a later program
//! may want to join on them. Exports are for monitoring: a county office's follow-up status
//! goes in, but never the name, phone or note staff keep with it — personal data stays in the
//! app, where consent and retention apply to it. This module words and writes; the counting is
//! [`crate::store::statistics`]'s, and nothing here touches the database directly.

use std::collections::HashMap;
use std::io::Write;

use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::pack::PackText;
use crate::pack::PolicyPack;
use crate::present::option_label;
use crate::store::{Count, ExportRow, Period, Statistics, Store, StoreError};

/// Why an export failed. A half-written file is the caller's to remove.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the export: {0}")]
    Write(String),
}

impl From<csv::Error> for ReportError {
    fn from(e: csv::Error) -> Self {
        ReportError::Write(e.to_string())
    }
}

impl From<rust_xlsxwriter::XlsxError> for ReportError {
    fn from(e: rust_xlsxwriter::XlsxError) -> Self {
        ReportError::Write(e.to_string())
    }
}

impl From<std::io::Error> for ReportError {
    fn from(e: std::io::Error) -> Self {
        ReportError::Write(e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, ReportError>;

const BOM: &[u8] = "\u{feff}".as_bytes();

/// Writes an export to `path` through a temporary file beside it (`.part`), synced and renamed
/// into place only when complete: a failed export leaves no half-written file behind and never
/// clobbers an earlier one. `write` gets the buffered file.
pub fn write_atomically(
    path: &std::path::Path,
    write: impl FnOnce(std::io::BufWriter<&std::fs::File>) -> Result<()>,
) -> Result<()> {
    let mut part = path.as_os_str().to_owned();
    part.push(".part");
    let part = std::path::PathBuf::from(part);
    let file = std::fs::File::create(&part)?;
    let written = write(std::io::BufWriter::new(&file))
        .and_then(|()| Ok(file.sync_all()?))
        .and_then(|()| Ok(std::fs::rename(&part, path)?));
    if written.is_err() {
        let _ = std::fs::remove_file(&part);
    }
    written
}

/// The file format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    /// By the file name: `.xlsx` is a workbook, anything else CSV.
    pub fn of_path(path: &std::path::Path) -> Format {
        match path.extension().and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("xlsx") => Format::Xlsx,
            _ => Format::Csv,
        }
    }
}

/// One cell of an export.
enum Cell {
    Text(String),
    Number(u64),
}

/// Rows written as CSV or as the one worksheet of a workbook.
enum Table<W: Write + Send> {
    Csv(Box<csv::Writer<W>>),
    Xlsx {
        book: Box<rust_xlsxwriter::Workbook>,
        row: u32,
        out: W,
    },
}

impl<W: Write + Send> Table<W> {
    fn new(format: Format, mut out: W, sheet: &str, heading: &[String]) -> Result<Table<W>> {
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
            Table::Csv(csv) => csv.write_record(heading)?,
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

    fn row(&mut self, cells: Vec<Cell>) -> Result<()> {
        match self {
            Table::Csv(csv) => csv.write_record(cells.into_iter().map(|c| match c {
                Cell::Text(t) => t,
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

    fn finish(self) -> Result<()> {
        match self {
            Table::Csv(mut csv) => csv.flush()?,
            Table::Xlsx { mut book, out, .. } => book.save_to_writer(out)?,
        }
        Ok(())
    }
}

/// Writes every consultation of `period` as one row each, in `format`; returns how many.
pub fn consultations<W: Write + Send>(
    store: &Store,
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    period: Period,
    format: Format,
    out: W,
) -> Result<u64> {
    let heading = |id: &str| loc.app(locale, &format!("export-col-{id}"), &[]);
    let columns = [
        "id",
        "started",
        "finished",
        "language",
        "pack-version",
        "region",
        "groups",
        "eligible",
        "needs-review",
        "follow-up",
    ]
    .map(heading);
    let sheet = loc.app(locale, "export-sheet-consultations", &[]);
    let mut table = Table::new(format, out, &sheet, &columns)?;
    let words = Labels::new(pack, loc, locale);
    let n = store.for_each_export_row(pack, period, |row: ExportRow| -> Result<()> {
        table.row(vec![
            Cell::Number(u64::try_from(row.id).unwrap_or_default()),
            Cell::Text(row.started_at),
            Cell::Text(row.finished_at.unwrap_or_default()),
            Cell::Text(row.locale),
            Cell::Text(row.pack_version),
            Cell::Text(
                row.region
                    .map(|r| words.option(words.region_question(), &r))
                    .unwrap_or_default(),
            ),
            Cell::Text(words.options(&pack.manifest.audience_question, row.groups)),
            Cell::Text(words.measures(row.eligible)),
            Cell::Text(words.measures(row.needs_review)),
            Cell::Text(
                row.follow_up
                    .map(|f| loc.app(locale, &format!("followup-{}", f.as_str()), &[]))
                    .unwrap_or_default(),
            ),
        ])
    })?;
    table.finish()?;
    Ok(n)
}

/// One figure of the monitoring statistics, worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatRow {
    /// `total`, `group`, `region`, `month`, `matched` or `near-miss`.
    pub section: &'static str,
    /// The section's heading in the chosen language.
    pub section_label: String,
    /// What is counted: an option, month, measure or question id.
    pub key: String,
    pub label: String,
    pub count: u64,
}

/// A section of the figures: its id, its counts, and how a count's key is worded.
type Section<'a> = (&'static str, &'a [Count], &'a dyn Fn(&str) -> String);

/// The monitoring figures as worded rows, section by section (totals first).
pub fn statistics_rows(
    stats: &Statistics,
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
) -> Vec<StatRow> {
    let words = Labels::new(pack, loc, locale);
    let total = [
        Count {
            key: "consultations".into(),
            count: stats.consultations,
        },
        Count {
            key: "finished".into(),
            count: stats.finished,
        },
    ];
    let sections: [Section<'_>; 6] = [
        ("total", &total, &|k| {
            loc.app(locale, &format!("stats-total-{k}"), &[])
        }),
        ("group", &stats.by_group, &|k| {
            words.option(&pack.manifest.audience_question, k)
        }),
        ("region", &stats.by_region, &|k| {
            words.option(words.region_question(), k)
        }),
        ("month", &stats.by_month, &|k| k.to_owned()),
        ("matched", &stats.matched, &|k| words.measure(k)),
        ("near-miss", &stats.near_misses, &|k| words.question(k)),
    ];
    let mut rows = Vec::new();
    for (section, counts, label) in sections {
        let section_label = loc.app(locale, &format!("stats-section-{section}"), &[]);
        rows.extend(counts.iter().map(|c| StatRow {
            section,
            section_label: section_label.clone(),
            key: c.key.clone(),
            label: label(&c.key),
            count: c.count,
        }));
    }
    rows
}

/// Writes the monitoring figures in `format`: one row per count, with its section, id and
/// label.
pub fn statistics<W: Write + Send>(
    stats: &Statistics,
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    format: Format,
    out: W,
) -> Result<()> {
    let heading = |id: &str| loc.app(locale, &format!("export-col-{id}"), &[]);
    let columns = ["section", "key", "label", "count"].map(heading);
    let sheet = loc.app(locale, "export-sheet-statistics", &[]);
    let mut table = Table::new(format, out, &sheet, &columns)?;
    for row in statistics_rows(stats, pack, loc, locale) {
        table.row(vec![
            Cell::Text(row.section_label),
            Cell::Text(row.key),
            Cell::Text(row.label),
            Cell::Number(row.count),
        ])?;
    }
    table.finish()
}

/// Labels, looked up once per id rather than once per row.
struct Labels<'a> {
    pack: &'a PolicyPack,
    loc: &'a Localizer,
    locale: Locale,
    /// Measure id → (position in the pack, title).
    measures: HashMap<&'a str, (usize, String)>,
}

impl<'a> Labels<'a> {
    fn new(pack: &'a PolicyPack, loc: &'a Localizer, locale: Locale) -> Self {
        let measures = pack
            .measures
            .iter()
            .enumerate()
            .map(|(i, m)| {
                (
                    m.id.as_str(),
                    (i, loc.text(locale, PackText::Measure(&m.id), None)),
                )
            })
            .collect();
        Labels {
            pack,
            loc,
            locale,
            measures,
        }
    }

    fn region_question(&self) -> &str {
        self.pack.manifest.region_question.as_deref().unwrap_or("")
    }

    /// A measure's title; an id the pack no longer has (an older pack's) stays as it is.
    fn measure(&self, id: &str) -> String {
        self.measures
            .get(id)
            .map(|(_, title)| title.clone())
            .unwrap_or_else(|| id.to_owned())
    }

    /// Measures' titles in the pack's order (ids of an older pack's measures last).
    fn measures(&self, mut ids: Vec<String>) -> String {
        ids.sort_by_key(|id| self.measures.get(id.as_str()).map_or(usize::MAX, |m| m.0));
        self.list(ids.iter().map(|id| self.measure(id)))
    }

    /// Options' labels in the order the question offers them.
    fn options(&self, question: &str, mut values: Vec<String>) -> String {
        if let Some(q) = self.pack.question(question) {
            values.sort_by_key(|v| q.options.iter().position(|o| o == v).unwrap_or(usize::MAX));
        }
        self.list(values.iter().map(|v| self.option(question, v)))
    }

    fn option(&self, question: &str, value: &str) -> String {
        match self.pack.question(question) {
            Some(q) if q.has_option(value) => option_label(self.loc, self.locale, question, value),
            _ => value.to_owned(),
        }
    }

    fn question(&self, id: &str) -> String {
        match self.pack.question(id) {
            Some(_) => self
                .loc
                .text(self.locale, PackText::Question(id), Some("short")),
            None => id.to_owned(),
        }
    }

    fn list(&self, items: impl Iterator<Item = String>) -> String {
        items
            .collect::<Vec<_>>()
            .join(&self.loc.app(self.locale, "list-separator", &[]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_that_fails_half_way_leaves_no_file_and_keeps_the_old_one() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("out.csv");
        write_atomically(&path, |mut out| Ok(out.write_all(b"first")?))?;
        let failed = write_atomically(&path, |mut out| {
            out.write_all(b"half of the second")?;
            Err(ReportError::Write("the disk is full".into()))
        });
        assert!(matches!(failed, Err(ReportError::Write(_))));
        assert_eq!(std::fs::read(&path)?, b"first");
        assert!(!dir.path().join("out.csv.part").exists());
        Ok(())
    }
}
