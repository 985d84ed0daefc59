//! KPIs and dated check-ins: what was measured at each check-in, what was agreed, and how each
//! KPI has moved against its target.

use serde::{Deserialize, Serialize};

use super::time::Day;
use super::{check_id, check_text};
use crate::domain::sort_small_by;
use crate::domain::text::isolate;
use crate::domain::units::Millionths;

pub const MAX_KPIS: usize = 50;
pub const MAX_CHECK_INS: usize = 500;
pub const MAX_NAME: usize = 100;
pub const MAX_UNIT: usize = 30;
pub const MAX_SUMMARY: usize = 10_000;
pub const MAX_ACTIONS: usize = 50;
pub const MAX_ACTION: usize = 300;
/// The largest size of a KPI's target or value, either way of zero, in its unit.
pub const MAX_VALUE: f64 = 1e12;

/// Which way is good.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    /// At or above the target is on target (uptime, releases a month).
    Higher,
    /// At or below the target is on target (incidents, cost, lead time).
    Lower,
}

impl Direction {
    pub const ALL: [Direction; 2] = [Direction::Higher, Direction::Lower];

    pub fn id(self) -> &'static str {
        match self {
            Direction::Higher => "higher",
            Direction::Lower => "lower",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Direction::Higher => "Higher is better: the target is a minimum",
            Direction::Lower => "Lower is better: the target is a maximum",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kpi {
    pub id: String,
    pub name: String,
    /// "%", "releases a month", "hours": shown after each value.
    pub unit: String,
    pub target: Millionths,
    pub direction: Direction,
}

impl Kpi {
    pub fn on_target(&self, value: Millionths) -> bool {
        match self.direction {
            Direction::Higher => value >= self.target,
            Direction::Lower => value <= self.target,
        }
    }

    /// "99.5 %", "4 \u{2068}releases a month\u{2069}".
    pub fn with_unit(&self, value: f64) -> String {
        let unit = self.unit.trim();
        if unit.is_empty() {
            number_text(value)
        } else if unit == "%" {
            format!("{}%", number_text(value))
        } else {
            format!("{} {}", number_text(value), isolate(unit))
        }
    }

    pub fn validate(&self) -> Result<(), String> {
        check_id(&self.id)?;
        if self.name.trim().is_empty() {
            return Err("A KPI has no name".into());
        }
        check_text("A KPI's name", &self.name, MAX_NAME)?;
        check_text("A KPI's unit", &self.unit, MAX_UNIT)?;
        check_value("A KPI's target", self.target)
    }
}

/// One KPI's value at a check-in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub kpi: String,
    pub value: Millionths,
}

/// Something agreed at a check-in, and whether it has been done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub text: String,
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    pub id: String,
    pub date: Day,
    /// At most one per KPI; a KPI left out was not measured that time.
    pub readings: Vec<Reading>,
    pub summary: String,
    pub actions: Vec<Action>,
}

impl CheckIn {
    pub fn new(id: String, date: Day) -> CheckIn {
        CheckIn {
            id,
            date,
            readings: Vec::new(),
            summary: String::new(),
            actions: Vec::new(),
        }
    }

    /// The value recorded for a KPI, in the KPI's unit.
    pub fn reading(&self, kpi: &str) -> Option<f64> {
        self.value_of(kpi).map(Millionths::number)
    }

    fn value_of(&self, kpi: &str) -> Option<Millionths> {
        self.readings.iter().find(|r| r.kpi == kpi).map(|r| r.value)
    }

    pub fn actions_done(&self) -> usize {
        self.actions.iter().filter(|a| a.done).count()
    }

    /// Checks the check-in against the KPIs it may record values for.
    pub fn validate(&self, kpis: &[Kpi]) -> Result<(), String> {
        check_id(&self.id)?;
        check_text("A check-in's summary", &self.summary, MAX_SUMMARY)?;
        if self.actions.len() > MAX_ACTIONS {
            return Err(format!("A check-in can have up to {MAX_ACTIONS} actions"));
        }
        for action in &self.actions {
            if action.text.trim().is_empty() {
                return Err("An action has no text".into());
            }
            check_text("An action", &action.text, MAX_ACTION)?;
        }
        for (i, reading) in self.readings.iter().enumerate() {
            if !kpis.iter().any(|k| k.id == reading.kpi) {
                return Err("A check-in records a value for a KPI that does not exist".into());
            }
            if self.readings[..i].iter().any(|r| r.kpi == reading.kpi) {
                return Err("A check-in records two values for one KPI".into());
            }
            check_value("A recorded value", reading.value)?;
        }
        Ok(())
    }
}

