//! The calculator's results: the comparison table, the break-even, savings between two
//! options, the chart, the qualitative comparison, and sharing.

use leptos::prelude::*;

use super::chart::CostChart;
use super::{Calculator, ComparePanel, Pick};
use crate::domain::assessment::answers::format_money;
use crate::domain::calculator::form::share_link;
use crate::domain::calculator::report::{
    break_even_sentence, saving_sentence, table_csv, table_rows,
};
use crate::domain::options::Leadership;
use crate::ui::download::download_text;
use crate::ui::forms::PrintButton;
use crate::ui::later::Later;

#[component]
pub fn Results(budget: Option<u64>) -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let comparison = calculator.comparison;
    let currency = calculator.currency;
    view! {
        <section class="calculator__results" aria-labelledby="results-title">
            <h2 id="results-title">"What each option costs"</h2>
            {budget
                .map(|b| {
                    view! {
                        <p class="budget-line">
                            {format!("Your monthly budget from the self-assessment: {}.", format_money(b, currency))}
                        </p>
                    }
                })}
            <div class="table-scroll" tabindex="0" role="region" aria-label="Costs compared">
                <table class="cost-table stack-table" id="cost-table">
                    <OptionHeadings />
                    <tbody>
                        {move || {
                            table_rows(&comparison.get(), currency)
                                .into_iter()
                                .map(|(heading, values)| {
                                    view! {
                                        <tr>
                                            <th scope="row">{heading}</th>
                                            {values
                                                .into_iter()
                                                .zip(Leadership::ALL)
                                                .map(|(v, o)| view! { <td class="num" data-label=o.short_name()>{v}</td> })
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            <p class="table-note">
                "Cost per hour is the monthly run-rate divided by the hours of leadership it buys; for an in-house team, by the team's working hours. Equity is valued at the company valuation and is not included in the cash figures."
            </p>
            <p class="break-even" role="status">
                {move || comparison.with(break_even_sentence)}
            </p>
            // Two blocks, each drawn in a task of its own while the app starts: together they
            // would be one long task on a phone.
            <Later>
            <Savings />
            <CostChart />
            </Later>
            <Later>
            <ShareAndExport />
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
            </Later>
        </section>
    }
}

/// The head of a table with a column per option.
#[component]
pub fn OptionHeadings() -> impl IntoView {
    view! {
        <thead>
            <tr>
                <td></td>
                {Leadership::ALL
                    .iter()
                    .map(|o| view! { <th scope="col" class="num">{o.name()}</th> })
                    .collect_view()}
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
            .with(|c| saving_sentence(c, a.get(), b.get(), calculator.currency))
    };
    view! {
        <ComparePanel
            class="savings"
            title="Compare two options"
            first=select("saving-a", "This option", a).into_any()
            second=select("saving-b", "against", b).into_any()
        >
            <p class="savings__result" role="status">{sentence}</p>
        </ComparePanel>
    }
}

#[component]
fn ShareAndExport() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let status = RwSignal::new(String::new());
    let link = move || {
        let here = window().location().href().unwrap_or_default();
        calculator
            .form
            .with(|form| share_link(&here, form, calculator.currency))
    };
    let csv = move |_| {
        let text = table_csv(&calculator.comparison.get_untracked(), calculator.currency);
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
