//! Staff in a county office: the record of a consultation (name and phone only with the
//! applicant's consent), the consultation log, the monitoring figures and their export, the
//! department directory, erasing on request, and the audit log. Every command checks the
//! sign-in first; every change is audited (without personal data). The rules — consent,
//! retention, what a search matches — are the core's (`navigator::store`).

use navigator::present::staff as staff_views;
use navigator::store::{
    ConsultationId, DirectoryEntry, FollowUp, LogQuery, Period, Record, RecordInput,
};
use navigator::{present, report, Locale, Store};
use tauri::State;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::staff::staff_step;
use super::Reply;
use crate::dto::staff::{
    AuditEntryDto, ConsultationDto, DirectoryDto, DirectoryEntryDto, ExportDto, LogDto,
    LogQueryDto, LogRowDto, RecordDto, RecordInputDto, RecordPanelDto, StatSectionDto, StatsDto,
    StoredVerdictDto,
};
use crate::dto::{AnsweredDto, IpcError, OptionDto};
use crate::state::{Desk, Policy};

/// The most rows the log lists at once; a search narrows it.
const LOG_ROWS: u32 = 200;

/// Staff's record of a consultation: `id`, or the one on screen when `id` is absent.
#[tauri::command]
pub async fn record(
    desk: State<'_, Desk>,
    locale: String,
    id: Option<i64>,
) -> Reply<RecordPanelDto> {
    let (locale, p) = staff_step(&desk, &locale)?;
    let inner = desk.live();
    let store = store_of(&p, locale, inner.store.as_ref())?;
    let id = consultation_of(&p, locale, id, inner.session.consultation())?;
    let record = store.record(id).map_err(|e| storage(&p, locale, e))?;
    Ok(RecordPanelDto {
        record: record.map(record_dto),
        consent_text: p.loc.app(
            locale,
            "record-consent",
            &[("days", desk.settings.retention_days.into())],
        ),
    })
}

/// Saves staff's record of a consultation (`id`, or the one on screen). Name and phone are
/// kept only with the applicant's consent; without it they are refused (`no_consent`).
#[tauri::command]
pub async fn record_save(
    desk: State<'_, Desk>,
    locale: String,
    id: Option<i64>,
    record: RecordInputDto,
) -> Reply<RecordDto> {
    let (locale, p) = staff_step(&desk, &locale)?;
    let inner = desk.live();
    let store = store_of(&p, locale, inner.store.as_ref())?;
    let id = consultation_of(&p, locale, id, inner.session.consultation())?;
    let follow_up = FollowUp::parse(&record.follow_up).ok_or_else(|| IpcError {
        code: "bad_request".into(),
        message: p.loc.app(
            locale,
            "error-bad-request",
            &[("detail", format!("follow_up {:?}", record.follow_up).into())],
        ),
    })?;
    let input = RecordInput {
        consent: record.consent,
        name: record.name,
        phone: record.phone,
        note: record.note,
        follow_up,
    };
    let now = OffsetDateTime::now_utc();
    let saved = store
        .save_record(id, &input, now)
        .map_err(|e| storage(&p, locale, e))?;
    let _ = store.audit(now, "record", &format!("#{}", id.0));
    Ok(record_dto(saved))
}

/// The consultation log, newest first, narrowed by the search.
#[tauri::command]
pub async fn log(desk: State<'_, Desk>, locale: String, query: LogQueryDto) -> Reply<LogDto> {
    let (locale, p) = staff_step(&desk, &locale)?;
    let q = log_query(&p, locale, &query)?;
    let inner = desk.live();
    let store = store_of(&p, locale, inner.store.as_ref())?;
    let mut rows = store
        .search(&p.pack, &q, LOG_ROWS + 1)
        .map_err(|e| storage(&p, locale, e))?;
    let more = rows.len() > LOG_ROWS as usize;
    rows.truncate(LOG_ROWS as usize);
    let choices = staff_views::log_choices(&p.pack, &p.loc, locale);
    let options =
        |v: Vec<navigator::present::OptionView>| v.into_iter().map(OptionDto::from).collect();
    Ok(LogDto {
        rows: staff_views::log_rows(&p.pack, &p.loc, locale, rows)
            .into_iter()
            .map(LogRowDto::from)
            .collect(),
        more,
        groups: options(choices.groups),
        measures: options(choices.measures),
        follow_ups: options(choices.follow_ups),
    })
}