fn check_value(what: &str, value: Millionths) -> Result<(), String> {
    if value.0.unsigned_abs() > Millionths::from_number(MAX_VALUE).0.unsigned_abs() {
        return Err(format!("{what} is not a usable number"));
    }
    Ok(())
}

/// One point of a KPI's trend.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub date: Day,
    pub value: f64,
    pub on_target: bool,
}

/// A KPI's values over the check-ins that recorded it, oldest first.
pub fn trend(kpi: &Kpi, check_ins: &[CheckIn]) -> Vec<Point> {
    let mut points: Vec<Point> = check_ins
        .iter()
        .filter_map(|c| {
            c.value_of(&kpi.id).map(|value| Point {
                date: c.date,
                value: value.number(),
                on_target: kpi.on_target(value),
            })
        })
        .collect();
    sort_small_by(&mut points, |a, b| a.date < b.date);
    points
}

/// Check-ins, newest first (by date; the later-added first on the same day).
pub fn newest_first(check_ins: &[CheckIn]) -> Vec<&CheckIn> {
    let mut list: Vec<&CheckIn> = check_ins.iter().rev().collect();
    sort_small_by(&mut list, |a, b| a.date > b.date);
    list
}

/// "1,250", "99.5", "-3": a value as people read it, to at most two decimal places.
pub fn number_text(value: f64) -> String {
    let hundredths = (value.abs() * 100.0).round() as u64;
    let whole = crate::domain::assessment::answers::group_thousands(hundredths / 100);
    let sign = if value < 0.0 && hundredths > 0 {
        "-"
    } else {
        ""
    };
    match hundredths % 100 {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kpi(direction: Direction) -> Kpi {
        Kpi {
            id: "k".into(),
            name: "Uptime".into(),
            unit: "%".into(),
            target: Millionths::from_number(99.5),
            direction,
        }
    }

    fn check_in(id: &str, date: &str, value: Option<f64>) -> CheckIn {
        CheckIn {
            readings: value
                .map(|value| Reading {
                    kpi: "k".into(),
                    value: Millionths::from_number(value),
                })
                .into_iter()
                .collect(),
            ..CheckIn::new(id.into(), Day::parse(date).unwrap())
        }
    }

    #[test]
    fn a_value_is_on_target_on_the_right_side_of_it() {
        let on = |kpi: &Kpi, value: f64| kpi.on_target(Millionths::from_number(value));
        let higher = kpi(Direction::Higher);
        assert!(on(&higher, 99.5) && on(&higher, 100.0) && !on(&higher, 99.499_999));
        let lower = kpi(Direction::Lower);
        assert!(on(&lower, 99.5) && on(&lower, 3.0) && !on(&lower, 99.500_001));
        assert_eq!(higher.with_unit(99.5), "99.5%");
        let releases = Kpi {
            unit: "releases a month".into(),
            ..higher
        };
        assert_eq!(
            releases.with_unit(4.0),
            "4 \u{2068}releases a month\u{2069}"
        );
    }

    #[test]
    fn the_trend_follows_the_dates_and_skips_check_ins_without_a_value() {
        let check_ins = [
            check_in("b", "2026-12-01", Some(99.7)),
            check_in("a", "2026-11-01", Some(98.0)),
            check_in("c", "2026-12-15", None),
        ];
        let points = trend(&kpi(Direction::Higher), &check_ins);
        assert_eq!(points.len(), 2);
        assert_eq!(points[0].date.iso(), "2026-11-01");
        assert!(!points[0].on_target && points[1].on_target);
        let order: Vec<&str> = newest_first(&check_ins)
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(order, ["c", "b", "a"]);
    }

    #[test]
    fn a_check_in_records_values_only_for_kpis_that_exist() {
        let kpis = [kpi(Direction::Higher)];
        let mut c = check_in("a", "2026-11-01", Some(99.0));
        assert!(c.validate(&kpis).is_ok());
        assert!(c.validate(&[]).is_err());
        c.readings.push(c.readings[0].clone());
        assert!(c.validate(&kpis).is_err());
        c.readings.truncate(1);
        c.readings[0].value = Millionths::from_number(1e12 + 0.000_1);
        assert!(c.validate(&kpis).is_err());
        c.readings[0].value = Millionths::from_number(-1e12);
        assert!(c.validate(&kpis).is_ok());
    }

    #[test]
    fn numbers_read_as_people_write_them() {
        for (value, text) in [
            (1250.0, "1,250"),
            (99.5, "99.5"),
            (0.25, "0.25"),
            (-3.0, "-3"),
            (-0.001, "0"),
            (2.999, "3"),
        ] {
            assert_eq!(number_text(value), text, "{value}");
        }
    }
}
