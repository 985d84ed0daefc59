//! The thresholds against hand-worked figures, and, for generated forms, that each one flips.

use super::*;
use crate::domain::calculator::form::ConsultingMode;
use crate::domain::calculator::tests::hand_worked_form;
use crate::domain::locale::NumberFormat;
use crate::domain::preferences::Currency;

const USD: Money = Money {
    currency: Currency::Usd,
    format: NumberFormat::Point,
};

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() < 1e-6 * expected.abs().max(1.0)
}

/// The one flip of a row, with its value checked against the hand-worked one.
fn only_flip(rows: &[(FieldId, Outcome)], id: FieldId) -> Flip {
    let (_, outcome) = rows.iter().find(|(f, _)| *f == id).expect("a row");
    match outcome {
        Outcome::Flips(flips) if flips.len() == 1 => flips[0],
        other => panic!("{id:?}: {other:?}"),
    }
}

fn assert_flip(
    rows: &[(FieldId, Outcome)],
    id: FieldId,
    at: f64,
    direction: Direction,
    to: Leadership,
) {
    let flip = only_flip(rows, id);
    assert!(close(flip.at, at), "{id:?} at {}, expected {at}", flip.at);
    assert_eq!((flip.direction, flip.to), (direction, Some(to)), "{id:?}");
}

fn retainer() -> Form {
    Form {
        fractional: FractionalMode::Retainer,
        ..hand_worked_form()
    }
}

fn sentences(rows: &[(FieldId, Outcome)]) -> Vec<String> {
    rows.iter()
        .map(|(id, outcome)| flip_sentence(*id, outcome, USD))
        .collect()
}

#[test]
fn the_defaults_flip_where_worked_by_hand() {
    // Over 24 months: fractional 24 × 16,250 = 390,000; full-time 21 × 28,125 + 62,500 =
    // 653,125; consulting 24 × 2,400 × 6 × 1.1 = 380,160; in-house 21 × 28,083.33 + 40,000
    // = 629,750. The consulting firm is the cheapest.
    let form = hand_worked_form();
    assert_eq!(
        cheapest(&compare(&form.to_inputs())),
        Some(Leadership::Consulting)
    );
    let rows = flips(&form);
    use Direction::{Above, Below};
    use Leadership::*;
    // Fractional hours: 250 × 52 / 12 × 24 = 26,000 a weekly hour; 380,160 / 26,000.
    assert_flip(
        &rows,
        FieldId::FrHours,
        380_160.0 / 26_000.0,
        Below,
        Fractional,
    );
    // Hourly rate: 15 × 52 / 12 × 24 = 1,560 hours; 380,160 / 1,560 = 243.69.
    assert_flip(
        &rows,
        FieldId::FrRate,
        380_160.0 / 1_560.0,
        Below,
        Fractional,
    );
    // Salary s: s / 12 × 1.35 × 21 months + 25% fee = 2.6125 s; 380,160 / 2.6125 = 145,515.79.
    assert_flip(
        &rows,
        FieldId::FtSalary,
        380_160.0 / 2.6125,
        Below,
        FullTime,
    );
    // Consulting's day rate d: 6 × 1.1 × 24 = 158.4 d, against fractional's 390,000: 2,462.12.
    assert_flip(
        &rows,
        FieldId::CoDayRate,
        390_000.0 / 158.4,
        Above,
        Fractional,
    );
    // Days a month n: 2,400 × 1.1 × 24 = 63,360 n; 390,000 / 63,360 = 6.16.
    assert_flip(
        &rows,
        FieldId::CoDays,
        390_000.0 / 63_360.0,
        Above,
        Fractional,
    );
    // Hires n: n × (130,000 / 12 × 1.25 × 21 + 20,000) + 1,000 × 21 = 304,375 n + 21,000;
    // (380,160 − 21,000) / 304,375 = 1.18: hires are whole, so at 1 hire.
    assert_flip(&rows, FieldId::IhHires, 1.0, Below, InHouse);
    // Salary each s: 2 × s / 12 × 1.25 × 21 + 21,000 + 40,000 = 4.375 s + 61,000; 72,950.86.
    assert_flip(&rows, FieldId::IhSalary, 319_160.0 / 4.375, Below, InHouse);
    // Horizon: consulting costs least from 4 to 60 months (fractional 410 a month more,
    // full-time and in-house cost more from their first paid month); over 3 months the
    // full-time CTO and the in-house team are not yet in post, so are not the cheapest:
    // consulting still is.
    assert_eq!(
        rows.iter()
            .find(|(f, _)| *f == FieldId::Horizon)
            .map(|(_, o)| o),
        Some(&Outcome::Never)
    );
    assert_eq!(
        sentences(&rows),
        [
            "Horizon: no value from 3 to 60 months changes it",
            "Fractional CTO's hours a week: below 14.62 hours a week the fractional CTO becomes the cheapest",
            "Fractional CTO's hourly rate: below $244 the fractional CTO becomes the cheapest",
            "Full-time CTO's salary: below $145,516 the full-time CTO becomes the cheapest",
            "Consulting firm's day rate: above $2,462 the fractional CTO becomes the cheapest",
            "Consulting firm's days a month: above 6.16 days a month the fractional CTO becomes the cheapest",
            "Number of in-house hires: at 1 hire the in-house team becomes the cheapest",
            "In-house team's salary each: below $72,951 the in-house team becomes the cheapest",
        ]
    );
}

