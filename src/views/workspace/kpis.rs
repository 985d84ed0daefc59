//! KPIs and check-ins: each KPI with its trend against the target, the check-ins newest first
//! with their actions, and the form for a KPI.

use leptos::prelude::*;

use super::trend_chart::TrendChart;
use super::{
    BackToWorkspace, DoneAndDelete, EditorTop, UndoDelete, delete_with_undo, keep_as_typed, named,
    workspace,
};
use crate::domain::route::Route;
use crate::domain::text::isolate;
use crate::domain::workspace::Workspace;
use crate::domain::workspace::drafts::{KPI_DIRECTION, KPI_NAME, KPI_TARGET, KPI_UNIT, KpiDraft};
use crate::domain::workspace::kpis::{
    Direction, Kpi, MAX_KPIS, MAX_NAME, MAX_UNIT, Point, newest_first, trend,
};
use crate::domain::workspace::trend::latest_text;
use crate::ui::clock::fresh_id;
use crate::ui::fields::{FormErrors, Radios, TextField};
use crate::ui::forms::focus_id_soon;
use crate::ui::page::PageHeading;

#[component]
pub fn KpisPage() -> impl IntoView {
    let workspace = workspace();
    view! {
        <div class="kpis">
            <BackToWorkspace />
            <PageHeading title=Route::Kpis.title() lede="Agree a few measures with a target each, then record their values at every check-in to see how they move." />
            <UndoDelete focus_after="kpi-heading" />
            <section aria-labelledby="kpi-heading">
                <h2 id="kpi-heading" tabindex="-1">"KPIs"</h2>
                {move || {
                    (workspace.with(|w| w.kpis.len()) < MAX_KPIS)
                        .then(|| view! { <p><a class="button" href=Route::Kpi(None).href()>"Add a KPI"</a></p> })
                }}
                {move || {
                    workspace.with(|w| {
                        if w.kpis.is_empty() {
                            return view! { <p class="quiet">"No KPIs yet. Uptime, releases a month or time to fix a critical bug are common first ones."</p> }.into_any();
                        }
                        w.kpis
                            .iter()
                            .map(|kpi| view! { <KpiCard kpi=kpi.clone() points=trend(kpi, &w.check_ins) /> })
                            .collect_view()
                            .into_any()
                    })
                }}
            </section>
            <CheckInList />
        </div>
    }
}

/// A KPI with its target, its latest value and its trend.
#[component]
fn KpiCard(kpi: Kpi, points: Vec<Point>) -> impl IntoView {
    let latest = latest_text(&kpi, &points);
    let target = format!("Target: {}.", kpi.target_text());
    let heading_id = format!("kpi-{}", kpi.id);
    let (name, change) = (kpi.name.clone(), Route::Kpi(Some(kpi.id.clone())).href());
    view! {
        <article class="kpi-card" aria-labelledby=heading_id.clone()>
            <div class="kpi-card__head">
                <h3 class="kpi-card__title" id=heading_id.clone()>{name.clone()}</h3>
                <a href=change>
                    "Change"
                    <span class="visually-hidden">{format!(" {}", isolate(&name))}</span>
                </a>
            </div>
            <p class="kpi-card__target">{target} " " {latest}</p>
            <TrendChart kpi points />
        </article>
    }
}

