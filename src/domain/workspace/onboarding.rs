//! The first 90 days with the option the founder chose: milestones due a number of days after
//! the start, drawn from a template for that option and then edited freely.

use chrono::{DateTime, Days, NaiveDate, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use super::time::Day;
use super::{check_id, check_text, unique_ids};
use crate::domain::options::Leadership;

pub const MAX_MILESTONES: usize = 60;
pub const MAX_TEXT: usize = 300;
/// The latest a milestone can fall, in days after the start: a plan for the first year at most.
pub const MAX_DAY: u16 = 365;

/// Something to have done by a number of days after the start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub id: String,
    /// Days after the start: 30, 60 or 90 in the templates, anything from 1 to [`MAX_DAY`].
    pub day: u16,
    pub text: String,
    pub done: bool,
}

impl Milestone {
    pub fn new(id: String, day: u16, text: &str) -> Milestone {
        Milestone {
            id,
            day,
            text: text.to_owned(),
            done: false,
        }
    }

    /// The day it is due, for a plan that starts on `start`.
    pub fn due(&self, start: Day) -> Day {
        due(start, self.day)
    }

    /// Not done and due before `today`: on the due day itself there is still time.
    pub fn overdue(&self, start: Day, today: Day) -> bool {
        !self.done && self.due(start) < today
    }

    pub fn validate(&self) -> Result<(), String> {
        check_id(&self.id)?;
        if self.text.trim().is_empty() {
            return Err("A milestone has no text".into());
        }
        check_text("A milestone", &self.text, MAX_TEXT)?;
        if !(1..=MAX_DAY).contains(&self.day) {
            return Err(format!(
                "A milestone must be due between 1 and {MAX_DAY} days after the start"
            ));
        }
        Ok(())
    }
}

/// The plan: when it starts (not known until the CTO, firm or first hire starts) and its
/// milestones, in the founder's order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Onboarding {
    pub start: Option<Day>,
    pub milestones: Vec<Milestone>,
}

impl Onboarding {
    pub fn validate(&self) -> Result<(), String> {
        if self.milestones.len() > MAX_MILESTONES {
            return Err(format!(
                "An onboarding plan can have up to {MAX_MILESTONES} milestones"
            ));
        }
        for milestone in &self.milestones {
            milestone.validate()?;
        }
        unique_ids("milestones", self.milestones.iter().map(|m| m.id.as_str()))
    }
}

/// `day` calendar days after `start`. Month ends and leap years are chrono's to count.
pub fn due(start: Day, day: u16) -> Day {
    Day(start
        .0
        .checked_add_days(Days::new(u64::from(day)))
        .unwrap_or(NaiveDate::MAX))
}

/// The milestone that needs attention next: the earliest not done by due date, overdue ones
/// included (they come first), the earlier in the list on the same day. None before there is a
/// start date. `today` does not change which one it is; ask [`Milestone::overdue`] whether it is
/// late.
pub fn next_due(onb: &Onboarding, _today: Day) -> Option<(&Milestone, Day)> {
    let start = onb.start?;
    onb.milestones
        .iter()
        .filter(|m| !m.done)
        .map(|m| (m, m.due(start)))
        .min_by_key(|(_, day)| *day)
}

/// The calendar day at the instant `at` where the clock is `offset_minutes` ahead of UTC
/// (behind when negative), so that "today" and "overdue" follow the founder's own day, not
/// UTC's. Offsets beyond the real ones (UTC−12 to UTC+14) are held to them.
pub fn local_day(at: DateTime<Utc>, offset_minutes: i32) -> Day {
    let offset = TimeDelta::minutes(i64::from(offset_minutes.clamp(-12 * 60, 14 * 60)));
    let local = at
        .naive_utc()
        .checked_add_signed(offset)
        .unwrap_or(at.naive_utc());
    Day(local.date())
}

