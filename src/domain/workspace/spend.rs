//! What the engagement has cost so far: hours and invoices logged by day, summed by month,
//! against the budget the terms give.

use chrono::Datelike;
use serde::{Deserialize, Serialize};

use super::kpis::number_text;
use super::time::Day;
use super::{EngagementModel, Workspace, check_amount, check_id, check_text};
use crate::domain::units::{Cents, Millionths};

pub const MAX_ENTRIES: usize = 1_000;
pub const MAX_NOTE: usize = 300;
/// More hours than a month has is a typing slip.
pub const MAX_HOURS: f64 = 744.0;

/// One invoice or one stretch of hours.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: String,
    pub day: Day,
    pub amount: Option<Cents>,
    pub hours: Option<Millionths>,
    /// "Invoice 14", "Architecture review".
    pub note: String,
}

impl Entry {
    pub fn validate(&self) -> Result<(), String> {
        check_id(&self.id)?;
        check_text("A spend entry's note", &self.note, MAX_NOTE)?;
        if self.amount.is_none() && self.hours.is_none() {
            return Err("A spend entry has neither an amount nor hours".into());
        }
        if let Some(amount) = self.amount {
            check_amount("A spend entry's amount", amount)?;
        }
        if self
            .hours
            .is_some_and(|h| h.0 < 0 || h > Millionths::from_number(MAX_HOURS))
        {
            return Err("A spend entry's hours are not a usable number".into());
        }
        Ok(())
    }

    pub fn month(&self) -> Month {
        Month::of(self.day)
    }
}

/// A calendar month, the period spend is compared with the budget over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    pub fn of(day: Day) -> Month {
        Month {
            year: day.0.year(),
            month: day.0.month(),
        }
    }

    /// "November 2026".
    pub fn long(self) -> String {
        const NAMES: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        format!(
            "{} {}",
            NAMES[(self.month.clamp(1, 12) - 1) as usize],
            self.year
        )
    }
}

/// Money and hours summed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub amount: Cents,
    pub hours: Millionths,
    pub entries: usize,
}

impl Totals {
    fn add(mut self, entry: &Entry) -> Totals {
        self.amount = Cents(
            self.amount
                .0
                .saturating_add(entry.amount.map_or(0, |a| a.0)),
        );
        self.hours = Millionths(self.hours.0.saturating_add(entry.hours.map_or(0, |h| h.0)));
        self.entries += 1;
        self
    }
}

/// Everything logged in one month.
pub fn in_month(entries: &[Entry], month: Month) -> Totals {
    entries
        .iter()
        .filter(|e| e.month() == month)
        .fold(Totals::default(), Totals::add)
}

/// Everything logged.
pub fn total(entries: &[Entry]) -> Totals {
    entries.iter().fold(Totals::default(), Totals::add)
}

/// Each month with something logged, newest first, with its totals.
pub fn by_month(entries: &[Entry]) -> Vec<(Month, Totals)> {
    let mut months: Vec<Month> = entries.iter().map(Entry::month).collect();
    crate::domain::sort_small_by(&mut months, |a, b| a > b);
    months.dedup();
    months
        .into_iter()
        .map(|m| (m, in_month(entries, m)))
        .collect()
}

/// Spend against a budget.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Use {
    pub spent: Cents,
    pub budget: Cents,
    /// Spent as a share of the budget, in whole per cent, rounded down (so 89.9 % is not 90).
    pub percent: u64,
    /// 90 % of the budget or more is used: the dashboard warns before it runs out.
    pub warning: bool,
}

pub fn against(spent: Cents, budget: Cents) -> Use {
    let percent = if budget.0 == 0 {
        if spent.0 == 0 { 0 } else { 100 }
    } else {
        ((u128::from(spent.0) * 100) / u128::from(budget.0)).min(u128::from(u64::MAX)) as u64
    };
    Use {
        spent,
        budget,
        percent,
        warning: percent >= 90,
    }
}

