//! Staff signing in with the PIN, signing out, and closing a kiosk.

use navigator::desk::Desk;
use tauri::{AppHandle, State};

use super::{as_staff, in_locale, on_screen, Reply};

/// Staff sign-in with the PIN. Refusals: `wrong_pin` (with the tries left), `pin_locked` (with
/// the time it opens again), `no_pin` (none is set).
#[tauri::command]
pub async fn staff_sign_in(desk: State<'_, Desk>, locale: String, pin: String) -> Reply<()> {
    in_locale(&desk, &locale, |_| desk.sign_in(&pin))
}

/// Staff sign out (an office at the end of the day, or before leaving the desk).
#[tauri::command]
pub async fn staff_sign_out(desk: State<'_, Desk>) -> Reply<()> {
    on_screen(&desk, || {
        desk.sign_out();
        Ok(())
    })
}

/// Staff, signed in: close the app (a kiosk has no other way out).
#[tauri::command]
pub async fn staff_quit<R: tauri::Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Desk>,
    locale: String,
) -> Reply<()> {
    as_staff(&desk, &locale, |staff, _| {
        staff.quit();
        Ok(())
    })?;
    app.exit(0);
    Ok(())
}
