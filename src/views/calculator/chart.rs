//! The cumulative cost of each option over the horizon, drawn as SVG by the app, with the same
//! figures as a table for screen readers and anyone who prefers numbers.

use leptos::prelude::*;

use crate::domain::number::shortest;

use super::Calculator;
use super::results::OptionHeadings;
use crate::domain::calculator::chart::{
    BOTTOM, HEIGHT, LEFT, RIGHT, Scale, WIDTH, series, short_money, table_months,
};
use crate::domain::calculator::report::money;
use crate::domain::options::Leadership;

#[component]
pub fn CostChart() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let currency = calculator.currency;
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
            <CostLines />
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

/// The chart itself: a line per option over a grid of round amounts and months.
#[component]
fn CostLines() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let currency = calculator.currency;
    move || {
        let comparison = calculator.comparison.get();
        let scale = Scale::of(&comparison);
        view! {
            <svg
                class="chart__svg"
                viewBox=format!("0 0 {} {}", shortest(WIDTH), shortest(HEIGHT))
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
                {scale
                    .y_ticks()
                    .into_iter()
                    .map(|v| {
                        view! {
                            <line class="chart__grid" x1=shortest(LEFT) x2=shortest(WIDTH - RIGHT) y1=shortest(scale.y(v)) y2=shortest(scale.y(v)) />
                            <text class="chart__label" x=shortest(LEFT - 6.0) y=shortest(scale.y(v) + 4.0) text-anchor="end">
                                {short_money(v, currency)}
                            </text>
                        }
                    })
                    .collect_view()}
                {table_months(comparison.horizon_months)
                    .into_iter()
                    .map(|m| {
                        let mx = scale.x(f64::from(m));
                        view! {
                            <line class="chart__tick" x1=shortest(mx) x2=shortest(mx) y1=shortest(HEIGHT - BOTTOM) y2=shortest(HEIGHT - BOTTOM + 5.0) />
                            <text class="chart__label" x=shortest(mx) y=shortest(HEIGHT - BOTTOM + 18.0) text-anchor="middle">
                                {m.to_string()}
                            </text>
                        }
                    })
                    .collect_view()}
                <text class="chart__axis-title" x=shortest(LEFT + (WIDTH - LEFT - RIGHT) / 2.0) y=shortest(HEIGHT - 4.0) text-anchor="middle">
                    "Months from now"
                </text>
                {series(&comparison)
                    .into_iter()
                    .map(|(option, values)| {
                        view! {
                            <polyline
                                class=format!("chart__line chart__line--{}", option.slug())
                                data-option=option.slug()
                                points=scale.points(&values)
                            />
                        }
                    })
                    .collect_view()}
            </svg>
        }
    }
}
