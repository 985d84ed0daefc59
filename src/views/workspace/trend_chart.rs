//! A KPI's values over the check-ins, drawn as SVG against its target, with the same values
//! as a table for screen readers and anyone who prefers numbers.

use leptos::prelude::*;

use crate::domain::workspace::kpis::{Kpi, Point, number_text};

const WIDTH: f64 = 380.0;
const HEIGHT: f64 = 170.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 28.0;
const TOP: f64 = 22.0;
const BOTTOM: f64 = 30.0;

#[component]
pub fn TrendChart(kpi: Kpi, points: Vec<Point>) -> impl IntoView {
    let table_id = format!("trend-table-{}", kpi.id);
    let title_id = format!("trend-title-{}", kpi.id);
    if points.is_empty() {
        return view! { <p class="quiet">"No values recorded yet: record a check-in to start the trend."</p> }
            .into_any();
    }
    // The vertical range covers every value and the target, with a little room.
    let low = points.iter().map(|p| p.value).fold(kpi.target, f64::min);
    let high = points.iter().map(|p| p.value).fold(kpi.target, f64::max);
    let pad = if high > low {
        (high - low) * 0.1
    } else {
        low.abs().max(1.0) * 0.1
    };
    let (low, high) = (low - pad, high + pad);
    let first = points[0].date.ordinal();
    let span = f64::from((points[points.len() - 1].date.ordinal() - first).max(1));
    let single = points.len() == 1;
    let x = move |p: &Point| {
        if single {
            LEFT + (WIDTH - LEFT - RIGHT) / 2.0
        } else {
            LEFT + (WIDTH - LEFT - RIGHT) * f64::from(p.date.ordinal() - first) / span
        }
    };
    let y = move |v: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - (v - low) / (high - low));
    let line: Vec<String> = points
        .iter()
        .map(|p| format!("{:.1},{:.1}", x(p), y(p.value)))
        .collect();
    let target_y = y(kpi.target);
    let last = points[points.len() - 1];
    let summary = format!(
        "{}: {} values from {} to {}; the latest, {}, is {} the target of {}. The values are in the table below.",
        kpi.name,
        points.len(),
        points[0].date.long(),
        last.date.long(),
        kpi.with_unit(last.value),
        if last.on_target { "on" } else { "off" },
        kpi.with_unit(kpi.target),
    );
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
        <figure class="trend">
            <svg
                class="trend__svg"
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby=title_id.clone()

                focusable="false"
            >
                <title id=title_id.clone()>{summary}</title>
                <line class="trend__axis" x1=LEFT x2=LEFT y1=TOP y2=HEIGHT - BOTTOM />
                <line class="trend__axis" x1=LEFT x2=WIDTH - RIGHT y1=HEIGHT - BOTTOM y2=HEIGHT - BOTTOM />
                <line class="trend__target" x1=LEFT x2=WIDTH - RIGHT y1=target_y y2=target_y />
                <text class="trend__label trend__label--target" x=LEFT - 6.0 y=target_y - 2.0 text-anchor="end">
                    "Target"
                </text>
                <text class="trend__label" x=LEFT - 6.0 y=target_y + 11.0 text-anchor="end">
                    {number_text(kpi.target)}
                </text>
                <text class="trend__label" x=LEFT y=HEIGHT - 10.0 text-anchor="start">
                    {points[0].date.short()}
                </text>
                {(points.len() > 1)
                    .then(|| {
                        view! {
                            <text class="trend__label" x=WIDTH - RIGHT y=HEIGHT - 10.0 text-anchor="end">
                                {last.date.short()}
                            </text>
                        }
                    })}
                <polyline class="trend__line" points=line.join(" ") />
                // Each value beside its point, while there is room for them all.
                {(points.len() <= 8)
                    .then(|| {
                        points
                            .iter()
                            .map(|p| {
                                view! {
                                    <text
                                        class="trend__label trend__value"
                                        x=format!("{:.1}", x(p))
                                        y=format!("{:.1}", y(p.value) - 9.0)
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
                                cx=format!("{:.1}", x(p))
                                cy=format!("{:.1}", y(p.value))
                                r="4.5"
                            />
                        }
                    })
                    .collect_view()}
            </svg>
            <figcaption class="visually-hidden">{format!("Trend of {}", kpi.name)}</figcaption>
        </figure>
        <table class="trend__table" id=table_id>
            <caption class="visually-hidden">{format!("Values of {}", kpi.name)}</caption>
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
    .into_any()
}
