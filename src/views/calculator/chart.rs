//! The cumulative cost of each option over the horizon, drawn as SVG by the app, with the same
//! figures as a table for screen readers and anyone who prefers numbers.

use leptos::html::Div;
use leptos::prelude::*;

use crate::domain::number::{fixed, shortest};

use super::Calculator;
use super::results::{ChartHeadings, SwitchPath};
use crate::domain::calculator::chart::{
    END_NAME, LEFT, Scale, TOP, markers, series, short_money, table_months,
};
use crate::domain::calculator::switch::{SwitchBreakEven, SwitchCost};
use crate::domain::options::Leadership;
use crate::ui::measure::width_of;

#[component]
pub fn CostChart() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let path = expect_context::<SwitchPath>();
    let plot = NodeRef::<Div>::new();
    let table = move || {
        let comparison = calculator.comparison.get();
        // The four options, then the switch: every line the chart draws but the budget's.
        let mut cumulative: Vec<Vec<f64>> =
            comparison.options.iter().map(|c| c.cumulative()).collect();
        cumulative.push(path.0.with(SwitchCost::cumulative));
        table_months(comparison.horizon_months)
            .into_iter()
            .map(|m| {
                let at = m as usize - 1;
                view! {
                    <tr>
                        <th scope="row">{format!("Month {m}")}</th>
                        {cumulative
                            .iter()
                            .zip(Leadership::ALL.iter().map(|o| o.short_name()).chain(["Switch"]))
                            .map(|(s, label)| {
                                view! { <td class="num" data-label=label>{calculator.money().amount(s[at])}</td> }
                            })
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
                                <Key option=*o />
                                {o.name()}
                            </li>
                        }
                    })
                    .collect_view()}
                <li>
                    <svg class="chart__key chart__switch" width="56" height="14" viewBox="0 0 56 14" aria-hidden="true" focusable="false">
                        <line class="chart__line" x1="2" x2="54" y1="7" y2="7" />
                    </svg>
                    "Switch: fractional now, full-time later"
                </li>
                <Show when=move || calculator.budget().is_some()>
                    <li>
                        <svg class="chart__key chart__budget" width="56" height="14" viewBox="0 0 56 14" aria-hidden="true" focusable="false">
                            <line class="chart__line" x1="2" x2="54" y1="7" y2="7" />
                        </svg>
                        "Your budget"
                    </li>
                </Show>
            </ul>
            <p class="chart__note quiet">"Shaded: each option from low to high, with every figure at the ends of its sources' range."</p>
            <div class="chart__plot" node_ref=plot>
                <CostLines width=width_of(plot) />
            </div>
            <details class="chart__table">
                <summary>"The chart as a table"</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Cost so far, as a table">
                    <table class="cost-table stack-table">
                        <ChartHeadings />
                        <tbody>{table}</tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}

/// An option's line and marker as the chart draws them, for the legend: the same classes, so
/// the same colour, dashes and shape.
#[component]
fn Key(option: Leadership) -> impl IntoView {
    view! {
        <svg
            class=format!("chart__key chart__series--{}", option.slug())
            width="56"
            height="14"
            viewBox="0 0 56 14"
            aria-hidden="true"
            focusable="false"
        >
            <line class="chart__line" x1="2" x2="54" y1="7" y2="7" />
            <path class="chart__marker" d=markers(option.index(), &[(28.0, 7.0)]) />
        </svg>
    }
}

