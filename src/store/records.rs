//! Staff's follow-up record of a consultation (the `records` table), and the consent it is kept under.
//!
//! In a county office staff sit beside the applicant and may keep a record of the
//! consultation: how it is followed up and, only with the applicant's explicit consent, a name,
//! a phone number to call back and staff's note (个人信息保护法: minimal collection, explicit
//! consent; a note may name or describe the applicant, so it is personal data too). The rules
//! of that law that the data itself can carry are enforced here, where every caller passes (and
//! by the database's own CHECK and triggers): no name, phone or note without consent, withdrawn
//! consent erases them, and [`Store::erase_personal_before`] ends them after the retention
//! period — in the database file and in every copy the app keeps of it. The follow-up status
//! is not personal and stays, as do the answers, verdicts and the monitoring tallies.
//!
//! This module does not decide the retention period (see [`crate::settings`]), list or search
//! consultations (see [`super::log`]), or word anything: it stores what it is given, within the
//! rules.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::consultations::stamp;
use super::field::{bounded, Field};
use super::AuditAction;
use super::{ConsultationId, Result, Store, StoreError};

/// How staff follow a consultation up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FollowUp {
    /// Nothing done yet.
    #[default]
    Open,
    /// Sent on to the department that decides.
    Referred,
    /// The applicant has applied.
    Applied,
    /// Nothing more to do.
    Closed,
}

impl FollowUp {
    pub const ALL: [FollowUp; 4] = [
        FollowUp::Open,
        FollowUp::Referred,
        FollowUp::Applied,
        FollowUp::Closed,
    ];

    /// The key stored in the database (and the suffix of its `followup-*` message id).
    pub fn as_str(self) -> &'static str {
        match self {
            FollowUp::Open => "open",
            FollowUp::Referred => "referred",
            FollowUp::Applied => "applied",
            FollowUp::Closed => "closed",
        }
    }

    /// Reads a key as [`FollowUp::as_str`] writes it; `None` for anything else.
    pub fn parse(s: &str) -> Option<FollowUp> {
        FollowUp::ALL.into_iter().find(|f| f.as_str() == s)
    }
}

/// What staff enter for a consultation. Name, phone and note may be given only with `consent`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordInput {
    /// The applicant has explicitly agreed that their name and phone be kept.
    pub consent: bool,
    pub name: String,
    pub phone: String,
    /// Staff's own words. They may mention the applicant, so they count as personal data too:
    /// kept only with consent.
    pub note: String,
    pub follow_up: FollowUp,
}

/// Staff's record of a consultation, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub consultation: ConsultationId,
    pub name: String,
    pub phone: String,
    pub note: String,
    pub follow_up: FollowUp,
    /// When the applicant consented (RFC 3339, UTC); `None` without consent.
    pub consented_at: Option<String>,
    pub updated_at: String,
}

// The longest values kept, in characters after trimming: enough for any real name, phone
// number or note, short enough that a record cannot be used to store documents. Public so that
// a form can be told them.

/// The longest name kept, in characters.
pub const NAME_MAX: usize = 50;
/// The longest phone number kept, in characters.
pub const PHONE_MAX: usize = 30;
/// The longest note kept, in characters.
pub const NOTE_MAX: usize = 2000;

