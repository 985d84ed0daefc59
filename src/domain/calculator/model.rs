//! What each option costs, month by month, over the horizon.
//!
//! Month `m` (from 0) is the `m + 1`-th month from today. A hire that takes 2.5 months is paid
//! for half of month 2 and in full from month 3; its recruiting fee falls in month 2. Equity is
//! never counted as cash: it is valued apart.

use super::{
    Consulting, ConsultingPricing, FULL_TIME_HOURS_PER_MONTH, Fractional, FractionalPricing,
    FullTime, HOURS_PER_DAY, InHouse, Inputs, RecruitingFee, WEEKS_PER_MONTH,
};
use crate::domain::options::Leadership;

/// The cost of one option over the horizon.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionCost {
    pub option: Leadership,
    /// Cash paid in each month of the horizon.
    pub monthly: Vec<f64>,
    /// The monthly cost once it is running (salaries paid, fees at their steady level).
    pub run_rate: f64,
    pub first_year: f64,
    pub total: f64,
    /// Hours of leadership (or of the team's work, for an in-house team) bought each month,
    /// where the pricing says.
    pub hours_per_month: Option<f64>,
    /// Months from today until it makes a full difference.
    pub months_to_effective: f64,
    /// Months from today until it is paid for: the time to hire, or none.
    pub starts_after: f64,
    /// The value of the equity granted, apart from cash.
    pub equity_value: f64,
}

impl OptionCost {
    /// Whether it is paid for at all within `horizon` months: a hire that takes the whole
    /// horizon is not yet in post, and its nothing is no saving.
    pub fn in_post(&self, horizon: u32) -> bool {
        self.starts_after < f64::from(horizon)
    }

    /// The run-rate divided by the hours it buys.
    pub fn cost_per_hour(&self) -> Option<f64> {
        self.hours_per_month
            .filter(|hours| *hours > 0.0)
            .map(|hours| self.run_rate / hours)
    }

    /// The cost so far at the end of each month.
    pub fn cumulative(&self) -> Vec<f64> {
        self.monthly
            .iter()
            .scan(0.0, |sum, cost| {
                *sum += cost;
                Some(*sum)
            })
            .collect()
    }
}

/// How many fractional hours a week make a full-time CTO the cheaper choice over the horizon.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BreakEven {
    /// Above this many hours a week, at the fractional CTO's effective hourly rate.
    Hours(f64),
    /// Not within a working week (more than 80 hours), or the fractional CTO costs nothing.
    Never,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub horizon_months: u32,
    /// In [`Leadership::ALL`] order.
    pub options: [OptionCost; 4],
    pub break_even: BreakEven,
}

impl Comparison {
    pub fn get(&self, option: Leadership) -> &OptionCost {
        &self.options[option.index()]
    }
}

/// What choosing `a` instead of `b` saves over the horizon (negative: it costs more).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Saving {
    pub amount: f64,
    /// Of `b`'s total; `None` when `b` costs nothing.
    pub percent: Option<f64>,
}

pub fn saving(a: &OptionCost, b: &OptionCost) -> Saving {
    let amount = b.total - a.total;
    Saving {
        amount,
        percent: (b.total > 0.0).then(|| 100.0 * amount / b.total),
    }
}

/// The share of month `m` in which someone hired after `months_to_hire` is on the payroll.
pub(super) fn employed_share(m: usize, months_to_hire: f64) -> f64 {
    (m as f64 + 1.0 - months_to_hire).clamp(0.0, 1.0)
}

/// Whether a one-off cost due after `months` falls in month `m`.
fn falls_in(m: usize, months: f64) -> bool {
    m == months.floor() as usize
}

/// The cost in month `m` of people hired after `months_to_hire`: pay for the share of the
/// month they are employed, and the recruiting fee in the month they start.
pub(super) fn hired_month(m: usize, months_to_hire: f64, run_rate: f64, recruiting: f64) -> f64 {
    let fee = if falls_in(m, months_to_hire) {
        recruiting
    } else {
        0.0
    };
    run_rate * employed_share(m, months_to_hire) + fee
}

fn build(
    option: Leadership,
    horizon: u32,
    run_rate: f64,
    month: impl Fn(usize) -> f64,
    hours_per_month: Option<f64>,
    (starts_after, months_to_effective): (f64, f64),
    equity_value: f64,
) -> OptionCost {
    let monthly: Vec<f64> = (0..horizon as usize).map(month).collect();
    OptionCost {
        option,
        first_year: monthly.iter().take(12).sum(),
        total: monthly.iter().sum(),
        monthly,
        run_rate,
        hours_per_month,
        months_to_effective,
        starts_after,
        equity_value,
    }
}

fn percent(value: f64) -> f64 {
    value / 100.0
}

/// A full-time CTO's monthly cost once hired (salary, bonus and benefits) and the recruiting
/// fee.
pub(super) fn full_time_terms(inputs: &FullTime) -> (f64, f64) {
    let run_rate = inputs.salary / 12.0
        * (1.0 + percent(inputs.bonus_percent) + percent(inputs.overhead_percent));
    let recruiting = match inputs.recruiting {
        RecruitingFee::PercentOfSalary(p) => inputs.salary * percent(p),
        RecruitingFee::Fixed(fee) => fee,
    };
    (run_rate, recruiting)
}

