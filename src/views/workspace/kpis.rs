//! KPIs and check-ins: each KPI with its trend against the target, the check-ins newest first
//! with their actions, and the form for a KPI.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::trend_chart::TrendChart;
use super::{BackToWorkspace, Missing, legacy_problem, workspace};
use crate::domain::calculator::Limits;
use crate::domain::route::Route;
use crate::domain::workspace::kpis::{
    Direction, Kpi, MAX_KPIS, MAX_NAME, MAX_UNIT, MAX_VALUE, newest_first, trend,
};
use crate::ui::clock::fresh_id;
use crate::ui::confirm::ConfirmDelete;
use crate::ui::fields::{FormErrors, Radios, TextField};
use crate::ui::forms::{BackLink, ErrorSummary, focus_id_soon, go};
use crate::ui::page::PageHeading;

/// "at least 99.5%", "at most 2 incidents".
pub(super) fn target_text(kpi: &Kpi) -> String {
    let bound = match kpi.direction {
        Direction::Higher => "at least",
        Direction::Lower => "at most",
    };
    format!("{bound} {}", kpi.with_unit(kpi.target))
}

#[component]
pub fn KpisPage() -> impl IntoView {
    let workspace = workspace();
    view! {
        <div class="kpis">
            <BackToWorkspace />
            <PageHeading title=Route::Kpis.title() />
            <p class="lede">
                "Agree a few measures with a target each, then record their values at every check-in to see how they move."
            </p>
            <section aria-labelledby="kpi-heading">
                <h2 id="kpi-heading">"KPIs"</h2>
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
                            .map(|kpi| {
                                let points = trend(kpi, &w.check_ins);
                                let latest = points.last().map(|p| {
                                    format!(
                                        "Latest: {} on {}, {} target.",
                                        kpi.with_unit(p.value),
                                        p.date.long(),
                                        if p.on_target { "on" } else { "off" },
                                    )
                                });
                                view! {
                                    <article class="kpi-card" aria-labelledby=format!("kpi-{}", kpi.id)>
                                        <div class="kpi-card__head">
                                            <h3 class="kpi-card__title" id=format!("kpi-{}", kpi.id)>{kpi.name.clone()}</h3>
                                            <a href=Route::Kpi(Some(kpi.id.clone())).href()>
                                                "Change"
                                                <span class="visually-hidden">{format!(" {}", kpi.name)}</span>
                                            </a>
                                        </div>
                                        <p class="kpi-card__target">{format!("Target: {}.", target_text(kpi))} " " {latest}</p>
                                        <TrendChart kpi=kpi.clone() points />
                                    </article>
                                }
                            })
                            .collect_view()
                            .into_any()
                    })
                }}
            </section>
            <CheckInList />
        </div>
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
                                        .filter_map(|k| c.reading(&k.id).map(|v| format!("{}: {}", k.name, k.with_unit(v))))
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

const TARGET: Limits = Limits::new("Target", -MAX_VALUE, MAX_VALUE);

