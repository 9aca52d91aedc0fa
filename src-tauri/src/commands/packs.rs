//! Staff: policy-pack updates from a USB stick or a shared folder. An archive is checked in
//! full and its changes shown before anything changes (`pack_preview`); installing it
//! (`pack_install`) or going back (`pack_rollback`) puts the new pack in use at once and starts
//! a fresh consultation. The checks, the signatures and the files are the core's
//! (`navigator::pack::library`); this only reads the file staff chose and swaps the pack in.

use std::path::{Path, PathBuf};

use navigator::pack::{archive, library, ArchiveError, PackDiff};
use navigator::{present, Locale, PolicyPack, Session};
use tauri::State;

use super::staff::staff_step;
use super::{pack_dto, Reply};
use crate::dto::staff::{kib, PackDiffDto, PackFileDto, PacksDto};
use crate::dto::IpcError;
use crate::state::{Desk, Policy};

/// The largest file offered for import; a pack archive is a few hundred KiB.
const MAX_ARCHIVE_BYTES: u64 = 64 * 1024 * 1024;

/// The pack in use, whether rollback is possible, and the archives in the import folders.
#[tauri::command]
pub async fn packs(desk: State<'_, Desk>, locale: String) -> Reply<PacksDto> {
    let (locale, p) = staff_step(&desk, &locale)?;
    let folders = desk.settings.import_dirs();
    Ok(PacksDto {
        current: pack_dto(&p, locale),
        installed: p.installed,
        can_roll_back: p.installed || desk.data_dir.as_deref().is_some_and(library::has_previous),
        folders: folders.iter().map(|d| d.display().to_string()).collect(),
        files: archives_in(&folders),
    })
}

/// The `.zip` files directly in `folders`, by name. A folder that cannot be read (a stick
/// pulled out) simply lists nothing.
fn archives_in(folders: &[PathBuf]) -> Vec<PackFileDto> {
    let mut files: Vec<PackFileDto> = folders
        .iter()
        .filter_map(|folder| std::fs::read_dir(folder).ok().map(|d| (folder, d)))
        .flat_map(|(folder, entries)| {
            entries.filter_map(move |e| {
                let e = e.ok()?;
                let meta = e.metadata().ok()?;
                let path = e.path();
                let zip = path
                    .extension()
                    .is_some_and(|x| x.eq_ignore_ascii_case("zip"));
                (meta.is_file() && zip).then(|| PackFileDto {
                    name: e.file_name().to_string_lossy().into_owned(),
                    folder: folder.display().to_string(),
                    path: path.display().to_string(),
                    kib: kib(meta.len()),
                })
            })
        })
        .collect();
    files.sort_by(|a, b| (&a.name, &a.folder).cmp(&(&b.name, &b.folder)));
    files
}

/// Checks the archive at `path` (signature, every file, the same checks as `pack check`) and
/// says what installing it would change. Changes nothing.
#[tauri::command]
pub async fn pack_preview(
    desk: State<'_, Desk>,
    locale: String,
    path: String,
) -> Reply<PackDiffDto> {
    let (locale, p) = staff_step(&desk, &locale)?;
    let bytes = read_offered(&desk, &p, locale, &path)?;
    let offered =
        archive::read(&bytes, &desk.settings.trust()).map_err(|e| refused(&p, locale, &e))?;
    let d = navigator::pack::diff(&p.pack, &offered.pack);
    diff_dto(&p, &offered.pack, locale, &d)
}

/// Installs the archive at `path` as the pack in use (the one it replaces is kept for
/// rollback), after the same checks as the preview. The consultation in progress ends: a
/// fresh one starts on the new pack.
#[tauri::command]
pub async fn pack_install(
    desk: State<'_, Desk>,
    locale: String,
    path: String,
) -> Reply<PackDiffDto> {
    let (locale, p) = staff_step(&desk, &locale)?;
    let bytes = read_offered(&desk, &p, locale, &path)?;
    let data_dir = data_dir(&desk, &p, locale)?;
    let mut inner = desk.live();
    let switched = library::install(data_dir, &bytes, &desk.settings.trust(), &p.pack)
        .map_err(|e| refused(&p, locale, &e))?;
    let dto = diff_dto(&p, &switched.pack, locale, &switched.diff)?;
    let detail = format!("{} → {}", dto.old, dto.new);
    swap_in(&desk, &mut inner, switched.pack, true, locale)?;
    if let Some(store) = inner.store.as_ref() {
        let _ = store.audit(time::OffsetDateTime::now_utc(), "pack-install", &detail);
    }
    Ok(dto)
}