/// One past consultation, with its answers and its verdicts as they were computed.
#[tauri::command]
pub async fn consultation(
    desk: State<'_, Desk>,
    locale: String,
    id: i64,
) -> Reply<ConsultationDto> {
    let (locale, p) = staff_step(&desk, &locale)?;
    let inner = desk.live();
    let store = store_of(&p, locale, inner.store.as_ref())?;
    let id = ConsultationId(id);
    let c = store.consultation(id).map_err(|e| storage(&p, locale, e))?;
    let record = store.record(id).map_err(|e| storage(&p, locale, e))?;
    let view = present::stored(&p.pack, &p.loc, locale, &c);
    let m = &p.pack.manifest;
    Ok(ConsultationDto {
        id: id.0,
        started: staff_views::local_stamp(&c.started_at),
        finished: c
            .finished_at
            .as_deref()
            .map(staff_views::local_stamp)
            .unwrap_or_default(),
        pack: format!("{} {}", c.pack_id, c.pack_version),
        other_pack: c.pack_id != m.id || c.pack_version != m.version,
        answered: view.answered.into_iter().map(AnsweredDto::from).collect(),
        verdicts: view
            .verdicts
            .into_iter()
            .map(|v| StoredVerdictDto {
                measure: v.measure,
                title: v.title,
                citation: v.citation,
                status: v.status,
                status_label: v.status_label,
            })
            .collect(),
        record: record.map(record_dto),
    })
}

/// Erases one applicant's consultation on request: answers, verdicts and record are gone
/// (overwritten in the file); the anonymous monthly figures stay.
#[tauri::command]
pub async fn erase(desk: State<'_, Desk>, locale: String, id: i64) -> Reply<()> {
    let (locale, p) = staff_step(&desk, &locale)?;
    let mut inner = desk.live();
    let store = store_of(&p, locale, inner.store.as_ref())?;
    let id = ConsultationId(id);
    store.consultation(id).map_err(|e| storage(&p, locale, e))?;
    store
        .delete_consultation(id)
        .map_err(|e| storage(&p, locale, e))?;
    let _ = store.audit(OffsetDateTime::now_utc(), "erase", &format!("#{}", id.0));
    if inner.session.consultation() == Some(id) {
        // The consultation on screen was the one erased: start afresh.
        inner.session = navigator::Session::new(locale);
    }
    Ok(())
}

/// The monitoring figures for the months `from`–`to` (YYYY-MM, either may be empty).
#[tauri::command]
pub async fn stats(
    desk: State<'_, Desk>,
    locale: String,
    from: String,
    to: String,
) -> Reply<StatsDto> {
    let (locale, p) = staff_step(&desk, &locale)?;
    let period = period(&p, locale, &from, &to)?;
    let inner = desk.live();
    let store = store_of(&p, locale, inner.store.as_ref())?;
    let stats = store
        .statistics(&p.pack, period)
        .map_err(|e| storage(&p, locale, e))?;
    let rows = report::statistics_rows(&stats, &p.pack, &p.loc, locale);
    let sections = staff_views::stat_sections(rows)
        .into_iter()
        .map(StatSectionDto::from)
        .collect();
    Ok(StatsDto { sections })
}

