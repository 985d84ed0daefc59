//! The calculator's results: the comparison table, the break-even, savings between two
//! options, the chart, the qualitative comparison, and sharing.

use leptos::prelude::*;

use super::chart::CostChart;
use super::{Calculator, ComparePanel, Pick};
use crate::domain::calculator::flips::{cheapest as flips_cheapest, flip_sentence, flips};
use crate::domain::calculator::form::FieldId;
use crate::domain::calculator::form::share_link;
use crate::domain::calculator::report::{
    Cheapest, NOT_IN_POST, break_even_sentence, cheapest, months, saving_sentence, table_columns,
    table_csv,
};
use crate::domain::calculator::switch::{
    SwitchCost, SwitchPlan, overlap_sentence, switch, switch_sentence,
};
use crate::domain::options::Leadership;
use crate::ui::download::download_text;
use crate::ui::forms::{PrintButton, focus_soon};
use crate::ui::later::InTurn;

/// Beside the inputs (in view while they scroll, on a wide screen): a row per option, which
/// on a phone is a card per option.
#[component]
pub fn Results() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let comparison = calculator.comparison;
    let money = calculator.money();
    let columns = Memo::new(move |_| {
        let budget = calculator.budget();
        calculator
            .bands
            .with(|b| comparison.with(|c| table_columns(c, budget, Some(b), money)))
    });
    let cheapest_option = Memo::new(move |_| match comparison.with(cheapest) {
        Cheapest::One { option, .. } => Some(option),
        _ => None,
    });
    view! {
        <section class="calculator__results" aria-labelledby="results-title" class:calculator__results--stale=move || calculator.stale.get()>
            <h2 id="results-title" tabindex="-1">"What each option costs"</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Costs compared">
                <table class="cost-table stack-table" id="cost-table">
                    <thead>
                        <tr>
                            <th scope="col">"Option"</th>
                            {move || {
                                columns
                                    .with(|cs| {
                                        cs.iter()
                                            .map(|c| view! { <th scope="col" class="num">{c.heading.clone()}</th> })
                                            .collect_view()
                                    })
                            }}
                        </tr>
                    </thead>
                    <tbody>
                        {Leadership::ALL
                            .into_iter()
                            .map(|option| {
                                view! {
                                    <tr data-option=option.slug() class:cost-table__cheapest=move || cheapest_option.get() == Some(option)>
                                        <th scope="row">
                                            {option.name()}
                                            <Show when=move || cheapest_option.get() == Some(option)>
                                                <span class="tag">"Cheapest"</span>
                                            </Show>
                                        </th>
                                        {move || {
                                            columns
                                                .with(|cs| {
                                                    cs.iter()
                                                        .map(|c| {
                                                            view! {
                                                                <td class="num" data-label=c.heading.clone()>
                                                                    {c.cells[option.index()].clone()}
                                                                </td>
                                                            }
                                                        })
                                                        .collect_view()
                                                })
                                        }}
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Below the inputs and the table, the width of the page: the chart, two options compared,
/// sharing, and what each option brings.
#[component]
pub fn MoreResults() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let format = calculator.format;
    // Worked out here, in the part of the page that shows it.
    let form = calculator.form;
    provide_context(SwitchPath(Memo::new(move |_| {
        form.with(|f| {
            let inputs = f.to_inputs();
            let month = f.get(FieldId::SwitchSearch) as u32;
            switch(&inputs, SwitchPlan::new(month, inputs.horizon_months))
        })
    })));
    view! {
        <section class="calculator__more" aria-label="More about these costs">
            <p class="table-note">
                "Low to high: every figure at the low and then the high end of its sources' range, moved with yours. Per hour: the monthly cost divided by the hours of leadership it buys; for an in-house team, by the team's working hours. Equity is valued at the company valuation and is not in the cash figures."
            </p>
            <p class="break-even">
                {move || calculator.comparison.with(|c| break_even_sentence(c, format))}
            </p>
            <CostChart />
            // Each in a task of its own the first time (ui::later::InTurn).
            <InTurn>
                <SwitchPlanResult />
                <WhatFlips />
                <Savings />
            </InTurn>
            <InTurn>
            <ShareAndExport />
            <WhatYouGet />
            </InTurn>
        </section>
    }
}

/// What each option brings, beside what it costs.
#[component]
fn WhatYouGet() -> impl IntoView {
    view! {
            <h2>"What you get for it"</h2>
            <div class="alternatives alternatives--four">
                {Leadership::ALL
                    .iter()
                    .map(|&option| {
                        view! {
                            <section class="alternative" aria-labelledby=format!("get-{}", option.slug())>
                                <h3 id=format!("get-{}", option.slug())>{option.name()}</h3>
                                <p><strong>"Advantages: "</strong>{option.advantages()}</p>
                                <p><strong>"Disadvantages: "</strong>{option.disadvantages()}</p>
                                <p><strong>"Choose it: "</strong>{option.when_to_choose()}</p>
                            </section>
                        }
                    })
                    .collect_view()}
            </div>
    }
}

/// A fractional CTO now and a full-time CTO from the month chosen, for the blocks under the
/// table.
#[derive(Clone, Copy)]
pub(crate) struct SwitchPath(pub Memo<SwitchCost>);

/// The name of the switch path, on the chart and in the CSV.
pub const SWITCH_NAME: &str = "Fractional now, full-time later";

/// Fractional now, a full-time CTO from the month chosen: what it costs against staying
/// fractional and hiring now, and when (or whether) it pays back.
#[component]
fn SwitchPlanResult() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let path = expect_context::<SwitchPath>();
    let money = calculator.money();
    let amount = move |v: f64| money.amount(v);
    // Months from now, as the field asks: "after 12 months" is paid from month 13 on.
    let plan = move || {
        path.0.with(|s| {
            let horizon = s.horizon();
            let search = s.plan.search_from;
            let starts = if search == 0 {
                "The search starts now".to_owned()
            } else {
                format!("The search starts after {}", months(f64::from(search), money.format))
            };
            if f64::from(horizon) <= s.hired_at {
                format!(
                    "{starts}; with {} to hire, the full-time CTO would not start within the {horizon} months compared.",
                    months(s.hired_at - f64::from(search), money.format)
                )
            } else {
                format!(
                    "{starts}; the full-time CTO starts after {} and the fractional CTO stays for {} in all.",
                    months(s.hired_at, money.format),
                    months(s.fractional_until.min(f64::from(horizon)), money.format)
                )
            }
        })
    };
    // The field is in a group that may be closed (on a phone): open it, then go to it.
    let change_month = move || {
        if let Ok(Some(group)) = document().query_selector(".input-group[data-option=switch]") {
            let _ = group.set_attribute("open", "");
        }
        focus_soon("field-switch-search");
    };
    view! {
        <section class="switch-plan" aria-labelledby="switch-title">
            <h2 id="switch-title">{SWITCH_NAME}</h2>
            <p>{plan}</p>
            <p class="switch-plan__verdict">{move || path.0.with(|s| switch_sentence(s, money))}</p>
            {move || path.0.with(|s| overlap_sentence(s, money)).map(|text| view! { <p>{text}</p> })}
            <dl class="switch-plan__totals">
                <div>
                    <dt>"Switching"</dt>
                    <dd>{move || path.0.with(|s| amount(s.total))}</dd>
                </div>
                <div>
                    <dt>"Staying fractional"</dt>
                    <dd>{move || path.0.with(|s| amount(s.stay_fractional))}</dd>
                </div>
                <div>
                    <dt>"A full-time CTO now"</dt>
                    <dd>{move || calculator.comparison.with(|c| {
                        let cost = c.get(Leadership::FullTime);
                        if cost.in_post(c.horizon_months) { amount(cost.total) } else { NOT_IN_POST.to_owned() }
                    })}</dd>
                </div>
            </dl>
            <p class="no-print">
                <button type="button" class="button button--secondary" on:click=move |_| change_month()>
                    "Change the month the search starts"
                </button>
            </p>
        </section>
    }
}

/// For each main figure alone, the value at which another option becomes the cheapest.
#[component]
fn WhatFlips() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let money = calculator.money();
    let rows = Memo::new(move |_| {
        calculator.form.with(|f| {
            flips(f)
                .iter()
                .map(|(id, outcome)| flip_sentence(*id, outcome, money))
                .collect::<Vec<_>>()
        })
    });
    // The flips' own reading of the cheapest (to the cent), so the two never disagree.
    let today = move || match calculator.comparison.with(flips_cheapest) {
        Some(option) => format!(
            "Today {} is the cheapest. Each figure alone, the others as they are:",
            option.in_sentence()
        ),
        None => "No single option is the cheapest today, so no one figure changes the answer."
            .to_owned(),
    };
    view! {
        <section class="flips" aria-labelledby="flips-title">
            <h2 id="flips-title">"What would change the answer"</h2>
            <p>{today}</p>
            <ul class="flips__list">
                {move || rows.get().into_iter().map(|row| view! { <li>{row}</li> }).collect_view()}
            </ul>
        </section>
    }
}

/// The head of the chart's table: a column per option, and the switch.
#[component]
pub fn ChartHeadings() -> impl IntoView {
    view! {
        <thead>
            <tr>
                <td></td>
                {Leadership::ALL
                    .iter()
                    .map(|o| view! { <th scope="col" class="num">{o.name()}</th> })
                    .collect_view()}
                <th scope="col" class="num">{SWITCH_NAME}</th>
            </tr>
        </thead>
    }
}

/// What one option saves against another, in money and in percent.
#[component]
fn Savings() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let a = RwSignal::new(Leadership::Fractional);
    let b = RwSignal::new(Leadership::FullTime);
    let select = move |id: &'static str, label: &'static str, which: RwSignal<Leadership>| {
        let choose = move |slug: String| {
            if let Some(o) = Leadership::ALL.into_iter().find(|o| o.slug() == slug) {
                which.set(o);
            }
        };
        view! {
            <Pick id label choose>
                {Leadership::ALL
                    .iter()
                    .map(|&o| {
                        view! {
                            <option value=o.slug() selected=move || which.get() == o>
                                {o.name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </Pick>
        }
    };
    let sentence = move || {
        calculator
            .comparison
            .with(|c| saving_sentence(c, a.get(), b.get(), calculator.money()))
    };
    view! {
        <ComparePanel
            class="savings"
            title="Compare two options"
            first=select("saving-a", "This option", a).into_any()
            second=select("saving-b", "against", b).into_any()
        >
            // No live region: it would speak on every keypress in any field; the summary's
            // announcer speaks after a pause.
            <p class="savings__result">{sentence}</p>
        </ComparePanel>
    }
}

#[component]
fn ShareAndExport() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let path = expect_context::<SwitchPath>();
    let status = RwSignal::new(String::new());
    let link = move || {
        let here = window().location().href().unwrap_or_default();
        calculator
            .form
            .with(|form| share_link(&here, form, calculator.currency))
    };
    let csv = move |_| {
        let text = calculator.form.with_untracked(|form| {
            let horizon = calculator.comparison.with_untracked(|c| c.horizon_months);
            let mut extra = vec![(
                SWITCH_NAME.to_owned(),
                path.0.with_untracked(SwitchCost::cumulative),
            )];
            if let Some(budget) = form.budget {
                extra.push((
                    "Your budget".to_owned(),
                    (1..=horizon).map(|m| budget * f64::from(m)).collect(),
                ));
            }
            calculator.bands.with_untracked(|bands| {
                table_csv(
                    form,
                    &calculator.comparison.get_untracked(),
                    Some(bands),
                    &extra,
                    calculator.money(),
                )
            })
        });
        status.set(
            match download_text("cto-compass-costs.csv", "text/csv", &text) {
                Ok(()) => "The table was saved as cto-compass-costs.csv.".to_owned(),
                Err(e) => format!("The file could not be saved: {e}."),
            },
        );
    };
    view! {
        <section class="share no-print" aria-labelledby="calc-share-title">
            <h3 id="calc-share-title">"Share or export"</h3>
            <p>"The link carries these figures after the “#”, which browsers never send to a server."</p>
            <label class="label" for="calc-share-link">"Link to these figures"</label>
            <input class="input share__link" id="calc-share-link" type="text" readonly prop:value=link />
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=csv>
                    "Download the table (CSV)"
                </button>
                <PrintButton />
            </div>
            <p class="status" role="status">{move || status.get()}</p>
        </section>
    }
}
