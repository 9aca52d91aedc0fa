//! Staff use cases around consultations: the record of one (name and phone only with consent),
//! the consultation log and its search, a past consultation as it was, erasing one on request,
//! the monitoring figures and the exports, the department directory, the audit log, the
//! history, the retention purge, and the staff PIN.
//!
//! The rules themselves — consent, retention, what a search matches — are the store's
//! ([`crate::store`]); the words are [`crate::present::office`]'s. Every change is noted in the
//! audit log, without personal data.

use std::path::{Path, PathBuf};

use time::format_description::well_known::Rfc3339;
use time::Date;

use super::{Desk, DeskError, Live, Result, StaffDesk};
use crate::answers::parse_date;
use crate::locale::Locale;
use crate::present::office::{
    self as words, AuditEntryView, ConsultationView, DirectoryView, LogView, RecordLimits,
    RecordPanelView, RecordView, StatSection,
};
use crate::report::{self, Format, StatRow};
use crate::settings::Settings;
use crate::store::AuditAction;
use crate::store::{
    ConsultationId, DirectoryEntry, FollowUp, LogQuery, Month, Period, RecordInput, Store,
};

/// The most rows the log lists at once; a search narrows it.
pub const LOG_ROWS: u32 = 200;
/// The most lines the audit log screen lists.
pub const AUDIT_ROWS: u32 = 500;

/// The log's search as a form holds it: every field as typed, empty for "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LogSearch {
    /// YYYY-MM-DD, the first day included.
    pub from: String,
    /// YYYY-MM-DD, the last day included.
    pub to: String,
    /// An option of the pack's audience question.
    pub group: String,
    /// A measure id.
    pub measure: String,
    pub follow_up: Option<FollowUp>,
    /// Part of a name or phone number.
    pub name: String,
}

/// What an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// Every consultation, one row each (never a name, phone or note).
    Consultations,
    /// The monitoring figures.
    Statistics,
}

impl Export {
    fn as_str(self) -> &'static str {
        match self {
            Export::Consultations => "consultations",
            Export::Statistics => "statistics",
        }
    }
}

/// A consultation as the history lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryRow {
    pub id: i64,
    /// When it started, local date and time.
    pub started: String,
    pub locale: String,
    /// `id version` of the pack it ran on.
    pub pack: String,
    pub answers: usize,
    pub finished: bool,
}

/// A period of months from a form's two fields (YYYY-MM, either may be empty).
pub fn period(from: &str, to: &str) -> Result<Period> {
    let month = |text: &str| -> Result<Option<Month>> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        Month::parse(text)
            .map(Some)
            .ok_or_else(|| DeskError::BadMonth(text.to_owned()))
    };
    Ok(Period {
        from: month(from)?,
        to: month(to)?,
    })
}

impl LogSearch {
    /// The store's query for this search.
    fn query(&self) -> Result<LogQuery> {
        let date = |text: &str| -> Result<Option<Date>> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            parse_date(text)
                .map(Some)
                .ok_or_else(|| DeskError::BadDate(text.to_owned()))
        };
        let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        Ok(LogQuery {
            from: date(&self.from)?,
            to: date(&self.to)?,
            group: some(&self.group),
            measure: some(&self.measure),
            follow_up: self.follow_up,
            name: some(&self.name),
        })
    }
}

impl Desk {
    /// The saved consultations, oldest first (the CLI's `history`).
    pub fn history(&self) -> Result<Vec<HistoryRow>> {
        let live = self.live();
        let store = store_of(&live)?;
        let mut rows = Vec::new();
        for id in store.consultation_ids()? {
            let c = store.consultation(id)?;
            rows.push(HistoryRow {
                id: c.id.0,
                started: words::local_stamp(&c.started_at),
                locale: c.locale.clone(),
                pack: format!("{} {}", c.pack_id, c.pack_version),
                answers: c.answers.len(),
                finished: c.finished_at.is_some(),
            });
        }
        Ok(rows)
    }
}

