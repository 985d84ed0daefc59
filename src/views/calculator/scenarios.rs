//! Saved scenarios: save the current figures under a name, reopen, rename, delete, and compare
//! two side by side. Kept through the storage layer.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::Calculator;
use crate::domain::calculator::model::compare;
use crate::domain::calculator::report::{money, scenario_summary};
use crate::domain::calculator::scenarios::Scenarios;
use crate::domain::options::Leadership;
use crate::storage::Persisted;
use crate::ui::forms::focus_soon;

#[component]
pub fn ScenariosPanel() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let scenarios = expect_context::<Persisted<Scenarios>>();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());

    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let form = calculator.form.get_untracked();
        let typed = name.get_untracked();
        let mut outcome = Ok(());
        scenarios.update(|s| outcome = s.save(&typed, &form));
        match outcome {
            Ok(()) => {
                error.set(None);
                status.set(format!("Saved “{}”.", typed.trim()));
                name.set(String::new());
            }
            Err(message) => {
                error.set(Some(message));
                focus_soon("scenario-name");
            }
        }
    };

    view! {
        <section class="scenarios no-print" aria-labelledby="scenarios-title">
            <h2 id="scenarios-title">"Scenarios"</h2>
            <p>"Keep these figures under a name to come back to them or compare them with others. They stay in this browser."</p>
            <form class="scenarios__save" novalidate on:submit=save>
                <div class="form-group field" class:form-group--error=move || error.with(Option::is_some)>
                    <label class="label" for="scenario-name">"Name for these figures"</label>
                    {move || {
                        error
                            .get()
                            .map(|message| {
                                view! {
                                    <p class="error-message" id="scenario-name-error">
                                        <span class="visually-hidden">"Error: "</span>
                                        {message}
                                    </p>
                                }
                            })
                    }}
                    <input
                        class="input scenarios__name"
                        id="scenario-name"
                        type="text"
                        autocomplete="off"
                        aria-describedby=move || error.with(Option::is_some).then_some("scenario-name-error")
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </div>
                <button type="submit" class="button">"Save scenario"</button>
            </form>
            <p class="status" role="status">{move || status.get()}</p>
            <SavedList status />
            <CompareScenarios />
        </section>
    }
}