/// The chart itself, `width` pixels wide (as measured; a default until then): a line per
/// option over a grid of round amounts and months, each line with its markers and its name at
/// its end.
#[component]
fn CostLines(width: ReadSignal<f64>) -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let path = expect_context::<SwitchPath>();
    let money = calculator.money();
    move || {
        // Drawn once its box is measured (at once when it is mounted; the stylesheet holds the
        // box's height meanwhile), not first at a guessed width and again: half the work while
        // the page starts on a slow phone.
        let measured = width.get();
        if measured <= 0.0 {
            return ().into_any();
        }
        let comparison = calculator.comparison.get();
        let horizon = comparison.horizon_months;
        let lines = series(&comparison);
        let extra = Extras::of(calculator, path, horizon);
        // The scale fits the lines; a band reaching higher is cut at the top of the plot, so a
        // wide range never squeezes the lines it surrounds.
        let (switched, budget) = (&extra.switched, &extra.budget);
        let largest = lines
            .iter()
            .map(|(_, l)| l)
            .chain(std::iter::once(switched))
            .chain(budget.iter())
            .filter_map(|l| l.last().copied())
            .fold(0.0, f64::max);
        let scale = Scale::fitting(horizon, largest, measured);
        // Each option's name, then the switch's and the budget's, spread so none overlaps.
        let mut ends: Vec<&[f64]> = lines.iter().map(|(_, l)| l.as_slice()).collect();
        ends.push(switched);
        if let Some(b) = budget {
            ends.push(b);
        }
        let mut names = scale.end_names(&ends);
        let budget_y = budget.as_ref().map(|_| names.pop().unwrap_or_default());
        let extra = extra.clone();
        let switch_y = names.pop().unwrap_or_default();
        let (w, h) = (shortest(scale.width), shortest(scale.height));
        let group = |o: Leadership| format!("chart__series chart__series--{}", o.slug());
        let pays_back = path.0.with(|s| match s.break_even {
            SwitchBreakEven::Month(m) if m <= horizon => Some(m),
            _ => None,
        });
        view! {
            <svg
                class="chart__svg"
                width=w.clone()
                height=h.clone()
                viewBox=format!("0 0 {w} {h}")
                role="img"
                aria-labelledby="chart-title"
                focusable="false"
            >
                <title id="chart-title">
                    {format!(
                        "Cumulative cost of each option over {horizon} months; the same figures are in the table below.",
                    )}
                </title>
                <path class="chart__grid" d=scale.grid() />
                <path class="chart__tick" d=scale.ticks() />
                {scale
                    .y_ticks()
                    .into_iter()
                    .map(|v| {
                        view! {
                            <text class="chart__label" x=shortest(LEFT - 6.0) y=fixed(scale.y(v), 1) dy="0.35em" text-anchor="end">
                                {short_money(v, money)}
                            </text>
                        }
                    })
                    .collect_view()}
                {table_months(horizon)
                    .into_iter()
                    .map(|m| {
                        view! {
                            <text class="chart__label" x=fixed(scale.x(f64::from(m)), 1) y=fixed(scale.bottom() + 18.0, 1) text-anchor="middle">
                                {m.to_string()}
                            </text>
                        }
                    })
                    .collect_view()}
                <text class="chart__axis-title" x=fixed((LEFT + scale.right()) / 2.0, 1) y=fixed(scale.height - 6.0, 1) text-anchor="middle">
                    "Months from now"
                </text>
                // The bands under everything, then every line, then markers and names.
                <ExtraLines scale extra switch_y budget_y pays_back />
                {lines
                    .iter()
                    .map(|(option, values)| {
                        view! {
                            <g class=group(*option)>
                                <polyline class="chart__line" data-option=option.slug() points=scale.points(values) />
                            </g>
                        }
                    })
                    .collect_view()}
                {lines
                    .iter()
                    .zip(names)
                    .enumerate()
                    .map(|(i, ((option, values), name_y))| {
                        view! {
                            <g class=group(*option)>
                                <path class="chart__marker" d=scale.markers(i, values, name_y) />
                                <text class="chart__label chart__end" x=fixed(scale.right() + END_NAME, 1) y=fixed(name_y, 1) dy="0.35em">
                                    {option.short_name()}
                                </text>
                            </g>
                        }
                    })
                    .collect_view()}
            </svg>
        }
        .into_any()
    }
}

/// A band: the lower and the higher running totals.
type Band = (Vec<f64>, Vec<f64>);

/// What the cost chart draws besides the four options' lines.
#[derive(Clone)]
struct Extras {
    /// The switch from fractional to full-time, running totals.
    switched: Vec<f64>,
    /// The budget, running totals.
    budget: Option<Vec<f64>>,
    /// Each option with its band.
    bands: Vec<(Leadership, Band)>,
}

impl Extras {
    fn of(calculator: Calculator, path: SwitchPath, horizon: u32) -> Extras {
        Extras {
            switched: path.0.with(SwitchCost::cumulative),
            budget: calculator
                .budget()
                .map(|b| (1..=horizon).map(|m| b * f64::from(m)).collect()),
            bands: calculator
                .bands
                .with(|b| Leadership::ALL.iter().map(|&o| (o, b.of(o))).collect()),
        }
    }
}

/// The bands, the month switching pays back, the budget's line and the switch's.
#[component]
fn ExtraLines(
    scale: Scale,
    extra: Extras,
    switch_y: f64,
    budget_y: Option<f64>,
    pays_back: Option<u32>,
) -> impl IntoView {
    let group = |o: Leadership| format!("chart__series chart__series--{}", o.slug());
    view! {
        {extra
            .bands
            .iter()
            .map(|(option, (low, high))| {
                view! {
                    <polygon class=format!("chart__band {}", group(*option)) points=scale.band(low, high) />
                }
            })
            .collect_view()}
        {pays_back
            .map(|m| {
                let at = scale.x(f64::from(m));
                let x = fixed(at, 1);
                // Past the middle, the words go to the left of the line, inside the plot.
                let (anchor, dx) = if at > (LEFT + scale.right()) / 2.0 {
                    ("end", "-4")
                } else {
                    ("start", "4")
                };
                view! {
                    <g class="chart__payback">
                        <line x1=x.clone() x2=x.clone() y1=shortest(TOP) y2=fixed(scale.bottom(), 1) />
                        <text class="chart__label" x=x y=shortest(TOP + 12.0) dx=dx text-anchor=anchor>
                            {format!("Switch pays back, month {m}")}
                        </text>
                    </g>
                }
            })}
        {extra
            .budget
            .as_ref()
            .map(|b| {
                view! {
                    <g class="chart__budget">
                        <polyline class="chart__line" data-option="budget" points=scale.points(b) />
                        <text class="chart__label chart__end" x=fixed(scale.right() + END_NAME, 1) y=fixed(budget_y.unwrap_or_default(), 1) dy="0.35em">
                            "Budget"
                        </text>
                    </g>
                }
            })}
        <g class="chart__switch">
            <polyline class="chart__line" data-option="switch" points=scale.points(&extra.switched) />
            <text class="chart__label chart__end" x=fixed(scale.right() + END_NAME, 1) y=fixed(switch_y, 1) dy="0.35em">
                "Switch"
            </text>
        </g>
    }
}
