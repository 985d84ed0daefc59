//! The founder's private workspace: the plan's steps as a task list, and the pages that do
//! them (notes, candidates, terms, KPIs and check-ins), with export, import and deletion.
//! Everything lives in one document, through the storage layer.

mod autosave;
mod candidates;
mod check_ins;
mod compare;
mod dashboard;
mod data;
mod kpis;
mod notes;
mod onboarding;
mod questions;
mod spend;
mod steps;
mod summary;
mod terms;
mod trend_chart;

pub use candidates::{CandidatePage, CandidatesPage};
pub use check_ins::CheckInPage;
pub use data::DataPage;
pub use kpis::{KpiPage, KpisPage};
pub use notes::{NotePage, NotesPage};
pub use onboarding::OnboardingPage;
pub use spend::SpendPage;
pub use steps::{StartPlanPage, StepPage};
pub use summary::SummaryPage;
pub use terms::TermsPage;

use leptos::prelude::*;

use crate::domain::assessment::history::History;
use crate::domain::form::Problem;
use crate::domain::options::Leadership;
use crate::domain::route::Route;
use crate::domain::workspace::Workspace;
use crate::domain::workspace::drafts::not_saved;
use crate::domain::workspace::progress::Facts;
use crate::domain::workspace::steps::{Place, Status, first_index, plan_name, plan_title, tasks};
use crate::storage::{AppStorage, Notice, Persisted, use_document};
use crate::ui::fields::{FormErrors, Radios};
use crate::ui::forms::{BackLink, ErrorSummary, go};
use crate::ui::page::PageHeading;
use dashboard::{Attention, Records};

fn workspace() -> Persisted<Workspace> {
    use_document::<Workspace>()
}

/// What the steps' rules need beyond the workspace. Tracked where it is read.
fn facts() -> Facts {
    Facts {
        assessment_taken: use_document::<History>().with(|h| !h.results.is_empty()),
    }
}

/// The record an editor's address names (`None` for a new one), or the page saying it is not
/// here (deleted, or never in this browser).
fn named<T: Clone + 'static>(
    id: &Option<String>,
    find: impl for<'a> Fn(&'a Workspace, &str) -> Option<&'a T>,
    what: &'static str,
    back: Route,
) -> Result<Option<T>, AnyView> {
    match id {
        None => Ok(None),
        Some(id) => workspace()
            .with_untracked(|w| find(w, id).cloned())
            .map(Some)
            .ok_or_else(|| view! { <Missing what back /> }.into_any()),
    }
}

/// Keeps a form's checked record and goes back to `back`, or shows the form's problems. If
/// the workspace refuses the record (a limit, or storage), says why beside `field`: "The KPI
/// could not be saved: …".
fn save_then_go<T>(
    errors: FormErrors,
    checked: Result<T, Vec<Problem>>,
    (what, field): (&str, &str),
    back: Route,
    keep: impl FnOnce(&mut Workspace, T) -> Option<String>,
) {
    let record = match checked {
        Ok(record) => record,
        Err(problems) => {
            errors.show(problems);
            return;
        }
    };
    errors.show(Vec::new());
    let mut both_kept = None;
    match workspace().try_update(|w| both_kept = keep(w, record)) {
        Ok(()) => {
            // Changed in another tab while this form was open: both versions are kept.
            if let Some(item) = both_kept {
                expect_context::<AppStorage>().push(Notice::BothKept { items: vec![item] });
            }
            go(&back)
        }
        Err(reason) => {
            errors.show(vec![not_saved(what, field, &reason)]);
        }
    }
}

/// Removes a record (once its deletion is confirmed) and goes back to its list.
fn delete_then_go(
    back: Route,
    remove: impl Fn(&mut Workspace) + Copy + 'static,
) -> impl Fn() + Copy + 'static {
    let back = StoredValue::new(back);
    move || {
        workspace().update(remove);
        back.with_value(go);
    }
}

/// The buttons at the foot of a record's form: save it, and delete it once it exists
/// (`delete_id` is the delete button's id, where focus returns if the deletion is cancelled).
#[component]
fn SaveAndDelete(
    save: &'static str,
    delete: &'static str,
    delete_id: &'static str,
    is_new: bool,
    confirming: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <div class="button-row">
            <button type="submit" class="button">{save}</button>
            {(!is_new)
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="button button--warning button-row__apart"
                            id=delete_id
                            on:click=move |_| confirming.set(true)
                        >
                            {delete}
                        </button>
                    }
                })}
        </div>
    }
}

/// Where a step is done, as a link's address and text.
fn place_link(place: Place) -> (Route, &'static str) {
    match place {
        Place::Assessment => (Route::Assessment, "Take the self-assessment"),
        Place::Calculator => (Route::Calculator, "Compare the costs"),
        Place::Notes => (Route::Notes, "Notes"),
        Place::Candidates => (Route::Candidates, "Candidates and scorecards"),
        Place::Terms => (Route::Terms, "Engagement terms"),
        Place::Kpis => (Route::Kpis, "KPIs and their trends"),
        Place::CheckIns => (Route::CheckIn(None), "Record a check-in"),
        Place::Onboarding => (Route::Onboarding, "The first 90 days"),
    }
}

