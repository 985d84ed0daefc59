//! The switch path against hand-worked examples, and the properties every result must have.

use super::*;
use crate::domain::calculator::model::full_time;
use crate::domain::calculator::tests::hand_worked_inputs;
use crate::domain::calculator::{FractionalPricing, RecruitingFee};
use crate::domain::locale::NumberFormat;
use crate::domain::preferences::Currency;

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() < 0.01
}

macro_rules! assert_close {
    ($actual:expr, $expected:expr) => {{
        let (a, e) = ($actual, $expected);
        assert!(close(a, e), "{} = {a}, expected {e}", stringify!($actual));
    }};
}

const USD: Money = Money {
    currency: Currency::Usd,
    format: NumberFormat::Point,
};

fn plan(month: u32) -> SwitchPlan {
    SwitchPlan { search_from: month }
}

/// A fractional CTO 40 hours a week at 250 an hour: dearer a month than a full-time CTO.
fn full_week_fractional(horizon: u32) -> Inputs {
    let mut inputs = Inputs {
        horizon_months: horizon,
        ..hand_worked_inputs()
    };
    inputs.fractional.pricing = FractionalPricing::Hourly {
        hours_per_week: 40.0,
        rate: 250.0,
    };
    inputs
}

#[test]
fn defaults_searching_from_month_6_by_hand() {
    // Fractional: 15 h × 250 × 52 / 12 = 16,250 a month. Full-time: 250,000 / 12 × 1.35 =
    // 28,125 a month, fee 25% of 250,000 = 62,500. Search from month 6, 3 months to hire: the
    // CTO starts at month 9 (the 10th), productive 3 months later, at month 12.
    // Months 0–8: 16,250. Month 9: 16,250 + 28,125 + 62,500 = 106,875. Months 10–11:
    // 16,250 + 28,125 = 44,375. Months 12–23: 28,125.
    // Total: 12 × 16,250 + 15 × 28,125 + 62,500 = 195,000 + 421,875 + 62,500 = 679,375.
    // First year (months 0–11): 195,000 + 3 × 28,125 + 62,500 = 341,875.
    let cost = switch(&hand_worked_inputs(), plan(6));
    assert_eq!(cost.monthly.len(), 24);
    assert!(cost.monthly[..9].iter().all(|m| close(*m, 16_250.0)));
    assert_close!(cost.monthly[9], 106_875.0);
    assert_close!(cost.monthly[10], 44_375.0);
    assert_close!(cost.monthly[11], 44_375.0);
    assert!(cost.monthly[12..].iter().all(|m| close(*m, 28_125.0)));
    assert_close!(cost.total, 679_375.0);
    assert_close!(cost.first_year, 341_875.0);
    assert_close!(cost.hired_at, 9.0);
    assert_close!(cost.fractional_until, 12.0);
    // The overlap: months 9–11, 3 × 16,250 = 48,750 paid twice over.
    assert_close!(cost.overlap_months, 3.0);
    assert_close!(cost.overlap_cost, 48_750.0);
    assert_close!(cost.search_fee, 62_500.0);
    assert_close!(cost.stay_fractional, 24.0 * 16_250.0);
    // Hiring full-time now costs 653,125: the switch 26,250 more, which is the fractional
    // fees to month 12 (12 × 16,250 = 195,000) less 6 months of full-time pay it starts later
    // (6 × 28,125 = 168,750).
    assert_close!(cost.versus_full_time_now, 26_250.0);
    // The full-time CTO costs 11,875 a month more: switching never pays back in cash.
    assert_eq!(cost.break_even, SwitchBreakEven::Never);
    assert_eq!(
        switch_sentence(&cost, USD),
        "Switching never costs less in cash than staying fractional: a full-time CTO costs $11,875 a month more; it buys 173 hours a month instead of 65. Over 24 months switching costs $289,375 more."
    );
    assert_eq!(
        overlap_sentence(&cost, USD).as_deref(),
        Some(
            "The overlap of 3 months while the new CTO gets up to speed costs $48,750: the fractional CTO and the new CTO are both paid."
        )
    );
}

