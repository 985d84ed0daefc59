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
use crate::domain::merge::{Record, save_edit};
use crate::domain::options::Leadership;
use crate::domain::route::Route;
use crate::domain::workspace::Workspace;
use crate::domain::workspace::progress::Facts;
use crate::domain::workspace::removed::Removed;
use crate::domain::workspace::steps::{Place, Status, first_index, plan_name, plan_title, tasks};
use crate::storage::{AppStorage, Notice, Persisted, use_document};
use crate::ui::delete_everything::Deleted;
use crate::ui::fields::{FormErrors, Radios};
use crate::ui::forms::{BackLink, ErrorSummary, focus_soon, go};
use crate::ui::page::PageHeading;
use autosave::{Autosave, SaveState, SaveStatus};
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

/// Keeps a record's form as it is typed, the workspace's one save rule: a moment after typing
/// pauses, `check` reads the form (`true` while the record is not kept yet) and the record is
/// written into its list, `adjust`ed to the workspace as it is now. A form that cannot be read
/// keeps the last version and says why beside the field. Changed in another tab meanwhile:
/// both versions are kept, and told.
fn keep_as_typed<T: Record + Clone + Send + Sync + 'static>(
    errors: FormErrors,
    opened: StoredValue<Option<T>>,
    check: impl Fn(bool) -> Result<T, Vec<Problem>> + Send + Sync + 'static,
    list: fn(&mut Workspace) -> &mut Vec<T>,
    adjust: fn(&Workspace, &mut T),
) -> Autosave {
    // Taken now: the write may run after the page is gone (a pause's timer, leaving).
    let workspace = workspace();
    let storage = expect_context::<AppStorage>();
    Autosave::new(move || {
        let is_new = opened.with_value(Option::is_none);
        let mut record = match check(is_new) {
            Ok(record) => record,
            // A new record's problems wait for "Done": said as the visitor moves between its
            // fields, they would appear beside fields not reached yet, and move the page under
            // the pointer.
            Err(problems) if is_new => {
                errors.keep_quietly(problems);
                return Err("not kept yet: press Done to see what is missing".to_owned());
            }
            Err(problems) => {
                errors.show_quietly(problems);
                return Err(
                    "the last change is not kept: see the message beside the field".to_owned(),
                );
            }
        };
        errors.show_quietly(Vec::new());
        let mut both_kept = None;
        let mut stored = None;
        workspace.try_update(|w| {
            adjust(w, &mut record);
            stored = Some(record.clone());
            both_kept = opened.with_value(|o| save_edit(list(w), o.as_ref(), record));
        })?;
        opened.set_value(stored);
        if let Some(item) = both_kept {
            storage.push(Notice::BothKept { items: vec![item] });
        }
        Ok(())
    })
}

/// Takes a record out (with where it was, for Undo) and goes back to its list, which offers
/// to put it back. Nothing more of the form is written.
fn delete_with_undo(
    autosave: Autosave,
    back: Route,
    take: impl Fn(&mut Workspace) -> Option<Removed> + Copy + Send + Sync + 'static,
) -> impl Fn() + Copy + Send + Sync + 'static {
    let back = StoredValue::new(back);
    let workspace = workspace();
    let deleted = expect_context::<Deleted>().0;
    move || {
        autosave.stop();
        let mut removed = None;
        workspace.update(|w| removed = take(w));
        deleted.set(removed);
        back.with_value(go);
    }
}

/// The foot of a record's form: "Done" goes back once what is typed is kept (or says what
/// stops it), and the delete button, set apart, once the record exists. `changed`: whether the
/// form differs from what it opened with; a new form left untouched keeps nothing.
#[component]
fn DoneAndDelete(
    autosave: Autosave,
    errors: FormErrors,
    back: Route,
    delete: &'static str,
    exists: Signal<bool>,
    changed: impl Fn() -> bool + Copy + Send + Sync + 'static,
    on_delete: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let back = StoredValue::new(back);
    let done = move |_| {
        // Written now, not after the pause: typing may not have reached the pause's timer.
        if changed() {
            autosave.write_now();
        }
        if matches!(autosave.state.get_untracked(), SaveState::Refused(_)) {
            // Beside the fields and in the summary, with focus.
            errors.show(errors.kept());
        } else {
            back.with_value(go);
        }
    };
    view! {
        <SaveStatus state=autosave.state />
        <div class="button-row">
            <button type="button" class="button" on:click=done>"Done"</button>
            <Show when=move || exists.get()>
                <button type="button" class="button button--warning button-row__apart" on:click=move |_| on_delete()>
                    {delete}
                </button>
            </Show>
        </div>
    }
}

/// "Deleted …", with Undo, on the list a record was deleted from.
#[component]
fn UndoDelete(
    /// Where focus goes once the record is back or Undo is gone.
    focus_after: &'static str,
) -> impl IntoView {
    let workspace = workspace();
    let deleted = expect_context::<Deleted>().0;
    let restored = RwSignal::new(None::<String>);
    let undo = move |_| {
        if let Some(removed) = deleted.get_untracked() {
            let what = removed.describe();
            let mut back = false;
            let outcome = workspace.try_update(|w| back = w.restore(removed));
            deleted.set(None);
            restored.set(Some(match outcome {
                Ok(()) if back => format!("{} is back.", capitalised(&what)),
                Ok(()) => format!(
                    "{} could not be brought back: one with its name came back meanwhile.",
                    capitalised(&what)
                ),
                Err(reason) => format!(
                    "{} could not be brought back: {reason}.",
                    capitalised(&what)
                ),
            }));
            focus_soon(focus_after);
        }
    };
    view! {
        <div role="status" class="undo-region">
            {move || {
                deleted
                    .get()
                    .map(|removed| {
                        view! {
                            <div class="confirmation undo">
                                <span>{format!("Deleted {}.", removed.describe())}</span>
                                <button type="button" class="button button--secondary button--small" id="undo-delete" on:click=undo>
                                    "Undo"
                                    <span class="visually-hidden">{format!(" deleting {}", removed.describe())}</span>
                                </button>
                            </div>
                        }
                    })
            }}
            {move || restored.get().map(|message| view! { <p class="confirmation">{message}</p> })}
        </div>
    }
}

/// "The note …" from "the note …".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
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
