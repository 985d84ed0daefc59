//! How a KPI's trend is told: the chart's scale, and the sentences beside and behind it.

use super::kpis::{Direction, Kpi, Point, number_text};
use crate::domain::chart::{self, label_width};
use crate::domain::number::fixed;
use crate::domain::text::isolate;

impl Kpi {
    /// "at least 99.5%", "at most 2 \u{2068}incidents\u{2069}".
    pub fn target_text(&self) -> String {
        let bound = match self.direction {
            Direction::Higher => "at least",
            Direction::Lower => "at most",
        };
        format!("{bound} {}", self.with_unit(self.target.number()))
    }

    /// The label of its value at a check-in: "Uptime (%)", or the name alone.
    pub fn value_label(&self) -> String {
        let unit = self.unit.trim();
        if unit.is_empty() {
            isolate(&self.name)
        } else {
            format!("{} ({})", isolate(&self.name), isolate(unit))
        }
    }
}

fn on_or_off(point: &Point) -> &'static str {
    if point.on_target { "on" } else { "off" }
}

/// "Latest: 99.7% on 1 Dec 2026, on target.", once there is a value.
pub fn latest_text(kpi: &Kpi, points: &[Point]) -> Option<String> {
    points.last().map(|p| {
        format!(
            "Latest: {} on {}, {} target.",
            kpi.with_unit(p.value),
            p.date.long(),
            on_or_off(p),
        )
    })
}

/// The chart in words, as its title: how many values, from when to when, and the latest.
/// `points` is not empty.
pub fn trend_summary(kpi: &Kpi, points: &[Point]) -> String {
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return String::new();
    };
    format!(
        "{}: {} values from {} to {}; the latest, {}, is {} the target of {}. The values are in the table below.",
        kpi.name,
        points.len(),
        first.date.long(),
        last.date.long(),
        kpi.with_unit(last.value),
        on_or_off(last),
        kpi.with_unit(kpi.target.number()),
    )
}

/// The width a trend is drawn at before its box is measured, and where it is not.
pub const DEFAULT_WIDTH: f64 = 380.0;

/// Where a trend's points go on a chart of `width` by `height`, inside the margins: time
/// across, values up, the range covering every value and the target with a little room.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    /// How far inside the axes the first and last points are: half the widest value, so the
    /// values written over them stay clear of the target's label and inside the chart.
    pub inset: f64,
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    low: f64,
    high: f64,
    first: i32,
    span: f64,
    single: bool,
}

/// The margins around a chart's plot: left, right, top, bottom.
pub type Margins = (f64, f64, f64, f64);

impl Scale {
    /// The trend drawn `measured` pixels wide (see [`chart::width`]) and 180 to 220 high:
    /// the target's label and number to the left of the plot, the dates below it, and room
    /// above the points for their values. `points` is not empty.
    pub fn fit(kpi: &Kpi, points: &[Point], measured: f64) -> Scale {
        let width = chart::width(measured, DEFAULT_WIDTH, 200.0);
        let inset = points
            .iter()
            .map(|p| label_width(&number_text(p.value)) / 2.0)
            .fold(6.0, f64::max);
        let target = label_width(&number_text(kpi.target.number())).max(label_width("Target"));
        let mut scale = Scale::new(
            kpi,
            points,
            (width, (width * 0.5).clamp(180.0, 220.0)),
            (target + 8.0 + inset, inset + 4.0, 24.0, 30.0),
        );
        scale.inset = inset;
        scale
    }

    /// The axes' ends: the plot's edges, with the inset.
    pub fn axis_left(&self) -> f64 {
        self.left - self.inset
    }

    pub fn axis_right(&self) -> f64 {
        self.width - self.right + self.inset
    }

    /// The foot of the plot, where the time axis is.
    pub fn bottom_y(&self) -> f64 {
        self.height - self.bottom
    }

