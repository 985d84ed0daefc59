//! Saved scenarios: save the current figures under a name, reopen, rename, delete, and compare
//! two side by side. Kept through the storage layer.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::{Calculator, ComparePanel, Pick};
use crate::domain::calculator::report::{scenario_summary, scenarios_side_by_side};
use crate::domain::calculator::scenarios::{NAME_FIELD, Scenarios, opened_message, rename_field};
use crate::domain::text::isolate;
use crate::storage::use_document;
use crate::ui::forms::{ErrorMessage, focus_soon};
use crate::ui::lists::list_or_empty;

#[component]
pub fn ScenariosPanel() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let scenarios = use_document::<Scenarios>();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // The calculator's: it outlives a redraw in another currency (opening a scenario in its
    // own currency redraws the page).
    let status = calculator.status;

    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        // Kept with its currency, so it reopens in it.
        let mut form = calculator.form.get_untracked();
        form.currency = Some(calculator.chosen.get_untracked());
        form.number_format = Some(calculator.chosen_format.get_untracked());
        let typed = name.get_untracked();
        let mut outcome = Ok(());
        scenarios.update(|s| outcome = s.save(&typed, &form));
        match outcome {
            Ok(()) => {
                error.set(None);
                status.set(format!("Saved “{}”.", isolate(typed.trim())));
                name.set(String::new());
            }
            Err(problem) => {
                error.set(Some(problem.message));
                focus_soon(NAME_FIELD);
            }
        }
    };

    view! {
        <section class="scenarios no-print" aria-labelledby="scenarios-title">
            <h2 id="scenarios-title">"Scenarios"</h2>
            <p>"Keep these figures under a name to come back to them or compare them with others. They stay in this browser."</p>
            <form class="scenarios__save" novalidate on:submit=save>
                <div class="form-group field" class:form-group--error=move || error.with(Option::is_some)>
                    // NAME_FIELD, written out: a label with a computed `for` gains an empty
                    // comment node in the page.
                    <label class="label" for="scenario-name">"Name for these figures"</label>
                    <ErrorMessage id=format!("{NAME_FIELD}-error") message=error.into() />
                    <input
                        class="input scenarios__name"
                        id=NAME_FIELD
                        type="text"
                        autocomplete="off"
                        aria-describedby=move || error.with(Option::is_some).then(|| format!("{NAME_FIELD}-error"))
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

/// What the list of saved scenarios shares between its rows: which one is being renamed or
/// deleted (one at a time), the name being typed, and the status line above.
#[derive(Clone, Copy)]
struct ListState {
    /// By name, not place: another tab's change can move the rows.
    renaming: RwSignal<Option<String>>,
    deleting: RwSignal<Option<String>>,
    new_name: RwSignal<String>,
    rename_error: RwSignal<Option<String>>,
    status: RwSignal<String>,
}

/// The saved scenarios, each with Open, Rename and Delete.
#[component]
fn SavedList(status: RwSignal<String>) -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let scenarios = use_document::<Scenarios>();
    let state = ListState {
        renaming: RwSignal::new(None),
        deleting: RwSignal::new(None),
        new_name: RwSignal::new(String::new()),
        rename_error: RwSignal::new(None),
        status,
    };
    move || {
        let saved: Vec<_> = scenarios.with(|s| s.saved.clone().into_iter().enumerate().collect());
        list_or_empty(
            saved,
            "scenario-list",
            "No saved scenarios yet.",
            move |(index, scenario)| {
                let total = scenario_summary(&scenario.form().0, calculator.money());
                let name = scenario.name;
                let shown_name = name.clone();
                let body = move || {
                    let name = name.clone();
                    if state.renaming.with(|r| r.as_ref() == Some(&name)) {
                        view! { <RenameScenario index name state /> }.into_any()
                    } else if state.deleting.with(|d| d.as_ref() == Some(&name)) {
                        view! { <ConfirmScenarioDelete name state /> }.into_any()
                    } else {
                        view! { <ScenarioActions name state /> }.into_any()
                    }
                };
                view! {
                    <li class="scenario">
                        <p class="scenario__name">{shown_name}</p>
                        <p class="scenario__summary quiet">{total}</p>
                        {body}
                    </li>
                }
            },
        )
    }
}

/// Open, Rename and Delete for one saved scenario, each naming it for screen readers.
#[component]
fn ScenarioActions(name: String, state: ListState) -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let scenarios = use_document::<Scenarios>();
    let open = {
        let name = name.clone();
        move || {
            let found = scenarios.with_untracked(|s| s.index_of(&name).map(|i| s.saved[i].clone()));
            let Some(scenario) = found else {
                state.status.set(gone(&name));
                return;
            };
            let (form, problems) = scenario.form();
            calculator.load(form);
            state.status.set(opened_message(&scenario.name, &problems));
            focus_soon("inputs-title");
        }
    };
    let rename = {
        let name = name.clone();
        move || {
            state.new_name.set(name.clone());
            state.rename_error.set(None);
            state.deleting.set(None);
            state.renaming.set(Some(name.clone()));
        }
    };
    let delete = {
        let name = name.clone();
        move || {
            state.renaming.set(None);
            state.deleting.set(Some(name.clone()));
        }
    };
    view! {
        <div class="button-row">
            <RowButton word="Open" name=name.clone() on_click=open />
            <RowButton word="Rename" name=name.clone() on_click=rename />
            <RowButton word="Delete" name on_click=delete />
        </div>
    }
}

/// A small button in a scenario's row: its word, then the scenario's name for screen readers
/// ("Delete" is heard as "Delete Baseline").
#[component]
fn RowButton(word: &'static str, name: String, on_click: impl Fn() + 'static) -> impl IntoView {
    view! {
        <button type="button" class="button button--secondary button--small" on:click=move |_| on_click()>
            {word}
            <span class="visually-hidden">{format!(" {name}")}</span>
        </button>
    }
}

