//! Exports for staff: the monitoring figures and the consultation list as CSV files a
//! spreadsheet opens (UTF-8 with a byte-order mark, so that Excel reads the Chinese).
//!
//! Column headings and labels are localized; ids are kept beside labels where a later program
//! may want to join on them. This module words and writes; the counting is
//! [`crate::store::statistics`]'s, and nothing here touches the database directly.

use std::collections::HashMap;
use std::io::Write;

use crate::i18n::{Locale, Localizer};
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

impl From<std::io::Error> for ReportError {
    fn from(e: std::io::Error) -> Self {
        ReportError::Write(e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, ReportError>;

const BOM: &[u8] = "\u{feff}".as_bytes();

/// Writes every consultation of `period` as one CSV row each; returns how many.
pub fn consultations_csv<W: Write>(
    store: &Store,
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    period: Period,
    mut out: W,
) -> Result<u64> {
    out.write_all(BOM)?;
    let mut csv = csv::Writer::from_writer(out);
    let heading = |id: &str| loc.app(locale, &format!("export-col-{id}"), &[]);
    csv.write_record(
        [
            "id",
            "started",
            "finished",
            "language",
            "pack-version",
            "region",
            "groups",
            "eligible",
            "needs-review",
        ]
        .map(heading),
    )?;
    let words = Labels::new(pack, loc, locale);
    let n = store.for_each_export_row(pack, period, |row: ExportRow| -> Result<()> {
        csv.write_record([
            row.id.to_string(),
            row.started_at,
            row.finished_at.unwrap_or_default(),
            row.locale,
            row.pack_version,
            row.region
                .map(|r| words.option(words.region_question(), &r))
                .unwrap_or_default(),
            words.options(&pack.manifest.audience_question, row.groups),
            words.measures(row.eligible),
            words.measures(row.needs_review),
        ])?;
        Ok(())
    })?;
    csv.flush()?;
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

/// Writes the monitoring figures as CSV: one row per count, with its section, id and label.
pub fn statistics_csv<W: Write>(
    stats: &Statistics,
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    mut out: W,
) -> Result<()> {
    out.write_all(BOM)?;
    let mut csv = csv::Writer::from_writer(out);
    let heading = |id: &str| loc.app(locale, &format!("export-col-{id}"), &[]);
    csv.write_record(["section", "key", "label", "count"].map(heading))?;
    for row in statistics_rows(stats, pack, loc, locale) {
        csv.write_record([row.section_label, row.key, row.label, row.count.to_string()])?;
    }
    csv.flush()?;
    Ok(())
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
                    (i, loc.pack(locale, &format!("m-{}", m.id), None, &[])),
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
                .pack(self.locale, &format!("q-{id}"), Some("short"), &[]),
            None => id.to_owned(),
        }
    }

    fn list(&self, items: impl Iterator<Item = String>) -> String {
        items
            .collect::<Vec<_>>()
            .join(&self.loc.app(self.locale, "list-separator", &[]))
    }
}
