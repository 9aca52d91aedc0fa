//! Staff access: signing in with the PIN, signing out, closing a kiosk, and the check every
//! staff command makes first.

use std::sync::Arc;
use std::time::Instant;

use navigator::pin::PinCheck;
use navigator::{Locale, Mode};
use tauri::{AppHandle, State};

use super::{local_time, parse_locale, Reply};
use crate::dto::IpcError;
use crate::state::{Desk, Policy, Staff};

/// Staff sign-in with the PIN (see `navigator::pin`). Five wrong tries lock it for a while,
/// across restarts. Refusals: `wrong_pin` (with the tries left), `pin_locked` (with the time it
/// opens again), `no_pin` (none is set). In an office a sign-in also erases the personal data
/// that is past its retention period.
#[tauri::command]
pub async fn staff_sign_in(desk: State<'_, Desk>, locale: String, pin: String) -> Reply<()> {
    let locale = parse_locale(&desk, &locale)?;
    let p = desk.policy();
    let mut staff = desk.staff.lock().unwrap_or_else(|p| p.into_inner());
    let now = time::OffsetDateTime::now_utc();
    let hash = desk.settings.staff_pin.as_deref();
    let checked = navigator::pin::check(&mut staff.lock, hash, &pin, now);
    let inner = desk.live();
    if let Some(store) = inner.store.as_ref() {
        // Without a database the count lives in memory only; the PIN must still be right.
        let _ = store.set_pin_lock(&staff.lock);
    }
    let refuse = |code: &str, id: &str, args: &navigator::i18n::Args<'_>| IpcError {
        code: code.into(),
        message: p.loc.app(locale, id, args),
    };
    match checked {
        Ok(PinCheck::Accepted) => {
            staff.signed_in_until = Some(Instant::now() + Staff::lasts(desk.settings.mode));
            if let Some(store) = inner.store.as_ref() {
                // The audit trail is best effort: a full disk must not lock staff out.
                let _ = store.audit(now, "sign-in", desk.settings.mode.as_str());
                if desk.settings.mode == Mode::Office {
                    let cutoff = desk.settings.retention_cutoff(navigator::clock::today());
                    if let Err(e) = store.erase_personal_before(cutoff, now) {
                        eprintln!("navigator-desktop: retention not applied: {e}");
                    }
                }
            }
            Ok(())
        }
        Ok(PinCheck::Wrong { tries_left }) => Err(refuse(
            "wrong_pin",
            "error-pin-wrong",
            &[("tries", tries_left.into())],
        )),
        Ok(PinCheck::Locked { until }) => Err(refuse(
            "pin_locked",
            "error-pin-locked",
            &[("time", local_time(until).into())],
        )),
        Ok(PinCheck::NoPin) | Err(_) => Err(refuse("no_pin", "error-no-pin", &[])),
    }
}

/// Staff sign out (an office at the end of the day, or before leaving the desk).
#[tauri::command]
pub async fn staff_sign_out(desk: State<'_, Desk>) -> Reply<()> {
    let mut staff = desk.staff.lock().unwrap_or_else(|p| p.into_inner());
    if staff.signed_in_until.take().is_some() {
        if let Some(store) = desk.live().store.as_ref() {
            let _ = store.audit(time::OffsetDateTime::now_utc(), "sign-out", "");
        }
    }
    Ok(())
}

/// Staff, signed in: close the app (a kiosk has no other way out).
#[tauri::command]
pub async fn staff_quit<R: tauri::Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Desk>,
    locale: String,
) -> Reply<()> {
    let locale = parse_locale(&desk, &locale)?;
    signed_in(&desk, locale)?;
    if let Some(store) = desk.live().store.as_ref() {
        let _ = store.audit(time::OffsetDateTime::now_utc(), "quit", "");
    }
    app.exit(0);
    Ok(())
}

/// The start of every staff screen's command: the reader's language, the sign-in check, and
/// the pack in use.
pub(crate) fn staff_step(desk: &Desk, locale: &str) -> Reply<(Locale, Arc<Policy>)> {
    let locale = parse_locale(desk, locale)?;
    signed_in(desk, locale)?;
    Ok((locale, desk.policy()))
}

/// Every staff command starts here: refused with `not_signed_in` unless staff signed in and
/// have not been away longer than a sign-in lasts. Each staff action extends the sign-in.
pub(crate) fn signed_in(desk: &Desk, locale: Locale) -> Reply<()> {
    let mut staff = desk.staff.lock().unwrap_or_else(|p| p.into_inner());
    let now = Instant::now();
    match staff.signed_in_until {
        Some(until) if now < until => {
            staff.signed_in_until = Some(now + Staff::lasts(desk.settings.mode));
            Ok(())
        }
        _ => {
            staff.signed_in_until = None;
            Err(IpcError {
                code: "not_signed_in".into(),
                message: desk.policy().loc.app(locale, "error-not-signed-in", &[]),
            })
        }
    }
}
