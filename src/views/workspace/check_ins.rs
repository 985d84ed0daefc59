//! Recording a check-in: its date, a value for each KPI measured, a summary and the actions
//! agreed (each with whether it is done).

use leptos::prelude::*;

use super::{DoneAndDelete, EditorTop, delete_with_undo, keep_as_typed, named, workspace};
use crate::domain::route::Route;
use crate::domain::workspace::Workspace;
use crate::domain::workspace::dashboard::{carried_forward, previous_check_in};
use crate::domain::workspace::drafts::{
    ActionDraft, CHECK_IN_DATE, CHECK_IN_SUMMARY, CheckInDraft, ValueDraft, action_done_field,
    action_field, value_field,
};
use crate::domain::workspace::kpis::{CheckIn, Kpi, MAX_ACTION, MAX_ACTIONS, MAX_SUMMARY};
use crate::ui::clock::{fresh_id, today};
use crate::ui::fields::{FormErrors, TextArea, TextField};
use crate::ui::forms::{focus_id_soon, focus_soon};

/// One action as it is being edited.
#[derive(Clone, Copy)]
struct ActionRow {
    key: usize,
    text: RwSignal<String>,
    done: RwSignal<bool>,
}

impl ActionRow {
    fn new(action: ActionDraft) -> ActionRow {
        ActionRow {
            key: action.key,
            text: RwSignal::new(action.text),
            done: RwSignal::new(action.done),
        }
    }

    fn draft(&self) -> ActionDraft {
        ActionDraft {
            key: self.key,
            text: self.text.get_untracked(),
            done: self.done.get_untracked(),
        }
    }
}

/// A value typed for each KPI, with what the check-in before recorded.
type Values = StoredValue<Vec<(Kpi, RwSignal<String>, Option<String>)>>;

#[component]
pub fn CheckInPage(id: Option<String>) -> impl IntoView {
    let workspace = workspace();
    let existing = match named(&id, Workspace::check_in, "check-in", Route::Kpis) {
        Ok(existing) => existing,
        Err(missing) => return missing,
    };
    let is_new = existing.is_none();
    let opened = StoredValue::new(existing.clone());
    // A new check-in carries forward the actions the last one left open.
    let carried = is_new
        .then(|| workspace.with_untracked(|w| previous_check_in(w, "").map(|c| c.date)))
        .flatten()
        .filter(|_| workspace.with_untracked(|w| !carried_forward(w).is_empty()));
    let check_in = existing.unwrap_or_else(|| CheckIn {
        actions: workspace.with_untracked(carried_forward),
        ..CheckIn::new(fresh_id(), today())
    });
    let check_in_id = StoredValue::new(check_in.id.clone());
    let previous = workspace.with_untracked(|w| last_values(w, &check_in.id));
    let route = Route::CheckIn(id.clone());
    let errors = FormErrors::new(&route);
    let kpis = workspace.with_untracked(|w| w.kpis.clone());
    let draft = CheckInDraft::from_check_in(&check_in, &kpis);
    let initial = StoredValue::new(draft.clone());
    let date = RwSignal::new(draft.date);
    let values: Values = StoredValue::new(
        kpis.into_iter()
            .zip(draft.values)
            .zip(previous)
            .map(|((kpi, value), before)| (kpi, RwSignal::new(value.typed), before))
            .collect(),
    );
    let summary = RwSignal::new(draft.summary);
    let next_key = StoredValue::new(draft.actions.len());
    let rows = RwSignal::new(
        draft
            .actions
            .into_iter()
            .map(ActionRow::new)
            .collect::<Vec<_>>(),
    );
    let typed = move || CheckInDraft {
        date: date.get_untracked(),
        values: values.with_value(|values| {
            values
                .iter()
                .map(|(kpi, typed, _)| ValueDraft {
                    kpi: kpi.id.clone(),
                    name: kpi.name.clone(),
                    typed: typed.get_untracked(),
                })
                .collect()
        }),
        summary: summary.get_untracked(),
        actions: rows.with_untracked(|rows| rows.iter().map(ActionRow::draft).collect()),
    };
    // Kept once, whichever tab kept it: then it can be deleted.
    let exists =
        Signal::derive(move || workspace.with(|w| w.check_in(&check_in_id.get_value()).is_some()));
    let autosave = keep_as_typed(
        errors,
        opened,
        move |is_new| {
            let count = workspace.with_untracked(|w| w.check_ins.len());
            typed().check(check_in_id.get_value(), is_new, count)
        },
        |w| &mut w.check_ins,
        // A KPI deleted meanwhile (in another tab) takes its value with it.
        |w, check_in| check_in.readings.retain(|r| w.kpi(&r.kpi).is_some()),
    );
    let delete = delete_with_undo(autosave, Route::Kpis, move |w| {
        w.take_check_in(&check_in_id.get_value())
    });

    view! {
        <div class="check-in-editor prose">
            <EditorTop back=Route::Kpis errors title=route.title() caption="KPIs and check-ins" />
            <form
                novalidate
                on:input=move |_| autosave.changed() on:change=move |_| autosave.write_now() on:click=move |_| autosave.changed()
                on:submit=move |ev| {
                    ev.prevent_default();
                    autosave.flush();
                }
            >
                <TextField id=CHECK_IN_DATE label="Date of the check-in" value=date errors kind="date" width="input--date" />
                <KpiValues values errors />
                <TextArea id=CHECK_IN_SUMMARY label="Summary" hint="What went well, what did not, and what was decided." value=summary errors rows=5 maxlength=MAX_SUMMARY />
                {carried.map(|day| view! {
                    <p class="hint" id="carried-forward">
                        {format!("The actions not done at the check-in of {} are carried forward: tick those done, remove those dropped.", day.long())}
                    </p>
                })}
                <Actions rows next_key />
                <DoneAndDelete autosave errors back=Route::Kpis delete="Delete check-in" exists changed=move || initial.with_value(|i| *i != typed()) on_delete=delete />
            </form>
        </div>
    }
    .into_any()
}