    /// Whether each value can be written over its point without touching the next one's.
    pub fn room_for_values(&self, points: &[Point]) -> bool {
        let widest = 2.0 * self.inset;
        points
            .windows(2)
            .all(|w| self.x(&w[1]) - self.x(&w[0]) >= widest + 6.0)
    }

    /// `points` is not empty.
    pub fn new(
        kpi: &Kpi,
        points: &[Point],
        (width, height): (f64, f64),
        margins: Margins,
    ) -> Scale {
        let (left, right, top, bottom) = margins;
        let low = points
            .iter()
            .map(|p| p.value)
            .fold(kpi.target.number(), f64::min);
        let high = points
            .iter()
            .map(|p| p.value)
            .fold(kpi.target.number(), f64::max);
        let pad = if high > low {
            (high - low) * 0.1
        } else {
            low.abs().max(1.0) * 0.1
        };
        let first = points.first().map_or(0, |p| p.date.ordinal());
        let last = points.last().map_or(0, |p| p.date.ordinal());
        Scale {
            inset: 0.0,
            width,
            height,
            left,
            right,
            top,
            bottom,
            low: low - pad,
            high: high + pad,
            first,
            span: f64::from((last - first).max(1)),
            single: points.len() == 1,
        }
    }

    /// Across: a single point in the middle, otherwise by its date.
    pub fn x(&self, point: &Point) -> f64 {
        let plot = self.width - self.left - self.right;
        if self.single {
            self.left + plot / 2.0
        } else {
            self.left + plot * f64::from(point.date.ordinal() - self.first) / self.span
        }
    }

    /// Up: higher values nearer the top.
    pub fn y(&self, value: f64) -> f64 {
        let plot = self.height - self.top - self.bottom;
        self.top + plot * (1.0 - (value - self.low) / (self.high - self.low))
    }

