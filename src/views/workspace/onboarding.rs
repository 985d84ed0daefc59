//! The first 90 days: milestones at 30, 60 and 90 days from the start date, from the plan's
//! template, ticked as they are done; added to and removed (with Undo) as the founder needs.

use leptos::prelude::*;

use super::{BackToWorkspace, plan_aim, workspace};
use crate::domain::form::Problem;
use crate::domain::route::Route;
use crate::domain::workspace::onboarding::{MAX_MILESTONES, MAX_TEXT, Milestone, from_template};
use crate::domain::workspace::time::Day;
use crate::ui::clock::{fresh_id, today};
use crate::ui::fields::{FormErrors, TextField};
use crate::ui::forms::{ErrorSummary, focus_soon};
use crate::ui::page::PageHeading;

const START: &str = "onboarding-start";
const NEW_TEXT: &str = "milestone-text";
const NEW_DAY: &str = "milestone-day";

#[component]
pub fn OnboardingPage() -> impl IntoView {
    let workspace = workspace();
    let errors = FormErrors::new(&Route::Onboarding);
    let plan = workspace.with_untracked(|w| w.plan());
    let empty = move || workspace.with(|w| w.onboarding.is_empty());
    let start_from_template = move |_| {
        workspace.update(|w| w.onboarding = from_template(w.plan(), fresh_id));
        focus_soon("milestones-heading");
    };
    view! {
        <div class="onboarding prose">
            <BackToWorkspace />
            <ErrorSummary errors=errors.summary() />
            <PageHeading
                title=Route::Onboarding.title()
                caption="Founder's workspace"
                lede="What should be done 30, 60 and 90 days after the start, so the first months are judged on what was agreed."
            />
            <StartDate errors />
            <Show
                when=move || !empty()
                fallback=move || view! {
                    <p>{format!("Start from a plan written for the plan to {}, then change it to fit.", plan_aim(plan))}</p>
                    <p>
                        <button type="button" class="button" on:click=start_from_template>
                            "Start from the template"
                        </button>
                    </p>
                }
            >
                <Milestones />
            </Show>
            <AddMilestone errors />
        </div>
    }
}

/// The start date, which is the terms' own: the due dates count from it.
#[component]
fn StartDate(errors: FormErrors) -> impl IntoView {
    let workspace = workspace();
    let typed = RwSignal::new(
        workspace
            .with_untracked(|w| w.terms.start)
            .map(Day::iso)
            .unwrap_or_default(),
    );
    Effect::new(move |first: Option<()>| {
        let text = typed.get();
        if first.is_none() {
            return;
        }
        let day = Day::parse(text.trim());
        if text.trim().is_empty() || day.is_some() {
            errors.show_quietly(Vec::new());
            workspace.update(|w| w.terms.start = day);
        } else {
            errors.show_quietly(vec![Problem::new(
                START,
                "The start date must be a real date, for example 2027-01-31",
            )]);
        }
    });
    view! {
        <TextField
            id=START
            label="Start date"
            hint="The same as in the terms. The due dates count from it."
            value=typed
            errors
            kind="date"
            width="input--date"
        />
    }
}

