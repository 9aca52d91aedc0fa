//! The staff commands: `stats` (the monitoring figures) and `export` (the consultation list as
//! CSV), which read the database only, `set-pin` (the staff PIN in the settings file), and
//! `purge` (the end of the retention period for personal data).

use std::path::{Path, PathBuf};

use navigator::report::{self, StatRow};
use navigator::store::{AuditAction, Period};
use navigator::{Locale, Localizer, PolicyPack};
use serde_json::json;
use time::Date;

use crate::error::CliError;

/// Prints the figures as text or JSON, or writes them to `file` (CSV or a workbook).
pub fn stats(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    db: Option<PathBuf>,
    period: Period,
    as_json: bool,
    file: Option<(PathBuf, report::Format)>,
) -> Result<(), CliError> {
    let store = crate::ask::open_store(db)?;
    let stats = store.statistics(pack, period)?;
    if let Some((path, format)) = file {
        write_atomically(&path, |out| {
            report::statistics(&stats, pack, loc, locale, format, out)
        })?;
        audit_export(&store, &path);
        return Ok(());
    }
    let rows = report::statistics_rows(&stats, pack, loc, locale);
    if as_json {
        crate::json::print(&json!(rows
            .iter()
            .map(
                |r| json!({"section": r.section, "key": r.key, "label": r.label, "count": r.count})
            )
            .collect::<Vec<_>>()));
        return Ok(());
    }
    crate::emit(&text(&rows, loc, locale));
    Ok(())
}

/// The figures as text: each section's heading, then `count  label` lines. Sections with no
/// figures say so, so that an empty database reads as empty rather than broken.
fn text(rows: &[StatRow], loc: &Localizer, locale: Locale) -> String {
    let mut out = String::new();
    for section in ["total", "group", "region", "month", "matched", "near-miss"] {
        out.push_str(&loc.app(locale, &format!("stats-section-{section}"), &[]));
        out.push('\n');
        let mut any = false;
        for r in rows.iter().filter(|r| r.section == section) {
            out.push_str(&format!("  {:>7}  {}\n", r.count, r.label));
            any = true;
        }
        if !any {
            out.push_str(&format!("  {}\n", loc.app(locale, "cli-stats-empty", &[])));
        }
    }
    out
}

/// Writes every consultation of the period to `path`: a workbook if it ends in `.xlsx`, CSV
/// otherwise.
pub fn export(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    db: Option<PathBuf>,
    period: Period,
    path: &Path,
) -> Result<(), CliError> {
    let store = crate::ask::open_store(db)?;
    let mut count = 0;
    write_atomically(path, |file| {
        let format = report::Format::of_path(path);
        count = report::consultations(&store, pack, loc, locale, period, format, file)?;
        Ok(())
    })?;
    audit_export(&store, path);
    eprintln!(
        "{}",
        loc.app(
            locale,
            "cli-export-written",
            &[
                ("count", count.into()),
                ("path", path.display().to_string().into())
            ]
        )
    );
    Ok(())
}

/// Writes `path` as [`report::write_atomically`] does, with its errors as the CLI's.
fn write_atomically(
    path: &Path,
    write: impl FnOnce(std::io::BufWriter<&std::fs::File>) -> report::Result<()>,
) -> Result<(), CliError> {
    report::write_atomically(path, write).map_err(|e| match e {
        report::ReportError::Store(e) => CliError::Store(e),
        report::ReportError::Write(e) => CliError::WriteFile(path.display().to_string(), e),
    })
}

/// Notes a staff action in the audit log of the data directory's database. Best effort: the
/// action itself is done, and a database that cannot be opened must not undo it.
pub(crate) fn audit(data_dir: &Path, action: AuditAction, detail: &str) {
    let db = data_dir.join(navigator::settings::DATABASE_NAME);
    if let Ok(store) = navigator::Store::open(&db) {
        let _ = store.audit(time::OffsetDateTime::now_utc(), action, detail);
    }
}

/// Notes an export (by its file name, never its contents) in the audit log.
fn audit_export(store: &navigator::Store, path: &Path) {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let _ = store.audit(time::OffsetDateTime::now_utc(), AuditAction::Export, &name);
}

/// `set-pin`: reads the PIN from standard input, stores its hash in the settings file (which
/// must be valid: a damaged one is not overwritten) and says so.
pub fn set_pin(data_dir: Option<PathBuf>, loc: &Localizer, locale: Locale) -> Result<(), CliError> {
    let dir = data_dir
        .or_else(|| navigator::settings::data_dir(navigator::settings::env_var))
        .ok_or(CliError::NoDataDir)?;
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| CliError::ReadFile("-".into(), e))?;
    let hash = navigator::pin::hash_pin(line.trim())?;
    // Only the PIN changes: the file keeps what staff wrote (and this shell's environment
    // overrides stay out of it).
    navigator::Settings::store_pin(&dir, &hash)?;
    audit(&dir, AuditAction::Settings, "staff_pin");
    let path = dir.join(navigator::settings::FILE_NAME);
    let done = loc.app(
        locale,
        "cli-pin-set",
        &[("path", path.display().to_string().into())],
    );
    crate::emit(&format!("{done}\n"));
    Ok(())
}

/// `purge`: erases name, phone and note of the consultations that started more than the
/// settings' `retention_days` before `on`, in the database of the data directory, and says how
/// many. The store notes the erasure in its audit log.
pub fn purge(
    data_dir: Option<PathBuf>,
    on: Date,
    loc: &Localizer,
    locale: Locale,
) -> Result<(), CliError> {
    let dir = data_dir
        .or_else(|| navigator::settings::data_dir(navigator::settings::env_var))
        .ok_or(CliError::NoDataDir)?;
    // With the environment's overrides: a deployment script may shorten the period for a run.
    let settings = navigator::Settings::load(&dir, navigator::settings::env_var)?;
    let store = crate::ask::open_store(Some(dir.join(navigator::settings::DATABASE_NAME)))?;
    let now = time::OffsetDateTime::now_utc();
    let count = store.erase_personal_before(settings.retention_cutoff(on), now)?;
    let done = loc.app(
        locale,
        "cli-purge-done",
        &[
            ("count", count.into()),
            ("days", settings.retention_days.into()),
            ("date", navigator::answers::format_date(on).into()),
        ],
    );
    crate::emit(&format!("{done}\n"));
    Ok(())
}
