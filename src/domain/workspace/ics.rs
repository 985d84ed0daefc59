//! The workspace's dates as an iCalendar file (RFC 5545), so that the founder can put the
//! review and onboarding dates in their own calendar. The file is made in the browser and
//! downloaded; nothing is sent anywhere.
//!
//! Written by hand: the format's few rules (line ends, folding, escaping) are cheaper to keep
//! here than a crate in the wasm.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

use super::time::Day;

/// One all-day event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stable across exports (see [`uid`]), so that a calendar updates the event it has.
    pub uid: String,
    pub day: Day,
    pub summary: String,
    /// Left out of the file when empty.
    pub description: String,
}

/// The domain in every id: RFC 5545 asks for ids unique worldwide, and ours are unique only
/// within the app.
const DOMAIN: &str = "cto-compass.app";

/// The longest a line may be, in octets, before it is folded (RFC 5545 section 3.1).
const MAX_LINE: usize = 75;

/// An event's id from what it is and its day, `review-20261201@cto-compass.app`: the same
/// every time, so importing the file again updates the events rather than adding copies.
pub fn uid(kind: &str, day: Day) -> String {
    format!("{kind}-{}@{DOMAIN}", date(day.0))
}

/// The calendar file's text, events in the order given. `stamp` is when it was made; it goes
/// in every event's DTSTAMP, which the standard requires.
pub fn calendar(events: &[Event], stamp: DateTime<Utc>) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN", "VCALENDAR");
    line(&mut out, "VERSION", "2.0");
    line(&mut out, "PRODID", "-//CTO Compass//Workspace//EN");
    line(&mut out, "CALSCALE", "GREGORIAN");
    // PUBLISH: a copy of the dates to keep, not an invitation to answer.
    line(&mut out, "METHOD", "PUBLISH");
    let stamp = moment(stamp);
    for event in events {
        line(&mut out, "BEGIN", "VEVENT");
        line(&mut out, "UID", &escape(&event.uid));
        line(&mut out, "DTSTAMP", &stamp);
        line(&mut out, "DTSTART;VALUE=DATE", &date(event.day.0));
        // An all-day event ends, exclusively, on the next day (RFC 5545 section 3.6.1). The
        // last day chrono knows has no next; that event is then a day of no length.
        let end = event.day.0.succ_opt().unwrap_or(event.day.0);
        line(&mut out, "DTEND;VALUE=DATE", &date(end));
        line(&mut out, "SUMMARY", &escape(&event.summary));
        if !event.description.is_empty() {
            line(&mut out, "DESCRIPTION", &escape(&event.description));
        }
        // A review day is a reminder, not a meeting: it should not show the founder as busy.
        line(&mut out, "TRANSP", "TRANSPARENT");
        line(&mut out, "END", "VEVENT");
    }
    line(&mut out, "END", "VCALENDAR");
    out
}

