//! Recording a check-in: its date, a value for each KPI measured, a summary and the actions
//! agreed (each with whether it is done).

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::kpis::target_text;
use super::{Missing, legacy_problem, workspace};
use crate::domain::calculator::Limits;
use crate::domain::route::Route;
use crate::domain::workspace::kpis::{
    Action, CheckIn, MAX_ACTION, MAX_ACTIONS, MAX_CHECK_INS, MAX_SUMMARY, MAX_VALUE, Reading,
};
use crate::domain::workspace::time::Day;
use crate::ui::clock::{fresh_id, today};
use crate::ui::confirm::ConfirmDelete;
use crate::ui::fields::{FormErrors, TextArea, TextField};
use crate::ui::forms::{BackLink, ErrorSummary, focus_soon, go};

/// One action as it is being edited.
#[derive(Clone, Copy)]
struct ActionRow {
    key: usize,
    text: RwSignal<String>,
    done: RwSignal<bool>,
}

#[component]
pub fn CheckInPage(id: Option<String>) -> impl IntoView {
    let workspace = workspace();
    let existing = id
        .as_ref()
        .and_then(|id| workspace.with_untracked(|w| w.check_in(id).cloned()));
    if id.is_some() && existing.is_none() {
        return view! { <Missing what="check-in" back=Route::Kpis /> }.into_any();
    }
    let is_new = existing.is_none();
    let check_in = existing.unwrap_or_else(|| CheckIn::new(fresh_id(), today()));
    let check_in_id = StoredValue::new(check_in.id.clone());
    let route = Route::CheckIn(id.clone());
    let errors = FormErrors::new(&route);
    let kpis = StoredValue::new(workspace.with_untracked(|w| w.kpis.clone()));
    let date = RwSignal::new(check_in.date.iso());
    let values: Vec<(String, RwSignal<String>)> = kpis
        .get_value()
        .iter()
        .map(|k| {
            let typed = check_in
                .reading(&k.id)
                // The full value, not the rounded one the lists show: saving must not change it.
                .map(|v| v.to_string())
                .unwrap_or_default();
            (k.id.clone(), RwSignal::new(typed))
        })
        .collect();
    let values = StoredValue::new(values);
    let summary = RwSignal::new(check_in.summary.clone());
    let next_key = StoredValue::new(0usize);
    let new_row = move |text: String, done: bool| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        ActionRow {
            key,
            text: RwSignal::new(text),
            done: RwSignal::new(done),
        }
    };
    let mut rows: Vec<ActionRow> = check_in
        .actions
        .iter()
        .map(|a| new_row(a.text.clone(), a.done))
        .collect();
    if rows.is_empty() {
        rows.push(new_row(String::new(), false));
    }
    let rows = RwSignal::new(rows);
    // "Action 2": a row's place in the list, for its label.
    let position =
        move |key: usize| rows.with(|r| r.iter().position(|x| x.key == key).map_or(0, |p| p + 1));
    let confirming = RwSignal::new(false);

    let add_action = move |_| {
        if rows.with_untracked(Vec::len) >= MAX_ACTIONS {
            return;
        }
        let row = new_row(String::new(), false);
        rows.update(|r| r.push(row));
        request_animation_frame(move || {
            let id = format!("action-text-{}", row.key);
            if let Some(el) = document().get_element_by_id(&id) {
                use wasm_bindgen::JsCast;
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    };

    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let mut problems = Vec::new();
        let day = Day::parse(date.get_untracked().trim());
        if day.is_none() {
            problems.push(legacy_problem(
                "Enter the date of the check-in".to_owned(),
                "check-in-date".to_owned(),
            ));
        }
        let mut readings = Vec::new();
        values.with_value(|values| {
            for (kpi_id, typed) in values {
                let text = typed.get_untracked();
                if text.trim().is_empty() {
                    continue;
                }
                let Some(name) = kpis.with_value(|kpis| {
                    kpis.iter()
                        .find(|k| k.id == *kpi_id)
                        .map(|k| k.name.clone())
                }) else {
                    continue;
                };
                let label: &'static str = "The value";
                match Limits::new(label, -MAX_VALUE, MAX_VALUE).parse(&text) {
                    Ok(value) => readings.push(Reading {
                        kpi: kpi_id.clone(),
                        value,
                    }),
                    Err(e) => problems.push(legacy_problem(
                        format!("{e} for {name}").replacen("Enter the value", "Enter a value", 1),
                        format!("value-{kpi_id}"),
                    )),
                }
            }
        });
        let actions: Vec<Action> = rows
            .get_untracked()
            .iter()
            .filter_map(|row| {
                let text = row.text.get_untracked().trim().to_owned();
                (!text.is_empty()).then(|| Action {
                    text,
                    done: row.done.get_untracked(),
                })
            })
            .collect();
        if let Some(row) = rows
            .get_untracked()
            .iter()
            .find(|row| row.text.with_untracked(|t| t.chars().count() > MAX_ACTION))
        {
            problems.push(legacy_problem(
                format!("Each action must be {MAX_ACTION} characters or fewer"),
                format!("action-text-{}", row.key),
            ));
        }
        if is_new && workspace.with_untracked(|w| w.check_ins.len()) >= MAX_CHECK_INS {
            problems.push(legacy_problem(
                format!("You have {MAX_CHECK_INS} check-ins, the most the workspace keeps: delete an old one to record another"),
                "check-in-date".to_owned(),
            ));
        }
        if !errors.show(problems) {
            return;
        }
        let Some(day) = day else { return };
        let mut saved = CheckIn {
            id: check_in_id.get_value(),
            date: day,
            readings,
            summary: summary.get_untracked(),
            actions,
        };
        let outcome = workspace.try_update(|w| {
            // A KPI deleted meanwhile (in another tab) takes its value with it.
            saved.readings.retain(|r| w.kpi(&r.kpi).is_some());
            w.put_check_in(saved);
        });
        match outcome {
            Ok(()) => go(&Route::Kpis),
            Err(reason) => {
                errors.show(vec![legacy_problem(
                    format!("The check-in could not be saved: {reason}"),
                    "check-in-date".to_owned(),
                )]);
            }
        }
    };
    let delete = move || {
        workspace.update(|w| w.check_ins.retain(|c| c.id != check_in_id.get_value()));
        go(&Route::Kpis);
    };

    view! {
        <div class="check-in-editor prose">
            <BackLink href=Route::Kpis.href() />
            <ErrorSummary errors=errors.summary() />
            <span class="caption">"KPIs and check-ins"</span>
            <h1 class="page-heading" tabindex="-1">{route.title()}</h1>
            <form novalidate on:submit=save>
                <TextField id="check-in-date" label="Date of the check-in" value=date errors kind="date" width="input--date" />
                <h2>"Values"</h2>
                {if kpis.with_value(Vec::is_empty) {
                    view! {
                        <p class="quiet">
                            "You have no KPIs yet, so there is nothing to measure. "
                            <a href=Route::Kpi(None).href()>"Add a KPI"</a>
                            " to record values at check-ins; you can still record a summary and actions."
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <p class="hint">"Leave a value empty if it was not measured this time."</p>
                        {values
                            .get_value()
                            .into_iter()
                            .filter_map(|(kpi_id, value)| {
                                let kpi = kpis.with_value(|kpis| kpis.iter().find(|k| k.id == kpi_id).cloned())?;
                                let label = if kpi.unit.trim().is_empty() {
                                    kpi.name.clone()
                                } else {
                                    format!("{} ({})", kpi.name, kpi.unit.trim())
                                };
                                Some(view! {
                                    <TextField
                                        id=format!("value-{kpi_id}")
                                        label
                                        hint=format!("Target: {}.", target_text(&kpi))
                                        value
                                        errors
                                        width="input--number"
                                        inputmode="decimal"
                                    />
                                })
                            })
                            .collect_view()}
                    }
                        .into_any()
                }}
                <TextArea id="check-in-summary" label="Summary" hint="What went well, what did not, and what was decided." value=summary errors rows=5 maxlength=MAX_SUMMARY />
                <fieldset class="fieldset form-group">
                    <legend class="fieldset__legend label">"Actions agreed"</legend>
                    <p class="hint">"Each action in its own box. Tick one once it is done; empty boxes are left out."</p>
                    <ol class="action-rows">
                        <For each=move || rows.get() key=|row| row.key let:row>
                            <li class="action-row">
                                <label class="visually-hidden" for=format!("action-text-{}", row.key)>
                                    {move || format!("Action {}", position(row.key))}
                                </label>
                                <input
                                    class="input input--wide"
                                    id=format!("action-text-{}", row.key)
                                    type="text"
                                    maxlength=MAX_ACTION
                                    prop:value=move || row.text.get()
                                    on:input=move |ev| row.text.set(event_target_value(&ev))
                                />
                                <div class="choice choice--small action-row__done">
                                    <input
                                        class="choice__input"
                                        type="checkbox"
                                        id=format!("action-done-{}", row.key)
                                        prop:checked=move || row.done.get()
                                        on:change=move |ev| row.done.set(event_target_checked(&ev))
                                    />
                                    <label class="choice__label" for=format!("action-done-{}", row.key)>
                                        "Done"
                                        <span class="visually-hidden">{move || format!(" (action {})", position(row.key))}</span>
                                    </label>
                                </div>
                                <button
                                    type="button"
                                    class="link-button"
                                    on:click=move |_| {
                                        rows.update(|r| r.retain(|x| x.key != row.key));
                                        focus_soon("add-action");
                                    }
                                >
                                    "Remove"
                                    <span class="visually-hidden">" this action"</span>
                                </button>
                            </li>
                        </For>
                    </ol>
                    <button type="button" class="button button--secondary button--small" id="add-action" on:click=add_action>
                        "Add another action"
                    </button>
                </fieldset>
                <div class="button-row">
                    <button type="submit" class="button">"Save check-in"</button>
                    {(!is_new).then(|| view! {
                        <button type="button" class="button button--warning" id="delete-check-in" on:click=move |_| confirming.set(true)>"Delete check-in"</button>
                    })}
                </div>
            </form>
            <ConfirmDelete
                open=confirming
                question=Signal::derive(move || "Delete this check-in, its values and its actions? This cannot be undone.".to_owned())
                on_confirm=delete
                opener="delete-check-in"
            />
        </div>
    }
    .into_any()
}