/// Writes the consultations or the figures (`what`) as CSV or XLSX (`format`) to the export
/// folder, under a name with the date and time, and says where.
#[tauri::command]
pub async fn export(
    desk: State<'_, Desk>,
    locale: String,
    what: String,
    format: String,
) -> Reply<ExportDto> {
    let (locale, p) = staff_step(&desk, &locale)?;
    let bad = |detail: String| IpcError {
        code: "bad_request".into(),
        message: p
            .loc
            .app(locale, "error-bad-request", &[("detail", detail.into())]),
    };
    let (ext, fmt) = match format.as_str() {
        "csv" => ("csv", report::Format::Csv),
        "xlsx" => ("xlsx", report::Format::Xlsx),
        other => return Err(bad(format!("format {other:?}"))),
    };
    if what != "consultations" && what != "statistics" {
        return Err(bad(format!("what {what:?}")));
    }
    let data_dir = desk.data_dir.as_deref().ok_or_else(|| IpcError {
        code: "no_data_dir".into(),
        message: p.loc.app(locale, "error-app-no-data-dir", &[]),
    })?;
    let dir = desk.settings.export_dir(data_dir);
    let now = OffsetDateTime::now_utc();
    let stamp = staff_views::local_stamp(&now.format(&Rfc3339).unwrap_or_default())
        .replace([' ', ':'], "-");
    let path = dir.join(format!("navigator-{what}-{stamp}.{ext}"));
    let failed = |detail: String| IpcError {
        code: "export_failed".into(),
        message: p.loc.app(
            locale,
            "error-export",
            &[
                ("path", path.display().to_string().into()),
                ("detail", detail.into()),
            ],
        ),
    };
    let inner = desk.live();
    let store = store_of(&p, locale, inner.store.as_ref())?;
    std::fs::create_dir_all(&dir).map_err(|e| failed(e.to_string()))?;
    report::write_atomically(&path, |out| {
        if what == "consultations" {
            report::consultations(store, &p.pack, &p.loc, locale, Period::default(), fmt, out)
                .map(|_| ())
        } else {
            let stats = store.statistics(&p.pack, Period::default())?;
            report::statistics(&stats, &p.pack, &p.loc, locale, fmt, out)
        }
    })
    .map_err(|e| failed(e.to_string()))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let _ = store.audit(now, "export", &name);
    Ok(ExportDto {
        path: path.display().to_string(),
    })
}

/// The department directory of `county` ('' = the entries for every county).
#[tauri::command]
pub async fn directory(
    desk: State<'_, Desk>,
    locale: String,
    county: String,
) -> Reply<DirectoryDto> {
    let (locale, p) = staff_step(&desk, &locale)?;
    let inner = desk.live();
    let store = store_of(&p, locale, inner.store.as_ref())?;
    directory_of(&p, locale, store, county)
}

/// Saves one department's phone, address and hours for `county` (all empty: removes them).
#[tauri::command]
pub async fn directory_save(
    desk: State<'_, Desk>,
    locale: String,
    county: String,
    entry: DirectoryEntryDto,
) -> Reply<DirectoryDto> {
    let (locale, p) = staff_step(&desk, &locale)?;
    if p.pack.department(&entry.department).is_none() {
        return Err(IpcError {
            code: "bad_request".into(),
            message: p.loc.app(
                locale,
                "error-bad-request",
                &[(
                    "detail",
                    format!("department {:?}", entry.department).into(),
                )],
            ),
        });
    }
    let inner = desk.live();
    let store = store_of(&p, locale, inner.store.as_ref())?;
    let now = OffsetDateTime::now_utc();
    store
        .set_directory_entry(
            &county,
            &DirectoryEntry {
                department: entry.department.clone(),
                phone: entry.phone,
                address: entry.address,
                hours: entry.hours,
            },
            now,
        )
        .map_err(|e| storage(&p, locale, e))?;
    let _ = store.audit(now, "directory", &format!("{county}/{}", entry.department));
    directory_of(&p, locale, store, county)
}

/// The audit log, newest first.
#[tauri::command]
pub async fn audit_log(desk: State<'_, Desk>, locale: String) -> Reply<Vec<AuditEntryDto>> {
    let (locale, p) = staff_step(&desk, &locale)?;
    let inner = desk.live();
    let store = store_of(&p, locale, inner.store.as_ref())?;
    let entries = store.audit_log(500).map_err(|e| storage(&p, locale, e))?;
    Ok(entries
        .into_iter()
        .map(|e| AuditEntryDto {
            at: staff_views::local_stamp(&e.at),
            action: p.loc.app(locale, &format!("audit-{}", e.action), &[]),
            detail: e.detail,
        })
        .collect())
}