    /// The points of the trend's line: "56.0,148.0 352.0,22.0".
    pub fn line(&self, points: &[Point]) -> String {
        points
            .iter()
            .map(|p| format!("{},{}", fixed(self.x(p), 1), fixed(self.y(p.value), 1)))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workspace::time::Day;

    fn kpi(unit: &str, target: f64, direction: Direction) -> Kpi {
        Kpi {
            id: "k".into(),
            name: "Uptime".into(),
            unit: unit.into(),
            target: crate::domain::units::Millionths::from_number(target),
            direction,
        }
    }

    fn point(date: &str, value: f64, on_target: bool) -> Point {
        Point {
            date: Day::parse(date).unwrap(),
            value,
            on_target,
        }
    }

    #[test]
    fn a_kpi_says_its_target_and_its_latest_value() {
        let uptime = kpi("%", 99.5, Direction::Higher);
        let incidents = kpi(" incidents ", 2.0, Direction::Lower);
        assert_eq!(uptime.target_text(), "at least 99.5%");
        assert_eq!(
            incidents.target_text(),
            "at most 2 \u{2068}incidents\u{2069}"
        );
        assert_eq!(
            uptime.value_label(),
            "\u{2068}Uptime\u{2069} (\u{2068}%\u{2069})"
        );
        assert_eq!(
            kpi("  ", 1.0, Direction::Lower).value_label(),
            "\u{2068}Uptime\u{2069}"
        );
        let points = [
            point("2026-11-01", 98.0, false),
            point("2026-12-01", 99.7, true),
        ];
        assert_eq!(latest_text(&uptime, &[]), None);
        assert_eq!(
            latest_text(&uptime, &points).as_deref(),
            Some("Latest: 99.7% on 1 Dec 2026, on target.")
        );
        assert_eq!(
            trend_summary(&uptime, &points),
            "Uptime: 2 values from 1 Nov 2026 to 1 Dec 2026; the latest, 99.7%, is on the target of 99.5%. The values are in the table below."
        );
        assert_eq!(
            trend_summary(&uptime, &points[..1]),
            "Uptime: 1 values from 1 Nov 2026 to 1 Nov 2026; the latest, 98%, is off the target of 99.5%. The values are in the table below."
        );
    }

    #[test]
    fn the_scale_spreads_the_dates_and_covers_the_values_and_the_target() {
        let uptime = kpi("%", 100.0, Direction::Higher);
        let points = [
            point("2026-11-01", 0.0, false),
            point("2026-11-11", 50.0, false),
        ];
        let scale = Scale::new(&uptime, &points, (200.0, 140.0), (20.0, 20.0, 10.0, 10.0));
        // Values from -10 to 110 (a tenth of the range either side) over 120 px.
        assert_eq!((scale.x(&points[0]), scale.x(&points[1])), (20.0, 180.0));
        assert_eq!(
            (scale.y(110.0), scale.y(-10.0), scale.y(50.0)),
            (10.0, 130.0, 70.0)
        );
        assert_eq!(scale.line(&points), "20.0,120.0 180.0,70.0");
        // One value, on the target: in the middle, with room of a tenth of its size.
        let one = [point("2026-11-01", 100.0, true)];
        let scale = Scale::new(&uptime, &one, (200.0, 140.0), (20.0, 20.0, 10.0, 10.0));
        assert_eq!((scale.x(&one[0]), scale.y(100.0)), (100.0, 70.0));
        let zero = kpi("", 0.0, Direction::Lower);
        let flat = [point("2026-11-01", 0.0, true)];
        let scale = Scale::new(&zero, &flat, (200.0, 140.0), (20.0, 20.0, 10.0, 10.0));
        assert_eq!((scale.y(0.1), scale.y(-0.1)), (10.0, 130.0));
    }

    #[test]
    fn the_chart_fits_its_measured_width_and_its_labels() {
        let uptime = kpi("%", 99.5, Direction::Higher);
        let points = [
            point("2026-11-01", 98.9, false),
            point("2026-12-01", 99.7, true),
        ];
        // Measured width, and the size drawn; "Target" (6 characters) and half of "98.9" (4)
        // set the margins.
        let (target, inset) = (48.0, 16.0);
        for (measured, width, height) in [
            (0.0, 380.0, 190.0),
            (-1.0, 380.0, 190.0),
            (150.0, 200.0, 180.0),
            (311.0, 311.0, 180.0),
            (900.0, 900.0, 220.0),
        ] {
            let scale = Scale::fit(&uptime, &points, measured);
            assert_eq!((scale.width, scale.height), (width, height), "{measured}");
            assert_eq!(scale.axis_left(), target + 8.0, "{measured}");
            assert_eq!(scale.x(&points[0]), target + 8.0 + inset, "{measured}");
            assert_eq!(scale.x(&points[1]), width - inset - 4.0, "{measured}");
            assert_eq!(scale.axis_right(), width - 4.0, "{measured}");
            assert_eq!(scale.bottom_y(), height - 30.0, "{measured}");
        }
        // A long target number widens the left margin.
        let big = kpi("", 1_250_000.0, Direction::Lower);
        let scale = Scale::fit(&big, &points, 320.0);
        assert_eq!(scale.axis_left(), 80.0, "1,250,000");
    }

    #[test]
    fn values_are_written_while_there_is_room() {
        let uptime = kpi("%", 99.5, Direction::Higher);
        let monthly: Vec<Point> = (1..=12)
            .map(|m| point(&format!("2026-{m:02}-01"), 99.0 + f64::from(m) / 10.0, true))
            .collect();
        for (measured, count, room) in [
            (320.0, 1, true),
            (320.0, 2, true),
            (320.0, 6, true),
            (320.0, 7, false),
            (320.0, 12, false),
            (720.0, 12, true),
        ] {
            let scale = Scale::fit(&uptime, &monthly[..count], measured);
            assert_eq!(
                scale.room_for_values(&monthly[..count]),
                room,
                "{measured}, {count}"
            );
        }
    }
}
