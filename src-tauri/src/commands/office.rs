//! Staff in a county office: the record of a consultation, the consultation log, a past
//! consultation, erasing on request, the monitoring figures and their export, the department
//! directory and the audit log. Each refuses with `not_signed_in` unless staff signed in.

use navigator::desk::office::period;
use navigator::desk::Desk;
use tauri::State;

use super::{as_staff, Reply};
use crate::dto::office::{
    AuditEntryDto, ConsultationDto, DirectoryDto, DirectoryEntryDto, ExportDto, ExportKindDto,
    FileFormatDto, LogDto, LogQueryDto, RecordDto, RecordInputDto, RecordPanelDto, StatsDto,
};

/// Staff's record of a consultation: `id`, or the one on screen when `id` is absent.
#[tauri::command]
pub async fn record(
    desk: State<'_, Desk>,
    locale: String,
    id: Option<i64>,
) -> Reply<RecordPanelDto> {
    as_staff(&desk, &locale, |s, l| Ok(s.record_panel(l, id)?.into()))
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
    as_staff(&desk, &locale, |s, _| {
        Ok(s.save_record(id, &record.into())?.into())
    })
}

/// The consultation log, newest first, narrowed by the search.
#[tauri::command]
pub async fn log(desk: State<'_, Desk>, locale: String, query: LogQueryDto) -> Reply<LogDto> {
    as_staff(&desk, &locale, |s, l| Ok(s.log(l, &query.into())?.into()))
}

/// One past consultation, with its answers and its verdicts as they were computed.
#[tauri::command]
pub async fn consultation(
    desk: State<'_, Desk>,
    locale: String,
    id: i64,
) -> Reply<ConsultationDto> {
    as_staff(&desk, &locale, |s, l| Ok(s.consultation(l, id)?.into()))
}

/// Erases one applicant's consultation on request (the anonymous monthly figures stay).
#[tauri::command]
pub async fn erase(desk: State<'_, Desk>, locale: String, id: i64) -> Reply<()> {
    as_staff(&desk, &locale, |s, _| s.erase(id))
}

/// The monitoring figures for the months `from`–`to` (YYYY-MM, either may be empty).
#[tauri::command]
pub async fn stats(
    desk: State<'_, Desk>,
    locale: String,
    from: String,
    to: String,
) -> Reply<StatsDto> {
    as_staff(&desk, &locale, |s, l| {
        Ok(s.figures_by_section(l, period(&from, &to)?)?.into())
    })
}

/// Writes the consultations or the figures into the export folder, and says where.
#[tauri::command]
pub async fn export(
    desk: State<'_, Desk>,
    locale: String,
    what: ExportKindDto,
    format: FileFormatDto,
) -> Reply<ExportDto> {
    as_staff(&desk, &locale, |s, l| {
        let path = s.export(l, what.into(), format.into())?;
        Ok(ExportDto {
            path: path.display().to_string(),
        })
    })
}

/// The department directory of `county` ('' = the entries for every county).
#[tauri::command]
pub async fn directory(
    desk: State<'_, Desk>,
    locale: String,
    county: String,
) -> Reply<DirectoryDto> {
    as_staff(&desk, &locale, |s, l| Ok(s.directory(l, &county)?.into()))
}

/// Saves one department's phone, address and hours for `county` (all empty: removes them).
#[tauri::command]
pub async fn directory_save(
    desk: State<'_, Desk>,
    locale: String,
    county: String,
    entry: DirectoryEntryDto,
) -> Reply<DirectoryDto> {
    as_staff(&desk, &locale, |s, l| {
        Ok(s.save_directory(l, &county, &entry.into())?.into())
    })
}

/// The audit log, newest first.
#[tauri::command]
pub async fn audit_log(desk: State<'_, Desk>, locale: String) -> Reply<Vec<AuditEntryDto>> {
    as_staff(&desk, &locale, |s, l| {
        Ok(s.audit_log(l)?.into_iter().map(Into::into).collect())
    })
}
