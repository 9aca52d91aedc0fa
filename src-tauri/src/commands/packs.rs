//! Staff: policy-pack updates from a USB stick or a shared folder (see
//! `navigator::desk::packs`). Each refuses with `not_signed_in` unless staff signed in.

use navigator::desk::Desk;
use navigator::pack::library::Downgrade;
use tauri::State;

use super::{as_staff, Reply};
use crate::dto::office::{PackDiffDto, PacksDto};

/// The pack in use, whether rollback is possible, and the archives in the import folders.
#[tauri::command]
pub async fn packs(desk: State<'_, Desk>, locale: String) -> Reply<PacksDto> {
    as_staff(&desk, &locale, |s, l| Ok(s.packs(l).into()))
}

/// Checks the archive at `path` and says what installing it would change. Changes nothing.
#[tauri::command]
pub async fn pack_preview(
    desk: State<'_, Desk>,
    locale: String,
    path: String,
) -> Reply<PackDiffDto> {
    as_staff(&desk, &locale, |s, l| {
        Ok(s.preview_offered(l, &path)?.into())
    })
}

/// Installs the archive at `path` as the pack in use; a fresh consultation starts on it. An
/// older pack, or another policy's, is refused with `pack_downgrade` unless `allow_downgrade`
/// (staff confirmed it a second time).
#[tauri::command]
pub async fn pack_install(
    desk: State<'_, Desk>,
    locale: String,
    path: String,
    allow_downgrade: bool,
) -> Reply<PackDiffDto> {
    let downgrade = Downgrade::allowed_if(allow_downgrade);
    as_staff(&desk, &locale, |s, l| {
        Ok(s.install_offered(l, &path, downgrade)?.into())
    })
}

/// Puts the previous pack back in use (or the built-in one if none was kept).
#[tauri::command]
pub async fn pack_rollback(desk: State<'_, Desk>, locale: String) -> Reply<PackDiffDto> {
    as_staff(&desk, &locale, |s, l| Ok(s.rollback(l)?.into()))
}
