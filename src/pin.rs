//! Staff access: a PIN kept only as an argon2 hash (in the settings file), and a lock-out after
//! repeated wrong tries so that a PIN cannot be guessed at an unattended kiosk.
//!
//! The lock-out escalates: [`FREE_TRIES`] wrong tries, then every further wrong try locks the
//! PIN, for [`LOCK_MINUTES`] the first time and twice as long each time after, up to a day
//! ([`MAX_LOCK_MINUTES`]). Wrong tries count until the right PIN is given. That is about a dozen
//! guesses on the first day and one a day after; a 4-digit PIN would take decades to guess,
//! where a flat 5 tries per 15 minutes allowed 480 a day. A kiosk's PIN is also longer
//! ([`KIOSK_PIN_DIGITS`]).
//!
//! The checking is pure: [`check`] takes the lock state and the time and says what happened;
//! the caller keeps the state (the store reads and writes it in one transaction at each
//! attempt, so every instance and every restart shares one count).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use time::{Duration, OffsetDateTime};

use crate::message::{Explain, Message};

/// Wrong tries allowed before the PIN locks.
pub const FREE_TRIES: u32 = 5;
/// How long the first lock lasts; each later one lasts twice as long as the one before.
pub const LOCK_MINUTES: i64 = 15;
/// The longest lock.
pub const MAX_LOCK_MINUTES: i64 = 24 * 60;
/// A PIN is 4 to 12 digits: typed on an on-screen keypad.
pub const PIN_DIGITS: (usize, usize) = (4, 12);
/// At an unattended kiosk, where anyone may try, at least 6 digits.
pub const KIOSK_PIN_DIGITS: usize = 6;

/// Why a PIN cannot be set or checked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    #[error("a staff PIN is {min} to {max} digits", min = PIN_DIGITS.0, max = PIN_DIGITS.1)]
    BadPin,
    #[error("a kiosk's staff PIN is at least {KIOSK_PIN_DIGITS} digits")]
    TooShortForKiosk,
    #[error("the stored PIN hash is not valid: {0}")]
    BadHash(String),
    #[error("cannot hash the PIN: {0}")]
    Hash(String),
}

/// The technical detail of `BadHash` and `Hash` (argon2's or the system's words) is for logs:
/// a person is told what happened and what to do.
impl Explain for PinError {
    fn message(&self) -> Message {
        match self {
            PinError::BadPin => Message::new("error-pin-digits"),
            PinError::TooShortForKiosk => {
                Message::new("error-pin-kiosk-digits").with("min", KIOSK_PIN_DIGITS)
            }
            PinError::BadHash(_) => Message::new("error-pin-bad-hash"),
            PinError::Hash(_) => Message::new("error-pin-hash"),
        }
    }
}

/// Wrong tries since the PIN was last given right, and until when the PIN is locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LockState {
    pub failures: u32,
    pub locked_until: Option<OffsetDateTime>,
}

/// How long the lock after `failures` wrong tries lasts (none before [`FREE_TRIES`]).
pub fn lock_after(failures: u32) -> Option<Duration> {
    let past = failures.checked_sub(FREE_TRIES)?;
    // Doubling 20 times is far past a day already; the shift cannot overflow.
    let minutes = (LOCK_MINUTES << past.min(20)).min(MAX_LOCK_MINUTES);
    Some(Duration::minutes(minutes))
}

/// What a PIN attempt came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinCheck {
    Accepted,
    Wrong {
        tries_left: u32,
    },
    /// Locked: no PIN is even checked until then.
    Locked {
        until: OffsetDateTime,
    },
    /// No PIN is set, so there is no staff access (set one with `navigator set-pin`).
    NoPin,
}

fn valid_pin(pin: &str) -> bool {
    (PIN_DIGITS.0..=PIN_DIGITS.1).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// The argon2id hash (PHC string) of a PIN, with a fresh random salt.
pub fn hash_pin(pin: &str) -> Result<String, PinError> {
    if !valid_pin(pin) {
        return Err(PinError::BadPin);
    }
    hash_valid(pin)
}

/// The same for a kiosk's PIN, which must be at least [`KIOSK_PIN_DIGITS`] long.
pub fn hash_kiosk_pin(pin: &str) -> Result<String, PinError> {
    if !valid_pin(pin) {
        return Err(PinError::BadPin);
    }
    if pin.len() < KIOSK_PIN_DIGITS {
        return Err(PinError::TooShortForKiosk);
    }
    hash_valid(pin)
}

fn hash_valid(pin: &str) -> Result<String, PinError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| PinError::Hash(e.to_string()))?;
    let salt = SaltString::encode_b64(&bytes).map_err(|e| PinError::Hash(e.to_string()))?;
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| PinError::Hash(e.to_string()))
}

/// `hash` as a PHC string with a salt and a hash, or why not.
fn parse(hash: &str) -> Result<PasswordHash<'_>, PinError> {
    let parsed = PasswordHash::new(hash).map_err(|e| PinError::BadHash(e.to_string()))?;
    if parsed.hash.is_none() || parsed.salt.is_none() {
        return Err(PinError::BadHash("no salt or no hash".into()));
    }
    Ok(parsed)
}

/// Checks that `hash` is a PHC string this module can verify against.
pub fn check_hash(hash: &str) -> Result<(), PinError> {
    parse(hash).map(|_| ())
}

/// One attempt at `pin` against `hash` (`None`: no PIN set) at `now`, updating `state`. While
/// locked, no PIN is checked and no try is counted.
pub fn check(
    state: &mut LockState,
    hash: Option<&str>,
    pin: &str,
    now: OffsetDateTime,
) -> Result<PinCheck, PinError> {
    let Some(hash) = hash else {
        return Ok(PinCheck::NoPin);
    };
    if let Some(until) = state.locked_until {
        if now < until {
            return Ok(PinCheck::Locked { until });
        }
        // The lock is over; the wrong tries still count towards the next, longer one.
        state.locked_until = None;
    }
    let parsed = parse(hash)?;
    let right = valid_pin(pin)
        && Argon2::default()
            .verify_password(pin.as_bytes(), &parsed)
            .is_ok();
    if right {
        *state = LockState::default();
        return Ok(PinCheck::Accepted);
    }
    state.failures = state.failures.saturating_add(1);
    if let Some(lock) = lock_after(state.failures) {
        let until = now + lock;
        state.locked_until = Some(until);
        return Ok(PinCheck::Locked { until });
    }
    Ok(PinCheck::Wrong {
        tries_left: FREE_TRIES - state.failures,
    })
}
