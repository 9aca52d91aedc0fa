//! County-office mode (issue #4): the `records`, `audit_log` and `directory` tables.
//!
//! In a county office staff sit beside the applicant and may keep a record of the
//! consultation: how it is followed up and, only with the applicant's explicit consent, a name
//! and a phone number to call back (个人信息保护法: minimal collection, explicit consent). The
//! rules of that law that the data itself can carry are enforced here, where every caller
//! passes: no name or phone without consent, withdrawn consent erases them, and
//! [`Store::erase_personal_before`] ends them after the retention period. The follow-up status
//! is not personal and stays, as do the answers, verdicts and the monitoring tallies.
//!
//! The audit log says what staff did to personal data, never what the data was. The directory
//! holds each department's phone, address and hours per county, typed in by the office.
//!
//! This module does not decide the retention period (see [`crate::settings`]), word anything,
//! or check department ids against a pack: it stores what it is given, within the rules.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::consultations::stamp;
use super::{ConsultationId, Result, Store, StoreError};
use crate::pack::PolicyPack;

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

/// What staff enter for a consultation. Name and phone may be given only with `consent`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordInput {
    /// The applicant has explicitly agreed that their name and phone be kept.
    pub consent: bool,
    pub name: String,
    pub phone: String,
    /// Staff's own words. They may mention the applicant, so they count as personal data too.
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

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: String,
    pub action: String,
    pub detail: String,
}

/// Where to reach a department.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryEntry {
    /// A department id of the pack.
    pub department: String,
    pub phone: String,
    pub address: String,
    pub hours: String,
}

/// The longest values kept, in characters: enough for any real name, phone number or note,
/// short enough that a record cannot be used to store documents.
const NAME_MAX: usize = 50;
const PHONE_MAX: usize = 30;
const NOTE_MAX: usize = 2000;
const DIRECTORY_MAX: usize = 200;

/// `text` trimmed, if it has at most `max` characters.
fn bounded<'a>(field: &'static str, text: &'a str, max: usize) -> Result<&'a str> {
    let text = text.trim();
    if text.chars().count() > max {
        return Err(StoreError::TooLong { field, max });
    }
    Ok(text)
}