pub fn full_time(inputs: &FullTime, horizon: u32) -> OptionCost {
    let (run_rate, recruiting) = full_time_terms(inputs);
    let month = |m| hired_month(m, inputs.months_to_hire, run_rate, recruiting);
    build(
        Leadership::FullTime,
        horizon,
        run_rate,
        month,
        Some(FULL_TIME_HOURS_PER_MONTH),
        (
            inputs.months_to_hire,
            inputs.months_to_hire + inputs.months_to_productive,
        ),
        percent(inputs.equity_percent) * inputs.valuation,
    )
}

/// The monthly fee and the hours a month it buys.
pub(super) fn fractional_terms(pricing: FractionalPricing) -> (f64, f64) {
    match pricing {
        FractionalPricing::Hourly {
            hours_per_week,
            rate,
        } => {
            let hours = hours_per_week * WEEKS_PER_MONTH;
            (hours * rate, hours)
        }
        FractionalPricing::Daily {
            days_per_week,
            day_rate,
        } => (
            days_per_week * day_rate * WEEKS_PER_MONTH,
            days_per_week * HOURS_PER_DAY * WEEKS_PER_MONTH,
        ),
        FractionalPricing::Retainer {
            monthly,
            hours_per_week,
        } => (monthly, hours_per_week * WEEKS_PER_MONTH),
    }
}

pub fn fractional(inputs: &Fractional, horizon: u32, valuation: f64) -> OptionCost {
    let (run_rate, hours) = fractional_terms(inputs.pricing);
    build(
        Leadership::Fractional,
        horizon,
        run_rate,
        |_| run_rate,
        Some(hours),
        (0.0, inputs.months_to_productive),
        percent(inputs.equity_percent) * valuation,
    )
}

pub fn consulting(inputs: &Consulting, horizon: u32) -> OptionCost {
    let overhead = 1.0 + percent(inputs.overhead_percent);
    let (run_rate, hours, project_months) = match inputs.pricing {
        ConsultingPricing::Days {
            day_rate,
            days_per_month,
        } => (
            day_rate * days_per_month * overhead,
            Some(days_per_month * HOURS_PER_DAY),
            None,
        ),
        ConsultingPricing::Project { fee, months } => {
            let months = months.max(1.0);
            (fee / months * overhead, None, Some(months))
        }
    };
    let month = |m: usize| match project_months {
        // The fee is spread over the project's months, a part month paid in part.
        Some(months) => run_rate * (months - m as f64).clamp(0.0, 1.0),
        None => run_rate,
    };
    build(
        Leadership::Consulting,
        horizon,
        run_rate,
        month,
        hours,
        (0.0, inputs.months_to_productive),
        0.0,
    )
}

pub fn in_house(inputs: &InHouse, horizon: u32) -> OptionCost {
    let run_rate = inputs.hires * inputs.salary_each / 12.0
        * (1.0 + percent(inputs.overhead_percent))
        + inputs.training_and_tools;
    let recruiting = inputs.hires * inputs.recruiting_per_hire;
    let month = |m| hired_month(m, inputs.months_to_hire, run_rate, recruiting);
    build(
        Leadership::InHouse,
        horizon,
        run_rate,
        month,
        Some(inputs.hires * FULL_TIME_HOURS_PER_MONTH),
        (
            inputs.months_to_hire,
            inputs.months_to_hire + inputs.months_to_productive,
        ),
        0.0,
    )
}

/// The most hours a week a fractional engagement could stretch to.
const MAX_FRACTIONAL_HOURS: f64 = 80.0;

/// Fractional hours a week whose total over the horizon equals the full-time CTO's: the
/// fractional CTO's total grows in step with its hours, at its effective hourly rate.
pub fn break_even(full_time: &OptionCost, fractional: &OptionCost, horizon: u32) -> BreakEven {
    let Some(rate) = fractional.cost_per_hour().filter(|r| *r > 0.0) else {
        return BreakEven::Never;
    };
    let hours = full_time.total / (rate * WEEKS_PER_MONTH * f64::from(horizon));
    if hours.is_finite() && hours <= MAX_FRACTIONAL_HOURS {
        BreakEven::Hours(hours)
    } else {
        BreakEven::Never
    }
}

/// Every option's costs over the horizon, side by side.
pub fn compare(inputs: &Inputs) -> Comparison {
    let horizon = inputs.horizon_months;
    let full_time = full_time(&inputs.full_time, horizon);
    let fractional = fractional(&inputs.fractional, horizon, inputs.full_time.valuation);
    let break_even = break_even(&full_time, &fractional, horizon);
    Comparison {
        horizon_months: horizon,
        options: [
            fractional,
            full_time,
            consulting(&inputs.consulting, horizon),
            in_house(&inputs.in_house, horizon),
        ],
        break_even,
    }
}
