//! The geometry of the cumulative cost chart: its size, the scale of each axis, the ticks and
//! each option's line, so the view only draws what this computes.

use super::model::Comparison;
use super::report::one_decimal;
use crate::domain::number::fixed;
use crate::domain::options::Leadership;
use crate::domain::preferences::Currency;

/// The chart's viewBox and the margins that hold the axis labels.
pub const WIDTH: f64 = 640.0;
pub const HEIGHT: f64 = 320.0;
pub const LEFT: f64 = 76.0;
pub const RIGHT: f64 = 16.0;
pub const TOP: f64 = 12.0;
pub const BOTTOM: f64 = 44.0;

/// A round axis maximum above `value`: 1, 2 or 5 times a power of ten.
pub fn nice_ceiling(value: f64) -> f64 {
    if value <= 0.0 {
        return 1.0;
    }
    let power = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|v| *v >= value)
        .unwrap_or(10.0 * power)
}

/// "$250k", "$1.2m": short amounts for the axis.
pub fn short_money(value: f64, currency: Currency) -> String {
    let symbol = currency.symbol();
    if value >= 1_000_000.0 {
        format!("{symbol}{}m", one_decimal(value / 1_000_000.0))
    } else if value >= 1_000.0 {
        format!("{symbol}{}k", one_decimal(value / 1_000.0))
    } else {
        format!("{symbol}{}", one_decimal(value))
    }
}

/// Months at which the x axis has a tick and the table equivalent shows the running totals:
/// every 3, 6 or 12 months as the horizon grows, and always the last month.
pub fn table_months(horizon: u32) -> Vec<u32> {
    let step = if horizon <= 12 {
        3
    } else if horizon <= 36 {
        6
    } else {
        12
    };
    let mut months: Vec<u32> = (1..=horizon).filter(|m| m % step == 0).collect();
    if months.last() != Some(&horizon) {
        months.push(horizon);
    }
    months
}

/// Months and money mapped onto the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub horizon: f64,
    /// The amount at the top of the y axis.
    pub top: f64,
}

impl Scale {
    /// Room for the largest total of the comparison, rounded up.
    pub fn of(comparison: &Comparison) -> Scale {
        let largest = comparison
            .options
            .iter()
            .filter_map(|c| c.cumulative().last().copied())
            .fold(0.0, f64::max);
        Scale {
            horizon: f64::from(comparison.horizon_months),
            top: nice_ceiling(largest),
        }
    }

    pub fn x(&self, month: f64) -> f64 {
        LEFT + (WIDTH - LEFT - RIGHT) * month / self.horizon
    }

    pub fn y(&self, value: f64) -> f64 {
        TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - value / self.top)
    }

    /// The five amounts with a grid line: zero, the top and three between.
    pub fn y_ticks(&self) -> Vec<f64> {
        (0..=4).map(|i| self.top * f64::from(i) / 4.0).collect()
    }

    /// An SVG polyline's points for running totals, one a month, starting from zero.
    pub fn points(&self, cumulative: &[f64]) -> String {
        let point = |month: f64, value: f64| {
            format!("{},{}", fixed(self.x(month), 1), fixed(self.y(value), 1))
        };
        std::iter::once(point(0.0, 0.0))
            .chain(
                cumulative
                    .iter()
                    .enumerate()
                    .map(|(m, v)| point(m as f64 + 1.0, *v)),
            )
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Each option's running totals, month by month, in the order of [`Leadership::ALL`].
pub fn series(comparison: &Comparison) -> Vec<(Leadership, Vec<f64>)> {
    comparison
        .options
        .iter()
        .map(|c| (c.option, c.cumulative()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calculator::Inputs;
    use crate::domain::calculator::model::compare;

    #[test]
    fn the_axis_tops_are_round() {
        assert_eq!(nice_ceiling(0.0), 1.0);
        assert_eq!(nice_ceiling(-5.0), 1.0);
        assert_eq!(nice_ceiling(1.0), 1.0);
        assert_eq!(nice_ceiling(1.2), 2.0);
        assert_eq!(nice_ceiling(450.0), 500.0);
        assert_eq!(nice_ceiling(653_125.0), 1_000_000.0);
        assert_eq!(nice_ceiling(180_000.0), 200_000.0);
        assert_eq!(nice_ceiling(5_000.0), 5_000.0);
    }

    #[test]
    fn axis_amounts_are_short() {
        assert_eq!(short_money(0.0, Currency::Usd), "$0");
        assert_eq!(short_money(250.0, Currency::Usd), "$250");
        assert_eq!(short_money(250_000.0, Currency::Eur), "€250k");
        assert_eq!(short_money(1_250_000.0, Currency::Gbp), "£1.3m");
        assert_eq!(short_money(1_000_000.0, Currency::Usd), "$1m");
    }

    #[test]
    fn ticks_fall_on_round_months_and_the_horizon() {
        assert_eq!(table_months(3), [3]);
        assert_eq!(table_months(8), [3, 6, 8]);
        assert_eq!(table_months(24), [6, 12, 18, 24]);
        assert_eq!(table_months(40), [12, 24, 36, 40]);
        assert_eq!(table_months(60), [12, 24, 36, 48, 60]);
    }

    #[test]
    fn the_scale_maps_months_and_money_onto_the_chart() {
        let comparison = compare(&Inputs::default());
        let scale = Scale::of(&comparison);
        assert_eq!(
            scale,
            Scale {
                horizon: 24.0,
                top: 1_000_000.0
            }
        );
        assert_eq!(scale.x(0.0), LEFT);
        assert_eq!(scale.x(24.0), WIDTH - RIGHT);
        assert_eq!(scale.y(0.0), HEIGHT - BOTTOM);
        assert_eq!(scale.y(1_000_000.0), TOP);
        assert_eq!(
            scale.y_ticks(),
            [0.0, 250_000.0, 500_000.0, 750_000.0, 1_000_000.0]
        );
        let two = Scale {
            horizon: 2.0,
            top: 100.0,
        };
        assert_eq!(
            two.points(&[50.0, 100.0]),
            "76.0,276.0 350.0,144.0 624.0,12.0"
        );
        let lines = series(&comparison);
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0].0, Leadership::Fractional);
        assert_eq!(lines[0].1.len(), 24);
    }
}
