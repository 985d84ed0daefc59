//! A KPI's values over the check-ins, drawn as SVG against its target, with the same values
//! as a table for screen readers and anyone who prefers numbers.

use leptos::prelude::*;

use crate::domain::number::{fixed, shortest};
use crate::domain::text::isolate;

use crate::domain::workspace::kpis::{Kpi, Point, number_text};
use crate::domain::workspace::trend::{Scale, trend_summary};

const WIDTH: f64 = 380.0;
const HEIGHT: f64 = 170.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 28.0;
const TOP: f64 = 22.0;
const BOTTOM: f64 = 30.0;

#[component]
pub fn TrendChart(kpi: Kpi, points: Vec<Point>) -> impl IntoView {
    if points.is_empty() {
        return view! { <p class="quiet">"No values recorded yet: record a check-in to start the trend."</p> }
            .into_any();
    }
    let name = kpi.name.clone();
    view! {
        <figure class="trend">
            <TrendSvg kpi=kpi.clone() points=points.clone() />
            <figcaption class="visually-hidden">{format!("Trend of {}", isolate(&name))}</figcaption>
        </figure>
        <TrendTable kpi points />
    }
    .into_any()
}

/// The values as a line against the target, the chart's title saying it in words.
#[component]
fn TrendSvg(kpi: Kpi, points: Vec<Point>) -> impl IntoView {
    let title_id = format!("trend-title-{}", kpi.id);
    let scale = Scale::new(&kpi, &points, (WIDTH, HEIGHT), (LEFT, RIGHT, TOP, BOTTOM));
    let target_y = scale.y(kpi.target.number());
    let (first, last) = (points[0], points[points.len() - 1]);
    view! {
        <svg
            class="trend__svg"
            viewBox=format!("0 0 {} {}", shortest(WIDTH), shortest(HEIGHT))
            role="img"
            aria-labelledby=title_id.clone()

            focusable="false"
        >
            <title id=title_id.clone()>{trend_summary(&kpi, &points)}</title>
            <line class="trend__axis" x1=shortest(LEFT) x2=shortest(LEFT) y1=shortest(TOP) y2=shortest(HEIGHT - BOTTOM) />
            <line class="trend__axis" x1=shortest(LEFT) x2=shortest(WIDTH - RIGHT) y1=shortest(HEIGHT - BOTTOM) y2=shortest(HEIGHT - BOTTOM) />
            <line class="trend__target" x1=shortest(LEFT) x2=shortest(WIDTH - RIGHT) y1=shortest(target_y) y2=shortest(target_y) />
            <text class="trend__label trend__label--target" x=shortest(LEFT - 6.0) y=shortest(target_y - 2.0) text-anchor="end">
                "Target"
            </text>
            <text class="trend__label" x=shortest(LEFT - 6.0) y=shortest(target_y + 11.0) text-anchor="end">
                {number_text(kpi.target.number())}
            </text>
            <text class="trend__label" x=shortest(LEFT) y=shortest(HEIGHT - 10.0) text-anchor="start">
                {first.date.short()}
            </text>
            {(points.len() > 1)
                .then(|| {
                    view! {
                        <text class="trend__label" x=shortest(WIDTH - RIGHT) y=shortest(HEIGHT - 10.0) text-anchor="end">
                            {last.date.short()}
                        </text>
                    }
                })}
            <polyline class="trend__line" points=scale.line(&points) />
            // Each value beside its point, while there is room for them all.
            {(points.len() <= 8)
                .then(|| {
                    points
                        .iter()
                        .map(|p| {
                            view! {
                                <text
                                    class="trend__label trend__value"
                                    x=fixed(scale.x(p), 1)
                                    y=fixed(scale.y(p.value) - 9.0, 1)
                                    text-anchor="middle"
                                >
                                    {number_text(p.value)}
                                </text>
                            }
                        })
                        .collect_view()
                })}
            {points
                .iter()
                .map(|p| {
                    view! {
                        <circle
                            class="trend__point"
                            class:trend__point--off=!p.on_target
                            cx=fixed(scale.x(p), 1)
                            cy=fixed(scale.y(p.value), 1)
                            r="4.5"
                        />
                    }
                })
                .collect_view()}
        </svg>
    }
}

/// The same values as a table, for screen readers and anyone who prefers numbers.
#[component]
fn TrendTable(kpi: Kpi, points: Vec<Point>) -> impl IntoView {
    let rows = points
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row">{p.date.long()}</th>
                    <td class="num">{kpi.with_unit(p.value)}</td>
                    <td>{if p.on_target { "On target" } else { "Off target" }}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="trend__table" id=format!("trend-table-{}", kpi.id)>
            <caption class="visually-hidden">{format!("Values of {}", isolate(&kpi.name))}</caption>
            <thead>
                <tr>
                    <th scope="col">"Check-in"</th>
                    <th scope="col" class="num">"Value"</th>
                    <th scope="col">"Against the target"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