/// Puts the previous pack back in use (or the built-in one if none was kept).
#[tauri::command]
pub async fn pack_rollback(desk: State<'_, Desk>, locale: String) -> Reply<PackDiffDto> {
    let (locale, p) = staff_step(&desk, &locale)?;
    let data_dir = data_dir(&desk, &p, locale)?;
    let embedded = PolicyPack::embedded().map_err(|e| IpcError {
        code: "internal".into(),
        message: e.one_line(),
    })?;
    let mut inner = desk.live();
    let switched = library::rollback(data_dir, &desk.settings.trust(), &p.pack, &embedded)
        .map_err(|e| refused(&p, locale, &e))?;
    let dto = diff_dto(&p, &switched.pack, locale, &switched.diff)?;
    let detail = format!("{} → {}", dto.old, dto.new);
    let installed = library::active(data_dir, &desk.settings.trust())
        .ok()
        .flatten()
        .is_some();
    swap_in(&desk, &mut inner, switched.pack, installed, locale)?;
    if let Some(store) = inner.store.as_ref() {
        let _ = store.audit(time::OffsetDateTime::now_utc(), "pack-rollback", &detail);
    }
    Ok(dto)
}

/// Puts `pack` in use and starts a fresh consultation on it.
fn swap_in(
    desk: &Desk,
    inner: &mut crate::state::Inner,
    pack: PolicyPack,
    installed: bool,
    locale: Locale,
) -> Reply<()> {
    let policy = Policy::new(pack, installed).map_err(|e| IpcError {
        code: "internal".into(),
        message: e.to_string(),
    })?;
    desk.set_policy(policy);
    inner.session = Session::new(locale);
    Ok(())
}

/// The archive staff chose, read whole. Only a `.zip` file directly in one of the import
/// folders is accepted: the UI offers nothing else, and a call naming another file is refused.
fn read_offered(desk: &Desk, p: &Policy, locale: Locale, path: &str) -> Reply<Vec<u8>> {
    let path = Path::new(path);
    let offered = archives_in(&desk.settings.import_dirs())
        .iter()
        .any(|f| Path::new(&f.path) == path);
    let unreadable = |detail: String| IpcError {
        code: "pack_refused".into(),
        message: p.loc.app(
            locale,
            "error-pack-file",
            &[
                ("path", path.display().to_string().into()),
                ("detail", detail.into()),
            ],
        ),
    };
    if !offered {
        return Err(unreadable("not in an import folder".into()));
    }
    let size = std::fs::metadata(path)
        .map_err(|e| unreadable(e.to_string()))?
        .len();
    if size > MAX_ARCHIVE_BYTES {
        return Err(unreadable(format!("{size} bytes is too large for a pack")));
    }
    std::fs::read(path).map_err(|e| unreadable(e.to_string()))
}

fn data_dir<'a>(desk: &'a Desk, p: &Policy, locale: Locale) -> Reply<&'a Path> {
    desk.data_dir.as_deref().ok_or_else(|| IpcError {
        code: "no_data_dir".into(),
        message: p.loc.app(locale, "error-app-no-data-dir", &[]),
    })
}

fn refused(p: &Policy, locale: Locale, e: &ArchiveError) -> IpcError {
    IpcError {
        code: "pack_refused".into(),
        message: present::archive_error(&p.loc, locale, e),
    }
}

/// Words a diff: titles of added and changed measures come from the new pack.
fn diff_dto(p: &Policy, new: &PolicyPack, locale: Locale, d: &PackDiff) -> Reply<PackDiffDto> {
    let new_loc = navigator::Localizer::new(new).map_err(|e| IpcError {
        code: "internal".into(),
        message: e.to_string(),
    })?;
    Ok(PackDiffDto::from(present::pack_diff(
        &p.loc, &new_loc, locale, d,
    )))
}