#[test]
fn a_dearer_fractional_cto_pays_back_in_a_month_worked_by_hand() {
    // 40 h × 250 × 52 / 12 = 43,333.33 a month, against 28,125: switching saves 15,208.33 a
    // month once the fractional CTO has gone. Search from month 6: hired at 9, gone at 12.
    // Switching less staying, cumulative: months 0–8 nothing; month 9 +28,125 + 62,500 =
    // 90,625; month 10 118,750; month 11 146,875; then −15,208.33 a month: after 9 months
    // (month 20) 146,875 − 136,875 = 10,000 still more; after 10 (month 21, the 22nd)
    // 146,875 − 152,083.33 = −5,208.33. Pays back in month 22.
    let cost = switch(&full_week_fractional(24), plan(6));
    assert_eq!(cost.break_even, SwitchBreakEven::Month(22));
    // Over 24 months: 146,875 − 12 × 15,208.33 = −35,625, so 1,040,000 − 35,625.
    assert_close!(cost.stay_fractional, 1_040_000.0);
    assert_close!(cost.total, 1_004_375.0);
    let cumulative = cost.cumulative();
    let staying = |m: usize| 43_333.333_333 * (m as f64 + 1.0);
    assert_close!(cumulative[20] - staying(20), 10_000.0);
    assert_close!(cumulative[21] - staying(21), -5_208.333_333);
    assert_eq!(
        switch_sentence(&cost, USD),
        "Switching pays back in month 22: from then on it has cost less than staying fractional. Over 24 months switching saves $35,625."
    );

    // Over 18 months it is still 146,875 − 6 × 15,208.33 = 55,625 more at the end: 55,625 /
    // 15,208.33 = 3.66, so 4 months more, month 17 + 4 = 21 (the 22nd) again.
    let cost = switch(&full_week_fractional(18), plan(6));
    assert_eq!(cost.break_even, SwitchBreakEven::AfterHorizon(22));
    assert_close!(cost.total - cost.stay_fractional, 55_625.0);
    assert_eq!(
        switch_sentence(&cost, USD),
        "Switching pays back in month 22, after the 18 months compared. Over 18 months switching costs $55,625 more."
    );

    // With no fee and no months to full productivity it pays back as soon as the CTO starts:
    // month 9, the 10th.
    let mut free = full_week_fractional(24);
    free.full_time.recruiting = RecruitingFee::Fixed(0.0);
    free.full_time.months_to_productive = 0.0;
    let cost = switch(&free, plan(6));
    assert_eq!(cost.break_even, SwitchBreakEven::Month(10));
    assert_close!(cost.overlap_cost, 0.0);
    assert_eq!(overlap_sentence(&cost, USD), None);
}

#[test]
fn a_hire_or_an_overlap_past_the_horizon_counts_only_within_it() {
    // 12 months, search from month 8: hired at 11 (the 12th, the last), productive at 14.
    // Months 0–10: 16,250; month 11: 16,250 + 28,125 + 62,500 = 106,875.
    // Total 11 × 16,250 + 106,875 = 178,750 + 106,875 = 285,625; one month of the overlap.
    let inputs = Inputs {
        horizon_months: 12,
        ..hand_worked_inputs()
    };
    let cost = switch(&inputs, plan(8));
    assert_close!(cost.total, 285_625.0);
    assert_close!(cost.first_year, 285_625.0);
    assert_close!(cost.fractional_until, 14.0);
    assert_close!(cost.overlap_months, 1.0);
    assert_close!(cost.overlap_cost, 16_250.0);
    assert_close!(cost.search_fee, 62_500.0);
    assert_eq!(
        overlap_sentence(&cost, USD).as_deref(),
        Some(
            "The overlap of 1 month while the new CTO gets up to speed costs $16,250: the fractional CTO and the new CTO are both paid."
        )
    );

    // Search from month 10: hired at 13, after the horizon. Within it, the switch is staying
    // fractional: 12 × 16,250 = 195,000, no fee, no overlap; hiring full-time now would have
    // cost 9 × 28,125 + 62,500 = 315,625.
    let cost = switch(&inputs, plan(10));
    assert_close!(cost.total, 195_000.0);
    assert_close!(cost.stay_fractional, 195_000.0);
    assert_close!(cost.hired_at, 13.0);
    assert_close!(cost.search_fee, 0.0);
    assert_close!(cost.overlap_months, 0.0);
    assert_close!(cost.versus_full_time_now, 195_000.0 - 315_625.0);
    assert_eq!(overlap_sentence(&cost, USD), None);

    // The dearer fractional CTO over 12 months, search from 10: hired at 13 (the 14th), gone
    // at 16. More: month 13 +90,625, 14 118,750, 15 146,875, then 10 months of −15,208.33
    // as before: month 25, the 26th.
    let cost = switch(&full_week_fractional(12), plan(10));
    assert_eq!(cost.break_even, SwitchBreakEven::AfterHorizon(26));
    assert_eq!(
        switch_sentence(&cost, USD),
        "Switching pays back in month 26, after the 12 months compared. Over 12 months the two cost the same."
    );

    // A search that would start after the horizon starts at it.
    assert_eq!(switch(&inputs, plan(40)).plan, plan(12));
}

