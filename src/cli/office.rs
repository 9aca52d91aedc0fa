//! The staff commands at a terminal: `stats` (the monitoring figures), `export` (the
//! consultation list), `set-pin` (the staff PIN in the settings file) and `purge` (the end of
//! the retention period for personal data). Each is a use case of the [`Desk`]'s
//! [`navigator::desk::StaffDesk`]; this module reads the arguments and prints the outcome.

use std::path::Path;

use navigator::desk::office::{period, Export};
use navigator::desk::Desk;
use navigator::report::{Format, StatRow};
use navigator::{Locale, Localizer};
use serde_json::json;
use time::Date;

use crate::args::PeriodArgs;
use crate::error::CliError;

/// The sections of the figures, in the order they are printed.
const SECTIONS: [&str; 6] = ["total", "group", "region", "month", "matched", "near-miss"];

/// Prints the figures as text or JSON, or writes them to a CSV file or a workbook.
pub fn stats(
    desk: &Desk,
    locale: Locale,
    months: &PeriodArgs,
    as_json: bool,
    csv: Option<&Path>,
    xlsx: Option<&Path>,
) -> Result<(), CliError> {
    let staff = desk.at_terminal();
    let period = period(
        months.from.as_deref().unwrap_or_default(),
        months.to.as_deref().unwrap_or_default(),
    )?;
    let file = csv
        .map(|f| (f, Format::Csv))
        .or(xlsx.map(|f| (f, Format::Xlsx)));
    if let Some((path, format)) = file {
        staff.export_to(locale, Export::Statistics, format, period, path)?;
        return Ok(());
    }
    let rows = staff.figures(locale, period)?;
    if as_json {
        crate::json::print(&json!(rows
            .iter()
            .map(
                |r| json!({"section": r.section, "key": r.key, "label": r.label, "count": r.count})
            )
            .collect::<Vec<_>>()));
        return Ok(());
    }
    crate::emit(&text(&rows, &desk.policy().loc, locale));
    Ok(())
}

/// The figures as text: each section's heading, then `count  label` lines. Sections with no
/// figures say so, so that an empty database reads as empty rather than broken.
fn text(rows: &[StatRow], loc: &Localizer, locale: Locale) -> String {
    let mut out = String::new();
    for section in SECTIONS {
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
    desk: &Desk,
    locale: Locale,
    months: &PeriodArgs,
    path: &Path,
) -> Result<(), CliError> {
    let period = period(
        months.from.as_deref().unwrap_or_default(),
        months.to.as_deref().unwrap_or_default(),
    )?;
    let count = desk.at_terminal().export_to(
        locale,
        Export::Consultations,
        Format::of_path(path),
        period,
        path,
    )?;
    let written = desk.policy().loc.app(
        locale,
        "cli-export-written",
        &[
            ("count", count.into()),
            ("path", path.display().to_string().into()),
        ],
    );
    eprintln!("{written}");
    Ok(())
}

/// `set-pin`: reads the PIN from standard input, stores its hash in the settings file (which
/// must be valid: a damaged one is not overwritten) and says so.
pub fn set_pin(desk: &Desk, locale: Locale) -> Result<(), CliError> {
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| CliError::read(Path::new("-"), e))?;
    let path = desk.at_terminal().set_pin(line.trim())?;
    let done = desk.policy().loc.app(
        locale,
        "cli-pin-set",
        &[("path", path.display().to_string().into())],
    );
    crate::emit(&format!("{done}\n"));
    Ok(())
}

/// `purge`: erases name, phone and note of the consultations that started more than the
/// settings' `retention_days` before `on`, and says how many. The store notes the erasure in
/// its audit log.
pub fn purge(desk: &Desk, on: Date, locale: Locale) -> Result<(), CliError> {
    let (count, settings) = desk.at_terminal().purge(on)?;
    let done = desk.policy().loc.app(
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
