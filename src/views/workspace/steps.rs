//! One of the seven steps: what it means, where in the workspace to do it, and its status.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::{BackToWorkspace, place_link, workspace};
use crate::domain::route::Route;
use crate::domain::workspace::steps::{Status, TASKS};
use crate::ui::fields::{FormErrors, Radios};
use crate::ui::forms::go;
use crate::ui::page::PageHeading;

#[component]
pub fn StepPage(index: usize) -> impl IntoView {
    let workspace = workspace();
    let task = &TASKS[index];
    let route = Route::WorkspaceStep(index);
    let errors = FormErrors::new(&route);
    let selected = RwSignal::new(
        workspace
            .with_untracked(|w| w.steps.0[index])
            .id()
            .to_owned(),
    );
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let chosen = selected.get_untracked();
        if let Some(status) = Status::ALL.into_iter().find(|s| s.id() == chosen) {
            workspace.update(|w| w.steps.0[index] = status);
            go(&Route::Workspace);
        }
    };
    view! {
        <div class="prose step-page">
            <BackToWorkspace />
            <PageHeading title=task.step.title caption=format!("Step {} of {}", index + 1, TASKS.len()) lede={task.step.detail} />
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
            <form novalidate on:submit=save>
                <Radios
                    name="status"
                    legend="How far along is this step?"
                    hint="Set it yourself: you can come back and change it at any time."
                    options=Status::ALL.iter().map(|s| (s.id(), s.label().to_owned())).collect()
                    selected
                    errors
                />
                <button type="submit" class="button">"Save and return"</button>
            </form>
        </div>
    }
}
