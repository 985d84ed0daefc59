//! The decision most companies really face: a fractional CTO now, a full-time CTO later.
//!
//! The switch path pays the fractional CTO (the fractional option's pricing) from month 0 and
//! starts the search for a full-time CTO at a whole month of the visitor's choice. The
//! full-time CTO is hired `months_to_hire` after the search starts, paid from then with the
//! same part-month rule as [`model::hired_month`](super::model), the recruiting fee falling in
//! the month they start. The fractional CTO stays on until the new CTO is fully productive
//! (`months_to_productive` after the hire): that overlap is paid twice, which is how the
//! full-time CTO's months to full productivity cost money here (they cost nothing in the plain
//! comparison). The fractional CTO's last part month is paid in part. After the overlap only
//! the full-time CTO is paid. Equity is not cash and is left out, as in the comparison.
//!
//! Every money figure is over the horizon, as the comparison's are: a hire or an overlap that
//! runs past it counts only the part within it.

use super::model::{employed_share, fractional_terms, full_time_terms, hired_month};
use super::report::{Money, months};
use super::{FULL_TIME_HOURS_PER_MONTH, FieldError, Inputs, Limits};
use crate::domain::number::fixed;

/// When the search for a full-time CTO starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SwitchPlan {
    /// The whole month (from 0, today) in which the search starts; at most the horizon (a
    /// search that starts at the horizon hires no one within it).
    pub search_from: u32,
}

impl Default for SwitchPlan {
    fn default() -> Self {
        SwitchPlan {
            search_from: SwitchPlan::DEFAULT_SEARCH_FROM,
        }
    }
}

impl SwitchPlan {
    /// A year of a fractional CTO before the search starts.
    pub const DEFAULT_SEARCH_FROM: u32 = 12;

    /// The plan with the search starting in `month`, no later than the horizon.
    pub fn new(month: u32, horizon: u32) -> SwitchPlan {
        SwitchPlan {
            search_from: month.min(horizon),
        }
    }

    /// What the field for the month the search starts accepts: 0 to the horizon.
    pub fn limits(horizon: u32) -> Limits {
        Limits::new("Month the search starts", 0.0, f64::from(horizon))
    }

    /// Reads the month as typed ("12"); a part month is rounded to the nearest whole one.
    pub fn read(text: &str, horizon: u32) -> Result<SwitchPlan, FieldError> {
        let month = SwitchPlan::limits(horizon).parse(text)?;
        Ok(SwitchPlan::new(month.round() as u32, horizon))
    }
}

/// When switching has cost no more, in cash, than keeping the fractional CTO throughout.
///
/// Until the full-time CTO starts the two paths pay the same, so the count starts in the month
/// the full-time CTO starts: the break-even is the first month (1-based: "month 18") from which
/// the switch path's cumulative cost is at or below staying fractional's, and stays so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SwitchBreakEven {
    /// Within the horizon.
    Month(u32),
    /// It would, in this month after the horizon (the same costs going on).
    AfterHorizon(u32),
    /// Never in cash: a full-time CTO costs as much a month as the fractional CTO or more, or
    /// saves so little a month that paying back would take more than [`PAYBACK_LIMIT`] months.
    Never,
}

/// Past a hundred years, a payback is no payback.
pub const PAYBACK_LIMIT: u32 = 1_200;

/// Half a cent: differences smaller than this are equal amounts.
const CENT: f64 = 0.005;

/// Half the smallest amount a sentence shows (whole units of money): a smaller difference is
/// told as none, never as "saves $0".
const SHOWN: f64 = 0.5;

