//! The cumulative cost of each option over the horizon, drawn as SVG by the app, with the same
//! figures as a table for screen readers and anyone who prefers numbers.

use leptos::prelude::*;

use super::Calculator;
use super::results::{OptionHeadings, money};
use crate::domain::options::Leadership;
use crate::domain::preferences::Currency;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 320.0;
const LEFT: f64 = 76.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 44.0;

/// A round axis maximum above `value`: 1, 2 or 5 times a power of ten.
fn nice_ceiling(value: f64) -> f64 {
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
fn short_money(value: f64, currency: Currency) -> String {
    let symbol = currency.symbol();
    if value >= 1_000_000.0 {
        format!("{symbol}{}m", trim(value / 1_000_000.0))
    } else if value >= 1_000.0 {
        format!("{symbol}{}k", trim(value / 1_000.0))
    } else {
        format!("{symbol}{}", trim(value))
    }
}

fn trim(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded}")
    }
}

/// Months at which the table equivalent shows the running totals.
fn table_months(horizon: u32) -> Vec<u32> {
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

#[component]
pub fn CostChart() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let currency = calculator.currency;
    let chart = move || {
        let comparison = calculator.comparison.get();
        let horizon = f64::from(comparison.horizon_months);
        let series: Vec<(Leadership, Vec<f64>)> = comparison
            .options
            .iter()
            .map(|c| (c.option, c.cumulative()))
            .collect();
        let top = nice_ceiling(
            series
                .iter()
                .filter_map(|(_, s)| s.last().copied())
                .fold(0.0, f64::max),
        );
        let x = move |month: f64| LEFT + (WIDTH - LEFT - RIGHT) * month / horizon;
        let y = move |value: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - value / top);
        let y_ticks: Vec<f64> = (0..=4).map(|i| top * f64::from(i) / 4.0).collect();
        let x_ticks = table_months(comparison.horizon_months);
        view! {
            <svg
                class="chart__svg"
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby="chart-title"
                focusable="false"
            >
                <title id="chart-title">
                    {format!(
                        "Cumulative cost of each option over {} months; the same figures are in the table below.",
                        comparison.horizon_months
                    )}
                </title>
                {y_ticks
                    .iter()
                    .map(|&v| {
                        view! {
                            <line class="chart__grid" x1=LEFT x2=WIDTH - RIGHT y1=y(v) y2=y(v) />
                            <text class="chart__label" x=LEFT - 6.0 y=y(v) + 4.0 text-anchor="end">
                                {short_money(v, currency)}
                            </text>
                        }
                    })
                    .collect_view()}
                {x_ticks
                    .iter()
                    .map(|&m| {
                        let mx = x(f64::from(m));
                        view! {
                            <line class="chart__tick" x1=mx x2=mx y1=HEIGHT - BOTTOM y2=HEIGHT - BOTTOM + 5.0 />
                            <text class="chart__label" x=mx y=HEIGHT - BOTTOM + 18.0 text-anchor="middle">
                                {m.to_string()}
                            </text>
                        }
                    })
                    .collect_view()}
                <text class="chart__axis-title" x=LEFT + (WIDTH - LEFT - RIGHT) / 2.0 y=HEIGHT - 4.0 text-anchor="middle">
                    "Months from now"
                </text>
                {series
                    .iter()
                    .map(|(option, values)| {
                        let points: Vec<String> = std::iter::once(format!("{:.1},{:.1}", x(0.0), y(0.0)))
                            .chain(values.iter().enumerate().map(|(m, v)| {
                                format!("{:.1},{:.1}", x(m as f64 + 1.0), y(*v))
                            }))
                            .collect();
                        view! {
                            <polyline
                                class=format!("chart__line chart__line--{}", option.slug())
                                data-option=option.slug()
                                points=points.join(" ")
                            />
                        }
                    })
                    .collect_view()}
            </svg>
        }
    };
    let table = move || {
        let comparison = calculator.comparison.get();
        let cumulative: Vec<Vec<f64>> = comparison.options.iter().map(|c| c.cumulative()).collect();
        table_months(comparison.horizon_months)
            .into_iter()
            .map(|m| {
                let at = m as usize - 1;
                view! {
                    <tr>
                        <th scope="row">{format!("Month {m}")}</th>
                        {cumulative
                            .iter()
                            .map(|s| view! { <td class="num">{money(s[at], currency)}</td> })
                            .collect_view()}
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <figure class="chart" aria-labelledby="chart-caption">
            <figcaption id="chart-caption">
                <h3>"Cost so far, month by month"</h3>
            </figcaption>
            <ul class="chart__legend">
                {Leadership::ALL
                    .iter()
                    .map(|o| {
                        view! {
                            <li>
                                <span class=format!("chart__swatch chart__line--{}", o.slug()) aria-hidden="true"></span>
                                {o.name()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {chart}
            <details class="chart__table">
                <summary>"The chart as a table"</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Cost so far, as a table">
                    <table>
                        <OptionHeadings />
                        <tbody>{table}</tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}
