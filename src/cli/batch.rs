//! `navigator batch`: a list screened at the terminal (政策找人), or its mapping suggested. The
//! use cases are the [`navigator::desk::StaffDesk`]'s; this module prints what they came to.

use std::path::Path;
use std::process::ExitCode;

use navigator::batch::{List, Mapping};
use navigator::desk::{Desk, Existing};
use navigator::Locale;

use crate::error::CliError;

/// Prints the suggested mapping (TOML, with comments in the reader's language) on stdout.
pub fn suggest(desk: &Desk, locale: Locale, list: &List) {
    let staff = desk.at_terminal();
    let suggestion = staff.suggest_mapping(list);
    crate::emit(&staff.suggested_mapping_file(&suggestion, locale));
    told(desk, locale, list);
}

/// Screens the list into `out`: 0 when every row was screened, 1 when some are in the errors
/// sheet (the workbook is written all the same).
pub fn screen(
    desk: &Desk,
    locale: Locale,
    list: &List,
    mapping: &Mapping,
    out: &Path,
    existing: Existing,
) -> Result<ExitCode, CliError> {
    let summary =
        desk.at_terminal()
            .screen_list_to(locale, list, mapping, out, existing, &mut |_, _| true)?;
    // Said only once it is done: unusable input is one line on stderr, nothing else.
    told(desk, locale, list);
    let loc = &desk.policy().loc;
    eprintln!(
        "{}",
        loc.app(
            locale,
            "cli-list-done",
            &[
                ("screened", summary.screened.into()),
                ("errors", summary.in_error.into()),
                ("path", out.display().to_string().into()),
            ]
        )
    );
    Ok(if summary.in_error > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Says on stderr what was read: the format (and a CSV file's encoding) and how many rows.
fn told(desk: &Desk, locale: Locale, list: &List) {
    let loc = &desk.policy().loc;
    eprintln!(
        "{}",
        loc.app(
            locale,
            "cli-list-read",
            &[
                ("format", list.source.name().into()),
                ("rows", list.rows.len().into()),
            ]
        )
    );
}
