//! The cost model against hand-worked examples, and the properties every result must have.

use super::model::{BreakEven, compare, consulting, fractional, full_time, in_house, saving};
use super::*;
use crate::domain::options::Leadership;

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() < 0.01
}

macro_rules! assert_close {
    ($actual:expr, $expected:expr) => {{
        let (a, e) = ($actual, $expected);
        assert!(close(a, e), "{} = {a}, expected {e}", stringify!($actual));
    }};
}

#[test]
fn full_time_cto_by_hand() {
    // 250,000 a year with 10% bonus and 25% benefits: 250,000 / 12 × 1.35 = 28,125 a month.
    // Hired after 3 months, so paid for months 4 to 24 (21 months), plus the 25% fee
    // (62,500) at hiring: 21 × 28,125 + 62,500 = 653,125.
    let cost = full_time(&Inputs::default().full_time, 24);
    assert_close!(cost.run_rate, 28_125.0);
    assert_close!(cost.total, 653_125.0);
    assert_close!(cost.first_year, 9.0 * 28_125.0 + 62_500.0);
    assert_eq!(cost.monthly[..3], [0.0, 0.0, 0.0]);
    assert_close!(cost.monthly[3], 28_125.0 + 62_500.0);
    assert_close!(cost.equity_value, 100_000.0);
    assert_close!(cost.months_to_effective, 6.0);
    // 40 hours a week is 173.33 hours a month.
    assert_close!(
        cost.cost_per_hour().unwrap(),
        28_125.0 / (40.0 * 52.0 / 12.0)
    );

    // A fixed fee, and a hire that takes two and a half months: half of month 3 is paid.
    let mut inputs = Inputs::default().full_time;
    inputs.recruiting = RecruitingFee::Fixed(30_000.0);
    inputs.months_to_hire = 2.5;
    let cost = full_time(&inputs, 12);
    assert_close!(cost.monthly[2], 28_125.0 * 0.5 + 30_000.0);
    assert_close!(cost.total, 9.5 * 28_125.0 + 30_000.0);
}

#[test]
fn fractional_cto_by_hand_in_each_pricing_mode() {
    // 12 hours a week at 250 an hour: 12 × 250 × 52 / 12 = 13,000 a month, from the start.
    let cost = fractional(&Inputs::default().fractional, 24, 10_000_000.0);
    assert_close!(cost.run_rate, 13_000.0);
    assert_close!(cost.total, 312_000.0);
    assert_close!(cost.first_year, 156_000.0);
    assert_close!(cost.cost_per_hour().unwrap(), 250.0);
    assert_close!(cost.equity_value, 0.0);

    let priced = |pricing, equity_percent| Fractional {
        pricing,
        equity_percent,
        months_to_productive: 1.0,
    };
    let daily = FractionalPricing::Daily {
        days_per_week: 1.5,
        day_rate: 2_000.0,
    };
    let cost = fractional(&priced(daily, 0.25), 12, 10_000_000.0);
    // 1.5 days × 2,000 × 52 / 12 = 13,000 a month; 52 hours a month.
    assert_close!(cost.run_rate, 13_000.0);
    assert_close!(cost.cost_per_hour().unwrap(), 250.0);
    assert_close!(cost.equity_value, 25_000.0);

    let retainer = FractionalPricing::Retainer {
        monthly: 10_000.0,
        hours_per_week: 10.0,
    };
    let cost = fractional(&priced(retainer, 0.0), 6, 0.0);
    assert_close!(cost.total, 60_000.0);
    assert_close!(
        cost.cost_per_hour().unwrap(),
        10_000.0 / (10.0 * 52.0 / 12.0)
    );
}

