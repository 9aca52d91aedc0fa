//! Staff in a county office: 名单筛查, a list screened from the app (see
//! `navigator::desk::lists`). Each refuses with `not_signed_in` unless staff signed in, and
//! outside a county office.

use navigator::desk::Desk;
use navigator::present::lists::ListProgressView;
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime, State};

use super::{as_staff, off_the_ui, Reply};
use crate::dto::lists::{ListDto, ListFilesDto, ListProgressDto, MappingDto, ScreenedListDto};

/// The list files in the import folders.
#[tauri::command]
pub async fn list_files(desk: State<'_, Desk>, locale: String) -> Reply<ListFilesDto> {
    as_staff(&desk, &locale, |s, _| Ok(s.list_files()?.into()))
}

/// Opens the list at `path` (`sheet`: the worksheet; the first otherwise) with the mapping
/// kept beside it, or the one suggested.
#[tauri::command]
pub async fn list_open(
    desk: State<'_, Desk>,
    locale: String,
    path: String,
    sheet: Option<String>,
) -> Reply<ListDto> {
    as_staff(&desk, &locale, |s, l| {
        Ok(s.open_offered_list(l, &path, sheet.as_deref())?.into())
    })
}

/// Screens the list at `path` through `mapping` into the export folder, on a thread of its
/// own; `progress` hears how far it is (the stage, a count for the bar, the words).
/// `ticket` (a number the page has not used before) is what [`list_cancel`] names to stop it.
#[tauri::command]
pub async fn list_screen<R: Runtime>(
    app: AppHandle<R>,
    locale: String,
    path: String,
    sheet: Option<String>,
    mapping: MappingDto,
    ticket: u64,
    progress: Channel<ListProgressDto>,
) -> Reply<ScreenedListDto> {
    off_the_ui(app, move |desk| {
        as_staff(desk, &locale, |s, l| {
            let (sheet, mapping, heard) = (sheet.as_deref(), mapping.into(), &mut tell(&progress));
            Ok(s.screen_offered(l, &path, sheet, &mapping, ticket, heard)?
                .into())
        })
    })
    .await
}

/// Hands how far it is to the page.
fn tell(progress: &Channel<ListProgressDto>) -> impl FnMut(ListProgressView) + Send + '_ {
    |view| drop(progress.send(view.into()))
}

/// Stops the screening with `ticket`, even one whose thread has not begun; nothing is
/// written.
#[tauri::command]
pub async fn list_cancel(desk: State<'_, Desk>, locale: String, ticket: u64) -> Reply<()> {
    as_staff(&desk, &locale, |s, _| {
        s.stop_screening(ticket);
        Ok(())
    })
}

/// Shows the export folder in the computer's file manager.
#[tauri::command]
pub async fn export_folder_open(desk: State<'_, Desk>, locale: String) -> Reply<()> {
    as_staff(&desk, &locale, |s, _| {
        crate::folder::show(&s.export_folder()?)
    })
}
