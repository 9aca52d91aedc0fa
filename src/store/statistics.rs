//! Counting consultations for the city's 双创 monitoring (article (二十六)): by target group, by
//! county, by month, by measure matched, and by the condition that most often stopped people.
//!
//! Everything here is anonymous: counts of chosen options and verdicts, never a name. The
//! figures come from the monthly `tallies` the store keeps up to date as it writes (see
//! `migrations/002_statistics.sql`), so a query reads a few hundred rows whatever the size of
//! the database (see `benches/store.rs`), and erasing an applicant's data leaves them intact.
//! The export, which lists consultations one by one, reads the consultation tables (and of
//! staff's records only the follow-up status, never a name, phone or note). Wording
//! and charts are the callers' business.

use rusqlite::params;

use super::{Result, Store};
use crate::pack::PolicyPack;

/// A calendar month (UTC), the unit the statistics count in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    pub year: u16,
    pub month: u8,
}

impl Month {
    /// Reads `YYYY-MM`; `None` for anything else (2021-13, 2021-1, …).
    pub fn parse(text: &str) -> Option<Month> {
        let (y, m) = text.split_once('-')?;
        if y.len() != 4 || m.len() != 2 || !(y.chars().chain(m.chars())).all(|c| c.is_ascii_digit())
        {
            return None;
        }
        let month = Month {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
        };
        (1..=12).contains(&month.month).then_some(month)
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// The consultations to count: those started in the months `from` to `to`, both included
/// (local months, see [`crate::clock`]). `Period::default()` counts everything.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Period {
    pub from: Option<Month>,
    pub to: Option<Month>,
}

impl Period {
    /// The bounds as text that months and days (`YYYY-MM-DD`) compare with: `[from, to)`.
    fn bounds(&self) -> (String, String) {
        let from = self.from.map(|m| m.to_string()).unwrap_or_default();
        // Every day in month `to` starts with `to` and sorts before `to` + "~".
        let to = self
            .to
            .map(|m| format!("{m}~"))
            .unwrap_or_else(|| "~".to_owned());
        (from, to)
    }
}

/// How many consultations had `key` (an option, a month, a measure, a question).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    pub key: String,
    pub count: u64,
}

/// The monitoring figures for a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statistics {
    pub period: Period,
    /// Consultations started in the period.
    pub consultations: u64,
    /// Of those, how many reached the results.
    pub finished: u64,
    /// Consultations per target group (one consultation may name several groups).
    pub by_group: Vec<Count>,
    /// Consultations per county, if the pack asks for one.
    pub by_region: Vec<Count>,
    /// Consultations per month (`YYYY-MM`, UTC), oldest first.
    pub by_month: Vec<Count>,
    /// Finished consultations per measure found eligible or needing the department's review,
    /// most matched first.
    pub matched: Vec<Count>,
    /// Per question: how many times a different answer to it would have opened a measure, most
    /// frequent first.
    pub near_misses: Vec<Count>,
}

impl Store {
    /// Every monitoring figure for `period`, with the pack's audience and region questions.
    pub fn statistics(&self, pack: &PolicyPack, period: Period) -> Result<Statistics> {
        let by_region = match &pack.manifest.region_question {
            Some(q) => self.count_by_option(q, period)?,
            None => Vec::new(),
        };
        Ok(Statistics {
            period,
            consultations: self.total("started", period)?,
            finished: self.total("finished", period)?,
            by_group: self.count_by_option(&pack.manifest.audience_question, period)?,
            by_region,
            by_month: self.count_by_month(period)?,
            matched: self.count_matched(period)?,
            near_misses: self.count_near_misses(period)?,
        })
    }

    /// Consultations per chosen option of `question` (`true`/`false` for a yes/no question),
    /// most frequent first.
    pub fn count_by_option(&self, question: &str, period: Period) -> Result<Vec<Count>> {
        let (from, to) = period.bounds();
        // Keys are `question=option`; the range picks one question's without a scan.
        let prefix = format!("{question}=");
        let mut stmt = self.conn.prepare_cached(
            "SELECT substr(key, ?4), SUM(count) AS n FROM tallies
             WHERE dimension = 'answer' AND month >= ?1 AND month < ?2
               AND key >= ?3 AND key < ?3 || '~'
             GROUP BY key HAVING n > 0 ORDER BY n DESC, key",
        )?;
        let rows = stmt.query_map(
            params![from, to, prefix, prefix.chars().count() + 1],
            count_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<Vec<Count>>>()?)
    }

    /// Consultations per month of their start, oldest month first.
    pub fn count_by_month(&self, period: Period) -> Result<Vec<Count>> {
        let (from, to) = period.bounds();
        let mut stmt = self.conn.prepare_cached(
            "SELECT month, count FROM tallies
             WHERE dimension = 'started' AND month >= ?1 AND month < ?2 AND count > 0
             ORDER BY month",
        )?;
        let rows = stmt.query_map(params![from, to], count_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<Count>>>()?)
    }

