//! The geometry of the cumulative cost chart: its size, the scale of each axis, the ticks and
//! each option's line, so the view only draws what this computes.

use super::model::Comparison;
use super::report::Money;
use crate::domain::chart;
use crate::domain::locale::NumberFormat;
use crate::domain::number::fixed;
use crate::domain::options::Leadership;

/// The width drawn at before the chart's box is measured, and where it is not.
pub const DEFAULT_WIDTH: f64 = 640.0;
/// The narrowest drawing: below it the plot would be too thin to read.
pub const LEAST_WIDTH: f64 = 240.0;
/// The margins: amounts on the left, each line's name at its end on the right (a marker, then
/// the name), months and their title below.
pub const LEFT: f64 = 54.0;
pub const RIGHT: f64 = 100.0;
pub const TOP: f64 = 12.0;
pub const BOTTOM: f64 = 44.0;
/// How far right of a line's end its marker and its name are.
pub const END_MARKER: f64 = 11.0;
pub const END_NAME: f64 = 20.0;

/// Each option's marker, in the order of [`Leadership::ALL`]: a circle, a square, a triangle
/// and a diamond, of about the same weight. Each is where its outline starts from the marker's
/// middle, then the outline in relative SVG path commands.
const MARKERS: [(f64, f64, &str); 4] = [
    (-4.5, 0.0, "a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0z"),
    (-4.0, -4.0, "h8v8h-8z"),
    (0.0, -5.5, "l5.2 9h-10.4z"),
    (0.0, -5.6, "l5.6 5.6l-5.6 5.6l-5.6-5.6z"),
];

/// SVG path data drawing option `index`'s marker (of [`Leadership::ALL`]) at each of `at`: one
/// path for all of a line's markers.
pub fn markers(index: usize, at: &[(f64, f64)]) -> String {
    let (dx, dy, outline) = MARKERS[index % MARKERS.len()];
    at.iter()
        .map(|(x, y)| format!("M{} {}{outline}", fixed(x + dx, 1), fixed(y + dy, 1)))
        .collect()
}

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
/// Where numbers are written 1.234,5 the symbol follows, as in amounts: "1,2m €".
pub fn short_money(value: f64, money: Money) -> String {
    let (scaled, suffix) = if value >= 1_000_000.0 {
        (value / 1_000_000.0, "m")
    } else if value >= 1_000.0 {
        (value / 1_000.0, "k")
    } else {
        (value, "")
    };
    // Halves away from zero, as people round a figure in a sentence.
    let number = money.number((scaled * 10.0).round() / 10.0, 1);
    let symbol = money.currency.symbol();
    match money.format {
        NumberFormat::Point => format!("{symbol}{number}{suffix}"),
        NumberFormat::Comma | NumberFormat::Space => format!("{number}{suffix}\u{a0}{symbol}"),
    }
}

/// Months between the x axis's ticks: 3, 6 or 12 as the horizon grows.
fn tick_step(horizon: u32) -> u32 {
    match horizon {
        0..=12 => 3,
        13..=36 => 6,
        _ => 12,
    }
}

/// Months at which the x axis has a tick and the table equivalent shows the running totals:
/// every 3, 6 or 12 months as the horizon grows, and always the last month.
pub fn table_months(horizon: u32) -> Vec<u32> {
    let step = tick_step(horizon);
    let mut months: Vec<u32> = (1..=horizon).filter(|m| m % step == 0).collect();
    if months.last() != Some(&horizon) {
        months.push(horizon);
    }
    months
}

/// Months at which option `index` (of [`Leadership::ALL`]) has a marker: a tick step apart, each
/// option a quarter step after the one before, so two lines on top of each other still show
/// both kinds of marker. Never at month 0, where every line starts, nor at the last month,
/// where the marker beside the line's name is.
pub fn marker_months(horizon: u32, index: usize) -> Vec<f64> {
    let step = f64::from(tick_step(horizon));
    let first = step * index as f64 / 4.0;
    (0..)
        .map(|k| first + step * f64::from(k))
        .take_while(|m| *m < f64::from(horizon))
        .filter(|m| *m > 0.0)
        .collect()
}