#[test]
fn consulting_firm_by_hand() {
    // 2,400 a day, 6.5 days a month, 10% account overhead: 17,160 a month; 52 hours, as
    // many as the fractional CTO's default.
    let cost = consulting(&Inputs::default().consulting, 24);
    assert_close!(cost.run_rate, 17_160.0);
    assert_close!(cost.total, 24.0 * 17_160.0);
    assert_close!(cost.hours_per_month.unwrap(), 52.0);
    assert_close!(cost.cost_per_hour().unwrap(), 330.0);

    // A 60,000 project over two and a half months, plus 10%: 26,400, 26,400, then 13,200.
    let project = Consulting {
        pricing: ConsultingPricing::Project {
            fee: 60_000.0,
            months: 2.5,
        },
        overhead_percent: 10.0,
        months_to_productive: 1.0,
    };
    let cost = consulting(&project, 12);
    assert_close!(cost.monthly[0], 26_400.0);
    assert_close!(cost.monthly[2], 13_200.0);
    assert_close!(cost.monthly[3], 0.0);
    assert_close!(cost.total, 66_000.0);
    assert_eq!(
        cost.cost_per_hour(),
        None,
        "a fixed fee buys no stated hours"
    );
}

#[test]
fn in_house_team_by_hand() {
    // Two hires at 130,000 with 25% overhead, plus 1,000 of training and tools:
    // 2 × 130,000 / 12 × 1.25 + 1,000 = 28,083.33 a month from month 4; 40,000 recruiting.
    let cost = in_house(&Inputs::default().in_house, 24);
    assert_close!(cost.run_rate, 28_083.333_333);
    assert_close!(cost.total, 21.0 * 28_083.333_333 + 40_000.0);
    assert_close!(
        cost.cost_per_hour().unwrap(),
        28_083.333_333 / (2.0 * 40.0 * 52.0 / 12.0)
    );
    assert_close!(cost.months_to_effective, 9.0);
}

#[test]
fn break_even_and_savings_by_hand() {
    let comparison = compare(&Inputs::default());
    // 653,125 / (250 an hour × 52 / 12 weeks × 24 months) = 25.12 hours a week.
    match comparison.break_even {
        BreakEven::Hours(hours) => assert_close!(hours, 653_125.0 / 26_000.0),
        BreakEven::Never => panic!("expected a break-even"),
    }
    let fractional = comparison.get(Leadership::Fractional);
    let full_time = comparison.get(Leadership::FullTime);
    let saved = saving(fractional, full_time);
    // 653,125 - 24 × 13,000 = 341,125.
    assert_close!(saved.amount, 341_125.0);
    assert_close!(saved.percent.unwrap(), 100.0 * 341_125.0 / 653_125.0);
    let reverse = saving(full_time, fractional);
    assert_close!(reverse.amount, -341_125.0);
    // A fractional CTO that costs nothing never breaks even.
    let mut free = Inputs::default();
    free.fractional.pricing = FractionalPricing::Hourly {
        hours_per_week: 10.0,
        rate: 0.0,
    };
    assert_eq!(compare(&free).break_even, BreakEven::Never);
}

#[test]
fn typed_numbers_are_read_or_refused_with_a_clear_message() {
    let hours = limits::HOURS_PER_WEEK;
    let cases: &[(&str, Result<f64, &str>)] = &[
        ("15", Ok(15.0)),
        (" 12.5 ", Ok(12.5)),
        ("", Err("Enter the hours a week")),
        ("lots", Err("Hours a week must be a number")),
        ("1e3", Err("Hours a week must be 80 or less")),
        ("-1", Err("Hours a week must be 0 or more")),
        ("200", Err("Hours a week must be 80 or less")),
        ("NaN", Err("Hours a week must be a number")),
    ];
    for (input, expected) in cases {
        let got = hours.parse(input).map_err(|e| e.to_string());
        assert_eq!(got, expected.map_err(str::to_owned), "{input:?}");
    }
    assert_eq!(limits::SALARY.parse("$250,000"), Ok(250_000.0));
    assert_eq!(limits::PERCENT.parse("25%"), Ok(25.0));
    assert_eq!(
        limits::SALARY.parse("9999999").unwrap_err().to_string(),
        "Salary must be 5,000,000 or less"
    );
    assert_eq!(
        limits::HOURLY_RATE.parse("").unwrap_err().to_string(),
        "Enter the hourly rate"
    );
}

#[test]
fn the_default_horizon_is_within_the_limits() {
    let defaults = Inputs::default();
    assert!((HORIZON_MONTHS.0..=HORIZON_MONTHS.1).contains(&defaults.horizon_months));
}

