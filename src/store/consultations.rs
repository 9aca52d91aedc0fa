//! The `consultations`, `answers` and `verdicts` tables.
//!
//! Answers are stored in the answers-file JSON format, one row per question, written as each
//! answer is given. Reading them back re-checks them against the pack (see
//! [`Store::answers`]), because the pack may have changed since.

use rusqlite::{params, OptionalExtension};
use serde_json::Value;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::{Result, Store, StoreError};
use crate::answers::{Answer, Answers};
use crate::engine::{Status, Verdict};
use crate::locale::Locale;
use crate::pack::PolicyPack;

/// A consultation's row id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ConsultationId(pub i64);

/// A consultation as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Consultation {
    pub id: ConsultationId,
    pub started_at: String,
    pub updated_at: String,
    pub finished_at: Option<String>,
    pub locale: String,
    pub pack_id: String,
    pub pack_version: String,
    /// Question id → answer JSON, in the order given.
    pub answers: Vec<(String, Value)>,
    /// Measure id → status key, as computed when the consultation finished: every verdict
    /// except the ineligible ones (a finished consultation's unlisted measures were ineligible).
    pub verdicts: Vec<(String, String)>,
}

/// `at` as stored: RFC 3339 in UTC, whatever offset it came with, so that stored times sort
/// and compare as text.
pub(super) fn stamp(at: OffsetDateTime) -> Result<String> {
    at.to_offset(time::UtcOffset::UTC)
        .format(&Rfc3339)
        .map_err(|e| StoreError::Damaged(e.to_string()))
}