/// The cost of the switch path over the horizon.
#[derive(Debug, Clone, PartialEq)]
pub struct SwitchCost {
    /// The plan as used (the month no later than the horizon).
    pub plan: SwitchPlan,
    /// Cash paid in each month of the horizon: its length is the horizon.
    pub monthly: Vec<f64>,
    pub total: f64,
    pub first_year: f64,
    /// Months from today until the full-time CTO starts: the search's month plus the months to
    /// hire (may be past the horizon).
    pub hired_at: f64,
    /// Months from today until the fractional CTO leaves: the hire plus the full-time CTO's
    /// months to full productivity (may be past the horizon).
    pub fractional_until: f64,
    /// The months both are paid, within the horizon.
    pub overlap_months: f64,
    /// What the fractional CTO is paid during the overlap, within the horizon: what the new
    /// CTO's months to full productivity cost.
    pub overlap_cost: f64,
    /// The recruiting fee, when it falls within the horizon (else 0).
    pub search_fee: f64,
    /// Keeping the fractional CTO for the whole horizon.
    pub stay_fractional: f64,
    /// The switch path's total less hiring a full-time CTO today (the comparison's full-time
    /// option); negative when switching costs less. Once both paths pay the full-time CTO they
    /// cost the same a month, so the difference stops changing: it is then the fractional
    /// CTO's fees until the switch less the full-time CTO's pay for the months it starts later
    /// (the recruiting fee is paid in both, only later). There is therefore no month from which
    /// one path "overtakes" the other for good, only this difference; it is over the horizon.
    pub versus_full_time_now: f64,
    /// The fractional CTO's monthly fee.
    pub fractional_monthly: f64,
    /// The full-time CTO's monthly cost once hired.
    pub full_time_monthly: f64,
    /// Hours a month the fractional CTO's fee buys (a full-time CTO's are
    /// [`FULL_TIME_HOURS_PER_MONTH`]).
    pub fractional_hours: f64,
    pub break_even: SwitchBreakEven,
}

