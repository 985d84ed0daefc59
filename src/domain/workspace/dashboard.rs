//! What the workspace's first page says needs attention: the next review and how far off it
//! is, the actions left open at the last check-in, the KPIs off target and which way they
//! move, and the plan's next step.

use super::Workspace;
use super::ics::{Event, calendar, uid};
use super::kpis::{Action, CheckIn, Kpi, Point, newest_first, trend};
use super::time::Day;

/// "today", "tomorrow", "in 12 days".
pub fn days_until(today: Day, day: Day) -> String {
    match (day.0 - today.0).num_days() {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        n => format!("in {n} days"),
    }
}

/// The latest check-in (by date) and its actions not done: what was agreed and is still
/// open. None when that check-in's actions are all done (or it had none).
pub fn open_actions(w: &Workspace) -> Option<(&CheckIn, Vec<&Action>)> {
    let last = *newest_first(&w.check_ins).first()?;
    let open: Vec<&Action> = last.actions.iter().filter(|a| !a.done).collect();
    (!open.is_empty()).then_some((last, open))
}

/// A KPI's latest value, with the value before it.
#[derive(Debug, Clone, PartialEq)]
pub struct KpiLine<'a> {
    pub kpi: &'a Kpi,
    pub latest: Point,
    pub previous: Option<Point>,
}

impl KpiLine<'_> {
    /// "Uptime: 98.9% on 1 Feb 2027, missing its target of at least 99.5%; up from 98.1% on
    /// 1 Jan 2027."
    pub fn text(&self) -> String {
        let now = format!(
            "{}: {} on {}, {} its target of {}",
            self.kpi.name,
            self.kpi.with_unit(self.latest.value),
            self.latest.date.long(),
            if self.latest.on_target {
                "meeting"
            } else {
                "missing"
            },
            self.kpi.target_text(),
        );
        match self.previous {
            None => format!("{now}; its first value."),
            Some(before) => {
                let way = if self.latest.value > before.value {
                    "up from"
                } else if self.latest.value < before.value {
                    "down from"
                } else {
                    "the same as"
                };
                format!(
                    "{now}; {way} {} on {}.",
                    self.kpi.with_unit(before.value),
                    before.date.long()
                )
            }
        }
    }
}

/// Each KPI measured at least once, in the order they are listed.
pub fn kpi_lines(w: &Workspace) -> Vec<KpiLine<'_>> {
    w.kpis
        .iter()
        .filter_map(|kpi| {
            let points = trend(kpi, &w.check_ins);
            let latest = *points.last()?;
            Some(KpiLine {
                kpi,
                latest,
                previous: points.len().checked_sub(2).map(|i| points[i]),
            })
        })
        .collect()
}

/// The KPIs whose latest value is off target.
pub fn off_target(w: &Workspace) -> Vec<KpiLine<'_>> {
    kpi_lines(w)
        .into_iter()
        .filter(|line| !line.latest.on_target)
        .collect()
}

/// The check-in before the one being recorded: the latest by date, other than `editing`.
pub fn previous_check_in<'a>(w: &'a Workspace, editing: &str) -> Option<&'a CheckIn> {
    newest_first(&w.check_ins)
        .into_iter()
        .find(|c| c.id != editing)
}

/// The actions a new check-in starts with: those the latest check-in left open.
pub fn carried_forward(w: &Workspace) -> Vec<Action> {
    newest_first(&w.check_ins)
        .first()
        .map(|last| last.actions.iter().filter(|a| !a.done).cloned().collect())
        .unwrap_or_default()
}

/// The review dates as a calendar file, each an all-day event: what "Add to your calendar"
/// downloads. Nothing is sent anywhere; the founder imports the file.
pub fn reviews_calendar(w: &Workspace, stamp: chrono::DateTime<chrono::Utc>) -> String {
    let plan = super::steps::plan_name(w.plan());
    let events: Vec<Event> = w
        .terms
        .reviews
        .iter()
        .map(|day| Event {
            uid: uid("review", *day),
            day: *day,
            summary: format!("Review: {plan}"),
            description: "Look at the KPIs against their targets and the actions agreed, and decide what should change. From your CTO Compass workspace.".to_owned(),
        })
        .collect();
    calendar(&events, stamp)
}

