//! What flips the answer: for each main input, the value at which the cheapest option over the
//! horizon (the lowest total of [`compare`]) stops being today's cheapest, and what takes its
//! place.
//!
//! **Ties.** Totals are compared to the cent: when two or more options share the lowest total
//! there is no single cheapest ([`cheapest`] is `None`). With no single cheapest today there is
//! nothing to flip and [`flips`] gives no rows. A flip may lead to a tie (`to` is `None`): a
//! horizon at which two options cost the same, or an input past which the two options left
//! cost the same.
//!
//! **How.** Every input here but the horizon moves the total of its own option only, and in a
//! straight line (the model multiplies and adds it: a rate, hours, a salary, a number of
//! hires). So each threshold is solved from two evaluations of that option's total (today's
//! and one at a limit) and checked with a third: where the line meets the total to beat, the
//! option's total must be that total. A check that fails (a model that is no longer a line)
//! falls back to bisection. The horizon is a whole number of months and moves every total:
//! one evaluation over the longest horizon gives the totals of every shorter one, month by
//! month. In all, two evaluations of one option's total per input and two of all four
//! options: about 2.9 µs natively for the defaults' eight rows (`tests/benchmarks/core.rs`).

use super::form::{FieldId, Form, FractionalMode, Unit};
use super::model::{Comparison, OptionCost, compare, consulting, fractional, full_time, in_house};
use super::report::Money;
use super::{HORIZON_MONTHS, Inputs};
use crate::domain::options::Leadership;

/// Which way from today's value the answer changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Above,
    Below,
}

/// A value of an input at which the cheapest option changes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Flip {
    pub field: FieldId,
    /// The cheapest option past `at`; `None` when two or more options then cost the same.
    pub to: Option<Leadership>,
    /// Where totals cross: at it the two options cost the same, and past it (above or below)
    /// `to` is the cheapest. For the horizon, a whole number of months: the nearest at which
    /// the answer is `to` ("from 31 months", "up to 5 months").
    pub at: f64,
    pub direction: Direction,
}

/// What an input's values within its limits do to the cheapest option.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The nearest change each way from today's value: one or two, the one below first.
    Flips(Vec<Flip>),
    /// No value within the field's limits changes it.
    Never,
}

/// The inputs whose thresholds are looked for, in the page's order; each only in the modes in
/// which it changes a cost ([`counts`]).
const MAIN: &[FieldId] = &[
    FieldId::Horizon,
    FieldId::FrHours,
    FieldId::FrRate,
    FieldId::FrDays,
    FieldId::FrDayRate,
    FieldId::FrRetainer,
    FieldId::FtSalary,
    FieldId::CoDayRate,
    FieldId::CoDays,
    FieldId::CoFee,
    FieldId::IhHires,
    FieldId::IhSalary,
];

/// Whether a main input changes a cost with the form's modes (a retainer's hours do not).
fn counts(form: &Form, id: FieldId) -> bool {
    form.shows(id.field())
        && !(id == FieldId::FrHours && form.fractional == FractionalMode::Retainer)
}

/// The option with the lowest total, to the cent; `None` when two or more share it.
pub fn cheapest(comparison: &Comparison) -> Option<Leadership> {
    let horizon = comparison.horizon_months;
    cheapest_of(
        &comparison
            .options
            .each_ref()
            .map(|o| in_post_total(o, horizon)),
        None,
    )
}

/// The option with the lowest of `totals` (in [`Leadership::ALL`] order), leaving out `except`.
fn cheapest_of(totals: &[f64; 4], except: Option<Leadership>) -> Option<Leadership> {
    let mut best: Option<(f64, Option<Leadership>)> = None;
    for option in Leadership::ALL {
        if Some(option) == except {
            continue;
        }
        let cents = (totals[option.index()] * 100.0).round();
        best = match best {
            Some((lowest, _)) if cents == lowest => Some((lowest, None)),
            Some((lowest, found)) if cents > lowest => Some((lowest, found)),
            _ => Some((cents, Some(option))),
        };
    }
    best.and_then(|(_, option)| option)
}

/// One option's total over the horizon; one not yet in post within it is never the cheapest
/// (its nothing is no saving), so it counts as without end.
fn total_of(inputs: &Inputs, option: Leadership) -> f64 {
    let horizon = inputs.horizon_months;
    let cost = match option {
        Leadership::Fractional => {
            fractional(&inputs.fractional, horizon, inputs.full_time.valuation)
        }
        Leadership::FullTime => full_time(&inputs.full_time, horizon),
        Leadership::Consulting => consulting(&inputs.consulting, horizon),
        Leadership::InHouse => in_house(&inputs.in_house, horizon),
    };
    in_post_total(&cost, horizon)
}

fn in_post_total(cost: &OptionCost, horizon: u32) -> f64 {
    if cost.in_post(horizon) {
        cost.total
    } else {
        f64::INFINITY
    }
}