impl Store {
    /// Starts a consultation on this pack. `at` is in the local time people count by
    /// ([`crate::clock::now`]): its date is the day the consultation is searched and counted
    /// under (a consultation at 01:00 on 1 November in 朔州 counts in November, though it is
    /// still October in UTC).
    pub fn start_consultation(
        &self,
        locale: Locale,
        pack: &PolicyPack,
        at: OffsetDateTime,
    ) -> Result<ConsultationId> {
        let now = stamp(at)?;
        let day = crate::answers::format_date(at.date());
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO consultations (started_at, updated_at, started_on, locale, pack_id, pack_version, at_kiosk)
             VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                now,
                day,
                locale.as_str(),
                pack.manifest.id,
                pack.manifest.version,
                self.at_kiosk
            ],
        )?;
        let id = ConsultationId(tx.last_insert_rowid());
        tally(&tx, &day[..7], "started", "", 1)?;
        tx.commit()?;
        Ok(id)
    }

    /// Saves one answer (replacing an earlier answer to the same question) in its own
    /// transaction: when this returns, the answer is on disk.
    pub fn record_answer(
        &self,
        id: ConsultationId,
        question: &str,
        answer: &Answer,
        at: OffsetDateTime,
    ) -> Result<()> {
        let now = stamp(at)?;
        let tx = self.write()?;
        let month = touch(&tx, id, &now)?;
        tx.execute(
            "INSERT INTO answers (consultation_id, question_id, value, answered_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (consultation_id, question_id) DO UPDATE SET value = excluded.value, answered_at = excluded.answered_at",
            params![id.0, question, answer.to_json().to_string(), now],
        )?;
        forget_options(&tx, id, question, &month)?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT OR IGNORE INTO answer_options (consultation_id, question_id, option) VALUES (?1, ?2, ?3)",
            )?;
            for option in options(answer) {
                insert.execute(params![id.0, question, option])?;
                tally(&tx, &month, "answer", &format!("{question}={option}"), 1)?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Removes an answer (the applicant went back or withdrew it).
    pub fn withdraw_answer(
        &self,
        id: ConsultationId,
        question: &str,
        at: OffsetDateTime,
    ) -> Result<()> {
        let now = stamp(at)?;
        let tx = self.write()?;
        let month = touch(&tx, id, &now)?;
        forget_options(&tx, id, question, &month)?;
        tx.execute(
            "DELETE FROM answers WHERE consultation_id = ?1 AND question_id = ?2",
            params![id.0, question],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Records the final verdicts and marks the consultation finished.
    pub fn finish_consultation(
        &self,
        id: ConsultationId,
        verdicts: &[Verdict],
        at: OffsetDateTime,
    ) -> Result<()> {
        let now = stamp(at)?;
        let tx = self.write()?;
        let month = touch(&tx, id, &now)?;
        // Finishing again (after a changed answer) replaces the verdicts and what they counted.
        let finished_before: Option<String> = tx.query_row(
            "SELECT finished_at FROM consultations WHERE id = ?1",
            params![id.0],
            |r| r.get(0),
        )?;
        if finished_before.is_some() {
            tally(&tx, &month, "finished", "", -1)?;
            let old: Vec<(String, String)> = tx
                .prepare(
                    "SELECT 'matched', measure_id FROM verdicts
                      WHERE consultation_id = ?1 AND status IN ('eligible', 'needs_review')
                     UNION ALL
                     SELECT 'near_miss', question_id FROM near_misses WHERE consultation_id = ?1",
                )?
                .query_map(params![id.0], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (dimension, key) in old {
                tally(&tx, &month, &dimension, &key, -1)?;
            }
            for table in ["verdicts", "near_misses"] {
                tx.execute(
                    &format!("DELETE FROM {table} WHERE consultation_id = ?1"),
                    params![id.0],
                )?;
            }
        }
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO verdicts (consultation_id, measure_id, status) VALUES (?1, ?2, ?3)",
            )?;
            let mut near = tx.prepare_cached(
                "INSERT INTO near_misses (consultation_id, measure_id, question_id) VALUES (?1, ?2, ?3)",
            )?;
            for v in verdicts {
                match &v.status {
                    Status::Ineligible { near_miss, .. } => {
                        if let Some(miss) = near_miss {
                            near.execute(params![id.0, v.measure, miss.question])?;
                            tally(&tx, &month, "near_miss", &miss.question, 1)?;
                        }
                        // Only the other verdicts are kept (see the migration).
                        continue;
                    }
                    Status::Eligible | Status::NeedsReview => {
                        tally(&tx, &month, "matched", &v.measure, 1)?;
                    }
                    Status::Unknown { .. } | Status::Expired { .. } => {}
                }
                insert.execute(params![id.0, v.measure, v.status.key()])?;
            }
        }
        tally(&tx, &month, "finished", "", 1)?;
        tx.execute(
            "UPDATE consultations SET finished_at = ?2 WHERE id = ?1",
            params![id.0, now],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Reads one consultation with its answers and verdicts.
    pub fn consultation(&self, id: ConsultationId) -> Result<Consultation> {
        let row = self
            .conn
            .query_row(
                "SELECT started_at, updated_at, finished_at, locale, pack_id, pack_version FROM consultations WHERE id = ?1",
                params![id.0],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                    ))
                },
            )
            .optional()?
            .ok_or(StoreError::NoSuchConsultation(id.0))?;
        let mut answers = Vec::new();
        let mut stmt = self
            .conn
            .prepare("SELECT question_id, value FROM answers WHERE consultation_id = ?1 ORDER BY answered_at, rowid")?;
        for r in stmt.query_map(params![id.0], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })? {
            let (q, raw) = r?;
            let value = serde_json::from_str(&raw)
                .map_err(|e| StoreError::Damaged(format!("answer to {q}: {e}")))?;
            answers.push((q, value));
        }
        let mut stmt = self.conn.prepare(
            "SELECT measure_id, status FROM verdicts WHERE consultation_id = ?1 ORDER BY measure_id",
        )?;
        let verdicts = stmt
            .query_map(params![id.0], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<(String, String)>>>()?;
        let (started_at, updated_at, finished_at, locale, pack_id, pack_version) = row;
        Ok(Consultation {
            id,
            started_at,
            updated_at,
            finished_at,
            locale,
            pack_id,
            pack_version,
            answers,
            verdicts,
        })
    }

    /// The stored answers of a consultation, checked against `pack`. Fails with
    /// [`StoreError::Damaged`] if an answer no longer fits the pack's questions.
    pub fn answers(&self, id: ConsultationId, pack: &PolicyPack) -> Result<Answers> {
        let c = self.consultation(id)?;
        let object: serde_json::Map<String, Value> = c.answers.into_iter().collect();
        Answers::from_json_value(pack, &Value::Object(object))
            .map_err(|e| StoreError::Damaged(e.to_string()))
    }

    /// The consultation to offer for resuming: the one most recently answered that is not
    /// finished, has at least one answer and ran on this pack (any version; resuming re-checks
    /// the answers). `None` if there is none.
    pub fn latest_unfinished(&self, pack_id: &str) -> Result<Option<ConsultationId>> {
        Ok(self
            .conn
            .query_row(
                "SELECT c.id FROM consultations c
                 WHERE c.finished_at IS NULL AND c.pack_id = ?1
                   AND EXISTS (SELECT 1 FROM answers a WHERE a.consultation_id = c.id)
                 ORDER BY c.updated_at DESC, c.id DESC LIMIT 1",
                params![pack_id],
                |r| r.get(0),
            )
            .optional()?
            .map(ConsultationId))
    }

    /// Every consultation id, newest first.
    pub fn consultation_ids(&self) -> Result<Vec<ConsultationId>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM consultations ORDER BY started_at DESC, id DESC")?;
        let ids = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        Ok(ids.into_iter().map(ConsultationId).collect())
    }

    /// Deletes a consultation with its answers, verdicts and staff's record of it (an
    /// applicant's request to be forgotten, a kiosk's wipe), from the database file and from
    /// every copy beside it; the anonymous monitoring tallies stay. Done only when the old
    /// bytes are gone: see [`StoreError::NotYetErased`].
    pub fn delete_consultation(&self, id: ConsultationId) -> Result<()> {
        let tx = self.write()?;
        let started_at: Option<String> = tx
            .query_row(
                "DELETE FROM consultations WHERE id = ?1 RETURNING started_at",
                params![id.0],
                |r| r.get(0),
            )
            .optional()?;
        let Some(started_at) = started_at else {
            return Ok(());
        };
        Store::count_erasure(&tx)?;
        tx.commit()?;
        self.erased(super::copies::Erasure::Consultation {
            id: id.0,
            started_at,
        })
    }

    /// At a kiosk's start: wipes every consultation taken at a kiosk that is still there (a
    /// crash or a power cut came before its wipe), from the file and its copies. Only the app
    /// that holds the installation's one-instance lock may call this: no other can have one
    /// in progress. Returns how many.
    pub fn wipe_kiosk_leftovers(&self) -> Result<u64> {
        let tx = self.write()?;
        let n = tx.execute("DELETE FROM consultations WHERE at_kiosk = 1", [])?;
        if n > 0 {
            Store::count_erasure(&tx)?;
        }
        tx.commit()?;
        self.erased(super::copies::Erasure::AtKiosk)?;
        Ok(n as u64)
    }
}

