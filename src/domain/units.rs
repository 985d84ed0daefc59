//! Numbers the app stores as whole counts of a fixed unit: money in cents, a KPI's target and
//! values in millionths.
//!
//! Stored and exported as JSON integers, they read back exactly whatever the JSON reader, so
//! serde_json's `float_roundtrip` feature (about 7 KB of wasm) is not needed. The pages still
//! work in numbers of the currency or of the KPI's unit: these convert, rounding what is
//! typed once, when a form is checked.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// An amount of money in whole cents (or pence, or euro cents).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Cents(pub u64);

impl Cents {
    /// Cents in one unit of the currency.
    pub const PER_UNIT: f64 = 100.0;

    /// The nearest whole cent (halves away from zero, as the lists round to show two places).
    /// Nothing below zero: an amount is never negative.
    pub fn from_amount(amount: f64) -> Cents {
        Cents(to_units(amount, Self::PER_UNIT).max(0) as u64)
    }

    /// In the currency: 8500.0 for 850,000 cents. The nearest number to the decimal itself,
    /// so it is the very number typing "8500" or "1234.57" gives.
    pub fn amount(self) -> f64 {
        self.0 as f64 / Self::PER_UNIT
    }
}

/// A KPI's target or value in millionths of its unit: "99.999%" is 99,999,000.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Millionths(pub i64);

impl Millionths {
    pub const PER_UNIT: f64 = 1e6;

    /// The nearest millionth, halves away from zero.
    pub fn from_number(number: f64) -> Millionths {
        Millionths(to_units(number, Self::PER_UNIT))
    }

    /// In the KPI's unit: 99.999 for 99,999,000.
    pub fn number(self) -> f64 {
        self.0 as f64 / Self::PER_UNIT
    }
}

/// `number × per_unit`, rounded; saturating at the ends of `i64` (far past any limit).
fn to_units(number: f64, per_unit: f64) -> i64 {
    (number * per_unit).round() as i64
}

/// For a migration from a version that stored the number itself: turns a JSON number in place
/// into its count of units (`per_unit`: [`Cents::PER_UNIT`], say), rounded as [`Cents::from_amount`] and
/// [`Millionths::from_number`] round. Anything else is left for the document's own reading to
/// refuse in words; a value out of range is refused by its validation.
pub fn number_to_units(value: Option<&mut Value>, per_unit: f64) {
    if let Some(value) = value
        && let Some(number) = value.as_f64()
    {
        *value = Value::from(to_units(number, per_unit));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_round_to_the_nearest_cent() {
        for (amount, cents) in [
            (8500.0, 850_000),
            (1234.567, 123_457),
            (0.004, 0),
            (0.005, 1),
            (100_000_000.0, 10_000_000_000),
            (-3.0, 0),
        ] {
            assert_eq!(Cents::from_amount(amount), Cents(cents), "{amount}");
        }
        assert_eq!(Cents(123_457).amount(), 1234.57);
    }

    #[test]
    fn kpi_numbers_round_to_the_nearest_millionth() {
        for (number, millionths) in [
            (99.5, 99_500_000),
            (99.999, 99_999_000),
            (-3.25, -3_250_000),
            (0.000_000_4, 0),
            (1e12, 1_000_000_000_000_000_000),
            (-1e12, -1_000_000_000_000_000_000),
        ] {
            assert_eq!(Millionths::from_number(number), Millionths(millionths));
        }
        assert_eq!(Millionths(99_999_000).number(), 99.999);
        assert_eq!(Millionths(98_900_000).number(), 98.9);
    }

    #[test]
    fn a_migration_turns_numbers_into_units_and_leaves_the_rest() {
        let mut data =
            serde_json::json!({"rate": 187.4567, "target": 99.5, "odd": "high", "none": null});
        number_to_units(data.get_mut("rate"), Cents::PER_UNIT);
        number_to_units(data.get_mut("target"), Millionths::PER_UNIT);
        for other in ["odd", "none", "missing"] {
            number_to_units(data.get_mut(other), Cents::PER_UNIT);
        }
        assert_eq!(
            data,
            serde_json::json!({"rate": 18_746, "target": 99_500_000, "odd": "high", "none": null})
        );
    }
}
