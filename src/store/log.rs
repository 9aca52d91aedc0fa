//! The office's consultation log: which consultations to list ([`LogQuery`]) and how each is
//! listed ([`LogRow`]).
//!
//! It only reads: the consultations, their answers and verdicts, and staff's records of them.
//! It does not word anything (see [`crate::present::staff`]) and shows no note: a name and a
//! phone appear only where the applicant consented to their being kept.

use rusqlite::params;

use super::records::follow_up_of;
use super::{ConsultationId, FollowUp, Result, Store};
use crate::pack::PolicyPack;

/// Which consultations the office's log lists. Every filter left `None` lets everything
/// through; so does a text filter that is empty after trimming, as an empty search box sends.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LogQuery {
    /// The first day (local, see [`crate::clock`]) a listed consultation may have started on.
    pub from: Option<time::Date>,
    /// The last day (local), included.
    pub to: Option<time::Date>,
    /// An option id of the pack's audience question that the applicant chose.
    pub group: Option<String>,
    /// A measure found eligible or needing the department's review.
    pub measure: Option<String>,
    pub follow_up: Option<FollowUp>,
    /// Part of the name or of the phone number, in any case.
    pub name: Option<String>,
}

/// One consultation as the office's log lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogRow {
    pub id: ConsultationId,
    pub started_at: String,
    pub finished_at: Option<String>,
    pub pack_version: String,
    /// The chosen target groups (option ids of the audience question).
    pub groups: Vec<String>,
    /// The county chosen (an option id of the region question), if the pack asks for one.
    pub region: Option<String>,
    /// Measures found eligible or needing review (ids).
    pub matched: Vec<String>,
    /// Empty without a record or without consent.
    pub name: String,
    pub phone: String,
    /// `None` while staff have kept no record of the consultation.
    pub follow_up: Option<FollowUp>,
}

/// A text filter, if it filters anything.
fn filter(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

impl Store {
    /// The consultation log for staff, newest first, at most `limit` rows (see [`LogQuery`]
    /// for the filters). Name and phone match in any case as far as SQLite's `lower()` goes,
    /// which is ASCII: enough for Latin letters in a name and for phone numbers; Chinese has no
    /// case.
    pub fn search(&self, pack: &PolicyPack, q: &LogQuery, limit: u32) -> Result<Vec<LogRow>> {
        let region = pack.manifest.region_question.as_deref().unwrap_or("");
        let date = |d: Option<time::Date>| d.map(crate::answers::format_date);
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id, c.started_at, c.finished_at, c.pack_version,
                (SELECT group_concat(option, ' ') FROM answer_options
                  WHERE consultation_id = c.id AND question_id = ?1),
                (SELECT option FROM answer_options
                  WHERE consultation_id = c.id AND question_id = ?2),
                (SELECT group_concat(measure_id, ' ') FROM verdicts
                  WHERE consultation_id = c.id AND status IN ('eligible', 'needs_review')),
                COALESCE(r.name, ''), COALESCE(r.phone, ''), r.follow_up
             FROM consultations AS c LEFT JOIN records AS r ON r.consultation_id = c.id
             WHERE (?3 IS NULL OR c.started_on >= ?3)
               AND (?4 IS NULL OR c.started_on <= ?4)
               AND (?5 IS NULL OR EXISTS (SELECT 1 FROM answer_options
                     WHERE consultation_id = c.id AND question_id = ?1 AND option = ?5))
               AND (?6 IS NULL OR EXISTS (SELECT 1 FROM verdicts
                     WHERE consultation_id = c.id AND measure_id = ?6
                       AND status IN ('eligible', 'needs_review')))
               AND (?7 IS NULL OR r.follow_up = ?7)
               AND (?8 IS NULL OR instr(lower(r.name), lower(?8)) > 0
                               OR instr(lower(r.phone), lower(?8)) > 0)
             ORDER BY c.started_at DESC, c.id DESC
             LIMIT ?9",
        )?;
        let split = |s: Option<String>| -> Vec<String> {
            s.map(|s| s.split(' ').map(str::to_owned).collect())
                .unwrap_or_default()
        };
        let rows = stmt.query_map(
            params![
                pack.manifest.audience_question,
                region,
                date(q.from),
                date(q.to),
                filter(&q.group),
                filter(&q.measure),
                q.follow_up.map(FollowUp::as_str),
                filter(&q.name),
                limit
            ],
            |r| {
                Ok((
                    LogRow {
                        id: ConsultationId(r.get(0)?),
                        started_at: r.get(1)?,
                        finished_at: r.get(2)?,
                        pack_version: r.get(3)?,
                        groups: split(r.get(4)?),
                        region: r.get(5)?,
                        matched: split(r.get(6)?),
                        name: r.get(7)?,
                        phone: r.get(8)?,
                        follow_up: None,
                    },
                    r.get::<_, Option<String>>(9)?,
                ))
            },
        )?;
        let mut out = Vec::new();
        for row in rows {
            let (mut row, follow_up) = row?;
            row.follow_up = follow_up.as_deref().map(follow_up_of).transpose()?;
            out.push(row);
        }
        Ok(out)
    }
}