/// `20261201`, a DATE value.
fn date(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// `20261201T101500Z`, a DATE-TIME value in UTC. Written by hand, like [`super::time`], to keep
/// chrono's formatter out of the wasm.
fn moment(at: DateTime<Utc>) -> String {
    format!(
        "{}T{:02}{:02}{:02}Z",
        date(at.date_naive()),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// A TEXT value (RFC 5545 section 3.3.11): backslash, semicolon and comma escaped, any line
/// break (CRLF, CR or LF) as `\n`. Other control characters are dropped: the standard forbids
/// all but tab, and a tab means nothing in a calendar's one-line summary.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' | '\n' => {
                // CRLF is one line break, not two.
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Adds a content line, `NAME:value`, folded and ended with CRLF.
///
/// Lines longer than 75 octets are folded: CRLF and a space, which a reader removes. Octets of
/// UTF-8 are counted, not characters, and a character is never split, since readers may decode
/// each physical line on its own.
fn line(out: &mut String, name: &str, value: &str) {
    let mut octets = 0;
    for c in name.chars().chain([':']).chain(value.chars()) {
        if octets + c.len_utf8() > MAX_LINE {
            out.push_str("\r\n ");
            // The space that starts the continuation counts towards its 75.
            octets = 1;
        }
        out.push(c);
        octets += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn day(iso: &str) -> Day {
        Day::parse(iso).expect("a valid day")
    }

    fn stamp() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, 10, 15, 0).unwrap()
    }

    fn review(iso: &str, summary: &str, description: &str) -> Event {
        Event {
            uid: uid("review", day(iso)),
            day: day(iso),
            summary: summary.to_owned(),
            description: description.to_owned(),
        }
    }

    /// What a reader does before anything else (RFC 5545 section 3.1).
    fn unfold(text: &str) -> String {
        text.replace("\r\n ", "")
    }

    /// The value of the first unfolded line starting `name:`.
    fn value<'a>(unfolded: &'a str, name: &str) -> &'a str {
        let prefix = format!("{name}:");
        unfolded
            .split("\r\n")
            .find_map(|l| l.strip_prefix(prefix.as_str()))
            .unwrap_or_else(|| panic!("no {name} in {unfolded}"))
    }

    /// The reverse of [`escape`], for the escapes it writes.
    fn unescape(value: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => panic!("a lone backslash in {value}"),
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    /// Every physical line ends with CRLF and is at most 75 octets; `str` lines are whole
    /// characters, so none was split.
    fn assert_well_folded(text: &str) {
        assert!(text.ends_with("\r\n"), "the last line ends with CRLF");
        let body = &text[..text.len() - 2];
        for physical in body.split("\r\n") {
            assert!(
                physical.len() <= MAX_LINE,
                "{} octets: {physical:?}",
                physical.len()
            );
            assert!(
                !physical.contains(['\r', '\n']),
                "a bare line end: {physical:?}"
            );
        }
    }

    #[test]
    fn a_one_event_calendar_is_exactly_as_calendars_expect() {
        let events = [review(
            "2026-12-01",
            "Review the CTO engagement",
            "Month one",
        )];
        let expected = "BEGIN:VCALENDAR\r\n\
                        VERSION:2.0\r\n\
                        PRODID:-//CTO Compass//Workspace//EN\r\n\
                        CALSCALE:GREGORIAN\r\n\
                        METHOD:PUBLISH\r\n\
                        BEGIN:VEVENT\r\n\
                        UID:review-20261201@cto-compass.app\r\n\
                        DTSTAMP:20261201T101500Z\r\n\
                        DTSTART;VALUE=DATE:20261201\r\n\
                        DTEND;VALUE=DATE:20261202\r\n\
                        SUMMARY:Review the CTO engagement\r\n\
                        DESCRIPTION:Month one\r\n\
                        TRANSP:TRANSPARENT\r\n\
                        END:VEVENT\r\n\
                        END:VCALENDAR\r\n";
        assert_eq!(calendar(&events, stamp()), expected);
    }

    #[test]
    fn an_empty_description_is_left_out_and_no_events_is_still_a_calendar() {
        let text = calendar(&[review("2026-12-01", "Review", "")], stamp());
        assert!(!text.contains("DESCRIPTION"));
        assert_eq!(
            calendar(&[], stamp()),
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CTO Compass//Workspace//EN\r\n\
             CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n"
        );
    }

    #[test]
    fn the_same_review_day_always_has_the_same_id() {
        assert_eq!(
            uid("review", day("2026-12-01")),
            "review-20261201@cto-compass.app"
        );
        assert_eq!(
            uid("review", day("2026-12-01")),
            uid("review", day("2026-12-01"))
        );
        assert_ne!(
            uid("review", day("2026-12-01")),
            uid("onboarding", day("2026-12-01"))
        );
    }

    #[test]
    fn a_long_ascii_summary_is_folded_at_75_octets_and_unfolds_whole() {
        let summary = "Review the fractional CTO engagement: the scope and the rate and the hours \
                       used so far and the next quarter's goals with the board before the budget";
        let text = calendar(&[review("2026-12-01", summary, "")], stamp());
        assert_well_folded(&text);
        let folded = text.lines().find(|l| l.starts_with("SUMMARY:")).unwrap();
        assert_eq!(
            folded.len(),
            MAX_LINE,
            "the first line is filled to 75 octets"
        );
        assert_eq!(value(&unfold(&text), "SUMMARY"), summary);
    }

    #[test]
    fn a_summary_of_multi_byte_characters_is_folded_between_characters() {
        // Two, three and four octets a character, so the 75th octet falls inside some.
        let summary = "Überprüfung 見直し 🚀🚀 ".repeat(10);
        let text = calendar(&[review("2026-12-01", &summary, "")], stamp());
        assert_well_folded(&text);
        let physical: Vec<&str> = text.split("\r\n").collect();
        assert!(physical.iter().filter(|l| l.starts_with(' ')).count() >= 4);
        // Full lines but for at most one character's octets: folding wastes no room.
        let summary_at = physical
            .iter()
            .position(|l| l.starts_with("SUMMARY:"))
            .unwrap();
        assert!(physical[summary_at].len() > MAX_LINE - 4);
        assert_eq!(value(&unfold(&text), "SUMMARY"), summary);
    }

    #[test]
    fn backslashes_semicolons_commas_and_line_breaks_are_escaped() {
        let event = review("2026-12-01", "a\\b;c,d\ne\r\nf\rg", "x\ty\u{7}z\u{85}");
        let text = calendar(&[event], stamp());
        assert!(
            text.contains("SUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng\r\n"),
            "{text}"
        );
        assert!(text.contains("DESCRIPTION:xyz\r\n"), "{text}");
    }

    #[test]
    fn an_event_ends_on_the_next_day_across_months_years_and_leap_days() {
        for (start, end) in [
            ("2027-01-31", "20270201"),
            ("2026-12-31", "20270101"),
            ("2028-02-28", "20280229"),
            ("2028-02-29", "20280301"),
            ("2027-02-28", "20270301"),
        ] {
            let text = calendar(&[review(start, "Review", "")], stamp());
            assert_eq!(value(&text, "DTSTART;VALUE=DATE"), start.replace('-', ""));
            assert_eq!(value(&text, "DTEND;VALUE=DATE"), end, "after {start}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod with_other_readers {
        use super::*;
        use icalendar::{Calendar, Component, DatePerhapsTime};
        use proptest::prelude::*;

        #[test]
        fn a_calendar_library_reads_back_the_summaries_and_dates() {
            let long = format!(
                "Onboarding: {}",
                "access, accounts; the “wiki” ✓ ".repeat(5)
            );
            let events = [
                review(
                    "2026-12-31",
                    "Quarterly review, budget; hiring",
                    "Ask:\nrate?\\hours",
                ),
                review(
                    "2028-02-28",
                    "Revue trimestrielle : coût, délais — 見直し 🚀",
                    "",
                ),
                review("2027-01-31", &long, "line one\r\nline two"),
            ];
            let text = calendar(&events, stamp());
            let parsed: Calendar = text.parse().expect("the calendar parses");
            let read: Vec<&icalendar::Event> = parsed
                .components
                .iter()
                .filter_map(|c| c.as_event())
                .collect();
            assert_eq!(read.len(), events.len());
            let all_day = |d: &str| Some(DatePerhapsTime::Date(day(d).0));
            for (event, read) in events.iter().zip(&read) {
                assert_eq!(read.get_uid(), Some(event.uid.as_str()));
                assert_eq!(read.get_summary(), Some(event.summary.as_str()));
                let description = Some(event.description.as_str()).filter(|d| !d.is_empty());
                assert_eq!(
                    read.get_description(),
                    description.map(|d| d.replace("\r\n", "\n")).as_deref()
                );
                assert_eq!(read.get_start(), all_day(&event.day.iso()));
                assert_eq!(read.get_timestamp(), Some(stamp()));
            }
            assert_eq!(read[0].get_end(), all_day("2027-01-01"));
            assert_eq!(read[1].get_end(), all_day("2028-02-29"));
            assert_eq!(read[2].get_end(), all_day("2027-02-01"));
        }

        /// Any characters, with the ones the format treats specially made common.
        fn awkward_text() -> impl Strategy<Value = String> {
            let special = proptest::sample::select(vec![
                '\\', ';', ',', ':', '\r', '\n', '\t', '\u{0}', '\u{7f}', '\u{85}', ' ', 'é', '見',
                '🚀',
            ]);
            proptest::collection::vec(prop_oneof![any::<char>(), special], 0..200)
                .prop_map(|chars| chars.into_iter().collect())
        }

        proptest! {
            #[test]
            fn any_summary_is_folded_within_75_octets_and_reads_back(summary in awkward_text()) {
                let text = calendar(&[review("2026-12-01", &summary, "")], stamp());
                assert_well_folded(&text);
                // A line break is kept as one `\n`; any other control character is dropped.
                let expected: String = summary
                    .replace("\r\n", "\n")
                    .replace('\r', "\n")
                    .chars()
                    .filter(|c| *c == '\n' || !c.is_control())
                    .collect();
                prop_assert_eq!(unescape(value(&unfold(&text), "SUMMARY")), expected);
            }
        }
    }
}