/// The check-ins, newest first; each action can be ticked off here.
#[component]
fn CheckInList() -> impl IntoView {
    let workspace = workspace();
    view! {
        <section aria-labelledby="check-ins-heading">
            <h2 id="check-ins-heading">"Check-ins"</h2>
            <p>
                <a class="button" href=Route::CheckIn(None).href()>"Record a check-in"</a>
            </p>
            {move || {
                workspace.with(|w| {
                    if w.check_ins.is_empty() {
                        return view! { <p class="quiet">"No check-ins yet."</p> }.into_any();
                    }
                    view! {
                        <ol class="check-in-list">
                            {newest_first(&w.check_ins)
                                .into_iter()
                                .map(|c| {
                                    let id = c.id.clone();
                                    let values: Vec<String> = w
                                        .kpis
                                        .iter()
                                        .filter_map(|k| c.reading(&k.id).map(|v| format!("{}: {}", isolate(&k.name), k.with_unit(v))))
                                        .collect();
                                    view! {
                                        <li class="check-in">
                                            <h3 class="check-in__date">
                                                <a href=Route::CheckIn(Some(id.clone())).href()>
                                                    {format!("Check-in of {}", c.date.long())}
                                                </a>
                                            </h3>
                                            {(!values.is_empty()).then(|| view! { <p class="check-in__values">{values.join(" · ")}</p> })}
                                            {(!c.summary.trim().is_empty()).then(|| view! { <p class="check-in__summary">{c.summary.clone()}</p> })}
                                            {(!c.actions.is_empty())
                                                .then(|| {
                                                    view! {
                                                        <p class="quiet">{format!("Actions: {} of {} done", c.actions_done(), c.actions.len())}</p>
                                                        <ul class="action-list">
                                                            {c
                                                                .actions
                                                                .iter()
                                                                .enumerate()
                                                                .map(|(i, action)| {
                                                                    let box_id = format!("action-{id}-{i}");
                                                                    let check_in = id.clone();
                                                                    let refocus = box_id.clone();
                                                                    let toggle = move |ev: leptos::ev::Event| {
                                                                        let done = event_target_checked(&ev);
                                                                        // The list is drawn again: focus goes back to this box.
                                                                        focus_id_soon(refocus.clone());
                                                                        workspace.update(|w| {
                                                                            if let Some(c) = w.check_ins.iter_mut().find(|c| c.id == check_in)
                                                                                && let Some(a) = c.actions.get_mut(i)
                                                                            {
                                                                                a.done = done;
                                                                            }
                                                                        });
                                                                    };
                                                                    view! {
                                                                        <li class="choice choice--small">
                                                                            <input class="choice__input" type="checkbox" id=box_id.clone() prop:checked=action.done on:change=toggle />
                                                                            <label class="choice__label" class:action--done=action.done for=box_id>{action.text.clone()}</label>
                                                                        </li>
                                                                    }
                                                                })
                                                                .collect_view()}
                                                        </ul>
                                                    }
                                                })}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                    }
                        .into_any()
                })
            }}
        </section>
    }
}

/// A KPI's typed name, unit, target and direction, bound to the fields.
#[derive(Clone, Copy)]
struct KpiFields {
    name: RwSignal<String>,
    unit: RwSignal<String>,
    target: RwSignal<String>,
    direction: RwSignal<String>,
}

impl KpiFields {
    fn new(draft: KpiDraft) -> KpiFields {
        KpiFields {
            name: RwSignal::new(draft.name),
            unit: RwSignal::new(draft.unit),
            target: RwSignal::new(draft.target),
            direction: RwSignal::new(draft.direction),
        }
    }

    fn draft(&self) -> KpiDraft {
        KpiDraft {
            name: self.name.get_untracked(),
            unit: self.unit.get_untracked(),
            target: self.target.get_untracked(),
            direction: self.direction.get_untracked(),
        }
    }
}

#[component]
pub fn KpiPage(id: Option<String>) -> impl IntoView {
    let workspace = workspace();
    let existing = match named(&id, Workspace::kpi, "KPI", Route::Kpis) {
        Ok(existing) => existing,
        Err(missing) => return missing,
    };
    let opened = StoredValue::new(existing.clone());
    let kpi_id = StoredValue::new(existing.as_ref().map_or_else(fresh_id, |k| k.id.clone()));
    let route = Route::Kpi(id.clone());
    let errors = FormErrors::new(&route);
    let initial = StoredValue::new(
        existing
            .as_ref()
            .map(KpiDraft::from_kpi)
            .unwrap_or_default(),
    );
    let fields = KpiFields::new(initial.get_value());
    let KpiFields {
        name,
        unit,
        target,
        direction,
    } = fields;

    // Kept once, whichever tab kept it: then it can be deleted.
    let exists = {
        // A plain copy of the id: the button may be drawn once more as the page goes.
        let id = kpi_id.get_value();
        Signal::derive(move || workspace.with(|w| w.kpi(&id).is_some()))
    };
    let autosave = keep_as_typed(
        errors,
        opened,
        move |is_new| {
            let count = workspace.with_untracked(|w| w.kpis.len());
            fields.draft().check(kpi_id.get_value(), is_new, count)
        },
        |w| &mut w.kpis,
        |_, _| {},
    );
    let delete = delete_with_undo(autosave, Route::Kpis, move |w| {
        w.take_kpi(&kpi_id.get_value())
    });

    view! {
        <div class="kpi-editor prose">
            <EditorTop back=Route::Kpis errors title=route.title() caption="KPIs and check-ins" />
            <form
                novalidate
                on:input=move |_| autosave.changed() on:change=move |_| autosave.write_now()
                on:submit=move |ev| {
                    ev.prevent_default();
                    autosave.flush();
                }
            >
                <TextField id=KPI_NAME label="Name" hint="For example: Uptime, Releases, Time to fix a critical bug." value=name errors maxlength=MAX_NAME />
                <TextField id=KPI_UNIT label="Unit (optional)" hint="Shown after each value, for example: %, releases a month, hours." value=unit errors width="input--medium" maxlength=MAX_UNIT />
                <TextField id=KPI_TARGET label="Target" value=target errors width="input--number" inputmode="decimal" />
                <Radios
                    name=KPI_DIRECTION
                    legend="Which way is better?"
                    options=Direction::ALL.iter().map(|d| (d.id(), d.label().to_owned())).collect()
                    selected=direction
                    errors
                />
                <DoneAndDelete autosave errors back=Route::Kpis delete="Delete KPI" exists changed=move || initial.with_value(|i| *i != fields.draft()) on_delete=delete />
            </form>
        </div>
    }
    .into_any()
}
