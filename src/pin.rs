//! Staff access: a PIN kept only as an argon2 hash (in the settings file), and a lock-out after
//! repeated wrong tries so that a PIN cannot be guessed at an unattended kiosk.
//!
//! The checking is pure: [`check`] takes the lock state and the time and says what happened;
//! the caller keeps the state (the store persists it, so a restart does not reset the count).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use time::{Duration, OffsetDateTime};

use crate::message::{Explain, Message};

/// Wrong tries allowed before the PIN locks.
pub const MAX_TRIES: u32 = 5;
/// How long a lock lasts.
pub const LOCK_MINUTES: i64 = 15;
/// A PIN is 4 to 12 digits: typed on an on-screen keypad.
pub const PIN_DIGITS: (usize, usize) = (4, 12);

/// Why a PIN cannot be set or checked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    #[error("a staff PIN is {min} to {max} digits", min = PIN_DIGITS.0, max = PIN_DIGITS.1)]
    BadPin,
    #[error("the stored PIN hash is not valid: {0}")]
    BadHash(String),
    #[error("cannot hash the PIN: {0}")]
    Hash(String),
}

/// The technical detail of `BadHash` and `Hash` (argon2's or the system's words) is for logs:
/// a person is told what happened and what to do.
impl Explain for PinError {
    fn message(&self) -> Message {
        Message::new(match self {
            PinError::BadPin => "error-pin-digits",
            PinError::BadHash(_) => "error-pin-bad-hash",
            PinError::Hash(_) => "error-pin-hash",
        })
    }
}

/// Wrong tries so far, and until when the PIN is locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LockState {
    pub failures: u32,
    pub locked_until: Option<OffsetDateTime>,
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

/// One attempt at `pin` against `hash` (`None`: no PIN set) at `now`, updating `state`.
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
        *state = LockState::default();
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
    state.failures += 1;
    if state.failures >= MAX_TRIES {
        let until = now + Duration::minutes(LOCK_MINUTES);
        *state = LockState {
            failures: 0,
            locked_until: Some(until),
        };
        return Ok(PinCheck::Locked { until });
    }
    Ok(PinCheck::Wrong {
        tries_left: MAX_TRIES - state.failures,
    })
}