#[test]
fn searching_from_month_0_is_hiring_full_time_now_plus_the_overlap() {
    // The fractional CTO is paid until 0 + 3 + 3 = 6 months: 6 × 16,250 = 97,500 on top of
    // the full-time CTO's 653,125.
    let inputs = hand_worked_inputs();
    let cost = switch(&inputs, plan(0));
    let now = full_time(&inputs.full_time, 24);
    for (m, (switching, hiring)) in cost.monthly.iter().zip(&now.monthly).enumerate() {
        let fractional = if m < 6 { 16_250.0 } else { 0.0 };
        assert_close!(*switching, hiring + fractional);
    }
    assert_close!(cost.total, 653_125.0 + 97_500.0);
    assert_close!(cost.versus_full_time_now, 97_500.0);
    assert_close!(cost.overlap_cost, 48_750.0);
}

#[test]
fn a_hire_taking_part_months_is_paid_in_part() {
    // Search from month 6, 2.5 months to hire: hired at 8.5, gone at 11.5.
    // Month 8: 16,250 + half of 28,125 + 62,500 = 92,812.5. Months 9–10: 44,375.
    // Month 11: half of 16,250 + 28,125 = 36,250. Then 28,125.
    // Total: 11.5 × 16,250 + 15.5 × 28,125 + 62,500 = 186,875 + 435,937.5 + 62,500 = 685,312.5.
    // First year: 186,875 + 3.5 × 28,125 + 62,500 = 347,812.5.
    let mut inputs = hand_worked_inputs();
    inputs.full_time.months_to_hire = 2.5;
    let cost = switch(&inputs, plan(6));
    assert_close!(cost.monthly[7], 16_250.0);
    assert_close!(cost.monthly[8], 92_812.5);
    assert_close!(cost.monthly[10], 44_375.0);
    assert_close!(cost.monthly[11], 36_250.0);
    assert_close!(cost.monthly[12], 28_125.0);
    assert_close!(cost.total, 685_312.5);
    assert_close!(cost.first_year, 347_812.5);
    assert_close!(cost.overlap_months, 3.0);
    assert_close!(cost.overlap_cost, 48_750.0);
    // Hiring now: 21.5 × 28,125 + 62,500 = 667,187.5; the switch 18,125 more
    // (11.5 × 16,250 − 6 × 28,125).
    assert_close!(cost.versus_full_time_now, 18_125.0);
}

#[test]
fn equal_monthly_costs_never_pay_back_and_say_so() {
    // A retainer of exactly a full-time CTO's 28,125 for 10 hours a week (43.3 hours a month).
    let mut inputs = hand_worked_inputs();
    inputs.fractional.pricing = FractionalPricing::Retainer {
        monthly: 28_125.0,
        hours_per_week: 10.0,
    };
    let cost = switch(&inputs, plan(6));
    assert_eq!(cost.break_even, SwitchBreakEven::Never);
    // Over 24 months: 12 + 15 months at 28,125 and the fee, against 24 months at 28,125: the
    // 3 months of overlap (84,375) and the fee (62,500), 146,875 more.
    assert_close!(cost.total - cost.stay_fractional, 146_875.0);
    assert_eq!(
        switch_sentence(&cost, USD),
        "Switching never costs less in cash than staying fractional: a full-time CTO costs the same a month; it buys 173 hours a month instead of 43. Over 24 months switching costs $146,875 more."
    );
    // A saving of a cent a month takes far more than a hundred years to make up the fee.
    inputs.fractional.pricing = FractionalPricing::Retainer {
        monthly: 28_125.01,
        hours_per_week: 10.0,
    };
    let cost = switch(&inputs, plan(6));
    assert_eq!(cost.break_even, SwitchBreakEven::Never);
    assert_eq!(
        switch_sentence(&cost, USD),
        "Switching would take more than a hundred years to pay back: a full-time CTO costs about the same a month; it buys 173 hours a month instead of 43. Over 24 months switching costs $146,875 more."
    );
    // Saving 1 a month, the 146,875 takes 146,875 months, far past a hundred years.
    inputs.fractional.pricing = FractionalPricing::Retainer {
        monthly: 28_126.0,
        hours_per_week: 10.0,
    };
    let cost = switch(&inputs, plan(6));
    assert_eq!(cost.break_even, SwitchBreakEven::Never);
    assert_eq!(
        switch_sentence(&cost, USD),
        "Switching would take more than a hundred years to pay back: a full-time CTO costs only $1 a month less than the fractional CTO. Over 24 months switching costs $146,863 more."
    );
}