impl StaffDesk<'_> {
    /// Staff's record of consultation `id`, or of the one on screen, with what the panel needs
    /// to edit it.
    pub fn record_panel(&self, locale: Locale, id: Option<i64>) -> Result<RecordPanelView> {
        let desk = self.desk;
        let live = desk.live();
        let store = store_of(&live)?;
        let id = consultation_of(id, &live)?;
        let record = store.record(id)?;
        Ok(words::record_panel(
            &desk.policy().loc,
            locale,
            record,
            desk.settings().retention_days,
            record_limits(),
        ))
    }

    /// Saves staff's record of consultation `id` (or of the one on screen). Name and phone are
    /// kept only with the applicant's consent; without it they are refused.
    pub fn save_record(&self, id: Option<i64>, input: &RecordInput) -> Result<RecordView> {
        let desk = self.desk;
        let live = desk.live();
        let store = store_of(&live)?;
        let id = consultation_of(id, &live)?;
        let now = desk.clock.now();
        let saved = store.save_record(id, input, now)?;
        let _ = store.audit(now, AuditAction::Record, &format!("#{}", id.0));
        Ok(words::record(saved))
    }

    /// The consultation log, newest first, narrowed by the search.
    pub fn log(&self, locale: Locale, search: &LogSearch) -> Result<LogView> {
        let query = search.query()?;
        let p = self.desk.policy();
        let live = self.desk.live();
        let store = store_of(&live)?;
        let mut rows = store.search(&p.pack, &query, LOG_ROWS + 1)?;
        let more = rows.len() > LOG_ROWS as usize;
        rows.truncate(LOG_ROWS as usize);
        Ok(LogView {
            rows: words::log_rows(&p.pack, &p.loc, locale, rows),
            more,
            choices: words::log_choices(&p.pack, &p.loc, locale),
        })
    }

    /// One past consultation with its answers and its verdicts as they were computed.
    pub fn consultation(&self, locale: Locale, id: i64) -> Result<ConsultationView> {
        let p = self.desk.policy();
        let live = self.desk.live();
        let store = store_of(&live)?;
        let id = ConsultationId(id);
        let c = store.consultation(id)?;
        let record = store.record(id)?;
        Ok(words::consultation(&p.pack, &p.loc, locale, &c, record))
    }

    /// Erases one applicant's consultation on request: answers, verdicts and record are gone
    /// (overwritten in the file); the anonymous monthly figures stay. If it is the one on
    /// screen, a fresh consultation starts.
    pub fn erase(&self, id: i64) -> Result<()> {
        let desk = self.desk;
        let mut live = desk.live();
        let store = store_of(&live)?;
        let id = ConsultationId(id);
        store.consultation(id)?;
        store.delete_consultation(id)?;
        let _ = store.audit(desk.clock.now(), AuditAction::Erase, &format!("#{}", id.0));
        if live.session.consultation() == Some(id) {
            let locale = live.session.locale();
            live.session = crate::session::Session::new(locale);
        }
        Ok(())
    }

    /// The monitoring figures of the period, as rows (section by section).
    pub fn figures(&self, locale: Locale, period: Period) -> Result<Vec<StatRow>> {
        let p = self.desk.policy();
        let live = self.desk.live();
        let stats = store_of(&live)?.statistics(&p.pack, period)?;
        Ok(report::statistics_rows(&stats, &p.pack, &p.loc, locale))
    }

    /// The monitoring figures of the period, grouped by section for a screen.
    pub fn figures_by_section(&self, locale: Locale, period: Period) -> Result<Vec<StatSection>> {
        Ok(words::stat_sections(self.figures(locale, period)?))
    }

    /// Writes an export of everything into the export folder, under a name with the local date
    /// and time (`navigator-consultations-2026-11-29-15-04.xlsx`), and says where.
    pub fn export(&self, locale: Locale, what: Export, format: Format) -> Result<PathBuf> {
        let ext = match format {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        };
        let path = self.export_path(what.as_str(), ext)?;
        self.export_to(locale, what, format, Period::default(), &path)?;
        Ok(path)
    }

    /// The office's export folder (created if missing): where exports and screened lists go.
    pub fn export_folder(&self) -> Result<PathBuf> {
        let desk = self.desk;
        let data_dir = desk.data_dir.as_deref().ok_or(DeskError::NoDataDir)?;
        let dir = desk.settings().export_dir(data_dir);
        crate::files::create_dir_all(&dir).map_err(|e| DeskError::Export {
            path: dir.clone(),
            source: e.into(),
        })?;
        Ok(dir)
    }

    /// A new file in the export folder named for `what` and the local date and time
    /// (`navigator-{what}-2026-11-29-15-04.{ext}`).
    pub(super) fn export_path(&self, what: &str, ext: &str) -> Result<PathBuf> {
        let now = self.desk.clock.now().format(&Rfc3339).unwrap_or_default();
        let stamp = words::local_stamp(&now).replace([' ', ':'], "-");
        Ok(self
            .export_folder()?
            .join(format!("navigator-{what}-{stamp}.{ext}")))
    }

    /// Writes an export of the period to `path` (written beside it first and renamed into
    /// place, so a failure leaves nothing half-written), notes it in the audit log by its file
    /// name, and returns how many rows it holds.
    pub fn export_to(
        &self,
        locale: Locale,
        what: Export,
        format: Format,
        period: Period,
        path: &Path,
    ) -> Result<u64> {
        let desk = self.desk;
        let p = desk.policy();
        let live = desk.live();
        let store = store_of(&live)?;
        let mut rows = 0;
        report::write_atomically(path, |out| {
            match what {
                Export::Consultations => {
                    rows =
                        report::consultations(store, &p.pack, &p.loc, locale, period, format, out)?;
                }
                Export::Statistics => {
                    let stats = store.statistics(&p.pack, period)?;
                    rows = report::statistics_rows(&stats, &p.pack, &p.loc, locale).len() as u64;
                    report::statistics(&stats, &p.pack, &p.loc, locale, format, out)?;
                }
            }
            Ok(())
        })
        .map_err(|source| DeskError::Export {
            path: path.to_path_buf(),
            source,
        })?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let _ = store.audit(desk.clock.now(), AuditAction::Export, &name);
        Ok(rows)
    }

    /// The department directory of `county` ('' = the entries for every county).
    pub fn directory(&self, locale: Locale, county: &str) -> Result<DirectoryView> {
        let p = self.desk.policy();
        let live = self.desk.live();
        let stored = store_of(&live)?.directory(county)?;
        Ok(words::directory(
            &p.pack,
            &p.loc,
            locale,
            county.to_owned(),
            &stored,
        ))
    }

    /// Saves one department's phone, address and hours for `county` (all empty: removes them),
    /// and returns the county's directory.
    pub fn save_directory(
        &self,
        locale: Locale,
        county: &str,
        entry: &DirectoryEntry,
    ) -> Result<DirectoryView> {
        let desk = self.desk;
        let p = desk.policy();
        if p.pack.department(&entry.department).is_none() {
            return Err(DeskError::UnknownDepartment(entry.department.clone()));
        }
        {
            let live = desk.live();
            let store = store_of(&live)?;
            let now = desk.clock.now();
            store.set_directory_entry(county, entry, now)?;
            let detail = format!("{county}/{}", entry.department);
            let _ = store.audit(now, AuditAction::Directory, &detail);
        }
        self.directory(locale, county)
    }

    /// The audit log, newest first.
    pub fn audit_log(&self, locale: Locale) -> Result<Vec<AuditEntryView>> {
        let p = self.desk.policy();
        let live = self.desk.live();
        let entries = store_of(&live)?.audit_log(AUDIT_ROWS)?;
        Ok(words::audit_log(&p.loc, locale, entries))
    }

    /// Erases name, phone and note of the consultations that started more than the settings'
    /// `retention_days` before `on`, and returns how many. The settings are read again as they
    /// are written: a retention period must never come from defaults standing in for a file
    /// that could not be read (it would erase too early or keep too long).
    pub fn purge(&self, on: Date) -> Result<(u64, Settings)> {
        let desk = self.desk;
        let settings = desk.sound_settings()?;
        let live = desk.live();
        let store = store_of(&live)?;
        let count = store.erase_personal_before(settings.retention_cutoff(on), desk.clock.now())?;
        Ok((count, settings))
    }

    /// Sets the staff PIN (4 to 12 digits; at a kiosk at least 6): only its hash is written,
    /// into `settings.toml` of the data folder, which keeps everything else staff wrote. A
    /// lock-out in force ends: whoever can run this at the computer needs no guessing. Returns
    /// the file's path.
    pub fn set_pin(&self, pin: &str) -> Result<PathBuf> {
        let desk = self.desk;
        let dir = desk.data_dir.as_deref().ok_or(DeskError::NoDataDir)?;
        let hash = match desk.sound_settings()?.mode {
            crate::settings::Mode::Kiosk => crate::pin::hash_kiosk_pin(pin)?,
            _ => crate::pin::hash_pin(pin)?,
        };
        Settings::store_pin(dir, &hash)?;
        desk.note(AuditAction::Settings, "staff_pin");
        // The desk signs in with the new PIN from now on, and a lock-out in force ends.
        Ok(desk.settings_written(dir).file)
    }
}

impl Desk {
    /// The settings as written in the data folder (with the environment's overrides), or why
    /// they cannot be used: for the staff actions that must not run on defaults.
    pub fn sound_settings(&self) -> Result<Settings> {
        let dir = self.data_dir.as_deref().ok_or(DeskError::NoDataDir)?;
        Ok(Settings::load(dir, self.env)?)
    }
}

/// The database, or the refusal to work without one.
fn store_of(live: &Live) -> Result<&Store> {
    live.store
        .as_ref()
        .ok_or_else(|| DeskError::NoStore(live.store_problem.clone()))
}

/// `id`, or the consultation on screen.
fn consultation_of(id: Option<i64>, live: &Live) -> Result<ConsultationId> {
    id.map(ConsultationId)
        .or(live.session.consultation())
        .ok_or(DeskError::NoConsultation)
}

/// The longest name, phone and note a record keeps.
fn record_limits() -> RecordLimits {
    RecordLimits {
        name: crate::store::NAME_MAX,
        phone: crate::store::PHONE_MAX,
        note: crate::store::NOTE_MAX,
    }
}