/// Any form the page accepts: every number within its field's limits (mostly towards the low
/// end, where the options compete; now and then at a limit), in any pricing modes.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn any_form() -> impl proptest::strategy::Strategy<Value = form::Form> {
    use form::{ConsultingMode, FIELDS, Form, FractionalMode, RecruitingMode};
    use proptest::prelude::*;
    let value = (0.0..=1.0f64, 0u8..20).prop_map(|(share, pick)| match pick {
        0 => 0.0,
        1 => 1.0,
        2..=9 => share.powi(4),
        _ => share,
    });
    (
        proptest::collection::vec(value, FIELDS.len()),
        proptest::sample::select(FractionalMode::ALL),
        proptest::sample::select(ConsultingMode::ALL),
        proptest::sample::select(RecruitingMode::ALL),
    )
        .prop_map(|(shares, fractional, consulting, recruiting)| Form {
            values: FIELDS
                .iter()
                .zip(shares)
                .map(|(f, share)| {
                    let value = f.limits.min + share * (f.limits.max - f.limits.min);
                    if f.limits.whole { value.round() } else { value }
                })
                .collect(),
            fractional,
            consulting,
            recruiting,
            ..Form::default()
        })
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_inputs() -> impl Strategy<Value = Inputs> {
        (
            (
                3u32..=60,
                0.0..2_000_000.0f64,
                0.0..50.0f64,
                0.0..60.0f64,
                0.0..12.0f64,
            ),
            (0.0..80.0f64, 0.0..2_000.0f64, 0.0..12.0f64),
            (0.0..10_000.0f64, 0.0..31.0f64, 0.0..50.0f64),
            (
                0.0..50.0f64,
                0.0..500_000.0f64,
                0.0..12.0f64,
                0.0..10_000.0f64,
            ),
        )
            .prop_map(|(ft, fr, co, ih)| {
                let mut inputs = Inputs {
                    horizon_months: ft.0,
                    ..Inputs::default()
                };
                inputs.full_time.salary = ft.1;
                inputs.full_time.bonus_percent = ft.2;
                inputs.full_time.overhead_percent = ft.3;
                inputs.full_time.months_to_hire = ft.4;
                inputs.fractional.pricing = FractionalPricing::Hourly {
                    hours_per_week: fr.0,
                    rate: fr.1,
                };
                inputs.fractional.months_to_productive = fr.2;
                inputs.consulting.pricing = ConsultingPricing::Days {
                    day_rate: co.0,
                    days_per_month: co.1,
                };
                inputs.consulting.overhead_percent = co.2;
                inputs.in_house.hires = ih.0;
                inputs.in_house.salary_each = ih.1;
                inputs.in_house.months_to_hire = ih.2;
                inputs.in_house.training_and_tools = ih.3;
                inputs
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn costs_are_never_negative_and_add_up(inputs in any_inputs()) {
            let comparison = compare(&inputs);
            for cost in &comparison.options {
                prop_assert_eq!(cost.monthly.len(), inputs.horizon_months as usize);
                prop_assert!(cost.monthly.iter().all(|m| *m >= 0.0 && m.is_finite()));
                let sum: f64 = cost.monthly.iter().sum();
                prop_assert!((cost.total - sum).abs() < 1e-6 * sum.max(1.0));
                prop_assert!(cost.first_year <= cost.total + 1e-6);
                let cumulative = cost.cumulative();
                prop_assert!(cumulative.windows(2).all(|w| w[1] >= w[0]));
            }
        }

        #[test]
        fn more_hours_or_higher_rates_never_cost_less(inputs in any_inputs(), more in 0.0..100.0f64) {
            let before = compare(&inputs);
            let mut dearer = inputs.clone();
            if let FractionalPricing::Hourly { hours_per_week, rate } = &mut dearer.fractional.pricing {
                *hours_per_week = (*hours_per_week + more).min(80.0);
                *rate += more;
            }
            dearer.full_time.salary += more * 1_000.0;
            if let ConsultingPricing::Days { day_rate, .. } = &mut dearer.consulting.pricing {
                *day_rate += more;
            }
            dearer.in_house.salary_each += more * 1_000.0;
            let after = compare(&dearer);
            for (b, a) in before.options.iter().zip(&after.options) {
                prop_assert!(a.total >= b.total - 1e-6, "{:?}: {} < {}", a.option, a.total, b.total);
            }
        }

        #[test]
        fn the_break_even_matches_the_totals(inputs in any_inputs()) {
            let comparison = compare(&inputs);
            let full_time = comparison.get(Leadership::FullTime).total;
            if let BreakEven::Hours(hours) = comparison.break_even {
                let FractionalPricing::Hourly { rate, .. } = inputs.fractional.pricing else {
                    unreachable!()
                };
                let total_at = |h: f64| {
                    let mut at = inputs.clone();
                    at.fractional.pricing = FractionalPricing::Hourly { hours_per_week: h, rate };
                    compare(&at).get(Leadership::Fractional).total
                };
                prop_assert!((total_at(hours) - full_time).abs() <= 1e-6 * full_time.max(1.0));
                if hours > 0.1 {
                    prop_assert!(total_at(hours * 0.99) < full_time);
                    prop_assert!(total_at(hours * 1.01) > full_time);
                }
            }
        }

        /// The calculator's stored figures are text (a share link's query), never JSON
        /// numbers: whatever is typed comes back from storage and from an export file with
        /// every field showing what it showed when saved.
        #[test]
        fn typed_figures_come_back_from_storage_and_a_file_as_they_were_shown(
            fractions in proptest::collection::vec((0.0..=1.0f64, 0u32..=4), form::FIELDS.len()),
        ) {
            use crate::domain::document::{decode, encode};
            use crate::domain::transfer::{Bundle, export, plan, read_import};
            use form::{Draft, FIELDS, Form};
            use crate::domain::locale::NumberFormat;
            use scenarios::{Scenarios, Working};
            let mut form = Form::default();
            let mut draft = Draft::of(&form, NumberFormat::Point);
            for (field, (share, places)) in FIELDS.iter().zip(fractions) {
                let value = field.limits.min + share * (field.limits.max - field.limits.min);
                let typed = format!("{value:.*}", places as usize);
                if let Some(number) = draft.edit(field.id, typed, NumberFormat::Point) {
                    form.set(field.id, number);
                }
            }
            let shown = Draft::of(&form, NumberFormat::Point);
            let mut saved = Scenarios::default();
            saved.save("Typed", &form).unwrap();
            let working = Working { figures: form::share_query(&form) };
            prop_assert_eq!(decode::<Scenarios>(&encode(&saved)).unwrap().doc, saved.clone());
            prop_assert_eq!(decode::<Working>(&encode(&working)).unwrap().doc, working.clone());
            let bundle = Bundle { scenarios: saved, working, ..Bundle::default() };
            let file = export(&bundle, chrono::DateTime::UNIX_EPOCH);
            let back = plan(&Bundle::default(), &read_import(&file).unwrap()).unwrap().result;
            prop_assert_eq!(&back, &bundle);
            let (opened, problems) = back.scenarios.saved[0].form();
            prop_assert!(problems.is_empty());
            prop_assert_eq!(Draft::of(&opened, NumberFormat::Point), shown.clone());
            let (working, problems) = form::read_query(&back.working.figures);
            prop_assert!(problems.is_empty());
            prop_assert_eq!(Draft::of(&working, NumberFormat::Point), shown);
        }

        #[test]
        fn any_typed_text_is_read_or_refused(input in "\\PC{0,20}") {
            match limits::HOURS_PER_WEEK.parse(&input) {
                Ok(value) => prop_assert!((0.0..=80.0).contains(&value)),
                Err(e) => prop_assert!(!e.to_string().is_empty()),
            }
        }
    }
}

/// The figures the switch and the flips were worked out by hand against (the defaults before
/// each currency had its own): a fractional CTO at 15 hours a week, a firm 6 days a month.
pub(crate) fn hand_worked_form() -> form::Form {
    let mut form = form::Form::default();
    form.set(form::FieldId::FrHours, 15.0);
    form.set(form::FieldId::CoDays, 6.0);
    form
}

pub(crate) fn hand_worked_inputs() -> Inputs {
    hand_worked_form().to_inputs()
}
