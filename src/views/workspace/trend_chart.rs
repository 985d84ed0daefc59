//! A KPI's values over the check-ins, drawn as SVG against its target, with the same values
//! as a table for screen readers and anyone who prefers numbers.

use leptos::html::Div;
use leptos::prelude::*;

use crate::domain::number::{fixed, shortest};
use crate::domain::text::isolate;

use crate::domain::workspace::kpis::{Kpi, Point, number_text};
use crate::domain::workspace::trend::{Scale, trend_summary};
use crate::ui::measure::width_of;

#[component]
pub fn TrendChart(kpi: Kpi, points: Vec<Point>) -> impl IntoView {
    if points.is_empty() {
        return view! { <p class="quiet">"No values recorded yet: record a check-in to start the trend."</p> }
            .into_any();
    }
    let name = kpi.name.clone();
    let plot = NodeRef::<Div>::new();
    view! {
        <figure class="trend">
            <div node_ref=plot>
                <TrendSvg kpi=kpi.clone() points=points.clone() width=width_of(plot) />
            </div>
            <figcaption class="visually-hidden">{format!("Trend of {}", isolate(&name))}</figcaption>
        </figure>
        <TrendTable kpi points />
    }
    .into_any()
}

/// The values as a line against the target, `width` pixels wide (as measured; a default until
/// then), the chart's title saying it in words.
#[component]
fn TrendSvg(kpi: Kpi, points: Vec<Point>, width: ReadSignal<f64>) -> impl IntoView {
    let title_id = format!("trend-title-{}", kpi.id);
    move || {
        let scale = Scale::fit(&kpi, &points, width.get());
        let (w, h) = (shortest(scale.width), shortest(scale.height));
        let target_y = scale.y(kpi.target.number());
        let (left, right, foot) = (
            fixed(scale.axis_left(), 1),
            fixed(scale.axis_right(), 1),
            fixed(scale.bottom_y(), 1),
        );
        let label_x = fixed(scale.axis_left() - 6.0, 1);
        let dates_y = fixed(scale.height - 8.0, 1);
        let (first, last) = (points[0], points[points.len() - 1]);
        view! {
            <svg
                class="trend__svg"
                width=w.clone()
                height=h.clone()
                viewBox=format!("0 0 {w} {h}")
                role="img"
                aria-labelledby=title_id.clone()
                focusable="false"
            >
                <title id=title_id.clone()>{trend_summary(&kpi, &points)}</title>
                <line class="trend__axis" x1=left.clone() x2=left.clone() y1=shortest(scale.top) y2=foot.clone() />
                <line class="trend__axis" x1=left.clone() x2=right.clone() y1=foot.clone() y2=foot />
                <line class="trend__target" x1=left.clone() x2=right.clone() y1=fixed(target_y, 1) y2=fixed(target_y, 1) />
                <text class="trend__label trend__label--target" x=label_x.clone() y=fixed(target_y - 3.0, 1) text-anchor="end">
                    "Target"
                </text>
                <text class="trend__label" x=label_x y=fixed(target_y + 13.0, 1) text-anchor="end">
                    {number_text(kpi.target.number())}
                </text>
                <text class="trend__label" x=left y=dates_y.clone() text-anchor="start">
                    {first.date.short()}
                </text>
                {(points.len() > 1)
                    .then(|| {
                        view! {
                            <text class="trend__label" x=right y=dates_y text-anchor="end">
                                {last.date.short()}
                            </text>
                        }
                    })}
                <polyline class="trend__line" points=scale.line(&points) />
                // Each value over its point, while there is room for them all.
                {scale
                    .room_for_values(&points)
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
