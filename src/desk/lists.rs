//! Staff screen a list (政策找人): read it, have a mapping suggested or read staff's own, screen
//! every row on the desk's date with the pack in use, and write the output workbook atomically.
//!
//! The list is personal data: it stays in memory and in the output file staff name. Nothing
//! of it reaches the database, the backups or the monthly figures; the audit log notes how
//! many rows were screened into which file, never a name. The reading, mapping and screening
//! are [`crate::batch`]'s.
//!
//! The app's screen 名单筛查 uses the `offered` calls: a county office only, a list file only
//! from the import folders, the output only into the export folder, and the mapping staff
//! confirmed kept beside the list (`名单.map.toml` for `名单.xlsx`) so that next month's list
//! of the same format opens with it.

use std::path::{Path, PathBuf};

use calamine::Reader;

use super::packs::offered_in;
use super::{DeskError, Result, StaffDesk};
use crate::batch::{self, List, ListError, Mapping, Stage, Step, Suggestion, Summary, Throttle};
use crate::locale::Locale;
use crate::message::Explain;
use crate::present::lists::{
    self as words, ListFilesView, ListProgressView, ListView, Prefill, ScreenedListView,
};
use crate::report::{self, ReportError};
use crate::settings::Mode;
use crate::store::AuditAction;

/// The list files the app offers: workbooks and CSV files.
const LIST_EXTENSIONS: [&str; 5] = ["xlsx", "xlsm", "xls", "ods", "csv"];

/// How many Cancels are remembered: more than screenings could run at once (a second review:
/// one slot let a second Cancel overwrite a first not yet heard).
const CANCELS_KEPT: usize = 16;

/// How often the app's progress bar hears how far a screening is, within a stage: often
/// enough to move, well inside the 200 ms issue #17 asks for.
pub const PROGRESS_INTERVAL: std::time::Duration = std::time::Duration::from_millis(100);

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
    /// complete). `progress` hears how far it is (rows screened, rows written, bytes saved)
    /// and may stop it at any of them; then nothing is written. Noted in the audit log as the
    /// number of rows and the file's name. A file already at `out` is refused
    /// ([`Existing::Refuse`]); see [`Self::screen_list_to`].
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
                file, &folder, list, mapping, &screening, &p.pack, &p.loc, locale, on, progress,
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