/// What the check-in before this one recorded for each KPI, to show beside its field.
fn last_values(w: &Workspace, check_in: &str) -> Vec<Option<String>> {
    let before = previous_check_in(w, check_in);
    w.kpis
        .iter()
        .map(|kpi| {
            before.and_then(|c| {
                c.reading(&kpi.id).map(|value| {
                    format!("Last time: {} on {}.", kpi.with_unit(value), c.date.long())
                })
            })
        })
        .collect()
}

/// A field for each KPI's value, or a word on adding KPIs first.
#[component]
fn KpiValues(values: Values, errors: FormErrors) -> impl IntoView {
    view! {
        <h2>"Values"</h2>
        {if values.with_value(Vec::is_empty) {
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
                    .map(|(kpi, value, before)| {
                        let hint = match before {
                            Some(before) => format!("Target: {}. {before}", kpi.target_text()),
                            None => format!("Target: {}.", kpi.target_text()),
                        };
                        view! {
                            <TextField
                                id=value_field(&kpi.id)
                                label=kpi.value_label()
                                hint
                                value
                                errors
                                width="input--number"
                                inputmode="decimal"
                            />
                        }
                    })
                    .collect_view()}
            }
                .into_any()
        }}
    }
}

/// The actions agreed, a box each, with rows added and removed as needed.
#[component]
fn Actions(rows: RwSignal<Vec<ActionRow>>, next_key: StoredValue<usize>) -> impl IntoView {
    let add_action = move |_| {
        if rows.with_untracked(Vec::len) >= MAX_ACTIONS {
            return;
        }
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        let row = ActionRow::new(ActionDraft {
            key,
            text: String::new(),
            done: false,
        });
        rows.update(|r| r.push(row));
        focus_id_soon(action_field(key));
    };
    view! {
        <fieldset class="fieldset form-group">
            <legend class="fieldset__legend label">"Actions agreed"</legend>
            <p class="hint">"Each action in its own box. Tick one once it is done; empty boxes are left out."</p>
            <ol class="action-rows">
                <For each=move || rows.get() key=|row| row.key let:row>
                    <ActionItem row rows />
                </For>
            </ol>
            <button type="button" class="button button--secondary button--small" id="add-action" on:click=add_action>
                "Add another action"
            </button>
        </fieldset>
    }
}

/// One action's box, its "Done" tick and its "Remove" button.
#[component]
fn ActionItem(row: ActionRow, rows: RwSignal<Vec<ActionRow>>) -> impl IntoView {
    // "Action 2": the row's place in the list, for its label.
    let position =
        move || rows.with(|r| r.iter().position(|x| x.key == row.key).map_or(0, |p| p + 1));
    let text_id = action_field(row.key);
    let done_id = action_done_field(row.key);
    view! {
        <li class="action-row">
            <label class="visually-hidden" for=text_id.clone()>
                {move || format!("Action {}", position())}
            </label>
            <input
                class="input input--wide"
                id=text_id
                type="text"
                maxlength=MAX_ACTION
                prop:value=move || row.text.get()
                on:input=move |ev| row.text.set(event_target_value(&ev))
            />
            <div class="choice choice--small action-row__done">
                <input
                    class="choice__input"
                    type="checkbox"
                    id=done_id.clone()
                    prop:checked=move || row.done.get()
                    on:change=move |ev| row.done.set(event_target_checked(&ev))
                />
                <label class="choice__label" for=done_id>
                    "Done"
                    <span class="visually-hidden">{move || format!(" (action {})", position())}</span>
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
    }
}
