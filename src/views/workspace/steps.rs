//! One step of a plan: what it means, where in the workspace to do it, and its status; and the
//! address that sets the workspace up for an option's plan.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::{BackToWorkspace, facts, place_link, plan_aim, workspace};
use crate::domain::options::Leadership;
use crate::domain::route::Route;
use crate::domain::workspace::progress::{Rule, rule};
use crate::domain::workspace::steps::{Status, plan_name, task_at, tasks};

/// The value of the choice that leaves the status to the records.
const FOLLOW_RECORDS: &str = "records";
use crate::ui::fields::{FormErrors, Radios};
use crate::ui::forms::{go, go_instead};
use crate::ui::page::PageHeading;

#[component]
pub fn StepPage(index: usize) -> impl IntoView {
    let workspace = workspace();
    // The route holds only indexes of steps there are.
    let Some((plan, within, task)) = task_at(index) else {
        return ().into_any();
    };
    let other_plan = move || {
        let followed = workspace.with(|w| w.plan());
        (followed != plan).then(|| {
            view! {
                <p class="panel other-plan">
                    {format!(
                        "This step is in the plan to {}; your workspace follows the plan to {}. ",
                        plan_aim(plan),
                        plan_aim(followed),
                    )}
                    <a href=Route::Workspace.href()>"Change the plan on your workspace"</a>
                </p>
            }
        })
    };
    let route = Route::WorkspaceStep(index);
    let errors = FormErrors::new(&route);
    let selected = RwSignal::new(
        workspace
            .with_untracked(|w| w.steps.0[index])
            .map_or(FOLLOW_RECORDS, Status::id)
            .to_owned(),
    );
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let chosen = selected.get_untracked();
        let status = Status::ALL.into_iter().find(|s| s.id() == chosen);
        workspace.update(|w| w.steps.0[index] = status);
        go(&Route::Workspace);
    };
    let rule_text = rule(index).map(Rule::text).unwrap_or_default();
    let records_say = move || {
        rule(index).map_or(Status::NotStarted, |r| {
            workspace.with(|w| r.status(w, facts()))
        })
    };
    let mut options = vec![(
        FOLLOW_RECORDS,
        format!("As my records say (now: {})", records_say().label()),
    )];
    options.extend(Status::ALL.iter().map(|s| (s.id(), s.label().to_owned())));
    view! {
        <div class="prose step-page">
            <BackToWorkspace />
            <PageHeading
                title=task.step.title
                caption=format!("Step {} of {}", within + 1, tasks(plan).len())
                lede=task.step.detail
            />
            {other_plan}
            <p>{task.guidance}</p>
            <h2>"Where to do it"</h2>
            <ul class="place-links">
                {task
                    .places
                    .iter()
                    .map(|place| {
                        let (target, text) = place_link(*place);
                        view! {
                            <li>
                                <a href=target.href()>{text}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h2>"Its status"</h2>
            <p class="step-rule" id="step-rule">{rule_text}</p>
            <p>
                {move || {
                    let status = workspace.with(|w| w.step_status(index, facts()));
                    if status.by_hand {
                        format!(
                            "You set it to “{}”; your records say “{}”.",
                            status.status.label(),
                            records_say().label(),
                        )
                    } else {
                        format!("Your records say “{}”.", status.status.label())
                    }
                }}
            </p>
            <form novalidate on:submit=save>
                <Radios
                    name="status"
                    legend="How far along is this step?"
                    hint="Your records set it, or set it yourself: you can come back and change it at any time."
                    options
                    selected
                    errors
                />
                <button type="submit" class="button">"Save and return"</button>
            </form>
        </div>
    }
    .into_any()
}

/// "Start your plan" from a result: the workspace follows that option's plan. With none chosen
/// yet it simply does; with another chosen, the founder says which to keep, since switching
/// back and forth is theirs to decide. Either way the workspace's overview follows, in place
/// of this address.
#[component]
pub fn StartPlanPage(option: Leadership) -> impl IntoView {
    let workspace = workspace();
    let followed = workspace.with_untracked(|w| w.plan);
    let choose = move |plan: Leadership| {
        workspace.update(|w| w.plan = Some(plan));
        go_instead(&Route::Workspace);
    };
    match followed {
        Some(current) if current != option => view! {
            <div class="prose start-plan">
                <BackToWorkspace />
                <PageHeading
                    title="Change your plan?"
                    caption="Founder's workspace"
                    lede=format!(
                        "Your workspace follows the plan to {}. The result you came from points to {}.",
                        plan_aim(current),
                        option.in_sentence(),
                    )
                />
                <p>
                    "Switching keeps everything: your notes, candidates, terms, KPIs and check-ins, and how far you got with each plan's steps. You can switch back at any time."
                </p>
                <div class="button-row">
                    <button type="button" class="button" on:click=move |_| choose(option)>
                        {format!("Switch to: {}", plan_name(option))}
                    </button>
                    <button
                        type="button"
                        class="button button--secondary"
                        on:click=move |_| choose(current)
                    >
                        {format!("Keep: {}", plan_name(current))}
                    </button>
                </div>
            </div>
        }
        .into_any(),
        _ => {
            // After the page is drawn: the router is following this address's change.
            Effect::new(move |_| choose(option));
            ().into_any()
        }
    }
}