/// The screen 名单筛查: the `offered` use cases.
impl StaffDesk<'_> {
    /// The list files directly in the import folders.
    pub fn list_files(&self) -> Result<ListFilesView> {
        self.in_office()?;
        let folders = self.desk.settings().import_dirs();
        Ok(ListFilesView {
            folders: folders.iter().map(|d| d.display().to_string()).collect(),
            files: offered_in(&folders, &LIST_EXTENSIONS),
        })
    }

    /// Opens the list at `path` (one the import folders offer) for its mapping to be
    /// confirmed: the mapping kept beside it if there is one that fits it, else the one
    /// suggested.
    pub fn open_offered_list(
        &self,
        locale: Locale,
        path: &str,
        sheet: Option<&str>,
    ) -> Result<ListView> {
        self.in_office()?;
        let path = self.offered_list(path)?;
        let list = self.read_list(&path, sheet)?;
        let suggestion = self.suggest_mapping(&list);
        let kept = mapping_file_of(&path);
        let saved = kept.is_file().then(|| self.kept_mapping(&kept, &list));
        let p = self.desk.policy();
        let mapping = match &saved {
            Some(Ok(m)) => m,
            _ => &suggestion.mapping,
        };
        let prefill = Prefill {
            mapping,
            suggestion: &suggestion,
        };
        let mut view = words::list(&p.pack, &p.loc, locale, &list, sheets_of(&path), prefill);
        view.path = path.display().to_string();
        view.name = file_name(&path);
        match saved {
            Some(Ok(_)) => view.saved = Some(file_name(&kept)),
            Some(Err(e)) => view.saved_problem = Some(p.loc.say(locale, &e.message())),
            None => {}
        }
        Ok(view)
    }

    /// Screens the list at `path` (one the import folders offer) through `mapping` into a new
    /// workbook in the export folder, and keeps the mapping beside the list for next time
    /// (a list on a read-only stick is still screened: the view says why it was not kept).
    /// `progress` hears how far it is, worded, from the reading on, at most every
    /// [`PROGRESS_INTERVAL`] within a stage. `ticket` names this screening, chosen by the
    /// page (a number it has not used before): [`StaffDesk::stop_screening`] with the same
    /// ticket stops it at any stage, even one asked before the screening began (a Cancel
    /// pressed within milliseconds of Run), and then nothing is written.
    pub fn screen_offered(
        &self,
        locale: Locale,
        path: &str,
        sheet: Option<&str>,
        mapping: &Mapping,
        ticket: u64,
        progress: &mut (dyn FnMut(ListProgressView) + Send),
    ) -> Result<ScreenedListView> {
        self.in_office()?;
        let path = self.offered_list(path)?;
        let loc = &self.desk.policy().loc;
        let mut throttle = Throttle::new(PROGRESS_INTERVAL);
        let mut heard = |step: Step| {
            if throttle.due(step) {
                progress(words::progress(loc, locale, step));
            }
            !self.cancelled(ticket)
        };
        // The reading is one call: a stop during it is heard at the first row screened.
        heard(Step::new(Stage::Reading, 0, 0));
        let list = self.read_list(&path, sheet)?;
        let stem = path.file_stem().unwrap_or_default().to_string_lossy();
        // Named to the minute: the same list screened twice in a minute gets ".2" and so on,
        // and never replaces the first (screen_list refuses a file that exists).
        let first = self.export_path(&format!("list-{stem}"), "xlsx")?;
        let mut out = first.clone();
        for n in 2..1000 {
            if out.symlink_metadata().is_err() {
                break;
            }
            out = first.with_extension(format!("{n}.xlsx"));
        }
        let summary = self.screen_list(locale, &list, mapping, &out, &mut heard)?;
        let p = self.desk.policy();
        let mut view = words::screened(&p.pack, &p.loc, locale, &summary);
        view.file = out.display().to_string();
        view.name = file_name(&out);
        view.folder = out
            .parent()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        let kept = mapping_file_of(&path);
        match self.keep_mapping(&kept, &list, mapping, locale) {
            Ok(()) => view.mapping_file = Some(kept.display().to_string()),
            Err(e) => view.mapping_problem = Some(p.loc.say(locale, &e.message())),
        }
        Ok(view)
    }

    /// Asks the screening with `ticket` to stop, whether it has begun or not; it then writes
    /// nothing. Another screening goes on.
    pub fn stop_screening(&self, ticket: u64) {
        let mut cancelled = self.cancels();
        if cancelled.len() >= CANCELS_KEPT {
            cancelled.remove(0);
        }
        cancelled.push(ticket);
    }

    fn cancelled(&self, ticket: u64) -> bool {
        self.cancels().contains(&ticket)
    }

    /// The Cancels remembered. A thread that panicked holding them left a list of numbers,
    /// which is still whole.
    fn cancels(&self) -> std::sync::MutexGuard<'_, Vec<u64>> {
        self.desk
            .cancelled_screenings
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn in_office(&self) -> Result<()> {
        match self.desk.settings().mode {
            Mode::Office => Ok(()),
            _ => Err(DeskError::OfficeOnly),
        }
    }

    /// The list file staff chose, if the import folders offer it: the app opens nothing else.
    fn offered_list(&self, path: &str) -> Result<PathBuf> {
        let path = PathBuf::from(path);
        let folders = self.desk.settings().import_dirs();
        let offered = offered_in(&folders, &LIST_EXTENSIONS)
            .iter()
            .any(|f| Path::new(&f.path) == path);
        match offered {
            true => Ok(path),
            false => Err(DeskError::ListNotOffered { path }),
        }
    }

    /// The mapping kept at `file`, if it is valid and every column it names is in `list`.
    fn kept_mapping(&self, file: &Path, list: &List) -> Result<Mapping> {
        let text = std::fs::read_to_string(file).map_err(|reason| ListError::Read {
            path: file.to_path_buf(),
            reason,
        })?;
        let mapping = self.read_mapping(&text)?;
        if let Some(c) = mapping
            .columns
            .iter()
            .find(|c| list.column(&c.header).is_none())
        {
            return Err(ListError::NoColumn(c.header.clone()).into());
        }
        Ok(mapping)
    }

    /// Writes `mapping` to `file` (whole, replacing the one kept before), with the columns
    /// it carries through named in comments.
    fn keep_mapping(
        &self,
        file: &Path,
        list: &List,
        mapping: &Mapping,
        locale: Locale,
    ) -> Result<()> {
        let carried = list
            .headers
            .iter()
            .filter(|h| !mapping.columns.iter().any(|c| c.header.trim() == h.trim()))
            .cloned()
            .collect();
        let kept = Suggestion {
            mapping: mapping.clone(),
            unplaced: Default::default(),
            carried,
        };
        let text = self.suggested_mapping_file(&kept, locale);
        crate::files::replace_with(file, text.as_bytes()).map_err(|reason| {
            DeskError::MappingNotKept {
                path: file.to_path_buf(),
                reason,
            }
        })
    }
}

/// Where the mapping of the list at `path` is kept: beside it, `名单.map.toml` for
/// `名单.xlsx`.
fn mapping_file_of(path: &Path) -> PathBuf {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!("{stem}.map.toml"))
}

/// The sheets of a workbook, in order (none for CSV, or for a file calamine cannot open,
/// which reading it then says).
fn sheets_of(path: &Path) -> Vec<String> {
    calamine::open_workbook_auto(path)
        .map(|w| w.sheet_names())
        .unwrap_or_default()
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