/// The milestones a plan starts with, as (days after the start, what to have done): the first
/// 90 days of that kind of leadership. The founder edits them from there.
pub fn template(plan: Leadership) -> &'static [(u16, &'static str)] {
    match plan {
        Leadership::Fractional => FRACTIONAL,
        Leadership::FullTime => FULL_TIME,
        Leadership::Consulting => CONSULTING,
        Leadership::InHouse => IN_HOUSE,
    }
}

/// A plan's template as milestones, none done, each with an id from `ids`.
pub fn from_template(plan: Leadership, mut ids: impl FnMut() -> String) -> Vec<Milestone> {
    template(plan)
        .iter()
        .map(|(day, text)| Milestone::new(ids(), *day, text))
        .collect()
}

// A part-time leader is judged on what they find, what they decide and whether it is worth
// continuing: the audit, the KPIs and the roadmap come first, the review at 90 days.
const FRACTIONAL: &[(u16, &str)] = &[
    (
        30,
        "Audit the code, the architecture and the technical debt, and list the biggest risks to the product.",
    ),
    (
        30,
        "Agree the KPIs, who owns what, and when and how you will meet.",
    ),
    (
        60,
        "Agree a technical roadmap with the priorities for the next six months.",
    ),
    (
        60,
        "Deal with the most urgent risk the audit found, such as security, backups or a fragile release.",
    ),
    (
        90,
        "Have automated builds, tests and releases in place, or a dated plan for them.",
    ),
    (
        90,
        "Review the KPIs together and decide: carry on, change the scope, or start looking for a full-time CTO.",
    ),
];

// A full-time CTO takes about three months to become fully productive: people and access
// first, their own view of things next, then a plan the founders sign up to.
const FULL_TIME: &[(u16, &str)] = &[
    (
        30,
        "Meet everyone in the team, each founder and a few key customers, one to one.",
    ),
    (
        30,
        "Take over every account and access: the code, the cloud, the domains, and any passwords a contractor or founder still holds.",
    ),
    (30, "Agree KPIs for the first 90 days together."),
    (
        60,
        "Share an assessment of the product, the code and the team, with the three things to change first.",
    ),
    (
        60,
        "Present a technical roadmap and a hiring plan, agreed with the founders.",
    ),
    (
        90,
        "Review the first 90 days against the KPIs, and agree goals for the rest of the year.",
    ),
];

// A firm works to a brief and is paid by milestone; what matters at the end is that the work,
// the code and the knowledge stay with the company.
const CONSULTING: &[(u16, &str)] = &[
    (
        30,
        "Hold the kickoff with the firm's named lead: the brief, the milestones and how progress is reported.",
    ),
    (
        30,
        "Give the firm access only to what the work needs, under a signed NDA, with agreed rules for your data.",
    ),
    (
        60,
        "Check the first milestone against the brief before paying for it.",
    ),
    (
        60,
        "Make sure the code, the documents and the decisions are kept in your company's accounts, not the firm's.",
    ),
    (
        90,
        "Agree the handover plan: who on your side takes over the code, the knowledge and the running of it.",
    ),
    (
        90,
        "Review what was delivered and spent against the brief and the budget, and decide whether to extend, finish or bring the work in-house.",
    ),
];