/// A month's spend against the budget, in a sentence ("£3,200 and 16 hours of £8,500
/// budgeted for December 2026 (37 %)."), and whether it is 90 % or more. `money` writes an
/// amount as the founder reads money.
pub fn month_text(w: &Workspace, month: Month, money: &dyn Fn(Cents) -> String) -> (String, bool) {
    let spent = in_month(&w.spend, month);
    let hours = if spent.hours.0 > 0 {
        format!(" and {} hours", number_text(spent.hours.number()))
    } else {
        String::new()
    };
    match w.terms.monthly_budget() {
        Some(budget) => {
            let used = against(spent.amount, budget);
            (
                format!(
                    "{}{hours} of {} budgeted for {} ({} %).",
                    money(spent.amount),
                    money(budget),
                    month.long(),
                    used.percent
                ),
                used.warning,
            )
        }
        None => {
            let why = match (w.terms.model, w.terms.rate) {
                (Some(EngagementModel::Hourly), Some(_)) => {
                    "add the hours a month to the terms to compare it with a budget"
                }
                (Some(EngagementModel::Project), Some(_)) => {
                    "the terms' fee is for the whole project"
                }
                _ => "record the rate in the terms to compare it with a budget",
            };
            (
                format!("{}{hours} in {}; {why}.", money(spent.amount), month.long()),
                false,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, day: &str, amount: Option<f64>, hours: Option<f64>) -> Entry {
        Entry {
            id: id.into(),
            day: Day::parse(day).unwrap(),
            amount: amount.map(Cents::from_amount),
            hours: hours.map(Millionths::from_number),
            note: String::new(),
        }
    }

    #[test]
    fn months_sum_only_their_own_days() {
        let log = [
            entry("a", "2026-10-31", Some(1000.0), None),
            entry("b", "2026-11-01", Some(2500.5), Some(10.0)),
            entry("c", "2026-11-30", None, Some(2.5)),
            entry("d", "2025-11-15", Some(7.0), None),
            entry("e", "2026-12-01", Some(0.1), None),
        ];
        let november = in_month(
            &log,
            Month {
                year: 2026,
                month: 11,
            },
        );
        assert_eq!(november.amount, Cents::from_amount(2500.5));
        assert_eq!(november.hours, Millionths::from_number(12.5));
        assert_eq!(november.entries, 2);
        assert_eq!(
            in_month(
                &log,
                Month {
                    year: 2027,
                    month: 1
                }
            ),
            Totals::default()
        );
        assert_eq!(total(&log).amount, Cents::from_amount(3507.6));
        let months: Vec<String> = by_month(&log).iter().map(|(m, _)| m.long()).collect();
        assert_eq!(
            months,
            [
                "December 2026",
                "November 2026",
                "October 2026",
                "November 2025"
            ]
        );
    }

    #[test]
    fn the_warning_starts_at_ninety_per_cent() {
        let budget = Cents::from_amount(4000.0);
        let cases = [
            (0.0, 0, false),
            (3595.0, 89, false),
            (3599.99, 89, false),
            (3600.0, 90, true),
            (4000.0, 100, true),
            (6000.0, 150, true),
        ];
        for (spent, percent, warning) in cases {
            let used = against(Cents::from_amount(spent), budget);
            assert_eq!((used.percent, used.warning), (percent, warning), "{spent}");
        }
        assert!(!against(Cents(0), Cents(0)).warning);
        assert!(against(Cents(1), Cents(0)).warning, "spent with no budget");
        assert_eq!(against(Cents(u64::MAX), Cents(1)).percent, u64::MAX);
    }

    #[test]
    fn an_entry_needs_an_amount_or_hours_within_reason() {
        assert!(entry("a", "2026-11-01", Some(1.0), None).validate().is_ok());
        assert!(
            entry("a", "2026-11-01", None, Some(744.0))
                .validate()
                .is_ok()
        );
        let cases = [
            (
                entry("a", "2026-11-01", None, None),
                "neither an amount nor hours",
            ),
            (entry("a", "2026-11-01", None, Some(745.0)), "hours"),
            (entry("a", "2026-11-01", None, Some(-1.0)), "hours"),
            (entry("a", "2026-11-01", Some(1e9), None), "amount"),
            (entry("A b", "2026-11-01", Some(1.0), None), "not an id"),
        ];
        for (entry, says) in cases {
            let message = entry.validate().unwrap_err();
            assert!(message.contains(says), "{message}");
        }
    }

    #[test]
    fn the_month_is_said_against_the_budget_the_terms_give() {
        let money = |c: Cents| format!("£{}", number_text(c.amount()));
        let november = Month {
            year: 2026,
            month: 11,
        };
        let mut w = Workspace::default();
        w.spend
            .push(entry("a", "2026-11-03", Some(3600.0), Some(16.0)));
        assert_eq!(
            month_text(&w, november, &money),
            (
                "£3,600 and 16 hours in November 2026; record the rate in the terms to compare it with a budget.".to_owned(),
                false
            )
        );
        w.terms.model = Some(EngagementModel::Hourly);
        w.terms.rate = Some(Cents::from_amount(100.0));
        assert!(
            month_text(&w, november, &money)
                .0
                .contains("add the hours a month")
        );
        w.terms.hours = Some(40);
        assert_eq!(
            month_text(&w, november, &money),
            (
                "£3,600 and 16 hours of £4,000 budgeted for November 2026 (90 %).".to_owned(),
                true
            )
        );
        w.terms.model = Some(EngagementModel::Retainer);
        w.terms.rate = Some(Cents::from_amount(8500.0));
        assert_eq!(
            month_text(
                &w,
                Month {
                    year: 2026,
                    month: 12
                },
                &money
            ),
            (
                "£0 of £8,500 budgeted for December 2026 (0 %).".to_owned(),
                false
            )
        );
        w.terms.model = Some(EngagementModel::Project);
        assert!(
            month_text(&w, november, &money)
                .0
                .ends_with("the terms' fee is for the whole project.")
        );
    }
}