/// Months and money mapped onto the chart, drawn `width` by `height` CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub horizon: f64,
    /// The amount at the top of the y axis.
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl Scale {
    /// Room for the largest total of the comparison, rounded up, on a chart as wide as
    /// `measured` (see [`chart::width`]) and half as high, between 220 and 380 pixels.
    pub fn of(comparison: &Comparison, measured: f64) -> Scale {
        let largest = comparison
            .options
            .iter()
            .filter_map(|c| c.cumulative().last().copied())
            .fold(0.0, f64::max);
        Scale::fitting(comparison.horizon_months, largest, measured)
    }

    /// Room for `largest` (every line's and band's highest point) over `horizon` months.
    pub fn fitting(horizon: u32, largest: f64, measured: f64) -> Scale {
        let width = chart::width(measured, DEFAULT_WIDTH, LEAST_WIDTH);
        Scale {
            horizon: f64::from(horizon),
            top: nice_ceiling(largest),
            width,
            height: (width * 0.5).clamp(220.0, 380.0),
        }
    }

    /// An SVG polygon's points for a band between two lines of running totals: along the
    /// lower from month 0, back along the higher; cut at the top of the plot.
    pub fn band(&self, lower: &[f64], higher: &[f64]) -> String {
        let top = self.top;
        let cut = |line: &[f64]| line.iter().map(|v| v.min(top)).collect::<Vec<f64>>();
        let (lower, higher) = (cut(lower), cut(higher));
        let there = (0..=lower.len()).map(|m| self.at(&lower, m as f64));
        let back = (0..=higher.len()).rev().map(|m| self.at(&higher, m as f64));
        there
            .chain(back)
            .map(|(x, y)| format!("{},{}", fixed(x, 1), fixed(y, 1)))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The plot's right edge and its foot.
    pub fn right(&self) -> f64 {
        self.width - RIGHT
    }

    pub fn bottom(&self) -> f64 {
        self.height - BOTTOM
    }

    pub fn x(&self, month: f64) -> f64 {
        LEFT + (self.right() - LEFT) * month / self.horizon
    }

    pub fn y(&self, value: f64) -> f64 {
        TOP + (self.bottom() - TOP) * (1.0 - value / self.top)
    }

    /// The five amounts with a grid line: zero, the top and three between.
    pub fn y_ticks(&self) -> Vec<f64> {
        (0..=4).map(|i| self.top * f64::from(i) / 4.0).collect()
    }

    /// SVG path data for the grid: a line across the plot at each of [`Self::y_ticks`].
    pub fn grid(&self) -> String {
        self.y_ticks()
            .into_iter()
            .map(|v| {
                // `fixed` for every number: formatting an f64 with `{}` brings the standard
                // library's float formatting into the wasm.
                format!(
                    "M{} {}H{}",
                    fixed(LEFT, 1),
                    fixed(self.y(v), 1),
                    fixed(self.right(), 1)
                )
            })
            .collect()
    }

    /// SVG path data for the x axis's ticks, below the plot at each of [`table_months`].
    pub fn ticks(&self) -> String {
        table_months(self.horizon as u32)
            .into_iter()
            .map(|m| {
                format!(
                    "M{} {}v5",
                    fixed(self.x(f64::from(m)), 1),
                    fixed(self.bottom(), 1)
                )
            })
            .collect()
    }

    /// SVG path data for the markers of option `index`'s line (of running totals
    /// `cumulative`) at its [`marker_months`], and one more beside its name at `name_y`.
    pub fn markers(&self, index: usize, cumulative: &[f64], name_y: f64) -> String {
        let mut at: Vec<(f64, f64)> = marker_months(self.horizon as u32, index)
            .into_iter()
            .map(|m| self.at(cumulative, m))
            .collect();
        at.push((self.right() + END_MARKER, name_y));
        markers(index, &at)
    }

    /// An SVG polyline's points for running totals, one a month, starting from zero.
    pub fn points(&self, cumulative: &[f64]) -> String {
        (0..=cumulative.len())
            .map(|m| {
                let (x, y) = self.at(cumulative, m as f64);
                format!("{},{}", fixed(x, 1), fixed(y, 1))
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Where the line of `cumulative` (one total a month) is at `month`: between two months'
    /// ends, on the straight part that joins them.
    pub fn at(&self, cumulative: &[f64], month: f64) -> (f64, f64) {
        let total = |m: usize| match m {
            0 => 0.0,
            m => cumulative
                .get(m - 1)
                .or(cumulative.last())
                .copied()
                .unwrap_or(0.0),
        };
        let whole = month.floor();
        let (before, after) = (total(whole as usize), total(whole as usize + 1));
        (
            self.x(month),
            self.y(before + (after - before) * (month - whole)),
        )
    }

    /// Where each line's name goes, beside its end: as near its end as the others allow.
    pub fn end_names(&self, lines: &[&[f64]]) -> Vec<f64> {
        let ends: Vec<f64> = lines
            .iter()
            .map(|l| self.y(l.last().copied().unwrap_or(0.0)))
            .collect();
        chart::spread(&ends, chart::LABEL + 3.0, TOP, self.bottom())
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
    use crate::domain::calculator::model::compare;
    use crate::domain::calculator::{ConsultingPricing, FractionalPricing, Inputs};

    /// A band reaching above the lines is cut at the top of the plot, never drawn above it.
    #[test]
    fn a_band_is_cut_at_the_top_of_the_plot() {
        let scale = Scale::fitting(3, 300.0, 640.0);
        let points = scale.band(&[50.0, 100.0, 150.0], &[200.0, 900.0, 2_000.0]);
        let ys: Vec<f64> = points
            .split(' ')
            .map(|p| crate::domain::number::read_decimal(p.split(',').nth(1).unwrap()).unwrap())
            .collect();
        assert_eq!(
            ys.len(),
            8,
            "four points along the lower, four back along the higher"
        );
        assert!(ys.iter().all(|y| *y >= TOP), "{points}");
        assert_eq!(
            ys[5], TOP,
            "the higher line's third month, cut at the top: {points}"
        );
    }

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
        use crate::domain::preferences::Currency;
        let point = |currency| Money::new(currency, NumberFormat::Point);
        assert_eq!(short_money(0.0, point(Currency::Usd)), "$0");
        assert_eq!(short_money(250.0, point(Currency::Usd)), "$250");
        assert_eq!(short_money(250_000.0, point(Currency::Eur)), "€250k");
        assert_eq!(short_money(1_250_000.0, point(Currency::Gbp)), "£1.3m");
        assert_eq!(short_money(1_000_000.0, point(Currency::Usd)), "$1m");
        let comma = Money::new(Currency::Eur, NumberFormat::Comma);
        assert_eq!(short_money(1_250_000.0, comma), "1,3m\u{a0}€");
        assert_eq!(short_money(12_500.0, comma), "12,5k\u{a0}€");
        let space = Money::new(Currency::Eur, NumberFormat::Space);
        assert_eq!(short_money(250_000.0, space), "250k\u{a0}€");
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
    fn the_scale_maps_months_and_money_onto_a_chart_of_the_measured_width() {
        let comparison = compare(&Inputs::default());
        // Measured width, and the size drawn: half as high, between 220 and 380 pixels.
        for (measured, width, height) in [
            (0.0, 640.0, 320.0),
            (f64::NAN, 640.0, 320.0),
            (100.0, 240.0, 220.0),
            (343.5, 343.0, 220.0),
            (500.0, 500.0, 250.0),
            (768.0, 768.0, 380.0),
            (1400.0, 1400.0, 380.0),
        ] {
            let scale = Scale::of(&comparison, measured);
            assert_eq!(
                scale,
                Scale {
                    horizon: 24.0,
                    top: 1_000_000.0,
                    width,
                    height,
                },
                "{measured}"
            );
            assert_eq!(scale.x(0.0), LEFT);
            assert_eq!(scale.x(24.0), width - RIGHT);
            assert_eq!(scale.y(0.0), height - BOTTOM);
            assert_eq!(scale.y(1_000_000.0), TOP);
        }
        let scale = Scale::of(&comparison, 640.0);
        assert_eq!(
            scale.y_ticks(),
            [0.0, 250_000.0, 500_000.0, 750_000.0, 1_000_000.0]
        );
        let two = Scale {
            horizon: 2.0,
            top: 100.0,
            width: 640.0,
            height: 320.0,
        };
        assert_eq!(
            two.points(&[50.0, 100.0]),
            "54.0,276.0 297.0,144.0 540.0,12.0"
        );
        // Between months, on the straight part; past the end, level.
        assert_eq!(two.at(&[50.0, 100.0], 0.5), (175.5, 210.0));
        assert_eq!(two.at(&[50.0, 100.0], 1.5), (418.5, 78.0));
        assert_eq!(two.at(&[50.0, 100.0], 2.0), (540.0, 12.0));
        assert_eq!(two.at(&[], 1.0).1, 276.0);
        let lines = series(&comparison);
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0].0, Leadership::Fractional);
        assert_eq!(lines[0].1.len(), 24);
    }

    #[test]
    fn the_margins_hold_the_labels() {
        let longest_name = Leadership::ALL
            .iter()
            .map(|o| chart::label_width(o.short_name()))
            .fold(0.0, f64::max);
        assert!(END_NAME + longest_name <= RIGHT);
        // The widest amount an axis can show, with the gap before the axis.
        assert!(chart::label_width("€12.5m") + 6.0 <= LEFT);
    }

    #[test]
    fn markers_are_staggered_so_lines_on_top_of_each_other_show_each_kind() {
        for (horizon, index, months) in [
            (24, 0, vec![6.0, 12.0, 18.0]),
            (24, 1, vec![1.5, 7.5, 13.5, 19.5]),
            (24, 2, vec![3.0, 9.0, 15.0, 21.0]),
            (24, 3, vec![4.5, 10.5, 16.5, 22.5]),
            (3, 0, vec![]),
            (3, 3, vec![2.25]),
            (8, 1, vec![0.75, 3.75, 6.75]),
            (60, 2, vec![6.0, 18.0, 30.0, 42.0, 54.0]),
        ] {
            assert_eq!(marker_months(horizon, index), months, "{horizon}, {index}");
        }
        // Never two options' markers on the same month.
        for horizon in 3..=60 {
            let all: Vec<f64> = (0..4).flat_map(|i| marker_months(horizon, i)).collect();
            for (i, a) in all.iter().enumerate() {
                assert!(!all[i + 1..].contains(a), "{horizon}: {a}");
            }
        }
    }

    #[test]
    fn grid_ticks_and_markers_are_drawn_as_paths() {
        let two = Scale {
            horizon: 3.0,
            top: 100.0,
            width: 640.0,
            height: 320.0,
        };
        assert_eq!(
            two.grid(),
            "M54.0 276.0H540.0M54.0 210.0H540.0M54.0 144.0H540.0M54.0 78.0H540.0M54.0 12.0H540.0"
        );
        assert_eq!(two.ticks(), "M540.0 276.0v5");
        for (index, path) in [
            (
                0,
                "M5.5 7.0a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0zM15.5 27.0a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0z",
            ),
            (1, "M6.0 3.0h8v8h-8zM16.0 23.0h8v8h-8z"),
            (2, "M10.0 1.5l5.2 9h-10.4zM20.0 21.5l5.2 9h-10.4z"),
            (
                3,
                "M10.0 1.4l5.6 5.6l-5.6 5.6l-5.6-5.6zM20.0 21.4l5.6 5.6l-5.6 5.6l-5.6-5.6z",
            ),
        ] {
            assert_eq!(markers(index, &[(10.0, 7.0), (20.0, 27.0)]), path);
        }
        // Option 1's marker a quarter of a 3-month step in, on the line from 0 up by 30 a
        // month, then the one beside its name.
        let line = [30.0, 60.0, 90.0];
        let at = |m: f64| two.at(&line, m);
        assert_eq!(
            two.markers(1, &line, 100.0),
            markers(1, &[at(0.75), (551.0, 100.0)])
        );
    }

    #[test]
    fn each_line_is_named_beside_its_end_without_overlap() {
        // 15 fractional hours a week and 6 consulting days a month, so that two pairs of
        // lines end close together.
        let mut inputs = Inputs::default();
        inputs.fractional.pricing = FractionalPricing::Hourly {
            hours_per_week: 15.0,
            rate: 250.0,
        };
        inputs.consulting.pricing = ConsultingPricing::Days {
            day_rate: 2_400.0,
            days_per_month: 6.0,
        };
        let comparison = compare(&inputs);
        let scale = Scale::of(&comparison, 640.0);
        let lines = series(&comparison);
        let ends: Vec<f64> = lines
            .iter()
            .map(|(_, l)| scale.y(*l.last().unwrap()))
            .collect();
        let ends_of: Vec<&[f64]> = lines.iter().map(|(_, l)| l.as_slice()).collect();
        let names = scale.end_names(&ends_of);
        // Fractional ($390,000) and consulting ($380,160) end 2.5 px apart, full-time
        // ($653,125) and in-house ($629,750) 6 px apart: the second of each pair moves down.
        assert_eq!(names[0], ends[0]);
        assert_eq!(names[1], ends[1]);
        assert_eq!(names[2], ends[0] + 16.0);
        assert_eq!(names[3], ends[1] + 16.0);
    }
}
