//! The time people count by: the machine's local time (朔州 keeps UTC+8, without daylight
//! saving), or UTC where the machine's zone cannot be read.
//!
//! Timestamps are stored in UTC; what people read or count by calendar — the day a
//! consultation started, the month it is counted in, times on the staff screens, "today" for a
//! measure's deadline — is local.

use time::{Date, OffsetDateTime};

/// Now, in the machine's local time (UTC if its zone is unknown).
pub fn now() -> OffsetDateTime {
    OffsetDateTime::now_local().unwrap_or_else(|_| OffsetDateTime::now_utc())
}

/// Today's date in the machine's local time.
pub fn today() -> Date {
    now().date()
}

/// `at` in the machine's local time.
pub fn local(at: OffsetDateTime) -> OffsetDateTime {
    time::UtcOffset::local_offset_at(at).map_or(at, |offset| at.to_offset(offset))
}

/// Where a [`crate::desk::Desk`] reads the time: the machine's clock, or — for tests — a clock
/// set by hand and moved on by hand, so that retention periods and sign-in lapses can be tested
/// without waiting.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    set: Option<std::sync::Arc<std::sync::Mutex<OffsetDateTime>>>,
}

impl Clock {
    /// The machine's clock.
    pub fn system() -> Clock {
        Clock::default()
    }

    /// A clock that stands at `at` until moved on with [`Clock::advance`].
    pub fn set_at(at: OffsetDateTime) -> Clock {
        Clock {
            set: Some(std::sync::Arc::new(std::sync::Mutex::new(at))),
        }
    }

    /// Now, in local time.
    pub fn now(&self) -> OffsetDateTime {
        match &self.set {
            Some(at) => local(*at.lock().unwrap_or_else(|p| p.into_inner())),
            None => now(),
        }
    }

    /// Today's local date.
    pub fn today(&self) -> Date {
        self.now().date()
    }

    /// Moves a set clock on (the machine's clock moves by itself: nothing happens).
    pub fn advance(&self, by: time::Duration) {
        if let Some(at) = &self.set {
            let mut at = at.lock().unwrap_or_else(|p| p.into_inner());
            *at += by;
        }
    }
}
