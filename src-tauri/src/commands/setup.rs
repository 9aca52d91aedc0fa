//! This computer's setup: the first-run setup of a fresh installation, staff's changes to it,
//! and the restart a new mode needs.

use navigator::desk::Desk;
use tauri::{AppHandle, State};

use super::{as_staff, in_locale, on_screen, Reply};
use crate::dto::setup::{SetupDoneDto, SetupDto, SetupFormDto};

/// The setup screen's contents.
#[tauri::command]
pub async fn setup(desk: State<'_, Desk>, locale: String) -> Reply<SetupDto> {
    in_locale(&desk, &locale, |l| Ok(desk.setup_view(l).into()))
}

/// The first-run setup. Refused once the installation is set up (`settings`).
#[tauri::command]
pub async fn setup_first(
    desk: State<'_, Desk>,
    locale: String,
    form: SetupFormDto,
) -> Reply<SetupDoneDto> {
    in_locale(&desk, &locale, |_| {
        Ok(desk.first_setup(&form.into())?.into())
    })
}

/// Staff, signed in: change the setup.
#[tauri::command]
pub async fn setup_change(
    desk: State<'_, Desk>,
    locale: String,
    form: SetupFormDto,
) -> Reply<SetupDoneDto> {
    as_staff(&desk, &locale, |staff, _| {
        Ok(staff.change_setup(&form.into())?.into())
    })
}

/// Starts the app again to take up a new mode; does nothing unless a setup changed the mode.
#[tauri::command]
pub async fn restart<R: tauri::Runtime>(app: AppHandle<R>, desk: State<'_, Desk>) -> Reply<()> {
    if on_screen(&desk, || Ok(desk.restart_pending()))? {
        app.restart();
    }
    Ok(())
}