#[test]
fn the_month_the_search_starts_is_read_as_typed() {
    assert_eq!(SwitchPlan::read("12", 24), Ok(plan(12)));
    assert_eq!(SwitchPlan::read(" 6.4 ", 24), Ok(plan(6)));
    assert_eq!(SwitchPlan::read("0", 24), Ok(plan(0)));
    let refused = |text, horizon| SwitchPlan::read(text, horizon).unwrap_err().to_string();
    assert_eq!(
        refused("30", 24),
        "Month the search starts must be 24 or less"
    );
    assert_eq!(
        refused("-1", 24),
        "Month the search starts must be 0 or more"
    );
    assert_eq!(refused("", 24), "Enter the month the search starts");
    assert_eq!(
        refused("soon", 24),
        "Month the search starts must be a number"
    );
    assert_eq!(SwitchPlan::default(), plan(12));
    assert_eq!(SwitchPlan::new(12, 6), plan(6));
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use crate::domain::calculator::tests::any_form;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn costs_add_up_and_are_never_negative(form in any_form(), month in 0u32..=70) {
            let inputs = form.to_inputs();
            let cost = switch(&inputs, SwitchPlan { search_from: month });
            prop_assert_eq!(cost.monthly.len(), inputs.horizon_months as usize);
            prop_assert!(cost.plan.search_from <= inputs.horizon_months);
            prop_assert!(cost.monthly.iter().all(|m| *m >= 0.0 && m.is_finite()));
            let sum: f64 = cost.monthly.iter().sum();
            prop_assert!((cost.total - sum).abs() <= 1e-9 * sum.max(1.0));
            let first: f64 = cost.monthly.iter().take(12).sum();
            prop_assert!((cost.first_year - first).abs() <= 1e-9 * first.max(1.0));
            for figure in [cost.overlap_months, cost.overlap_cost, cost.search_fee, cost.stay_fractional] {
                prop_assert!(figure >= 0.0 && figure.is_finite());
            }
            prop_assert!(cost.versus_full_time_now.is_finite());
            prop_assert!(cost.overlap_months <= inputs.full_time.months_to_productive + 1e-9);
            let sentence = switch_sentence(&cost, USD);
            prop_assert!(!sentence.contains("NaN") && !sentence.contains("inf"));
        }

        /// The break-even is the month found by adding up, month by month, far past the
        /// horizon.
        #[test]
        fn the_break_even_is_the_month_the_sums_say(form in any_form(), month in 0u32..=60) {
            let inputs = form.to_inputs();
            let cost = switch(&inputs, SwitchPlan { search_from: month });
            let long = Inputs { horizon_months: PAYBACK_LIMIT + 200, ..inputs.clone() };
            let longer = switch(&long, cost.plan);
            let hire_month = cost.hired_at.floor() as usize;
            let mut more = 0.0;
            let mut last_above = None;
            for (m, paid) in longer.monthly.iter().enumerate() {
                more += paid - cost.fractional_monthly;
                if m >= hire_month && more > CENT {
                    last_above = Some(m);
                }
            }
            let expected = match last_above {
                _ if cost.full_time_monthly >= cost.fractional_monthly => SwitchBreakEven::Never,
                Some(m) if m + 2 > PAYBACK_LIMIT as usize => SwitchBreakEven::Never,
                Some(m) => {
                    let month = m as u32 + 2;
                    if month <= inputs.horizon_months {
                        SwitchBreakEven::Month(month)
                    } else {
                        SwitchBreakEven::AfterHorizon(month)
                    }
                }
                None if hire_month < inputs.horizon_months as usize => {
                    SwitchBreakEven::Month(hire_month as u32 + 1)
                }
                None => SwitchBreakEven::AfterHorizon(hire_month as u32 + 1),
            };
            prop_assert_eq!(cost.break_even, expected);
        }
    }
}