/// The milestones by 30, 60 and 90 days, each with its due date and its box.
#[component]
fn Milestones() -> impl IntoView {
    let workspace = workspace();
    let removed = RwSignal::new(None::<(usize, Milestone)>);
    let list = move || {
        workspace.with(|w| {
            let start = w.terms.start;
            let mut items: Vec<(Milestone, Option<Day>)> = w
                .onboarding
                .iter()
                .map(|m| (m.clone(), start.map(|s| m.due(s))))
                .collect();
            crate::domain::sort_small_by(&mut items, |a, b| a.0.day < b.0.day);
            items
        })
    };
    view! {
        <h2 id="milestones-heading" tabindex="-1">"Milestones"</h2>
        <div role="status">
            {move || {
                removed
                    .get()
                    .map(|(index, milestone)| {
                        view! {
                            <p class="confirmation">
                                "The milestone was removed. "
                                <button
                                    type="button"
                                    class="link-button"
                                    id="undo-milestone"
                                    on:click=move |_| {
                                        let m = milestone.clone();
                                        workspace
                                            .update(|w| {
                                                if w.onboarding.iter().all(|x| x.id != m.id) {
                                                    w.onboarding.insert(index.min(w.onboarding.len()), m);
                                                }
                                            });
                                        removed.set(None);
                                        focus_soon("milestones-heading");
                                    }
                                >
                                    "Undo"
                                </button>
                            </p>
                        }
                    })
            }}
        </div>
        <ul class="milestones">
            {move || {
                let today = today();
                list()
                    .into_iter()
                    .map(|(m, due)| {
                        let box_id = format!("milestone-{}", m.id);
                        let id = m.id.clone();
                        let id_remove = m.id.clone();
                        let overdue = due.is_some_and(|d| !m.done && d < today);
                        let when = match due {
                            Some(d) => format!("Day {}: due {}", m.day, d.long()),
                            None => format!("Day {}", m.day),
                        };
                        view! {
                            <li class="milestone">
                                <div class="choice choice--small">
                                    <input
                                        class="choice__input"
                                        type="checkbox"
                                        id=box_id.clone()
                                        prop:checked=m.done
                                        on:change=move |ev| {
                                            let done = event_target_checked(&ev);
                                            workspace.update(|w| {
                                                if let Some(x) = w.onboarding.iter_mut().find(|x| x.id == id) {
                                                    x.done = done;
                                                }
                                            });
                                        }
                                    />
                                    <label class="choice__label" for=box_id>{m.text.clone()}</label>
                                </div>
                                <p class="milestone__due quiet">
                                    {when}
                                    {overdue.then(|| view! { " " <strong class="tag tag--warning">"overdue"</strong> })}
                                    " "
                                    <button
                                        type="button"
                                        class="link-button"
                                        on:click=move |_| {
                                            let mut taken = None;
                                            workspace.update(|w| {
                                                if let Some(i) = w.onboarding.iter().position(|x| x.id == id_remove) {
                                                    taken = Some((i, w.onboarding.remove(i)));
                                                }
                                            });
                                            removed.set(taken);
                                            focus_soon("undo-milestone");
                                        }
                                    >
                                        "Remove"
                                        <span class="visually-hidden">": this milestone"</span>
                                    </button>
                                </p>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}

/// A milestone of the founder's own.
#[component]
fn AddMilestone(errors: FormErrors) -> impl IntoView {
    let workspace = workspace();
    let text = RwSignal::new(String::new());
    let day = RwSignal::new("30".to_owned());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let milestone = Milestone::new(
            fresh_id(),
            day.get_untracked().parse().unwrap_or(30),
            text.get_untracked().trim(),
        );
        let problem = if milestone.text.is_empty() {
            Some("Enter what should be done".to_owned())
        } else if workspace.with_untracked(|w| w.onboarding.len()) >= MAX_MILESTONES {
            Some(format!(
                "The plan keeps up to {MAX_MILESTONES} milestones: remove one first"
            ))
        } else {
            workspace
                .try_update(|w| w.onboarding.push(milestone))
                .err()
                .map(|reason| format!("The milestone could not be added: {reason}"))
        };
        match problem {
            Some(message) => {
                errors.show(vec![Problem::new(NEW_TEXT, message)]);
            }
            None => {
                errors.show(Vec::new());
                text.set(String::new());
                focus_soon(NEW_TEXT);
            }
        }
    };
    view! {
        <form novalidate on:submit=add class="panel">
            <h2 class="panel__title">"Add a milestone"</h2>
            <div class="form-group">
                <label class="label" for=NEW_DAY>"By"</label>
                <select class="select" id=NEW_DAY on:change=move |ev| day.set(event_target_value(&ev))>
                    <option value="30">"30 days"</option>
                    <option value="60">"60 days"</option>
                    <option value="90">"90 days"</option>
                </select>
            </div>
            <TextField id=NEW_TEXT label="What should be done" value=text errors maxlength=MAX_TEXT />
            <button type="submit" class="button button--secondary">"Add milestone"</button>
        </form>
    }
}