/// For each main input shown with the form's modes, the values at which the cheapest option
/// changes; nothing when no option is the single cheapest today.
pub fn flips(form: &Form) -> Vec<(FieldId, Outcome)> {
    let base = compare(&form.to_inputs());
    let totals = base
        .options
        .each_ref()
        .map(|o| in_post_total(o, base.horizon_months));
    let Some(current) = cheapest_of(&totals, None) else {
        return Vec::new();
    };
    let mut probe = form.clone();
    MAIN.iter()
        .filter(|id| counts(form, **id))
        .map(|&id| {
            let flips = if id == FieldId::Horizon {
                horizon_flips(form, current)
            } else {
                let option = id.field().option.unwrap_or(current);
                input_flip(&mut probe, id, option, &totals, current)
                    .into_iter()
                    .collect()
            };
            let outcome = if flips.is_empty() {
                Outcome::Never
            } else {
                Outcome::Flips(flips)
            };
            (id, outcome)
        })
        .collect()
}

/// The total of `option` with the input `id` at `value` (the probe is put back after).
fn total_at(probe: &mut Form, id: FieldId, value: f64, option: Leadership) -> f64 {
    let kept = probe.get(id);
    probe.set(id, value);
    let total = total_of(&probe.to_inputs(), option);
    probe.set(id, kept);
    total
}

/// The nearest change from an input that moves only `option`'s total, in a straight line.
fn input_flip(
    probe: &mut Form,
    id: FieldId,
    option: Leadership,
    totals: &[f64; 4],
    current: Leadership,
) -> Option<Flip> {
    let limits = id.field().limits;
    let today = probe.get(id);
    let now = totals[option.index()];
    let other = if today < limits.max {
        limits.max
    } else {
        limits.min
    };
    let slope = (total_at(probe, id, other, option) - now) / (other - today);
    // The total to meet: the cheapest of the others when this option is the cheapest (its
    // rise hands the lead to them), else today's cheapest (its fall takes the lead).
    let (target, to) = if option == current {
        (
            lowest_excluding(totals, option),
            cheapest_of(totals, Some(option)),
        )
    } else {
        (totals[current.index()], Some(option))
    };
    if !(slope.is_finite() && slope != 0.0) {
        return None;
    }
    let at = today + (target - now) / slope;
    if !(at > limits.min && at < limits.max) {
        return None;
    }
    let direction = if at > today {
        Direction::Above
    } else {
        Direction::Below
    };
    let met = total_at(probe, id, at, option);
    let found = if (met - target).abs() <= 0.01 + 1e-9 * target.abs() {
        Some((at, to))
    } else {
        let end = match direction {
            Direction::Above => limits.max,
            Direction::Below => limits.min,
        };
        bisect(probe, id, today, end, current)
    };
    let (at, to) = found?;
    if limits.whole {
        return whole_flip(probe, id, at, direction);
    }
    Some(Flip {
        field: id,
        to,
        at,
        direction,
    })
}

/// For an input that takes whole numbers only (hires), the nearest whole value past the
/// crossing `at`, if within the field's limits, and the cheapest there: "from 3 hires".
fn whole_flip(probe: &mut Form, id: FieldId, at: f64, direction: Direction) -> Option<Flip> {
    let limits = id.field().limits;
    let value = match direction {
        Direction::Above => at.floor() + 1.0,
        Direction::Below => at.ceil() - 1.0,
    };
    if !(limits.min..=limits.max).contains(&value) {
        return None;
    }
    let kept = probe.get(id);
    probe.set(id, value);
    let to = cheapest(&compare(&probe.to_inputs()));
    probe.set(id, kept);
    Some(Flip {
        field: id,
        to,
        at: value,
        direction,
    })
}

fn lowest_excluding(totals: &[f64; 4], option: Leadership) -> f64 {
    Leadership::ALL
        .iter()
        .filter(|o| **o != option)
        .map(|o| totals[o.index()])
        .fold(f64::INFINITY, f64::min)
}

/// Where between `from` (today's cheapest is `current`) and `end` the cheapest first differs,
/// halving the interval: the value and the cheapest just past it (a tie only when every value
/// tried past it is one). `None` when it does not differ at `end`.
fn bisect(
    probe: &mut Form,
    id: FieldId,
    from: f64,
    end: f64,
    current: Leadership,
) -> Option<(f64, Option<Leadership>)> {
    let mut cheapest_at = |value: f64| {
        let kept = probe.get(id);
        probe.set(id, value);
        let found = cheapest(&compare(&probe.to_inputs()));
        probe.set(id, kept);
        found
    };
    let mut past = cheapest_at(end);
    if past == Some(current) {
        return None;
    }
    let (mut same, mut differs) = (from, end);
    for _ in 0..48 {
        let middle = (same + differs) / 2.0;
        match cheapest_at(middle) {
            Some(found) if found == current => same = middle,
            // A tie next to the crossing is the crossing (equal to the cent), not past it.
            None => differs = middle,
            found => (differs, past) = (middle, found),
        }
    }
    Some(((same + differs) / 2.0, past))
}

