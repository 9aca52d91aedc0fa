//! Staff screen a list (政策找人): read it, have a mapping suggested or read staff's own, screen
//! every row on the desk's date with the pack in use, and write the output workbook atomically.
//!
//! The list is personal data: it stays in memory and in the output file staff name. Nothing
//! of it reaches the database, the backups or the monthly figures; the audit log notes how
//! many rows were screened into which file, never a name. The reading, mapping and screening
//! are [`crate::batch`]'s.

use std::path::Path;

use super::{DeskError, Result, StaffDesk};
use crate::batch::{self, List, ListError, Mapping, Suggestion, Summary};
use crate::locale::Locale;
use crate::report::{self, ReportError};
use crate::store::AuditAction;

impl From<ListError> for DeskError {
    fn from(e: ListError) -> DeskError {
        DeskError::List(e)
    }
}

impl StaffDesk<'_> {
    /// Reads a list (a workbook by its extension, else CSV); `sheet` names the worksheet.
    pub fn read_list(&self, path: &Path, sheet: Option<&str>) -> Result<List> {
        Ok(List::read(path, sheet)?)
    }

    /// The mapping suggested for `list` from its headers, its cells and the pack's words.
    pub fn suggest_mapping(&self, list: &List) -> Suggestion {
        let p = self.desk.policy();
        batch::suggest(list, &p.pack, &p.loc)
    }

    /// The suggested mapping as a file staff can check and keep, with comments in `locale`.
    pub fn suggested_mapping_file(&self, suggestion: &Suggestion, locale: Locale) -> String {
        suggestion.to_toml(&self.desk.policy().loc, locale)
    }

    /// Reads a mapping file and checks it against the pack in use.
    pub fn read_mapping(&self, text: &str) -> Result<Mapping> {
        Ok(Mapping::from_toml(text, &self.desk.policy().pack)?)
    }

    /// Screens every row of `list` through `mapping` on the desk's date and writes the output
    /// workbook to `out` (through a temporary file beside it, renamed into place only when
    /// complete). `progress` hears how many rows are done and may stop the screening, which
    /// then writes nothing. Noted in the audit log as the number of rows and the file's name.
    /// A file already at `out` is refused ([`Existing::Refuse`]); see [`Self::screen_list_to`].
    pub fn screen_list(
        &self,
        locale: Locale,
        list: &List,
        mapping: &Mapping,
        out: &Path,
        progress: batch::Progress<'_>,
    ) -> Result<Summary> {
        self.screen_list_to(locale, list, mapping, out, Existing::Refuse, progress)
    }

    /// Like [`Self::screen_list`], saying what to do with a file already at `out`. Refused
    /// before anything is screened: an output that is not `.xlsx`, and an output that is the
    /// list itself (issue #17 review: `-o` naming the list destroyed it). On any failure no
    /// part file is left (it holds personal data) and `out` is as it was.
    pub fn screen_list_to(
        &self,
        locale: Locale,
        list: &List,
        mapping: &Mapping,
        out: &Path,
        existing: Existing,
        progress: batch::Progress<'_>,
    ) -> Result<Summary> {
        check_output(list, out, existing)?;
        let desk = self.desk;
        let p = desk.policy();
        let on = desk.today();
        let screening = batch::screen(list, mapping, &p.pack, &p.loc, on, progress)?;
        let folder = match out.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => std::path::PathBuf::from("."),
        };
        let mut summary = None;
        // A refusal of the list's own (a cell too long, the temporary folder) is said as
        // itself, not as a disk that failed to take the file.
        let mut refused = None;
        let written = report::write_atomically(out, |file| {
            match batch::write_workbook_safely(
                file, &folder, list, mapping, &screening, &p.pack, &p.loc, locale, on,
            ) {
                Ok(written) => {
                    summary = Some(written);
                    Ok(())
                }
                Err(ListError::Write(io)) => Err(ReportError::Write(io)),
                Err(other) => {
                    let said = std::io::Error::other(other.to_string());
                    refused = Some(other);
                    Err(ReportError::Write(said))
                }
            }
        });
        if let Some(e) = refused {
            return Err(DeskError::List(e));
        }
        written.map_err(|source| DeskError::Export {
            path: out.to_path_buf(),
            source,
        })?;
        let summary = summary.ok_or(DeskError::Fault)?;
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        desk.note(
            AuditAction::ListScreen,
            &format!("{} rows -> {name}", summary.rows_in),
        );
        Ok(summary)
    }
}

/// What to do with a file already where the output of a screening goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Refuse: it may be last month's results, or another list.
    Refuse,
    /// Replace it (the CLI's `--force`).
    Replace,
}

/// Refuses an output that is not `.xlsx`, that is the list itself, or that exists when
/// `existing` says to refuse. The list is compared by its canonical path, so that `./名单.xlsx`
/// and a link to it are the list too.
fn check_output(list: &List, out: &Path, existing: Existing) -> Result<()> {
    let xlsx = out
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if !xlsx {
        return Err(ListError::OutputNotXlsx(out.to_path_buf()).into());
    }
    if let (Some(input), Ok(output)) = (&list.path, out.canonicalize()) {
        if input.canonicalize().is_ok_and(|input| input == output) {
            return Err(ListError::OutputIsInput.into());
        }
    }
    if existing == Existing::Refuse && out.symlink_metadata().is_ok() {
        return Err(ListError::OutputExists(out.to_path_buf()).into());
    }
    Ok(())
}
