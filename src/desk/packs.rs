//! Staff use cases for policy-pack updates from a USB stick or a shared folder: the files on
//! offer, what one would change, installing it, and going back.
//!
//! An archive is checked in full and its changes shown before anything changes; installing
//! (or going back) puts the new pack in use at once and starts a fresh consultation, so no
//! consultation mixes two packs. The checks, the signatures and the files are
//! [`crate::pack::library`]'s; this reads the file staff chose and swaps the pack in.

use std::path::{Path, PathBuf};

use super::{Desk, DeskError, PackOrigin, Policy, Result, StaffDesk};
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::pack::library::Downgrade;
use crate::pack::{archive, library, PackDiff, PolicyPack};
use crate::present::{self, OfferedFileView, PackDiffView, PacksView};
use crate::session::Session;
use crate::store::AuditAction;

/// The largest file offered for import; a pack archive is a few hundred KiB.
pub const MAX_ARCHIVE_BYTES: u64 = 64 * 1024 * 1024;

impl StaffDesk<'_> {
    /// The pack in use, whether going back is possible, and the pack files in the import
    /// folders.
    pub fn packs(&self, locale: Locale) -> PacksView {
        let desk = self.desk;
        let p = desk.policy();
        let folders = desk.settings().import_dirs();
        let installed = p.origin == PackOrigin::Installed;
        PacksView {
            current: present::step::pack(&p.pack, &p.loc, locale),
            installed,
            can_roll_back: installed || desk.data_dir().is_some_and(library::has_previous),
            folders: folders.iter().map(|d| d.display().to_string()).collect(),
            files: archives_in(&folders),
        }
    }

    /// Checks the pack file at `path` (one the import folders offer) as an install would, and
    /// says what installing it would change. Changes nothing.
    pub fn preview_offered(&self, locale: Locale, path: &str) -> Result<PackDiffView> {
        let desk = self.desk;
        let bytes = read_offered(desk, path)?;
        let offered = archive::read(&bytes, &desk.settings().trust())?;
        let p = desk.policy();
        let d = crate::pack::diff(&p.pack, &offered.pack);
        word_diff(&p.loc, &offered.pack, locale, &d)
    }

    /// Installs the pack file at `path` (one the import folders offer).
    pub fn install_offered(
        &self,
        locale: Locale,
        path: &str,
        downgrade: Downgrade,
    ) -> Result<PackDiffView> {
        let bytes = read_offered(self.desk, path)?;
        self.install(locale, &bytes, downgrade)
    }

    /// Installs a pack archive as the pack in use, after every check (the one it replaces is
    /// kept for going back). An older version of the pack in use, or another policy's pack,
    /// is refused unless `downgrade` allows it (a second confirmation in the app,
    /// `--allow-downgrade` at the command line). The consultation on screen ends: a fresh one
    /// starts on the new pack. Returns what changed.
    pub fn install(
        &self,
        locale: Locale,
        bytes: &[u8],
        downgrade: Downgrade,
    ) -> Result<PackDiffView> {
        let desk = self.desk;
        let data_dir = desk.data_dir().ok_or(DeskError::NoDataDir)?;
        let p = desk.policy();
        let mut live = desk.live();
        let switched = library::install(
            data_dir,
            bytes,
            &desk.settings().trust(),
            &p.pack,
            downgrade,
        )?;
        let view = word_diff(&p.loc, &switched.pack, locale, &switched.diff)?;
        let policy = Policy::new(switched.pack, PackOrigin::Installed)?;
        desk.set_policy(policy);
        live.session = Session::new(locale);
        drop(live);
        desk.note(
            AuditAction::PackInstall,
            &format!("{} → {}", view.old, view.new),
        );
        Ok(view)
    }

    /// Puts the previous pack back in use (or the built-in one if none was kept), and starts a
    /// fresh consultation on it. Returns what changed.
    pub fn rollback(&self, locale: Locale) -> Result<PackDiffView> {
        let desk = self.desk;
        let data_dir = desk.data_dir().ok_or(DeskError::NoDataDir)?;
        let trust = desk.settings().trust();
        let p = desk.policy();
        let built_in = PolicyPack::embedded()?;
        let mut live = desk.live();
        let switched = library::rollback(data_dir, &trust, &p.pack, &built_in)?;
        let view = word_diff(&p.loc, &switched.pack, locale, &switched.diff)?;
        let origin = match library::active(data_dir, &trust) {
            Ok(Some(_)) => PackOrigin::Installed,
            _ => PackOrigin::BuiltIn,
        };
        desk.set_policy(Policy::new(switched.pack, origin)?);
        live.session = Session::new(locale);
        drop(live);
        desk.note(
            AuditAction::PackRollback,
            &format!("{} → {}", view.old, view.new),
        );
        Ok(view)
    }
}

/// Words a diff: titles of added and changed measures come from the new pack, of removed ones
/// from the pack in use (`old`).
fn word_diff(
    old: &Localizer,
    new: &PolicyPack,
    locale: Locale,
    d: &PackDiff,
) -> Result<PackDiffView> {
    let new_loc = Localizer::new(new)?;
    Ok(present::pack_diff(old, &new_loc, locale, d))
}

/// The `.zip` files directly in `folders`, by name.
fn archives_in(folders: &[PathBuf]) -> Vec<OfferedFileView> {
    offered_in(folders, &["zip"])
}

/// The files directly in `folders` whose extension is one of `extensions` (any case), by
/// name. A folder that cannot be read (a stick pulled out) simply lists nothing.
pub(super) fn offered_in(folders: &[PathBuf], extensions: &[&str]) -> Vec<OfferedFileView> {
    let mut files: Vec<OfferedFileView> = folders
        .iter()
        .filter_map(|folder| std::fs::read_dir(folder).ok().map(|d| (folder, d)))
        .flat_map(|(folder, entries)| {
            entries.filter_map(move |e| {
                let e = e.ok()?;
                let meta = e.metadata().ok()?;
                let path = e.path();
                let wanted = path
                    .extension()
                    .is_some_and(|x| extensions.iter().any(|w| x.eq_ignore_ascii_case(w)));
                (meta.is_file() && wanted).then(|| OfferedFileView {
                    name: e.file_name().to_string_lossy().into_owned(),
                    folder: folder.display().to_string(),
                    path: path.display().to_string(),
                    kib: meta.len().div_ceil(1024),
                })
            })
        })
        .collect();
    files.sort_by(|a, b| (&a.name, &a.folder).cmp(&(&b.name, &b.folder)));
    files
}

/// The pack file staff chose, read whole. Only a `.zip` file directly in one of the import
/// folders is accepted: the screen offers nothing else, and a call naming another file is
/// refused before it is opened.
fn read_offered(desk: &Desk, path: &str) -> Result<Vec<u8>> {
    let path = Path::new(path);
    let offered = archives_in(&desk.settings().import_dirs())
        .iter()
        .any(|f| Path::new(&f.path) == path);
    if !offered {
        return Err(DeskError::NotOffered {
            path: path.to_path_buf(),
        });
    }
    let unreadable = |reason| DeskError::PackFile {
        path: path.to_path_buf(),
        reason,
    };
    let bytes = std::fs::metadata(path).map_err(unreadable)?.len();
    if bytes > MAX_ARCHIVE_BYTES {
        return Err(DeskError::PackFileTooLarge {
            path: path.to_path_buf(),
            bytes,
        });
    }
    std::fs::read(path).map_err(unreadable)
}