impl SwitchCost {
    /// The months compared.
    pub fn horizon(&self) -> u32 {
        self.monthly.len() as u32
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

/// The cost in month `m` (from 0) of the switch path.
fn switch_month(
    m: usize,
    hired_at: f64,
    until: f64,
    fractional: f64,
    full_time: (f64, f64),
) -> f64 {
    let (run_rate, fee) = full_time;
    fractional * (1.0 - employed_share(m, until)) + hired_month(m, hired_at, run_rate, fee)
}

/// The switch path's costs, its overlap and when it pays back against staying fractional.
pub fn switch(inputs: &Inputs, plan: SwitchPlan) -> SwitchCost {
    let horizon = inputs.horizon_months;
    let plan = SwitchPlan::new(plan.search_from, horizon);
    let (fractional, fractional_hours) = fractional_terms(inputs.fractional.pricing);
    let terms = full_time_terms(&inputs.full_time);
    let (run_rate, fee) = terms;
    let hired_at = f64::from(plan.search_from) + inputs.full_time.months_to_hire;
    let until = hired_at + inputs.full_time.months_to_productive;
    let month = |m: usize| switch_month(m, hired_at, until, fractional, terms);

    let monthly: Vec<f64> = (0..horizon as usize).map(month).collect();
    let total: f64 = monthly.iter().sum();
    let end = f64::from(horizon);
    let overlap_months = (until.min(end) - hired_at.min(end)).max(0.0);
    let hire_month = hired_at.floor();
    let full_time_now = (0..horizon as usize)
        .map(|m| hired_month(m, inputs.full_time.months_to_hire, run_rate, fee))
        .sum::<f64>();
    SwitchCost {
        plan,
        first_year: monthly.iter().take(12).sum(),
        total,
        hired_at,
        fractional_until: until,
        overlap_months,
        overlap_cost: fractional * overlap_months,
        search_fee: if hire_month < end { fee } else { 0.0 },
        stay_fractional: fractional * end,
        versus_full_time_now: total - full_time_now,
        fractional_monthly: fractional,
        full_time_monthly: run_rate,
        fractional_hours,
        break_even: break_even(&month, horizon, hired_at, until, fractional, run_rate),
        monthly,
    }
}

/// The first month (1-based) from which the switch path's cumulative cost stays at or below
/// staying fractional's. `more` is the switch path's cumulative cost less staying fractional's.
fn break_even(
    month: &impl Fn(usize) -> f64,
    horizon: u32,
    hired_at: f64,
    until: f64,
    fractional: f64,
    full_time: f64,
) -> SwitchBreakEven {
    let saving = fractional - full_time;
    // (Also refuses what is not a number, and an overlap ending past any payback.)
    if !(saving > 0.0 && until < f64::from(PAYBACK_LIMIT)) {
        return SwitchBreakEven::Never;
    }
    // Month by month up to the horizon and through the month the overlap ends in (which is
    // never before the month of the fee); after both, every month saves the same.
    let hire_month = hired_at.floor() as usize;
    let end = (horizon as usize).max(until.floor() as usize + 1);
    let mut more = 0.0;
    let mut last_above = None;
    for m in 0..end {
        more += month(m) - fractional;
        if m >= hire_month && more > CENT {
            last_above = Some(m);
        }
    }
    let first = match last_above {
        // Still above at the end: the months the saving takes to make it up.
        Some(m) if m + 1 == end => {
            let extra = ((more - CENT) / saving).ceil().max(1.0);
            if extra > f64::from(PAYBACK_LIMIT) {
                return SwitchBreakEven::Never;
            }
            end - 1 + extra as usize
        }
        Some(m) => m + 1,
        None => hire_month,
    };
    let month = first as u32 + 1;
    if month > PAYBACK_LIMIT {
        SwitchBreakEven::Never
    } else if month <= horizon {
        SwitchBreakEven::Month(month)
    } else {
        SwitchBreakEven::AfterHorizon(month)
    }
}

/// "Switching pays back in month 22: …": when switching to a full-time CTO costs no more than
/// keeping the fractional CTO, or why it never does, in a sentence or two.
pub fn switch_sentence(cost: &SwitchCost, money: Money) -> String {
    let money = |value: f64| money.amount(value);
    let horizon = cost.horizon();
    let difference = cost.total - cost.stay_fractional;
    let over = if difference.abs() < SHOWN {
        format!("Over {horizon} months the two cost the same.")
    } else if difference < 0.0 {
        format!(
            "Over {horizon} months switching saves {}.",
            money(-difference)
        )
    } else {
        format!(
            "Over {horizon} months switching costs {} more.",
            money(difference)
        )
    };
    let hours = || {
        format!(
            "it buys {} hours a month instead of {}",
            fixed(FULL_TIME_HOURS_PER_MONTH, 0),
            fixed(cost.fractional_hours, 0)
        )
    };
    let gap = cost.full_time_monthly - cost.fractional_monthly;
    match cost.break_even {
        SwitchBreakEven::Month(month) => format!(
            "Switching pays back in month {month}: from then on it has cost less than staying fractional. {over}"
        ),
        SwitchBreakEven::AfterHorizon(month) => format!(
            "Switching pays back in month {month}, after the {horizon} months compared. {over}"
        ),
        SwitchBreakEven::Never if gap >= SHOWN => format!(
            "Switching never costs less in cash than staying fractional: a full-time CTO costs {} a month more; {}. {over}",
            money(gap),
            hours()
        ),
        SwitchBreakEven::Never if gap >= 0.0 => format!(
            "Switching never costs less in cash than staying fractional: a full-time CTO costs the same a month; {}. {over}",
            hours()
        ),
        SwitchBreakEven::Never if gap > -SHOWN => format!(
            "Switching would take more than a hundred years to pay back: a full-time CTO costs about the same a month; {}. {over}",
            hours()
        ),
        SwitchBreakEven::Never => format!(
            "Switching would take more than a hundred years to pay back: a full-time CTO costs only {} a month less than the fractional CTO. {over}",
            money(-gap)
        ),
    }
}

/// "The overlap of 3 months while the new CTO gets up to speed costs $48,750: …"; none when
/// there is no overlap within the horizon.
pub fn overlap_sentence(cost: &SwitchCost, money: Money) -> Option<String> {
    (cost.overlap_months > 0.0).then(|| {
        format!(
            "The overlap of {} while the new CTO gets up to speed costs {}: the fractional CTO and the new CTO are both paid.",
            months(cost.overlap_months, money.format),
            money.amount(cost.overlap_cost)
        )
    })
}

#[cfg(test)]
mod tests;
