//! "Your workspace data": how much is kept, export, import (checked and shown as a plan
//! before anything changes) and "Delete all my data".

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{BackToWorkspace, PRIVATE};
use crate::domain::APP_NAME;
use crate::domain::form::Problem;
use crate::domain::route::Route;
use crate::domain::transfer::{
    Change, ImportError, Incoming, MAX_FILE_BYTES, export, file_name, plan, read_import, size_text,
};
use crate::domain::workspace::Workspace;
use crate::storage::{AppStorage, Documents, use_document};
use crate::ui::clock::now;
use crate::ui::delete_everything::DeleteEverything;
use crate::ui::download::download_text;
use crate::ui::fields::FormErrors;
use crate::ui::forms::{ErrorMessage, ErrorSummary, focus_soon};
use crate::ui::page::PageHeading;

#[component]
pub fn DataPage() -> impl IntoView {
    view! {
        <div class="workspace-data prose">
            <BackToWorkspace />
            <PageHeading title=Route::WorkspaceData.title() lede={PRIVATE} />
            <StorageUsed />
            <Export />
            <Import />
            <DeleteEverything />
        </div>
    }
}

#[component]
fn StorageUsed() -> impl IntoView {
    let storage = expect_context::<AppStorage>();
    let workspace = use_document::<Workspace>();
    let used = move || {
        // Re-measured whenever the workspace changes here, or anything changes in another tab.
        workspace.with(|_| ());
        match storage.store() {
            None => "This browser is not letting the app keep anything, so nothing is stored."
                .to_owned(),
            Some(_) => format!(
                "{APP_NAME} is using about {} of this browser’s storage. Browsers usually let each site keep about 5 MB.",
                size_text(storage.used_bytes() as u64)
            ),
        }
    };
    view! {
        <section aria-labelledby="used-heading">
            <h2 id="used-heading">"Storage used"</h2>
            <p id="storage-used">{used}</p>
        </section>
    }
}

#[component]
fn Export() -> impl IntoView {
    let documents = Documents::open_all();
    let message = RwSignal::new(None::<String>);
    let export_all = move |_| {
        let at = now();
        let text = export(&documents.bundle(), at);
        message.set(Some(
            match download_text(&file_name(at), "application/json", &text) {
                Ok(()) => format!("Exported to {}. Keep it somewhere safe.", file_name(at)),
                Err(problem) => format!("The export could not be saved: {problem}."),
            },
        ));
    };
    view! {
        <section aria-labelledby="export-heading">
            <h2 id="export-heading">"Export"</h2>
            <p>
                "Download everything this app keeps in this browser as one JSON file: your workspace, saved cost scenarios, self-assessment answers and past results, and settings. It is the only copy outside this browser."
            </p>
            <button type="button" class="button button--secondary" on:click=export_all>
                "Export everything"
            </button>
            <p class="status" role="status">{move || message.get()}</p>
        </section>
    }
}

const FILE_FIELD: &str = "import-file";

/// What the import form is showing.
#[derive(Clone)]
enum Stage {
    Choosing,
    Reading,
    /// The file is good: what it would do, and what it holds (planned again on Import).
    Planned {
        changes: Vec<Change>,
        incoming: Box<Incoming>,
    },
    Done {
        changes: usize,
    },
    /// The import did not (wholly) reach storage.
    Failed(String),
}

/// The import's state and steps, shared by its form and what it shows below.
#[derive(Clone, Copy)]
struct ImportFlow {
    documents: Documents,
    storage: AppStorage,
    errors: FormErrors,
    stage: RwSignal<Stage>,
}

impl ImportFlow {
    fn fail(self, error: String) {
        self.stage.set(Stage::Choosing);
        self.errors.show(vec![Problem::new(FILE_FIELD, error)]);
    }