/// Where numbers are written 1.234,5, so are the values the answer flips at.
#[test]
fn the_values_are_written_as_the_visitor_writes_numbers() {
    let rows = flips(&hand_worked_form());
    let comma = Money {
        currency: Currency::Eur,
        format: NumberFormat::Comma,
    };
    let sentence = |id| {
        let (_, outcome) = rows.iter().find(|(f, _)| *f == id).unwrap();
        flip_sentence(id, outcome, comma)
    };
    assert_eq!(
        sentence(FieldId::FrHours),
        "Fractional CTO's hours a week: below 14,62 hours a week the fractional CTO becomes the cheapest"
    );
    assert_eq!(
        sentence(FieldId::FtSalary),
        "Full-time CTO's salary: below 145.516\u{a0}€ the full-time CTO becomes the cheapest"
    );
}

#[test]
fn a_retainer_flips_where_worked_by_hand() {
    // A 10,000 retainer: 240,000 over 24 months, the cheapest. Its hours change no cost.
    let form = retainer();
    let rows = flips(&form);
    let ids: Vec<FieldId> = rows.iter().map(|(id, _)| *id).collect();
    use FieldId::*;
    assert_eq!(
        ids,
        [
            Horizon, FrRetainer, FtSalary, CoDayRate, CoDays, IhHires, IhSalary
        ]
    );
    use Direction::{Above, Below};
    use Leadership::*;
    // Above 380,160 / 24 = 15,840 a month the consulting firm costs less.
    assert_flip(&rows, FrRetainer, 15_840.0, Above, Consulting);
    assert_flip(&rows, FtSalary, 240_000.0 / 2.6125, Below, FullTime);
    assert_flip(&rows, CoDayRate, 240_000.0 / 158.4, Below, Consulting);
    assert_flip(&rows, CoDays, 240_000.0 / 63_360.0, Below, Consulting);
    // Hires: the crossing is at 219,000 / 304,375 = 0.72 hires; a team has at least one.
    let hires = rows.iter().find(|(f, _)| *f == IhHires).map(|(_, o)| o);
    assert_eq!(hires, Some(&Outcome::Never));
    assert_flip(&rows, IhSalary, 179_000.0 / 4.375, Below, InHouse);
}

