//! Low and high bands: what each option would cost with every sourced figure at the low or the
//! high end of its sources' range, for the chart's shaded bands and the table's range.
//!
//! The range is taken relative to the visitor's own figure: a salary typed as 20% above the
//! default keeps its band 20% above the sources' range, so the band is always around the
//! figures on screen. Figures that are the visitor's choice (the horizon, when to switch) have
//! no range.

use super::defaults::figure;
use super::form::{FIELDS, Form};
use super::model::{Comparison, compare};
use crate::domain::options::Leadership;
use crate::domain::preferences::Currency;

/// The comparison with every figure at the low end of its range, and at the high end.
#[derive(Debug, Clone, PartialEq)]
pub struct Bands {
    pub low: Comparison,
    pub high: Comparison,
}

/// The form with each figure moved to where its sources' range puts it, relative to the
/// figure now: `end` picks the low or the high end.
fn at_end(form: &Form, currency: Currency, end: fn(f64, f64) -> f64) -> Form {
    let mut moved = form.clone();
    for field in FIELDS {
        let f = figure(currency, field.id);
        let now = form.get(field.id);
        let at = if f.value > 0.0 {
            now * end(f.low, f.high) / f.value
        } else {
            end(f.low, f.high)
        };
        let limits = field.limits;
        let at = if limits.whole { now } else { at };
        moved.set(field.id, at.max(limits.min).min(limits.max));
    }
    moved
}

pub fn bands(form: &Form, currency: Currency) -> Bands {
    Bands {
        low: compare(&at_end(form, currency, |low, _| low).to_inputs()),
        high: compare(&at_end(form, currency, |_, high| high).to_inputs()),
    }
}

impl Bands {
    /// An option's band, month by month: the lower and the higher running total of the two
    /// ends (a shorter time to hire costs more within the horizon, so either end may be the
    /// dearer one).
    pub fn of(&self, option: Leadership) -> (Vec<f64>, Vec<f64>) {
        let (a, b) = (
            self.low.get(option).cumulative(),
            self.high.get(option).cumulative(),
        );
        a.iter()
            .zip(&b)
            .map(|(x, y)| (x.min(*y), x.max(*y)))
            .unzip()
    }

    /// The lowest and highest total over the horizon, of the ends in post within it: an end
    /// whose hire takes longer than the horizon has no total (its nothing is no cost to show).
    pub fn total(&self, option: Leadership) -> (Option<f64>, Option<f64>) {
        let horizon = self.low.horizon_months;
        let end = |c: &Comparison| {
            let cost = c.get(option);
            cost.in_post(horizon).then_some(cost.total)
        };
        match (end(&self.low), end(&self.high)) {
            (Some(a), Some(b)) => (Some(a.min(b)), Some(a.max(b))),
            (Some(a), None) | (None, Some(a)) => (Some(a), None),
            (None, None) => (None, None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calculator::form::FieldId;

    #[test]
    fn the_band_holds_the_figures_on_screen() {
        for currency in Currency::ALL {
            let form = Form::defaults(currency);
            let bands = bands(&form, currency);
            let now = compare(&form.to_inputs());
            for option in Leadership::ALL {
                let (Some(low), Some(high)) = bands.total(option) else {
                    panic!("{currency:?} {option:?}: an end not in post over 24 months");
                };
                let total = now.get(option).total;
                assert!(
                    low <= total + 0.01 && total <= high + 0.01,
                    "{currency:?} {option:?}: {low} {total} {high}"
                );
                let (lows, highs) = bands.of(option);
                assert_eq!(lows.len(), 24);
                assert!(lows.iter().zip(&highs).all(|(l, h)| l <= h));
            }
        }
    }

    /// A rate typed at twice the default has its band at twice the sources' range.
    #[test]
    fn the_band_moves_with_the_visitors_figure() {
        let mut form = Form::defaults(Currency::Usd);
        let ends = |form: &Form| match bands(form, Currency::Usd).total(Leadership::Fractional) {
            (Some(low), Some(high)) => (low, high),
            ends => panic!("{ends:?}"),
        };
        let (low, high) = ends(&form);
        form.set(FieldId::FrRate, 2.0 * form.get(FieldId::FrRate));
        let (low2, high2) = ends(&form);
        assert!(low2 > low && high2 > high);
        // 10–25 hours at 150–500 an hour over 24 months, the default 12 h at 250.
        assert!(
            (low - 10.0 * 150.0 * 52.0 / 12.0 * 24.0).abs() < 1.0,
            "{low}"
        );
        assert!(
            (high - 25.0 * 500.0 * 52.0 / 12.0 * 24.0).abs() < 1.0,
            "{high}"
        );
    }

    /// Over 3 months, a full-time CTO hired in 2.5 months is in post (half a month paid), but
    /// not at the high end of the time to hire: that end has no total, rather than a $0.
    #[test]
    fn an_end_not_in_post_has_no_total() {
        let mut form = Form::defaults(Currency::Usd);
        form.set(FieldId::Horizon, 3.0);
        form.set(FieldId::FtHire, 2.5);
        let (low, high) = bands(&form, Currency::Usd).total(Leadership::FullTime);
        assert!(low.is_some_and(|low| low > 0.0), "{low:?}");
        assert_eq!(high, None);
    }
}
