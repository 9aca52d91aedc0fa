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
use crate::engine::Verdict;
use crate::i18n::Locale;
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
    /// Measure id → status key, as computed when the consultation finished.
    pub verdicts: Vec<(String, String)>,
}

fn stamp(at: OffsetDateTime) -> Result<String> {
    at.format(&Rfc3339)
        .map_err(|e| StoreError::Damaged(e.to_string()))
}

impl Store {
    /// Starts a consultation on this pack.
    pub fn start_consultation(
        &self,
        locale: Locale,
        pack: &PolicyPack,
        at: OffsetDateTime,
    ) -> Result<ConsultationId> {
        let now = stamp(at)?;
        self.conn.execute(
            "INSERT INTO consultations (started_at, updated_at, locale, pack_id, pack_version) VALUES (?1, ?1, ?2, ?3, ?4)",
            params![now, locale.as_str(), pack.manifest.id, pack.manifest.version],
        )?;
        Ok(ConsultationId(self.conn.last_insert_rowid()))
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
        let tx = self.conn.unchecked_transaction()?;
        touch(&tx, id, &now)?;
        tx.execute(
            "INSERT INTO answers (consultation_id, question_id, value, answered_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (consultation_id, question_id) DO UPDATE SET value = excluded.value, answered_at = excluded.answered_at",
            params![id.0, question, answer.to_json().to_string(), now],
        )?;
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
        let tx = self.conn.unchecked_transaction()?;
        touch(&tx, id, &now)?;
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
        let tx = self.conn.unchecked_transaction()?;
        touch(&tx, id, &now)?;
        tx.execute(
            "DELETE FROM verdicts WHERE consultation_id = ?1",
            params![id.0],
        )?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO verdicts (consultation_id, measure_id, status) VALUES (?1, ?2, ?3)",
            )?;
            for v in verdicts {
                insert.execute(params![id.0, v.measure, v.status.key()])?;
            }
        }
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
            "SELECT measure_id, status FROM verdicts WHERE consultation_id = ?1 ORDER BY rowid",
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

    /// Deletes a consultation with its answers and verdicts.
    pub fn delete_consultation(&self, id: ConsultationId) -> Result<()> {
        self.conn
            .execute("DELETE FROM consultations WHERE id = ?1", params![id.0])?;
        Ok(())
    }
}

fn touch(tx: &rusqlite::Transaction<'_>, id: ConsultationId, now: &str) -> Result<()> {
    let changed = tx.execute(
        "UPDATE consultations SET updated_at = ?2 WHERE id = ?1",
        params![id.0, now],
    )?;
    if changed == 0 {
        return Err(StoreError::NoSuchConsultation(id.0));
    }
    Ok(())
}
