//! The worded rows of the exports: a consultation as the list's columns, and the monitoring
//! figures as [`StatRow`]s (which the staff screens show too).
//!
//! Labels come from the pack (measures, options, questions) and the application's messages;
//! an id an older pack had and this one has not is kept as it is. This module does not write
//! files or read the database.

use std::collections::HashMap;

use super::table::Cell;
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::pack::{PackText, PolicyPack};
use crate::present::option_label;
use crate::store::{Count, ExportRow, Statistics};

/// The consultation list's column headings.
pub(super) fn consultation_heading(loc: &Localizer, locale: Locale) -> [String; 10] {
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
        "follow-up",
    ]
    .map(|id| loc.app(locale, &format!("export-col-{id}"), &[]))
}

/// The figures' column headings.
pub(super) fn statistics_heading(loc: &Localizer, locale: Locale) -> [String; 4] {
    ["section", "key", "label", "count"].map(|id| loc.app(locale, &format!("export-col-{id}"), &[]))
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

impl StatRow {
    /// The row as the figures' export writes it.
    pub(super) fn cells(self) -> Vec<Cell> {
        vec![
            Cell::Text(self.section_label),
            Cell::Text(self.key),
            Cell::Text(self.label),
            Cell::Number(self.count),
        ]
    }
}

/// Labels, looked up once per id rather than once per row.
pub(super) struct Labels<'a> {
    pack: &'a PolicyPack,
    loc: &'a Localizer,
    locale: Locale,
    /// Measure id → (position in the pack, title).
    measures: HashMap<&'a str, (usize, String)>,
}

impl<'a> Labels<'a> {
    pub(super) fn new(pack: &'a PolicyPack, loc: &'a Localizer, locale: Locale) -> Self {
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

    /// A consultation as the list's columns.
    pub(super) fn consultation(&self, row: ExportRow) -> Vec<Cell> {
        vec![
            Cell::Number(u64::try_from(row.id).unwrap_or_default()),
            Cell::Text(row.started_at),
            Cell::Text(row.finished_at.unwrap_or_default()),
            Cell::Text(row.locale),
            Cell::Text(row.pack_version),
            Cell::Text(
                row.region
                    .map(|r| self.option(self.region_question(), &r))
                    .unwrap_or_default(),
            ),
            Cell::Text(self.options(&self.pack.manifest.audience_question, row.groups)),
            Cell::Text(self.measures(row.eligible)),
            Cell::Text(self.measures(row.needs_review)),
            Cell::Text(
                row.follow_up
                    .map(|f| {
                        self.loc
                            .app(self.locale, &format!("followup-{}", f.as_str()), &[])
                    })
                    .unwrap_or_default(),
            ),
        ]
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
