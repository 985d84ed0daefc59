//! The browser's clock and time zone, and fresh ids: what the pure core is handed.

use chrono::{DateTime, Local, Utc};

use crate::domain::workspace::new_id;
use crate::domain::workspace::time::{Day, moment};

pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// Today in the visitor's time zone.
pub fn today() -> Day {
    Day(Local::now().date_naive())
}

/// A moment in the visitor's own time zone: "25 Nov 2026 at 14:05".
pub fn local_moment(at: DateTime<Utc>) -> String {
    moment(at.with_timezone(&Local).naive_local())
}

/// An id for a new note, candidate, KPI or check-in.
pub fn fresh_id() -> String {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    new_id(now().timestamp_millis(), random)
}
