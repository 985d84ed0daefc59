//! Dates and moments as the workspace keeps and shows them.
//!
//! Written by hand rather than with chrono's formatter and parser, which would add about
//! 20 KB to the wasm; chrono still does the calendar arithmetic.

use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A calendar day, kept as `2026-11-25` (the value of an `<input type="date">`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub NaiveDate);

impl Day {
    /// Reads `YYYY-MM-DD`, the only form the app writes and a date field gives.
    pub fn parse(text: &str) -> Option<Day> {
        let bytes = text.as_bytes();
        let shape = bytes.len() == 10
            && bytes.iter().enumerate().all(|(i, b)| match i {
                4 | 7 => *b == b'-',
                _ => b.is_ascii_digit(),
            });
        if !shape {
            return None;
        }
        let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().ok();
        NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?).map(Day)
    }

    /// `2026-11-25`.
    pub fn iso(self) -> String {
        format!(
            "{:04}-{:02}-{:02}",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }

    /// `25 Nov 2026`, as people read it.
    pub fn long(self) -> String {
        format!(
            "{} {} {}",
            self.0.day(),
            MONTHS[self.0.month0() as usize],
            self.0.year()
        )
    }

    /// `25 Nov`, for a chart's axis.
    pub fn short(self) -> String {
        format!("{} {}", self.0.day(), MONTHS[self.0.month0() as usize])
    }

    /// Days since the common era, for spacing points on a time axis.
    pub fn ordinal(self) -> i32 {
        self.0.num_days_from_ce()
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.long())
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Day::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("“{text}” is not a date")))
    }
}

/// A moment in the visitor's own time zone: `25 Nov 2026 at 14:05`.
pub fn moment(local: NaiveDateTime) -> String {
    format!(
        "{} at {:02}:{:02}",
        Day(local.date()).long(),
        local.hour(),
        local.minute()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_read_and_print() {
        let day = Day::parse("2026-11-05").unwrap();
        assert_eq!(day.iso(), "2026-11-05");
        assert_eq!(day.long(), "5 Nov 2026");
        assert_eq!(day.short(), "5 Nov");
        assert_eq!(
            serde_json::to_string(&day).unwrap(),
            "\"2026-11-05\"",
            "stored as the date field's value"
        );
        assert_eq!(serde_json::from_str::<Day>("\"2026-11-05\"").unwrap(), day);
        assert!(Day::parse("2027-02-28") < Day::parse("2027-03-01"));
    }

    #[test]
    fn anything_else_is_not_a_day() {
        for text in [
            "",
            "2026-11-5",
            "2026-13-01",
            "2026-02-30",
            "26-11-05",
            "2026/11/05",
            "2026-11-05T10:00",
            "٢٠٢٦-١١-٠٥",
        ] {
            assert_eq!(Day::parse(text), None, "{text}");
        }
        assert!(serde_json::from_str::<Day>("\"tomorrow\"").is_err());
        assert!(serde_json::from_str::<Day>("20261105").is_err());
    }

    #[test]
    fn moments_read_as_people_say_them() {
        let at = Day::parse("2026-01-09")
            .unwrap()
            .0
            .and_hms_opt(7, 3, 59)
            .unwrap();
        assert_eq!(moment(at), "9 Jan 2026 at 07:03");
    }
}