#[test]
fn inputs_that_cannot_change_it_say_so() {
    // A 10,000 retainer (240,000), and training and tools of 1,000,000 a month for an
    // in-house team hired in a month: 23,000,000, whatever the salaries or the number of
    // hires. With the full-time CTO hired in a month too, both are paid over 3 months, and
    // the retainer (30,000) is still the cheapest: every other option costs more a month.
    let mut form = retainer();
    form.set(FieldId::IhTools, 1_000_000.0);
    form.set(FieldId::FtHire, 1.0);
    form.set(FieldId::IhHire, 1.0);
    let rows = flips(&form);
    let outcome = |id| rows.iter().find(|(f, _)| *f == id).map(|(_, o)| o.clone());
    assert_eq!(outcome(FieldId::IhSalary), Some(Outcome::Never));
    assert_eq!(outcome(FieldId::IhHires), Some(Outcome::Never));
    assert_eq!(outcome(FieldId::Horizon), Some(Outcome::Never));
    assert_eq!(
        flip_sentence(FieldId::IhSalary, &Outcome::Never, USD),
        "In-house team's salary each: no value from $0 to $5,000,000 changes it"
    );
    assert_eq!(
        flip_sentence(FieldId::IhHires, &Outcome::Never, USD),
        "Number of in-house hires: no value from 1 to 500 hires changes it"
    );
    assert_eq!(
        flip_sentence(FieldId::Horizon, &Outcome::Never, USD),
        "Horizon: no value from 3 to 60 months changes it"
    );
}

#[test]
fn a_horizon_flips_where_another_option_gets_cheaper() {
    // Over 5 months: a 10,000 retainer 50,000; a 60,000 project over 3 months plus 10% is
    // 66,000 whatever the horizon past 3 months; full-time 2 × 28,125 + 62,500 = 118,750;
    // in-house 2 × 28,083.33 + 40,000 = 96,166.67. The fractional CTO is the cheapest; from
    // 7 months (70,000) the project is. At 3 months the full-time CTO and the team are not
    // yet in post, so the fractional CTO is still the cheapest.
    let mut form = Form {
        consulting: ConsultingMode::Project,
        ..retainer()
    };
    form.set(FieldId::Horizon, 5.0);
    let rows = flips(&form);
    let (_, outcome) = &rows[0];
    let Outcome::Flips(both) = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(both.len(), 1);
    assert_eq!(
        (both[0].at, both[0].direction, both[0].to),
        (7.0, Direction::Above, Some(Leadership::Consulting))
    );
    assert_eq!(
        flip_sentence(FieldId::Horizon, outcome, USD),
        "Horizon: from 7 months the consulting firm becomes the cheapest"
    );
    // The project's fee is a line too: below 50,000 / 1.1 = 45,454.55 it is the cheapest.
    let fee = only_flip(&rows, FieldId::CoFee);
    assert!(close(fee.at, 50_000.0 / 1.1), "{fee:?}");
}

#[test]
fn equal_totals_have_no_single_cheapest_and_no_rows() {
    // A 15,840 retainer costs exactly what the consulting firm does.
    let mut form = retainer();
    form.set(FieldId::FrRetainer, 15_840.0);
    assert_eq!(cheapest(&compare(&form.to_inputs())), None);
    assert!(flips(&form).is_empty());
}