/// The calendar file's name.
pub const REVIEWS_FILE: &str = "cto-compass-reviews.ics";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::units::Millionths;
    use crate::domain::workspace::kpis::{Direction, Reading};

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    fn kpi(id: &str, name: &str, target: f64, direction: Direction) -> Kpi {
        Kpi {
            id: id.into(),
            name: name.into(),
            unit: "%".into(),
            target: Millionths::from_number(target),
            direction,
        }
    }

    fn check_in(id: &str, date: &str, values: &[(&str, f64)], actions: &[(&str, bool)]) -> CheckIn {
        CheckIn {
            readings: values
                .iter()
                .map(|(kpi, v)| Reading {
                    kpi: (*kpi).into(),
                    value: Millionths::from_number(*v),
                })
                .collect(),
            actions: actions
                .iter()
                .map(|(text, done)| Action {
                    text: (*text).into(),
                    done: *done,
                })
                .collect(),
            ..CheckIn::new(id.into(), day(date))
        }
    }

    fn walked() -> Workspace {
        let mut w = Workspace::default();
        w.kpis.push(kpi("up", "Uptime", 99.5, Direction::Higher));
        w.kpis.push(kpi("inc", "Incidents", 2.0, Direction::Lower));
        w.kpis.push(kpi("rel", "Releases", 4.0, Direction::Higher));
        // Added out of date order: the later date is the latest.
        w.check_ins.push(check_in(
            "b",
            "2027-02-01",
            &[("up", 98.9), ("inc", 1.0)],
            &[
                ("Add monitoring", false),
                ("Hire a tester", true),
                ("Fix backups", false),
            ],
        ));
        w.check_ins.push(check_in(
            "a",
            "2027-01-01",
            &[("up", 98.1), ("inc", 3.0), ("rel", 1.0)],
            &[("Old action", false)],
        ));
        w
    }

    #[test]
    fn review_dates_read_as_days_from_today() {
        let today = day("2027-01-31");
        assert_eq!(days_until(today, day("2027-01-31")), "today");
        assert_eq!(days_until(today, day("2027-02-01")), "tomorrow");
        assert_eq!(days_until(today, day("2027-03-01")), "in 29 days");
        assert_eq!(
            days_until(day("2028-02-28"), day("2028-03-01")),
            "in 2 days"
        );
    }

    #[test]
    fn the_open_actions_are_the_latest_check_ins_not_done() {
        let w = walked();
        let (last, open) = open_actions(&w).unwrap();
        assert_eq!(last.id, "b");
        let texts: Vec<&str> = open.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(texts, ["Add monitoring", "Fix backups"]);
        assert_eq!(
            carried_forward(&w),
            [
                Action {
                    text: "Add monitoring".into(),
                    done: false
                },
                Action {
                    text: "Fix backups".into(),
                    done: false
                }
            ]
        );
        assert_eq!(
            previous_check_in(&w, "new").map(|c| c.id.as_str()),
            Some("b")
        );
        assert_eq!(previous_check_in(&w, "b").map(|c| c.id.as_str()), Some("a"));
        let mut done = w.clone();
        done.check_ins[0]
            .actions
            .iter_mut()
            .for_each(|a| a.done = true);
        assert!(open_actions(&done).is_none(), "all done: nothing open");
        assert!(carried_forward(&done).is_empty());
        assert!(open_actions(&Workspace::default()).is_none());
    }

    #[test]
    fn kpis_off_target_say_which_way_they_move() {
        let w = walked();
        let off = off_target(&w);
        // Incidents came back on target; releases were last measured in January, off it.
        let names: Vec<&str> = off.iter().map(|o| o.kpi.name.as_str()).collect();
        assert_eq!(names, ["Uptime", "Releases"]);
        assert_eq!(
            off[0].text(),
            "Uptime: 98.9% on 1 Feb 2027, missing its target of at least 99.5%; up from 98.1% on 1 Jan 2027."
        );
        assert_eq!(
            off[1].text(),
            "Releases: 1% on 1 Jan 2027, missing its target of at least 4%; its first value."
        );
        let mut worse = w.clone();
        worse.check_ins[0].readings[0].value = Millionths::from_number(97.0);
        assert!(off_target(&worse)[0].text().contains("down from 98.1%"));
        worse.check_ins[0].readings[0].value = Millionths::from_number(98.1);
        assert!(off_target(&worse)[0].text().contains("the same as 98.1%"));
        let all: Vec<String> = kpi_lines(&w).iter().map(KpiLine::text).collect();
        assert_eq!(
            all[1],
            "Incidents: 1% on 1 Feb 2027, meeting its target of at most 2%; down from 3% on 1 Jan 2027."
        );
    }

    #[test]
    fn the_review_dates_download_as_a_calendar_with_an_event_each() {
        use chrono::TimeZone;
        let mut w = walked();
        w.terms.reviews = vec![day("2027-04-01"), day("2027-07-01")];
        let text = reviews_calendar(
            &w,
            chrono::Utc.with_ymd_and_hms(2027, 1, 2, 3, 4, 5).unwrap(),
        );
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 2);
        assert!(text.contains("DTSTART;VALUE=DATE:20270401\r\n"));
        assert!(text.contains("SUMMARY:Review: Partner with a fractional CTO\r\n"));
        assert!(text.contains("UID:review-20270701@cto-compass.app\r\n"));
        // The description is longer than a line: folded within 75 octets.
        assert!(text.split("\r\n").all(|l| l.len() <= 75));
        assert!(text.contains("\r\n "));
    }
}