    /// Reads the chosen file and shows its plan, or says what is wrong with it.
    fn check(self) {
        let file = document()
            .get_element_by_id(FILE_FIELD)
            .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        let Some(file) = file else {
            self.fail("Select an export file to import".to_owned());
            return;
        };
        // Refused before reading: a huge file is never loaded into memory.
        let bytes = file.size() as u64;
        if bytes > MAX_FILE_BYTES {
            self.fail(ImportError::TooLarge { bytes }.to_string());
            return;
        }
        self.errors.show(Vec::new());
        self.stage.set(Stage::Reading);
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|value| value.as_string());
            let Some(text) = text else {
                self.fail("The file could not be read. Choose it again".to_owned());
                return;
            };
            let outcome = read_import(&text).and_then(|incoming| {
                plan(&self.documents.bundle(), &incoming).map(|p| (p, incoming))
            });
            match outcome {
                Ok((plan, incoming)) => {
                    self.stage.set(Stage::Planned {
                        changes: plan.changes,
                        incoming: Box::new(incoming),
                    });
                    focus_soon("import-plan");
                }
                Err(error) => self.fail(error.to_string()),
            }
        });
    }

    /// Imports the file whose plan is shown.
    fn confirm(self) {
        let Stage::Planned {
            incoming,
            changes: shown,
        } = self.stage.get_untracked()
        else {
            return;
        };
        // Planned again against what is here now: if another tab changed something meanwhile
        // and the plan is no longer the one shown, the new one is shown to confirm instead.
        match plan(&self.documents.bundle(), &incoming) {
            Ok(plan) if plan.changes != shown => {
                self.stage.set(Stage::Planned {
                    changes: plan.changes,
                    incoming,
                });
                focus_soon("import-plan");
            }
            Ok(plan) => {
                let changes = plan.changes.len();
                let outcome = self.documents.replace(plan.result);
                let storage = self.storage;
                self.stage.set(match outcome {
                    Ok(()) if storage.is_saving() || storage.store().is_none() => {
                        Stage::Done { changes }
                    }
                    Ok(()) => Stage::Failed(
                        "The import is in this page, but the browser did not store it: see the message at the top of the page.".to_owned(),
                    ),
                    Err(reason) => Stage::Failed(format!("The import stopped part way: {reason}.")),
                });
                focus_soon("import-done");
            }
            Err(error) => self.fail(error.to_string()),
        }
    }

    fn cancel(self) {
        self.stage.set(Stage::Choosing);
        focus_soon(FILE_FIELD);
    }
}

#[component]
fn Import() -> impl IntoView {
    let flow = ImportFlow {
        documents: Documents::open_all(),
        storage: expect_context::<AppStorage>(),
        errors: FormErrors::new(&Route::WorkspaceData),
        stage: RwSignal::new(Stage::Choosing),
    };
    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">"Import"</h2>
            <ErrorSummary errors=flow.errors.summary() />
            <p>
                "Bring back an export from this app. You will see what it would add or replace before anything changes; what is here and not in the file is kept."
            </p>
            <ImportFileForm flow />
            <div role="status">
                <ImportStage flow />
            </div>
        </section>
    }
}

/// The file field and "Check the file".
#[component]
fn ImportFileForm(flow: ImportFlow) -> impl IntoView {
    let file_error = flow.errors.of(FILE_FIELD.to_owned());
    let check = move |ev: SubmitEvent| {
        ev.prevent_default();
        flow.check();
    };
    view! {
        <form novalidate on:submit=check>
            <div class="form-group" class:form-group--error=move || file_error.with(Option::is_some)>
                <label class="label" for=FILE_FIELD>"Export file"</label>
                <p class="hint" id="import-file-hint">"A .json file exported from this app."</p>
                <ErrorMessage id="import-file-error" message=file_error />
                <input
                    class="file-input"
                    id=FILE_FIELD
                    name=FILE_FIELD
                    type="file"
                    accept=".json,application/json"
                    aria-describedby=move || {
                        if file_error.with(Option::is_some) {
                            "import-file-hint import-file-error"
                        } else {
                            "import-file-hint"
                        }
                    }
                    on:change=move |_| flow.stage.set(Stage::Choosing)
                />
            </div>
            <button type="submit" class="button button--secondary">"Check the file"</button>
        </form>
    }
}

/// What the import is doing: reading, its plan to confirm, or how it ended.
#[component]
fn ImportStage(flow: ImportFlow) -> impl IntoView {
    move || {
        match flow.stage.get() {
            Stage::Choosing => None,
            Stage::Reading => Some(view! { <p class="status">"Reading the file…"</p> }.into_any()),
            Stage::Planned { changes, .. } if changes.is_empty() => Some(
                view! {
                    <div class="panel" id="import-plan" tabindex="-1">
                        <p class="panel__title">"Nothing to import"</p>
                        <p>"Everything in this file is here already."</p>
                    </div>
                }
                .into_any(),
            ),
            Stage::Planned { changes, .. } => Some(
                view! {
                    <div class="panel" id="import-plan" tabindex="-1" role="group" aria-labelledby="import-plan-title">
                        <p class="panel__title" id="import-plan-title">"Importing this file will change:"</p>
                        <ul class="import-plan">
                            {changes.iter().map(|c| view! { <li>{c.to_string()}</li> }).collect_view()}
                        </ul>
                        <p>"Everything else here stays as it is."</p>
                        <p class="button-row">
                            <button type="button" class="button" on:click=move |_| flow.confirm()>"Import"</button>
                            <button type="button" class="button button--secondary" on:click=move |_| flow.cancel()>"Cancel"</button>
                        </p>
                    </div>
                }
                .into_any(),
            ),
            Stage::Failed(message) => Some(
                view! {
                    <p class="error-message" id="import-done" tabindex="-1">{message}</p>
                }
                .into_any(),
            ),
            Stage::Done { changes } => Some(
                view! {
                    <p class="confirmation" id="import-done" tabindex="-1">
                        {format!(
                            "Imported: {changes} {} made. ",
                            if changes == 1 { "change" } else { "changes" },
                        )}
                        <a href=Route::Workspace.href()>"Go to your workspace"</a>
                    </p>
                }
                .into_any(),
            ),
        }
    }
}
