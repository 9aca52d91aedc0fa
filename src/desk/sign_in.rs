//! Staff signing in and out, and the [`StaffDesk`] that every staff use case goes through.
//!
//! In the app, staff sign in with the PIN (see [`crate::pin`]: a wrong PIN counts towards an
//! escalating lock-out kept in the database, read and written at each attempt, so every
//! instance and every restart shares it; without a database there is no sign-in, since the
//! count could not outlive a restart). A sign-in lasts while staff work: each
//! staff action extends it, and it lapses after [`sign_in_lasts`] without one. At a terminal
//! (the CLI) there is no PIN: whoever can run the program there can read its files anyway.
//! Either way staff use cases are methods of [`StaffDesk`], which only these two doors open, so
//! none can be reached without one.

use time::{Duration, OffsetDateTime};

use super::{Desk, DeskError, Result};
use crate::pin::{self, PinCheck};
use crate::settings::Mode;
use crate::store::AuditAction;

/// How long a sign-in lasts without a staff action. A kiosk: long enough to choose what to
/// do, short enough that a staff menu left open locks itself again. An office: a working
/// stretch beside applicants.
pub fn sign_in_lasts(mode: Mode) -> Duration {
    match mode {
        Mode::Office => Duration::minutes(30),
        Mode::Kiosk | Mode::Personal => Duration::minutes(2),
    }
}

/// Until when staff are signed in.
#[derive(Debug, Default)]
pub(super) struct SignIn {
    until: Option<OffsetDateTime>,
}

/// The desk as signed-in staff use it. Obtained from [`Desk::staff`] (signed in with the PIN)
/// or [`Desk::at_terminal`] (the CLI).
#[derive(Debug, Clone, Copy)]
pub struct StaffDesk<'d> {
    pub(super) desk: &'d Desk,
}

impl Desk {
    fn sign_in_state(&self) -> std::sync::MutexGuard<'_, SignIn> {
        self.sign_in.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// How long a sign-in lasts here without a staff action.
    pub fn sign_in_lasts(&self) -> Duration {
        sign_in_lasts(self.settings().mode)
    }

    /// Staff sign in with the PIN. Refused: [`DeskError::WrongPin`] (with the tries left),
    /// [`DeskError::PinLocked`] (until when), [`DeskError::NoPin`] (none is set),
    /// [`DeskError::KioskPinTooShort`] (at a kiosk, fewer digits than a kiosk's PIN has),
    /// [`DeskError::SignInNeedsStore`] (no database to count wrong tries in). The lock state is
    /// read and saved in one transaction whatever the outcome. Signing in also applies the
    /// retention period (see [`Desk::apply_retention`]).
    pub fn sign_in(&self, pin: &str) -> Result<()> {
        let mut state = self.sign_in_state();
        let now = self.clock.now();
        let settings = self.settings();
        let Some(hash) = settings.staff_pin.as_deref() else {
            return Err(DeskError::NoPin);
        };
        // Not checked, so not counted as a wrong try: no short PIN ever opens a kiosk.
        if settings.mode == Mode::Kiosk && pin.len() < pin::KIOSK_PIN_DIGITS {
            return Err(DeskError::KioskPinTooShort {
                min: pin::KIOSK_PIN_DIGITS,
            });
        }
        let checked = {
            let live = self.live();
            let Some(store) = live.store.as_ref() else {
                return Err(DeskError::SignInNeedsStore);
            };
            store.pin_attempt(|lock| pin::check(lock, Some(hash), pin, now))?
        };
        match checked {
            Ok(PinCheck::Accepted) => {
                state.until = Some(now + self.sign_in_lasts());
                drop(state);
                // The audit trail is best effort: a full disk must not lock staff out.
                self.note(AuditAction::SignIn, self.settings().mode.as_str());
                self.apply_retention();
                Ok(())
            }
            Ok(PinCheck::Wrong { tries_left }) => Err(DeskError::WrongPin { tries_left }),
            Ok(PinCheck::Locked { until }) => Err(DeskError::PinLocked {
                until,
                another_day: crate::clock::local(until).date() != now.date(),
            }),
            // A PIN hash that cannot be read is as good as none: nobody can sign in with it.
            Ok(PinCheck::NoPin) | Err(_) => Err(DeskError::NoPin),
        }
    }

    /// Staff sign out. Signing out twice, or without having signed in, does nothing.
    pub fn sign_out(&self) {
        let mut state = self.sign_in_state();
        if state.until.take().is_some() {
            self.note(AuditAction::SignOut, "");
        }
    }

    /// Whether staff are signed in now (without extending the sign-in).
    pub fn signed_in(&self) -> bool {
        let state = self.sign_in_state();
        state.until.is_some_and(|until| self.clock.now() < until)
    }

    /// The staff desk, if staff are signed in and have not been away longer than a sign-in
    /// lasts; each call extends the sign-in. Refused with [`DeskError::NotSignedIn`] otherwise
    /// (and a lapsed sign-in ends).
    pub fn staff(&self) -> Result<StaffDesk<'_>> {
        let mut state = self.sign_in_state();
        let now = self.clock.now();
        match state.until {
            Some(until) if now < until => {
                state.until = Some(now + self.sign_in_lasts());
                Ok(StaffDesk { desk: self })
            }
            _ => {
                state.until = None;
                Err(DeskError::NotSignedIn)
            }
        }
    }

    /// The staff desk for a person at this computer's terminal (the CLI), who needs no PIN.
    pub fn at_terminal(&self) -> StaffDesk<'_> {
        StaffDesk { desk: self }
    }

    /// Notes a staff action in the audit log. Best effort: the action is done, and a database
    /// that cannot take the note must not undo it.
    pub(super) fn note(&self, action: AuditAction, detail: &str) {
        if let Some(store) = self.live().store.as_ref() {
            let _ = store.audit(self.clock.now(), action, detail);
        }
    }
}

impl StaffDesk<'_> {
    /// Staff close the app (a kiosk has no other way out): noted in the audit log. The caller
    /// then closes its window.
    pub fn quit(&self) {
        self.desk.note(AuditAction::Quit, "");
    }
}