    /// Finished consultations per measure found eligible or needing review, most first.
    pub fn count_matched(&self, period: Period) -> Result<Vec<Count>> {
        self.count_by("matched", period)
    }

    /// Near misses per question that made the difference, most frequent first.
    pub fn count_near_misses(&self, period: Period) -> Result<Vec<Count>> {
        self.count_by("near_miss", period)
    }

    fn count_by(&self, dimension: &str, period: Period) -> Result<Vec<Count>> {
        let (from, to) = period.bounds();
        let mut stmt = self.conn.prepare_cached(
            "SELECT key, SUM(count) AS n FROM tallies
             WHERE dimension = ?3 AND month >= ?1 AND month < ?2
             GROUP BY key HAVING n > 0 ORDER BY n DESC, key",
        )?;
        let rows = stmt.query_map(params![from, to, dimension], count_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<Count>>>()?)
    }

    fn total(&self, dimension: &str, period: Period) -> Result<u64> {
        let (from, to) = period.bounds();
        let n: i64 = self.conn.query_row(
            "SELECT COALESCE(SUM(count), 0) FROM tallies
             WHERE dimension = ?3 AND month >= ?1 AND month < ?2",
            params![from, to, dimension],
            |r| r.get(0),
        )?;
        Ok(u64::try_from(n).unwrap_or(0))
    }
}

fn count_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Count> {
    Ok(Count {
        key: r.get(0)?,
        count: u64::try_from(r.get::<_, i64>(1)?).unwrap_or(0),
    })
}

/// One consultation as the export lists it: anonymous facts, no answers beyond group and place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRow {
    pub id: i64,
    pub started_at: String,
    pub finished_at: Option<String>,
    pub locale: String,
    pub pack_version: String,
    /// The chosen target groups (option ids).
    pub groups: Vec<String>,
    /// The chosen county (option id).
    pub region: Option<String>,
    /// Measures found eligible (ids, in the order stored).
    pub eligible: Vec<String>,
    /// Measures needing the department's review.
    pub needs_review: Vec<String>,
    /// How staff followed it up (county-office mode); `None` without a record.
    pub follow_up: Option<super::FollowUp>,
}

impl Store {
    /// Calls `each` with every consultation started in `period`, oldest first, streaming (the
    /// whole table is never held in memory). Stops at the first error `each` returns.
    pub fn for_each_export_row<E: From<super::StoreError>>(
        &self,
        pack: &PolicyPack,
        period: Period,
        mut each: impl FnMut(ExportRow) -> std::result::Result<(), E>,
    ) -> std::result::Result<u64, E> {
        let (from, to) = period.bounds();
        let region = pack.manifest.region_question.as_deref().unwrap_or("");
        let mut stmt = self
            .conn
            .prepare(
                "SELECT c.id, c.started_at, c.finished_at, c.locale, c.pack_version,
                    (SELECT group_concat(option, ' ') FROM answer_options
                      WHERE consultation_id = c.id AND question_id = ?3),
                    (SELECT option FROM answer_options
                      WHERE consultation_id = c.id AND question_id = ?4),
                    (SELECT group_concat(measure_id, ' ') FROM verdicts
                      WHERE consultation_id = c.id AND status = 'eligible'),
                    (SELECT group_concat(measure_id, ' ') FROM verdicts
                      WHERE consultation_id = c.id AND status = 'needs_review'),
                    (SELECT follow_up FROM records WHERE consultation_id = c.id)
                 FROM consultations AS c
                 WHERE c.started_on >= ?1 AND c.started_on < ?2
                 ORDER BY c.id",
            )
            .map_err(super::StoreError::from)?;
        let mut rows = stmt
            .query(params![from, to, pack.manifest.audience_question, region])
            .map_err(super::StoreError::from)?;
        let split = |s: Option<String>| -> Vec<String> {
            s.map(|s| s.split(' ').map(str::to_owned).collect())
                .unwrap_or_default()
        };
        let mut n = 0;
        while let Some(r) = rows.next().map_err(super::StoreError::from)? {
            let follow_up: Option<String> = r.get(9).map_err(super::StoreError::from)?;
            let follow_up = follow_up
                .as_deref()
                .map(super::records::follow_up_of)
                .transpose()?;
            let row = (|| -> rusqlite::Result<ExportRow> {
                Ok(ExportRow {
                    id: r.get(0)?,
                    started_at: r.get(1)?,
                    finished_at: r.get(2)?,
                    locale: r.get(3)?,
                    pack_version: r.get(4)?,
                    groups: split(r.get(5)?),
                    region: r.get(6)?,
                    eligible: split(r.get(7)?),
                    needs_review: split(r.get(8)?),
                    follow_up,
                })
            })()
            .map_err(super::StoreError::from)?;
            each(row)?;
            n += 1;
        }
        Ok(n)
    }
}