fn directory_of(p: &Policy, locale: Locale, store: &Store, county: String) -> Reply<DirectoryDto> {
    let stored = store
        .directory(&county)
        .map_err(|e| storage(p, locale, e))?;
    Ok(DirectoryDto::from(staff_views::directory(
        &p.pack, &p.loc, locale, county, &stored,
    )))
}

fn log_query(p: &Policy, locale: Locale, q: &LogQueryDto) -> Reply<LogQuery> {
    let bad = |field: &str, value: &str| IpcError {
        code: "bad_request".into(),
        message: p.loc.app(
            locale,
            "error-bad-request",
            &[("detail", format!("{field} {value:?}").into())],
        ),
    };
    let date = |field: &str, value: &str| -> Reply<Option<time::Date>> {
        if value.is_empty() {
            return Ok(None);
        }
        navigator::answers::parse_date(value)
            .map(Some)
            .ok_or_else(|| bad(field, value))
    };
    let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
    Ok(LogQuery {
        from: date("from", &q.from)?,
        to: date("to", &q.to)?,
        group: some(&q.group),
        measure: some(&q.measure),
        follow_up: match q.follow_up.as_str() {
            "" => None,
            f => Some(FollowUp::parse(f).ok_or_else(|| bad("follow_up", f))?),
        },
        name: some(&q.name),
    })
}

fn period(p: &Policy, locale: Locale, from: &str, to: &str) -> Reply<Period> {
    let month = |value: &str| -> Reply<Option<navigator::store::Month>> {
        if value.is_empty() {
            return Ok(None);
        }
        navigator::store::Month::parse(value)
            .map(Some)
            .ok_or_else(|| IpcError {
                code: "bad_request".into(),
                message: p.loc.app(
                    locale,
                    "error-bad-request",
                    &[("detail", format!("month {value:?}").into())],
                ),
            })
    };
    Ok(Period {
        from: month(from)?,
        to: month(to)?,
    })
}

fn record_dto(r: Record) -> RecordDto {
    RecordDto {
        consultation: r.consultation.0,
        consent: r.consented_at.is_some(),
        name: r.name,
        phone: r.phone,
        note: r.note,
        follow_up: r.follow_up.as_str().to_owned(),
        consented_at: r
            .consented_at
            .as_deref()
            .map(staff_views::local_stamp)
            .unwrap_or_default(),
        updated_at: staff_views::local_stamp(&r.updated_at),
    }
}

fn store_of<'a>(p: &Policy, locale: Locale, store: Option<&'a Store>) -> Reply<&'a Store> {
    store.ok_or_else(|| IpcError {
        code: "storage".into(),
        message: p.loc.app(locale, "error-no-store", &[]),
    })
}

fn consultation_of(
    p: &Policy,
    locale: Locale,
    id: Option<i64>,
    on_screen: Option<ConsultationId>,
) -> Reply<ConsultationId> {
    id.map(ConsultationId)
        .or(on_screen)
        .ok_or_else(|| IpcError {
            code: "no_consultation".into(),
            message: p.loc.app(locale, "error-no-consultation", &[]),
        })
}

fn storage(p: &Policy, locale: Locale, e: navigator::StoreError) -> IpcError {
    use navigator::StoreError;
    let (code, message) = match &e {
        StoreError::NoConsent => ("no_consent", p.loc.app(locale, "error-no-consent", &[])),
        StoreError::TooLong { field, max } => (
            "too_long",
            p.loc.app(
                locale,
                "error-too-long",
                &[
                    (
                        "field",
                        staff_views::field_label(&p.loc, locale, field).into(),
                    ),
                    ("max", (*max).into()),
                ],
            ),
        ),
        StoreError::Required { field } => (
            "bad_request",
            p.loc.app(
                locale,
                "error-bad-request",
                &[("detail", format!("{field} is empty").into())],
            ),
        ),
        StoreError::NoSuchConsultation(_) => (
            "no_consultation",
            p.loc.app(locale, "error-no-consultation", &[]),
        ),
        _ => (
            "storage",
            p.loc
                .app(locale, "error-store", &[("detail", e.to_string().into())]),
        ),
    };
    IpcError {
        code: code.into(),
        message,
    }
}