impl Store {
    /// Saves staff's record of a consultation, replacing any earlier one, and returns it as
    /// stored. Name, phone and note are trimmed. Without consent, name, phone and note must be
    /// empty ([`StoreError::NoConsent`], and nothing is written); a name is at most 50
    /// characters, a phone 30 and a note 2000 ([`StoreError::TooLong`]).
    ///
    /// Withdrawing consent (`consent: false` on a record that had it) therefore leaves no name,
    /// phone or note behind, in the file or its copies. While consent holds, `consented_at`
    /// keeps the time it was first given: that is the consent the data was collected under.
    pub fn save_record(
        &self,
        id: ConsultationId,
        input: &RecordInput,
        at: OffsetDateTime,
    ) -> Result<Record> {
        let name = bounded(Field::Name, &input.name, NAME_MAX)?;
        let phone = bounded(Field::Phone, &input.phone, PHONE_MAX)?;
        let note = bounded(Field::Note, &input.note, NOTE_MAX)?;
        let personal = !name.is_empty() || !phone.is_empty() || !note.is_empty();
        if personal && !input.consent {
            return Err(StoreError::NoConsent);
        }
        let now = stamp(at)?;
        let tx = self.write()?;
        let exists = tx
            .query_row(
                "SELECT 1 FROM consultations WHERE id = ?1",
                params![id.0],
                |_| Ok(()),
            )
            .optional()?;
        if exists.is_none() {
            return Err(StoreError::NoSuchConsultation(id.0));
        }
        let before: Option<(Option<String>, bool)> = tx
            .query_row(
                "SELECT consented_at, name <> '' OR phone <> '' OR note <> ''
                 FROM records WHERE consultation_id = ?1",
                params![id.0],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let consented_before = before.as_ref().and_then(|(at, _)| at.clone());
        // Consent withdrawn from a record that held personal data: an erasure.
        let withdrawn = !input.consent && before.as_ref().is_some_and(|(_, held)| *held);
        let consented_at = match (input.consent, consented_before) {
            (true, Some(first)) => Some(first),
            (true, None) => Some(now.clone()),
            (false, _) => None,
        };
        tx.execute(
            "INSERT INTO records (consultation_id, name, phone, note, follow_up, consented_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (consultation_id) DO UPDATE SET
                name = excluded.name, phone = excluded.phone, note = excluded.note,
                follow_up = excluded.follow_up, consented_at = excluded.consented_at,
                updated_at = excluded.updated_at",
            params![
                id.0,
                name,
                phone,
                note,
                input.follow_up.as_str(),
                consented_at,
                now
            ],
        )?;
        let started_at: String = tx.query_row(
            "SELECT started_at FROM consultations WHERE id = ?1",
            params![id.0],
            |r| r.get(0),
        )?;
        if withdrawn {
            Store::count_erasure(&tx)?;
        }
        tx.commit()?;
        if withdrawn {
            self.erased(super::copies::Erasure::Personal {
                id: id.0,
                started_at,
            })?;
        }
        Ok(Record {
            consultation: id,
            name: name.to_owned(),
            phone: phone.to_owned(),
            note: note.to_owned(),
            follow_up: input.follow_up,
            consented_at,
            updated_at: now,
        })
    }

    /// Staff's record of a consultation; `None` if none was kept (or the consultation is gone).
    pub fn record(&self, id: ConsultationId) -> Result<Option<Record>> {
        let row = self
            .conn
            .query_row(
                "SELECT name, phone, note, follow_up, consented_at, updated_at
                 FROM records WHERE consultation_id = ?1",
                params![id.0],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, Option<String>>(4)?,
                        r.get::<_, String>(5)?,
                    ))
                },
            )
            .optional()?;
        let Some((name, phone, note, follow_up, consented_at, updated_at)) = row else {
            return Ok(None);
        };
        Ok(Some(Record {
            consultation: id,
            name,
            phone,
            note,
            follow_up: follow_up_of(&follow_up)?,
            consented_at,
            updated_at,
        }))
    }

    /// The end of the retention period: erases name, phone, note and consent from the records
    /// of consultations that started before `cutoff`, in the database file and in every copy
    /// beside it (a copy may hold records the file no longer has). The follow-up status, the
    /// answers, the verdicts and the monitoring tallies stay, being anonymous. Returns how many
    /// records changed in the file, and notes that number (never whose they were) in the audit
    /// log when it is not 0.
    pub fn erase_personal_before(&self, cutoff: OffsetDateTime, at: OffsetDateTime) -> Result<u64> {
        let cutoff = stamp(cutoff)?;
        let now = stamp(at)?;
        let tx = self.write()?;
        let n = tx.execute(
            "UPDATE records SET name = '', phone = '', note = '', consented_at = NULL, updated_at = ?2
             WHERE (name <> '' OR phone <> '' OR note <> '' OR consented_at IS NOT NULL)
               AND consultation_id IN (SELECT id FROM consultations WHERE started_at < ?1)",
            params![cutoff, now],
        )?;
        if n > 0 {
            super::audit::write(&tx, &now, &AuditAction::Retention, &format!("{n} records"))?;
            Store::count_erasure(&tx)?;
        }
        tx.commit()?;
        self.erased(super::copies::Erasure::PersonalBefore { cutoff })?;
        Ok(n as u64)
    }
}

/// A stored follow-up key; anything else means the file was changed behind the app's back.
pub(super) fn follow_up_of(key: &str) -> Result<FollowUp> {
    FollowUp::parse(key).ok_or_else(|| StoreError::Damaged(format!("records: follow_up {key:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_follow_up_reads_back_from_its_key() {
        for f in FollowUp::ALL {
            assert_eq!(FollowUp::parse(f.as_str()), Some(f));
        }
        assert_eq!(FollowUp::parse("Open"), None);
        assert_eq!(FollowUp::default(), FollowUp::Open);
    }

    #[test]
    fn the_database_refuses_a_name_without_consent_even_if_the_code_forgot() {
        let store = Store::open_in_memory().expect("store");
        store
            .conn
            .execute(
                "INSERT INTO consultations (started_at, updated_at, locale, pack_id, pack_version)
                 VALUES ('2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'zh-CN', 'p', '1')",
                [],
            )
            .expect("a consultation");
        let written = store.conn.execute(
            "INSERT INTO records (consultation_id, name, follow_up, updated_at)
             VALUES (1, '张三', 'open', '2026-01-01T00:00:00Z')",
            [],
        );
        assert!(written.is_err(), "the CHECK constraint holds");
    }
}