/// A new name for one saved scenario, with its error when the name cannot be used.
#[component]
fn RenameScenario(index: usize, name: String, state: ListState) -> impl IntoView {
    let scenarios = use_document::<Scenarios>();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let typed = state.new_name.get_untracked();
        let Some(now) = scenarios.with_untracked(|s| s.index_of(&name)) else {
            state.renaming.set(None);
            state.status.set(gone(&name));
            return;
        };
        let mut outcome = Ok(());
        scenarios.update(|s| outcome = s.rename(now, &typed));
        match outcome {
            Ok(()) => {
                state.rename_error.set(None);
                state.renaming.set(None);
                state
                    .status
                    .set(format!("Renamed to “{}”.", isolate(typed.trim())));
            }
            Err(problem) => state.rename_error.set(Some(problem.message)),
        }
    };
    let input_id = rename_field(index);
    let error_id = format!("{input_id}-error");
    let has_error = move || state.rename_error.with(Option::is_some);
    view! {
        <form class="scenario__rename" novalidate on:submit=submit>
            <label class="label" for=input_id.clone()>
                "New name"
            </label>
            <ErrorMessage id=format!("{input_id}-error") message=state.rename_error.into() />
            <input
                class="input scenarios__name"
                id=input_id
                type="text"
                autocomplete="off"
                aria-describedby=move || has_error().then(|| error_id.clone())
                prop:value=move || state.new_name.get()
                on:input=move |ev| state.new_name.set(event_target_value(&ev))
            />
            <div class="button-row">
                <button type="submit" class="button button--small">"Save name"</button>
                <button
                    type="button"
                    class="button button--secondary button--small"
                    on:click=move |_| {
                        state.rename_error.set(None);
                        state.renaming.set(None);
                    }
                >
                    "Cancel"
                </button>
            </div>
        </form>
    }
}

/// "Delete …? This cannot be undone." in the scenario's row, with Yes and No. Not the shared
/// `ConfirmDelete`: that one is a warning panel with "Yes, delete" and "Cancel" below its own
/// button, where this one takes the row's place with small buttons.
#[component]
fn ConfirmScenarioDelete(name: String, state: ListState) -> impl IntoView {
    let scenarios = use_document::<Scenarios>();
    let shown = isolate(&name);
    let group_label = format!("Delete {shown}?");
    let question = format!("Delete “{shown}”? This cannot be undone.");
    view! {
        <div class="scenario__confirm" role="group" aria-label=group_label>
            <p>{question}</p>
            <div class="button-row">
                <button
                    type="button"
                    class="button button--warning button--small"
                    on:click=move |_| {
                        // By name: another tab may have moved it in the list.
                        scenarios.update(|s| if let Some(now) = s.index_of(&name) { s.delete(now) });
                        state.deleting.set(None);
                        state.status.set(format!("Deleted “{shown}”."));
                    }
                >
                    "Yes, delete it"
                </button>
                <button
                    type="button"
                    class="button button--secondary button--small"
                    on:click=move |_| state.deleting.set(None)
                >
                    "No, keep it"
                </button>
            </div>
        </div>
    }
}

/// The status when a scenario was deleted or renamed in another tab before a click on it.
fn gone(name: &str) -> String {
    format!("“{}” was deleted or renamed in another tab.", isolate(name))
}

/// Two saved scenarios side by side: each option's total over each scenario's horizon.
#[component]
fn CompareScenarios() -> impl IntoView {
    let scenarios = use_document::<Scenarios>();
    let first = RwSignal::new(0usize);
    let second = RwSignal::new(1usize);
    let picker = move |id: &'static str, label: &'static str, which: RwSignal<usize>| {
        let choose = move |value: String| {
            if let Ok(i) = value.parse() {
                which.set(i);
            }
        };
        view! {
            <Pick id label choose>
                {move || {
                        scenarios
                            .with(|s| s.saved.iter().map(|x| isolate(&x.name)).collect::<Vec<_>>())
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
            </Pick>
        }
    };
    move || {
        let count = scenarios.with(|s| s.saved.len());
        if count < 2 {
            return None;
        }
        Some(view! {
            <ComparePanel
                class="compare-scenarios"
                title="Compare two scenarios"
                first=picker("scenario-a", "First", first).into_any()
                second=picker("scenario-b", "Second", second).into_any()
            >
                <ScenarioTable first second />
            </ComparePanel>
        })
    }
}

/// The two picked scenarios' totals, option by option.
#[component]
fn ScenarioTable(first: RwSignal<usize>, second: RwSignal<usize>) -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let scenarios = use_document::<Scenarios>();
    move || {
        let (a, b) = scenarios.with(|s| {
            let get = |i: usize| s.saved.get(i.min(s.saved.len() - 1)).cloned();
            (get(first.get()), get(second.get()))
        });
        let (Some(a), Some(b)) = (a, b) else {
            return None;
        };
        let ([heading_a, heading_b], rows) = scenarios_side_by_side(&a, &b, calculator.money());
        Some(view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label="Two scenarios compared">
                <table class="cost-table" id="scenario-comparison">
                    <thead>
                        <tr>
                            <td></td>
                            <th scope="col" class="num">{heading_a}</th>
                            <th scope="col" class="num">{heading_b}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|(heading, [total_a, total_b])| {
                                view! {
                                    <tr>
                                        <th scope="row">{heading}</th>
                                        <td class="num">{total_a}</td>
                                        <td class="num">{total_b}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        })
    }
}
