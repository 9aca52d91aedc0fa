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