#[test]
fn bisection_finds_what_the_line_finds() {
    // The fallback for a total that is not a line, tried on one that is: the salary.
    let mut probe = hand_worked_form();
    let (at, to) = bisect(
        &mut probe,
        FieldId::FtSalary,
        250_000.0,
        0.0,
        Leadership::Consulting,
    )
    .unwrap();
    assert!((at - 380_160.0 / 2.6125).abs() < 0.01, "{at}");
    assert_eq!(to, Some(Leadership::FullTime));
    assert_eq!(probe, hand_worked_form(), "the probe is put back");
    assert_eq!(
        bisect(
            &mut probe,
            FieldId::FtSalary,
            250_000.0,
            5e6,
            Leadership::Consulting
        ),
        None
    );
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use crate::domain::calculator::tests::any_form;
    use proptest::prelude::*;

    fn cheapest_with(form: &Form, id: FieldId, value: f64) -> Option<Leadership> {
        let mut at = form.clone();
        at.set(id, value);
        cheapest(&compare(&at.to_inputs()))
    }

    fn total_with(form: &Form, id: FieldId, value: f64, option: Leadership) -> f64 {
        let mut at = form.clone();
        at.set(id, value);
        compare(&at.to_inputs()).get(option).total
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        /// Each threshold flips: just before it the answer is today's, just past it `to`; a
        /// row with no flip keeps today's answer at both limits (the totals are lines) and
        /// over every horizon.
        #[test]
        fn each_threshold_flips_and_nothing_nearer_does(form in any_form()) {
            let current = cheapest(&compare(&form.to_inputs()));
            let rows = flips(&form);
            let Some(current) = current else {
                prop_assert!(rows.is_empty());
                return Ok(());
            };
            prop_assert!(!rows.is_empty());
            for (id, outcome) in &rows {
                let id = *id;
                let limits = id.field().limits;
                let today = form.get(id);
                match outcome {
                    Outcome::Never if id == FieldId::Horizon => {
                        for month in 3..=60 {
                            prop_assert_eq!(cheapest_with(&form, id, f64::from(month)), Some(current));
                        }
                    }
                    Outcome::Never => {
                        for end in [limits.min, limits.max] {
                            let found = cheapest_with(&form, id, end);
                            prop_assert!(found == Some(current) || found.is_none(), "{:?} at {}: {:?}", id, end, found);
                        }
                    }
                    Outcome::Flips(flips) => {
                        prop_assert!(!flips.is_empty() && flips.len() <= 2);
                        for flip in flips {
                            prop_assert_eq!(flip.field, id);
                            prop_assert!(flip.at >= limits.min && flip.at <= limits.max);
                            let sign = match flip.direction {
                                Direction::Above => 1.0,
                                Direction::Below => -1.0,
                            };
                            prop_assert!(sign * (flip.at - today) > 0.0, "{:?}", flip);
                            if id == FieldId::Horizon {
                                prop_assert_eq!(cheapest_with(&form, id, flip.at), flip.to);
                                let today = form.to_inputs().horizon_months as f64;
                                let mut month = today + sign;
                                while month != flip.at {
                                    prop_assert_eq!(cheapest_with(&form, id, month), Some(current));
                                    month += sign;
                                }
                                continue;
                            }
                            if limits.whole {
                                // The nearest whole value past the crossing: `to` there, today's
                                // answer at every whole value before it.
                                prop_assert_eq!(flip.at.fract(), 0.0);
                                prop_assert_eq!(cheapest_with(&form, id, flip.at), flip.to, "{:?}", flip);
                                let mut value = if sign > 0.0 { today.floor() + 1.0 } else { today.ceil() - 1.0 };
                                while sign * (flip.at - value) > 0.0 {
                                    prop_assert_eq!(cheapest_with(&form, id, value), Some(current), "{:?} at {}", flip, value);
                                    value += sign;
                                }
                                continue;
                            }
                            let option = id.field().option.unwrap();
                            let slope = (total_with(&form, id, flip.at, option)
                                - total_with(&form, id, today, option))
                                / (flip.at - today);
                            // Two cents of the option's total either side of the crossing.
                            let step = 0.02 / slope.abs();
                            let past = flip.at + sign * step;
                            if step < (flip.at - today).abs() / 2.0 && past > limits.min && past < limits.max {
                                prop_assert_eq!(cheapest_with(&form, id, flip.at - sign * step), Some(current), "{:?}", flip);
                                prop_assert_eq!(cheapest_with(&form, id, past), flip.to, "{:?}", flip);
                                prop_assert_eq!(cheapest_with(&form, id, (flip.at + today) / 2.0), Some(current));
                            }
                        }
                    }
                }
                let sentence = flip_sentence(id, outcome, USD);
                prop_assert!(sentence.starts_with(input_name(id)));
                prop_assert!(!sentence.contains("NaN") && !sentence.contains("inf"));
            }
        }
    }
}