/// The options an answer chose, as the statistics count them: the option ids of a choice, or
/// `true`/`false`. Numbers and dates are not counted.
fn options(answer: &Answer) -> Vec<&str> {
    match answer {
        Answer::Choice(option) => vec![option.as_str()],
        Answer::Choices(options) => options.iter().map(String::as_str).collect(),
        Answer::Bool(yes) => vec![if *yes { "true" } else { "false" }],
        Answer::Unsure => vec![crate::question::UNSURE],
        Answer::Number(_) | Answer::Date(_) => Vec::new(),
    }
}

/// Marks the consultation as changed now; returns the month it started (`YYYY-MM`), which its
/// tallies count under.
fn touch(tx: &rusqlite::Transaction<'_>, id: ConsultationId, now: &str) -> Result<String> {
    tx.query_row(
        "UPDATE consultations SET updated_at = ?2 WHERE id = ?1 RETURNING substr(started_on, 1, 7)",
        params![id.0, now],
        |r| r.get(0),
    )
    .optional()?
    .ok_or(StoreError::NoSuchConsultation(id.0))
}

/// Adds `delta` to a monthly tally (see `migrations/002_statistics.sql`).
fn tally(
    tx: &rusqlite::Transaction<'_>,
    month: &str,
    dimension: &str,
    key: &str,
    delta: i64,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO tallies (month, dimension, key, count) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (dimension, month, key) DO UPDATE SET count = count + excluded.count",
    )?
    .execute(params![month, dimension, key, delta])?;
    Ok(())
}

/// Removes an answer's options, and their counts: a changed or withdrawn answer no longer
/// counts as given.
fn forget_options(
    tx: &rusqlite::Transaction<'_>,
    id: ConsultationId,
    question: &str,
    month: &str,
) -> Result<()> {
    let old: Vec<String> = tx
        .prepare_cached(
            "DELETE FROM answer_options WHERE consultation_id = ?1 AND question_id = ?2 RETURNING option",
        )?
        .query_map(params![id.0, question], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for option in old {
        tally(tx, month, "answer", &format!("{question}={option}"), -1)?;
    }
    Ok(())
}