/// The nearest horizons each way at which the cheapest is not `current`.
fn horizon_flips(form: &Form, current: Leadership) -> Vec<Flip> {
    let (shortest, longest) = HORIZON_MONTHS;
    let today = form.to_inputs().horizon_months;
    let mut inputs = form.to_inputs();
    inputs.horizon_months = longest;
    let all = compare(&inputs);
    // The cheapest over each horizon, from the running totals.
    let mut sums = [0.0; 4];
    let mut answers = [None; HORIZON_MONTHS.1 as usize + 1];
    for month in 1..=longest {
        for (sum, option) in sums.iter_mut().zip(&all.options) {
            *sum += option.monthly[month as usize - 1];
        }
        // Over `month` months, an option not yet in post is never the cheapest.
        let in_post: [f64; 4] = std::array::from_fn(|i| {
            if all.options[i].in_post(month) {
                sums[i]
            } else {
                f64::INFINITY
            }
        });
        answers[month as usize] = cheapest_of(&in_post, None);
    }
    let flip = |month: u32, direction| Flip {
        field: FieldId::Horizon,
        to: answers[month as usize],
        at: f64::from(month),
        direction,
    };
    let differs = |month: &u32| answers[*month as usize] != Some(current);
    let below = (shortest..today).rev().find(differs);
    let above = (today + 1..=longest).find(differs);
    below
        .map(|m| flip(m, Direction::Below))
        .into_iter()
        .chain(above.map(|m| flip(m, Direction::Above)))
        .collect()
}

/// How a row names its input: "Full-time CTO's salary".
pub fn input_name(id: FieldId) -> &'static str {
    match id {
        FieldId::Horizon => "Horizon",
        FieldId::FrHours => "Fractional CTO's hours a week",
        FieldId::FrRate => "Fractional CTO's hourly rate",
        FieldId::FrDays => "Fractional CTO's days a week",
        FieldId::FrDayRate => "Fractional CTO's day rate",
        FieldId::FrRetainer => "Fractional CTO's monthly retainer",
        FieldId::FtSalary => "Full-time CTO's salary",
        FieldId::CoDayRate => "Consulting firm's day rate",
        FieldId::CoDays => "Consulting firm's days a month",
        FieldId::CoFee => "Consulting firm's project fee",
        FieldId::IhHires => "Number of in-house hires",
        FieldId::IhSalary => "In-house team's salary each",
        other => other.field().label,
    }
}

/// "the full-time CTO", inside a sentence.
fn the(option: Leadership) -> &'static str {
    match option {
        Leadership::Fractional => "the fractional CTO",
        Leadership::FullTime => "the full-time CTO",
        Leadership::Consulting => "the consulting firm",
        Leadership::InHouse => "the in-house team",
    }
}

/// A value of the input as the row writes it: "$145,516", "14.62 hours a week", "31 months".
fn value_of(id: FieldId, value: f64, money: Money) -> String {
    let unit = match id {
        FieldId::Horizon => " months",
        FieldId::FrHours => " hours a week",
        FieldId::FrDays => " days a week",
        FieldId::CoDays => " days a month",
        FieldId::IhHires if value == 1.0 => " hire",
        FieldId::IhHires => " hires",
        _ => "",
    };
    match id.field().unit {
        Unit::Money => money.amount(value),
        Unit::Percent => format!("{}%", money.number(value, 2)),
        Unit::Plain => format!("{}{unit}", money.number(value, 2)),
    }
}

/// A row in words: "Full-time CTO's salary: below $145,516 the full-time CTO becomes the
/// cheapest", "Horizon: no value from 3 to 60 months changes it".
pub fn flip_sentence(id: FieldId, outcome: &Outcome, money: Money) -> String {
    let name = input_name(id);
    let limits = id.field().limits;
    let Outcome::Flips(flips) = outcome else {
        let to = value_of(id, limits.max, money);
        let from = match id.field().unit {
            Unit::Plain => money.number(limits.min, 2),
            _ => value_of(id, limits.min, money),
        };
        return format!("{name}: no value from {from} to {to} changes it");
    };
    let clauses: Vec<String> = flips
        .iter()
        .map(|flip| {
            let value = value_of(id, flip.at, money);
            let place = match (id, flip.direction) {
                (_, _) if limits.whole && (flip.at == limits.min || flip.at == limits.max) => {
                    format!("at {value}")
                }
                (_, Direction::Above) if limits.whole => format!("from {value}"),
                (_, Direction::Below) if limits.whole => format!("up to {value}"),
                (_, Direction::Above) => format!("above {value}"),
                (_, Direction::Below) => format!("below {value}"),
            };
            match flip.to {
                Some(option) => format!("{place} {} becomes the cheapest", the(option)),
                None => format!("{place} no single option is the cheapest"),
            }
        })
        .collect();
    format!("{name}: {}", clauses.join("; "))
}

#[cfg(test)]
mod tests;
