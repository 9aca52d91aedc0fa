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
    pub fn screen_list(
        &self,
        locale: Locale,
        list: &List,
        mapping: &Mapping,
        out: &Path,
        progress: batch::Progress<'_>,
    ) -> Result<Summary> {
        let desk = self.desk;
        let p = desk.policy();
        let on = desk.today();
        let screening = batch::screen(list, mapping, &p.pack, &p.loc, on, progress)?;
        let folder = match out.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => std::path::PathBuf::from("."),
        };
        let mut summary = None;
        report::write_atomically(out, |file| {
            let written = batch::write_workbook(
                file, &folder, list, mapping, &screening, &p.pack, &p.loc, locale, on,
            )
            .map_err(|e| match e {
                ListError::Write(io) => ReportError::Write(io),
                other => ReportError::Write(std::io::Error::other(other.to_string())),
            })?;
            summary = Some(written);
            Ok(())
        })
        .map_err(|source| DeskError::Export {
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