/// A text filter, if it filters anything.
fn filter(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

impl Store {
    /// Saves staff's record of a consultation, replacing any earlier one, and returns it as
    /// stored. Name, phone and note are trimmed. Without consent, name and phone must be empty
    /// ([`StoreError::NoConsent`], and nothing is written); a name is at most 50 characters, a
    /// phone 30 and a note 2000 ([`StoreError::TooLong`]).
    ///
    /// Withdrawing consent (`consent: false` on a record that had it) therefore leaves no name
    /// or phone behind. While consent holds, `consented_at` keeps the time it was first given:
    /// that is the consent the data was collected under.
    pub fn save_record(
        &self,
        id: ConsultationId,
        input: &RecordInput,
        at: OffsetDateTime,
    ) -> Result<Record> {
        let name = bounded("name", &input.name, NAME_MAX)?;
        let phone = bounded("phone", &input.phone, PHONE_MAX)?;
        let note = bounded("note", &input.note, NOTE_MAX)?;
        let personal = !name.is_empty() || !phone.is_empty();
        if personal && !input.consent {
            return Err(StoreError::NoConsent);
        }
        let now = stamp(at)?;
        let tx = self.conn.unchecked_transaction()?;
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
        let consented_before: Option<String> = tx
            .query_row(
                "SELECT consented_at FROM records WHERE consultation_id = ?1",
                params![id.0],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
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
        tx.commit()?;
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
    /// of consultations that started before `cutoff`. The follow-up status, the answers, the
    /// verdicts and the monitoring tallies stay, being anonymous. Returns how many records
    /// changed, and notes that number (never whose they were) in the audit log when it is not 0.
    pub fn erase_personal_before(&self, cutoff: OffsetDateTime, at: OffsetDateTime) -> Result<u64> {
        let cutoff = stamp(cutoff)?;
        let now = stamp(at)?;
        let tx = self.conn.unchecked_transaction()?;
        let n = tx.execute(
            "UPDATE records SET name = '', phone = '', note = '', consented_at = NULL, updated_at = ?2
             WHERE (name <> '' OR phone <> '' OR note <> '' OR consented_at IS NOT NULL)
               AND consultation_id IN (SELECT id FROM consultations WHERE started_at < ?1)",
            params![cutoff, now],
        )?;
        if n > 0 {
            audit(&tx, &now, "retention", &format!("{n} records"))?;
        }
        tx.commit()?;
        if n > 0 {
            self.forget_old_pages()?;
        }
        Ok(n as u64)
    }

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

    /// Adds a line to the audit log. `detail` must name no person: ids, counts, file names.
    pub fn audit(&self, at: OffsetDateTime, action: &str, detail: &str) -> Result<()> {
        let now = stamp(at)?;
        let tx = self.conn.unchecked_transaction()?;
        audit(&tx, &now, action, detail)?;
        tx.commit()?;
        Ok(())
    }

    /// The last `limit` lines of the audit log, newest first.
    pub fn audit_log(&self, limit: u32) -> Result<Vec<AuditEntry>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT at, action, detail FROM audit_log ORDER BY id DESC LIMIT ?1")?;
        let rows = stmt.query_map(params![limit], |r| {
            Ok(AuditEntry {
                at: r.get(0)?,
                action: r.get(1)?,
                detail: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The directory as a county's office sees it: its own entries, and for every department
    /// it has none for, the entry for every county (`''`). Sorted by department id.
    pub fn directory(&self, county: &str) -> Result<Vec<DirectoryEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT department, phone, address, hours FROM directory AS d
             WHERE county = ?1
                OR (county = '' AND NOT EXISTS (SELECT 1 FROM directory
                     WHERE county = ?1 AND department = d.department))
             ORDER BY department",
        )?;
        let rows = stmt.query_map(params![county], |r| {
            Ok(DirectoryEntry {
                department: r.get(0)?,
                phone: r.get(1)?,
                address: r.get(2)?,
                hours: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Saves one department's entry for `county` (`''`: every county), fields trimmed, each at
    /// most 200 characters ([`StoreError::TooLong`]). An entry whose phone, address and hours
    /// are all empty is deleted instead, so that the county falls back to the general entry.
    pub fn set_directory_entry(
        &self,
        county: &str,
        entry: &DirectoryEntry,
        at: OffsetDateTime,
    ) -> Result<()> {
        let county = bounded("county", county, DIRECTORY_MAX)?;
        let department = bounded("department", &entry.department, DIRECTORY_MAX)?;
        let phone = bounded("phone", &entry.phone, DIRECTORY_MAX)?;
        let address = bounded("address", &entry.address, DIRECTORY_MAX)?;
        let hours = bounded("hours", &entry.hours, DIRECTORY_MAX)?;
        if department.is_empty() {
            return Err(StoreError::Required {
                field: "department",
            });
        }
        let now = stamp(at)?;
        if phone.is_empty() && address.is_empty() && hours.is_empty() {
            self.conn.execute(
                "DELETE FROM directory WHERE county = ?1 AND department = ?2",
                params![county, department],
            )?;
        } else {
            self.conn.execute(
                "INSERT INTO directory (county, department, phone, address, hours, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (county, department) DO UPDATE SET
                    phone = excluded.phone, address = excluded.address,
                    hours = excluded.hours, updated_at = excluded.updated_at",
                params![county, department, phone, address, hours, now],
            )?;
        }
        Ok(())
    }
}

fn audit(tx: &rusqlite::Transaction<'_>, now: &str, action: &str, detail: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO audit_log (at, action, detail) VALUES (?1, ?2, ?3)",
        params![now, action, detail],
    )?;
    Ok(())
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
    fn a_length_is_counted_in_characters_after_trimming() {
        let fifty = "张".repeat(50);
        assert_eq!(
            bounded("name", &format!(" {fifty} "), 50).ok(),
            Some(&*fifty)
        );
        assert!(matches!(
            bounded("name", &"张".repeat(51), 50),
            Err(StoreError::TooLong {
                field: "name",
                max: 50
            })
        ));
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