/// The saved scenarios, each with Open, Rename and Delete.
#[component]
fn SavedList(status: RwSignal<String>) -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let scenarios = expect_context::<Persisted<Scenarios>>();
    let renaming = RwSignal::new(None::<usize>);
    let deleting = RwSignal::new(None::<usize>);
    let new_name = RwSignal::new(String::new());
    let rename_error = RwSignal::new(None::<String>);

    let open = move |index: usize| {
        let Some(scenario) = scenarios.with_untracked(|s| s.saved.get(index).cloned()) else {
            return;
        };
        let (form, problems) = scenario.form();
        calculator.load(form);
        status.set(if problems.is_empty() {
            format!(
                "Opened “{}”: the figures above are now its figures.",
                scenario.name
            )
        } else {
            format!(
                "Opened “{}”, with defaults where its figures could not be used: {}.",
                scenario.name,
                problems.join("; ")
            )
        });
        focus_soon("inputs-title");
    };

    move || {
        let saved = scenarios.with(|s| s.saved.clone());
        if saved.is_empty() {
            return view! { <p class="quiet">"No saved scenarios yet."</p> }.into_any();
        }
        view! {
            <ul class="scenario-list">
                {saved
                    .into_iter()
                    .enumerate()
                    .map(|(index, scenario)| {
                        let label = scenario.name.clone();
                        let total = scenario_summary(&scenario.form().0, calculator.currency);
                        let body = move || {
                            if renaming.get() == Some(index) {
                                let submit = move |ev: SubmitEvent| {
                                    ev.prevent_default();
                                    let typed = new_name.get_untracked();
                                    let mut outcome = Ok(());
                                    scenarios.update(|s| outcome = s.rename(index, &typed));
                                    match outcome {
                                        Ok(()) => {
                                            rename_error.set(None);
                                            renaming.set(None);
                                            status.set(format!("Renamed to “{}”.", typed.trim()));
                                        }
                                        Err(message) => rename_error.set(Some(message)),
                                    }
                                };
                                view! {
                                    <form class="scenario__rename" novalidate on:submit=submit>
                                        <label class="label" for=format!("rename-{index}")>
                                            "New name"
                                        </label>
                                        {move || {
                                            rename_error
                                                .get()
                                                .map(|m| {
                                                    view! {
                                                        <p class="error-message" id=format!("rename-{index}-error")>
                                                            <span class="visually-hidden">"Error: "</span>
                                                            {m}
                                                        </p>
                                                    }
                                                })
                                        }}
                                        <input
                                            class="input scenarios__name"
                                            id=format!("rename-{index}")
                                            type="text"
                                            autocomplete="off"
                                            aria-describedby=move || rename_error.with(Option::is_some).then(|| format!("rename-{index}-error"))
                                            prop:value=move || new_name.get()
                                            on:input=move |ev| new_name.set(event_target_value(&ev))
                                        />
                                        <div class="button-row">
                                            <button type="submit" class="button button--small">"Save name"</button>
                                            <button
                                                type="button"
                                                class="button button--secondary button--small"
                                                on:click=move |_| {
                                                    rename_error.set(None);
                                                    renaming.set(None);
                                                }
                                            >
                                                "Cancel"
                                            </button>
                                        </div>
                                    </form>
                                }
                                    .into_any()
                            } else if deleting.get() == Some(index) {
                                let name = label.clone();
                                let group_label = format!("Delete {name}?");
                                let question = format!("Delete “{name}”? This cannot be undone.");
                                view! {
                                    <div class="scenario__confirm" role="group" aria-label=group_label>
                                        <p>{question}</p>
                                        <div class="button-row">
                                            <button
                                                type="button"
                                                class="button button--warning button--small"
                                                on:click=move |_| {
                                                    scenarios.update(|s| s.delete(index));
                                                    deleting.set(None);
                                                    status.set(format!("Deleted “{name}”."));
                                                }
                                            >
                                                "Yes, delete it"
                                            </button>
                                            <button
                                                type="button"
                                                class="button button--secondary button--small"
                                                on:click=move |_| deleting.set(None)
                                            >
                                                "No, keep it"
                                            </button>
                                        </div>
                                    </div>
                                }
                                    .into_any()
                            } else {
                                let name = label.clone();
                                let rename_name = label.clone();
                                view! {
                                    <div class="button-row">
                                        <button type="button" class="button button--secondary button--small" on:click=move |_| open(index)>
                                            "Open"
                                            <span class="visually-hidden">{format!(" {name}")}</span>
                                        </button>
                                        <button
                                            type="button"
                                            class="button button--secondary button--small"
                                            on:click=move |_| {
                                                new_name.set(rename_name.clone());
                                                rename_error.set(None);
                                                deleting.set(None);
                                                renaming.set(Some(index));
                                            }
                                        >
                                            "Rename"
                                            <span class="visually-hidden">{format!(" {}", label.clone())}</span>
                                        </button>
                                        <button
                                            type="button"
                                            class="button button--secondary button--small"
                                            on:click=move |_| {
                                                renaming.set(None);
                                                deleting.set(Some(index));
                                            }
                                        >
                                            "Delete"
                                            <span class="visually-hidden">{format!(" {}", label.clone())}</span>
                                        </button>
                                    </div>
                                }
                                    .into_any()
                            }
                        };
                        view! {
                            <li class="scenario">
                                <p class="scenario__name">{scenario.name.clone()}</p>
                                <p class="scenario__summary quiet">{total}</p>
                                {body}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
            .into_any()
    }
}

/// Two saved scenarios side by side: each option's total over each scenario's horizon.
#[component]
fn CompareScenarios() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let scenarios = expect_context::<Persisted<Scenarios>>();
    let first = RwSignal::new(0usize);
    let second = RwSignal::new(1usize);
    let picker = move |id: &'static str, label: &'static str, which: RwSignal<usize>| {
        view! {
            <div class="savings__pick">
                <label class="label" for=id>{label}</label>
                <select
                    class="select"
                    id=id
                    on:change=move |ev| {
                        if let Ok(i) = event_target_value(&ev).parse() {
                            which.set(i);
                        }
                    }
                >
                    {move || {
                        scenarios
                            .with(|s| s.saved.iter().map(|x| x.name.clone()).collect::<Vec<_>>())
                            .into_iter()
                            .enumerate()
                            .map(|(i, name)| {
                                view! {
                                    <option value=i.to_string() selected=move || which.get() == i>
                                        {name}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
        }
    };
    move || {
        let count = scenarios.with(|s| s.saved.len());
        if count < 2 {
            return None;
        }
        let table = move || {
            let (a, b) = scenarios.with(|s| {
                let get = |i: usize| s.saved.get(i.min(s.saved.len() - 1)).cloned();
                (get(first.get()), get(second.get()))
            });
            let (Some(a), Some(b)) = (a, b) else {
                return None;
            };
            let (ca, cb) = (
                compare(&a.form().0.to_inputs()),
                compare(&b.form().0.to_inputs()),
            );
            let currency = calculator.currency;
            Some(view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label="Two scenarios compared">
                    <table class="cost-table" id="scenario-comparison">
                        <thead>
                            <tr>
                                <td></td>
                                <th scope="col" class="num">{format!("{} ({} months)", a.name, ca.horizon_months)}</th>
                                <th scope="col" class="num">{format!("{} ({} months)", b.name, cb.horizon_months)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {Leadership::ALL
                                .iter()
                                .map(|&o| {
                                    view! {
                                        <tr>
                                            <th scope="row">{format!("{}, total", o.name())}</th>
                                            <td class="num">{money(ca.get(o).total, currency)}</td>
                                            <td class="num">{money(cb.get(o).total, currency)}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            })
        };
        Some(view! {
            <div class="compare-scenarios panel">
                <h3 class="panel__title">"Compare two scenarios"</h3>
                <div class="savings__picks">
                    {picker("scenario-a", "First", first)}
                    {picker("scenario-b", "Second", second)}
                </div>
                {table}
            </div>
        })
    }
}