// A new team needs to become productive and to agree how it works; its gaps show within weeks.
const IN_HOUSE: &[(u16, &str)] = &[
    (
        30,
        "Have each new hire set up and shipping a first small change.",
    ),
    (
        30,
        "Agree the ways of working: code review, planning, releases and where knowledge is written down.",
    ),
    (
        60,
        "Map the skills the team still lacks and decide how to cover each: a hire, training or an outside specialist.",
    ),
    (
        60,
        "Give each person goals for their first months and someone senior to turn to.",
    ),
    (
        90,
        "Have the first hires productive on their own: planning and delivering work without outside help.",
    ),
    (
        90,
        "Review the team's delivery against its KPIs and plan the next hires.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
    }

    fn milestone(id: &str, days: u16, done: bool) -> Milestone {
        Milestone {
            done,
            ..Milestone::new(id.into(), days, "Audit the code.")
        }
    }

    #[test]
    fn due_dates_count_calendar_days_across_month_and_year_ends() {
        for (start, days, expected) in [
            ("2027-01-31", 30, "2027-03-02"),
            ("2026-12-31", 60, "2027-03-01"),
            ("2028-01-30", 30, "2028-02-29"),
            ("2027-01-30", 30, "2027-03-01"),
            ("2026-10-03", 90, "2027-01-01"),
            ("2026-11-15", 90, "2027-02-13"),
            ("2026-11-15", 1, "2026-11-16"),
            ("2028-03-01", 365, "2029-03-01"),
        ] {
            assert_eq!(due(day(start), days).iso(), expected, "{start} + {days}");
        }
        assert_eq!(
            milestone("a", 30, false).due(day("2027-01-31")),
            day("2027-03-02")
        );
    }

    #[test]
    fn the_local_day_is_the_founders_own() {
        for (at, offset, expected) in [
            // 22:30 on the 28th in UTC−8, already the 1st in UTC.
            (utc(2027, 3, 1, 6, 30), -8 * 60, "2027-02-28"),
            // 01:00 on the 1st in UTC+14, still the 28th in UTC.
            (utc(2027, 2, 28, 11, 0), 14 * 60, "2027-03-01"),
            // Nepal, UTC+5:45: 00:05 and 23:55 either side of the new year.
            (utc(2026, 12, 31, 18, 20), 5 * 60 + 45, "2027-01-01"),
            (utc(2026, 12, 31, 18, 10), 5 * 60 + 45, "2026-12-31"),
            // Exactly midnight belongs to the day it starts.
            (utc(2027, 1, 1, 0, 0), 0, "2027-01-01"),
            (utc(2026, 12, 31, 23, 0), 60, "2027-01-01"),
            (utc(2027, 1, 1, 8, 0), -8 * 60, "2027-01-01"),
            (utc(2027, 1, 1, 7, 59), -8 * 60, "2026-12-31"),
            // An offset no place has is held to the real range.
            (utc(2027, 1, 1, 0, 30), -24 * 60, "2026-12-31"),
            (utc(2027, 1, 1, 10, 30), 24 * 60, "2027-01-02"),
        ] {
            assert_eq!(local_day(at, offset).iso(), expected, "{at} at {offset}");
        }
    }

    #[test]
    fn a_milestone_is_overdue_only_after_its_due_day() {
        let start = day("2027-01-31");
        let m = milestone("a", 30, false);
        for (today, overdue) in [
            ("2027-03-01", false),
            ("2027-03-02", false),
            ("2027-03-03", true),
            ("2028-01-01", true),
        ] {
            assert_eq!(m.overdue(start, day(today)), overdue, "{today}");
        }
        assert!(!milestone("a", 30, true).overdue(start, day("2028-01-01")));
    }

    #[test]
    fn the_next_due_is_the_earliest_not_done() {
        let today = day("2027-01-01");
        let mut onb = Onboarding {
            start: None,
            milestones: vec![
                milestone("b", 60, false),
                milestone("a", 30, true),
                milestone("c", 30, false),
                milestone("d", 30, false),
                milestone("e", 90, false),
            ],
        };
        assert_eq!(next_due(&onb, today), None, "no start date yet");
        onb.start = Some(day("2027-01-01"));
        let (next, on) = next_due(&onb, today).unwrap();
        assert_eq!((next.id.as_str(), on.iso()), ("c", "2027-01-31".into()));
        // Still the next when it is overdue.
        let (late, _) = next_due(&onb, day("2027-06-01")).unwrap();
        assert_eq!(late.id, "c");
        for m in &mut onb.milestones[2..4] {
            m.done = true;
        }
        assert_eq!(next_due(&onb, today).unwrap().0.id, "b");
        for m in &mut onb.milestones {
            m.done = true;
        }
        assert_eq!(next_due(&onb, today), None);
    }

    #[test]
    fn every_template_covers_30_60_and_90_days_with_distinct_items() {
        for plan in Leadership::ALL {
            let items = template(plan);
            assert!((4..=6).contains(&items.len()), "{plan:?}");
            for wanted in [30, 60, 90] {
                assert!(items.iter().any(|(d, _)| *d == wanted), "{plan:?} {wanted}");
            }
            assert!(
                items.windows(2).all(|w| w[0].0 <= w[1].0),
                "{plan:?} in order"
            );
            for (i, (_, text)) in items.iter().enumerate() {
                assert!(items[..i].iter().all(|(_, t)| t != text), "{text}");
                assert!(text.ends_with('.') && text.len() <= 200, "{text}");
            }
            let mut n = 0;
            let milestones = from_template(plan, || {
                n += 1;
                format!("m-{n}")
            });
            assert_eq!(milestones.len(), items.len());
            assert!(milestones.iter().all(|m| !m.done && m.validate().is_ok()));
            let plan_of = Onboarding {
                start: None,
                milestones,
            };
            assert!(plan_of.validate().is_ok(), "{plan:?}");
        }
        assert_ne!(
            template(Leadership::Fractional),
            template(Leadership::FullTime)
        );
    }

    #[test]
    fn validation_refuses_what_the_plan_cannot_hold() {
        let good = milestone("a", 30, false);
        assert!(good.validate().is_ok());
        for (bad, why) in [
            (
                Milestone {
                    text: " \n".into(),
                    ..good.clone()
                },
                "empty text",
            ),
            (
                Milestone {
                    text: "x".repeat(MAX_TEXT + 1),
                    ..good.clone()
                },
                "too long",
            ),
            (
                Milestone {
                    day: 0,
                    ..good.clone()
                },
                "day 0",
            ),
            (
                Milestone {
                    day: 366,
                    ..good.clone()
                },
                "day 366",
            ),
            (
                Milestone {
                    id: "New one".into(),
                    ..good.clone()
                },
                "bad id",
            ),
        ] {
            assert!(bad.validate().is_err(), "{why}");
        }
        for ok in [
            Milestone {
                text: "é".repeat(MAX_TEXT),
                ..good.clone()
            },
            Milestone {
                day: 1,
                ..good.clone()
            },
            Milestone {
                day: 365,
                ..good.clone()
            },
        ] {
            assert!(ok.validate().is_ok(), "{ok:?}");
        }
        let mut onb = Onboarding {
            start: None,
            milestones: vec![good.clone(), good.clone()],
        };
        assert!(onb.validate().is_err(), "two share an id");
        onb.milestones = (0..=MAX_MILESTONES)
            .map(|i| milestone(&format!("m{i}"), 30, false))
            .collect();
        assert!(onb.validate().is_err(), "too many");
        onb.milestones.pop();
        assert!(onb.validate().is_ok());
    }

    #[test]
    fn the_plan_is_stored_and_read_back_unchanged() {
        for onb in [
            Onboarding::default(),
            Onboarding {
                start: Some(day("2028-02-29")),
                milestones: vec![milestone("a", 30, true), milestone("b", 90, false)],
            },
        ] {
            let json = serde_json::to_string(&onb).unwrap();
            assert_eq!(serde_json::from_str::<Onboarding>(&json).unwrap(), onb);
        }
        let json = r#"{"start":"2027-01-31","milestones":[{"id":"a","day":30,"text":"Audit.","done":false}]}"#;
        let onb: Onboarding = serde_json::from_str(json).unwrap();
        assert_eq!(onb.start, Some(day("2027-01-31")));
        assert_eq!(serde_json::to_string(&onb).unwrap(), json);
        for bad in [
            r#"{"start":null,"milestones":[],"extra":1}"#,
            r#"{"start":"31/01/2027","milestones":[]}"#,
            r#"{"start":null,"milestones":[{"id":"a","day":-1,"text":"x","done":false}]}"#,
        ] {
            assert!(serde_json::from_str::<Onboarding>(bad).is_err(), "{bad}");
        }
    }
}