/// A plan's aim within a sentence: "the plan to hire a full-time CTO".
fn plan_aim(plan: Leadership) -> String {
    let name = plan_name(plan);
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// "Back to your workspace", at the top of each of its pages.
#[component]
fn BackToWorkspace() -> impl IntoView {
    view! { <BackLink href=Route::Workspace.href() /> }
}

/// The top of a record's editor: back to its list, the form's errors, its heading.
#[component]
fn EditorTop(
    back: Route,
    errors: FormErrors,
    #[prop(into)] title: String,
    caption: &'static str,
) -> impl IntoView {
    view! {
        <BackLink href=back.href() />
        <ErrorSummary errors=errors.summary() />
        <PageHeading title caption />
    }
}

/// The plain statement every workspace page can point to.
const PRIVATE: &str = "Everything here stays in this browser on this device. It is never sent anywhere: to move it to another browser, export it and import the file there.";

#[component]
pub fn WorkspacePage() -> impl IntoView {
    view! {
        <div class="workspace">
            <PageHeading title=Route::Workspace.title() caption="Run the engagement" lede="Follow your plan from here: its steps, your notes, the candidates you consider, the terms you agree, KPIs and check-ins." />
            <p class="private-note">{PRIVATE}</p>
            <p>
                <a href=Route::WorkspaceSummary.href()>"A one-page summary to share"</a>
                " with a co-founder or a board: to print or copy."
            </p>
            <Attention />
            <TaskList />
            <PlanChoice />
            <Records />
        </div>
    }
}

/// The plan's steps in the GOV.UK "complete multiple tasks" pattern.
#[component]
fn TaskList() -> impl IntoView {
    let workspace = workspace();
    let plan = Memo::new(move |_| workspace.with(|w| w.plan()));
    move || {
        let plan = plan.get();
        let start = first_index(plan);
        view! {
            <section aria-labelledby="tasks-heading">
                <h2 id="tasks-heading" tabindex="-1">{plan_title(plan)}</h2>
                <p class="quiet">
                    {move || {
                        format!(
                            "You have completed {} of {} steps.",
                            workspace.with(|w| w.completed(plan, facts())),
                            tasks(plan).len(),
                        )
                    }}
                </p>
                <ol class="task-list">
                    {tasks(plan)
                        .iter()
                        .enumerate()
                        .map(|(within, task)| {
                            let index = start + within;
                            let status = move || workspace.with(|w| w.step_status(index, facts()).status);
                            let status_id = format!("task-status-{}", task.slug);
                            let hint_id = format!("task-hint-{}", task.slug);
                            view! {
                                <li class="task-list__item">
                                    <div class="task-list__name">
                                        <a
                                            href=Route::WorkspaceStep(index).href()
                                            aria-describedby=format!("{hint_id} {status_id}")
                                        >
                                            {format!("{}. {}", within + 1, task.step.title)}
                                        </a>
                                        <p class="task-list__hint" id=hint_id>{task.step.detail}</p>
                                    </div>
                                    <strong
                                        class="task-status"
                                        class:task-status--done=move || status() == Status::Completed
                                        class:task-status--doing=move || status() == Status::InProgress
                                        id=status_id
                                    >
                                        {move || status().label()}
                                    </strong>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </section>
        }
    }
}

/// "Change the plan": another option's steps, folded away under the task list. Every record
/// and each plan's progress are kept.
#[component]
fn PlanChoice() -> impl IntoView {
    let workspace = workspace();
    let route = Route::Workspace;
    let errors = FormErrors::new(&route);
    let selected = RwSignal::new(workspace.with_untracked(|w| w.plan()).slug().to_owned());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(plan) = Leadership::from_slug(&selected.get_untracked()) {
            workspace.update(|w| w.plan = Some(plan));
            // Folded again, with focus on the plan now followed.
            if let Some(choice) = document().get_element_by_id("plan-choice") {
                let _ = choice.remove_attribute("open");
            }
            crate::ui::forms::focus_soon("tasks-heading");
        }
    };
    view! {
        <details class="plan-choice" id="plan-choice">
            <summary>"Change the plan"</summary>
            <form novalidate on:submit=save>
                <Radios
                    name="plan"
                    legend="Which plan should the workspace follow?"
                    hint="Switching keeps your notes, candidates, terms, KPIs and check-ins, and how far you got with each plan's steps."
                    options=Leadership::ALL.iter().map(|p| (p.slug(), plan_name(*p).to_owned())).collect()
                    selected
                    errors
                />
                <button type="submit" class="button">"Follow this plan"</button>
            </form>
        </details>
    }
}

/// Shown where an address names a record that does not exist (deleted, or never here).
#[component]
fn Missing(what: &'static str, back: Route) -> impl IntoView {
    view! {
        <div class="prose">
            <BackLink href=back.href() />
            <PageHeading title=format!("This {what} is not here") />
            <p>
                {format!(
                    "There is no such {what} in this browser. It may have been deleted, or the link may come from another browser: each keeps its own workspace.",
                )}
            </p>
            <p>
                <a href=back.href()>{format!("Back to {}", back.title())}</a>
            </p>
        </div>
    }
}