#[component]
pub fn KpiPage(id: Option<String>) -> impl IntoView {
    let workspace = workspace();
    let existing = id
        .as_ref()
        .and_then(|id| workspace.with_untracked(|w| w.kpi(id).cloned()));
    if id.is_some() && existing.is_none() {
        return view! { <Missing what="KPI" back=Route::Kpis /> }.into_any();
    }
    let is_new = existing.is_none();
    let kpi_id = StoredValue::new(existing.as_ref().map_or_else(fresh_id, |k| k.id.clone()));
    let route = Route::Kpi(id.clone());
    let errors = FormErrors::new(&route);
    let name = RwSignal::new(
        existing
            .as_ref()
            .map(|k| k.name.clone())
            .unwrap_or_default(),
    );
    let unit = RwSignal::new(
        existing
            .as_ref()
            .map(|k| k.unit.clone())
            .unwrap_or_default(),
    );
    let target = RwSignal::new(
        existing
            .as_ref()
            // The full value, not the rounded one the lists show: saving must not change it.
            .map(|k| k.target.to_string())
            .unwrap_or_default(),
    );
    let direction = RwSignal::new(
        existing
            .as_ref()
            .map_or("", |k| k.direction.id())
            .to_owned(),
    );
    let confirming = RwSignal::new(false);

    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let mut problems = Vec::new();
        let typed_name = name.get_untracked().trim().to_owned();
        if typed_name.is_empty() {
            problems.push(legacy_problem(
                "Enter a name for the KPI".to_owned(),
                "kpi-name".to_owned(),
            ));
        }
        let target_value = TARGET
            .parse(&target.get_untracked())
            .map_err(|e| problems.push(legacy_problem(e.to_string(), "kpi-target".to_owned())))
            .ok();
        let chosen = direction.get_untracked();
        let direction_value = Direction::ALL.into_iter().find(|d| d.id() == chosen);
        if direction_value.is_none() {
            problems.push(legacy_problem(
                "Select whether higher or lower is better".to_owned(),
                "kpi-direction-higher".to_owned(),
            ));
        }
        if is_new && workspace.with_untracked(|w| w.kpis.len()) >= MAX_KPIS {
            problems.push(legacy_problem(
                format!("You have {MAX_KPIS} KPIs, the most the workspace keeps: delete one to add another"),
                "kpi-name".to_owned(),
            ));
        }
        if !errors.show(problems) {
            return;
        }
        let (Some(target), Some(direction)) = (target_value, direction_value) else {
            return;
        };
        let kpi = Kpi {
            id: kpi_id.get_value(),
            name: typed_name,
            unit: unit.get_untracked().trim().to_owned(),
            target,
            direction,
        };
        match workspace.try_update(|w| w.put_kpi(kpi)) {
            Ok(()) => go(&Route::Kpis),
            Err(reason) => {
                errors.show(vec![legacy_problem(
                    format!("The KPI could not be saved: {reason}"),
                    "kpi-name".to_owned(),
                )]);
            }
        }
    };
    let delete = move || {
        workspace.update(|w| w.remove_kpi(&kpi_id.get_value()));
        go(&Route::Kpis);
    };
    let recorded = move || workspace.with(|w| w.readings_of(&kpi_id.get_value()));

    view! {
        <div class="kpi-editor prose">
            <BackLink href=Route::Kpis.href() />
            <ErrorSummary errors=errors.summary() />
            <span class="caption">"KPIs and check-ins"</span>
            <h1 class="page-heading" tabindex="-1">{route.title()}</h1>
            <form novalidate on:submit=save>
                <TextField id="kpi-name" label="Name" hint="For example: Uptime, Releases, Time to fix a critical bug." value=name errors maxlength=MAX_NAME />
                <TextField id="kpi-unit" label="Unit (optional)" hint="Shown after each value, for example: %, releases a month, hours." value=unit errors width="input--medium" maxlength=MAX_UNIT />
                <TextField id="kpi-target" label="Target" value=target errors width="input--number" inputmode="decimal" />
                <Radios
                    name="kpi-direction"
                    legend="Which way is better?"
                    options=Direction::ALL.iter().map(|d| (d.id(), d.label().to_owned())).collect()
                    selected=direction
                    errors
                />
                <div class="button-row">
                    <button type="submit" class="button">"Save KPI"</button>
                    {(!is_new).then(|| view! {
                        <button type="button" class="button button--warning" id="delete-kpi" on:click=move |_| confirming.set(true)>"Delete KPI"</button>
                    })}
                </div>
            </form>
            <ConfirmDelete
                open=confirming
                question=Signal::derive(move || {
                    let values = match recorded() {
                        0 => String::new(),
                        1 => " and the 1 value recorded for it".to_owned(),
                        n => format!(" and the {n} values recorded for it"),
                    };
                    format!("Delete this KPI{values}? This cannot be undone.")
                })
                on_confirm=delete
                opener="delete-kpi"
            />
        </div>
    }
    .into_any()
}
