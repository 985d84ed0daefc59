//! "Delete all my data", with a confirmation: on the settings page and the workspace's data
//! page alike. Also forgets the record Undo could bring back.

use leptos::prelude::*;

use crate::domain::APP_NAME;
use crate::storage::AppStorage;
use crate::ui::confirm::ConfirmDelete;

const QUESTION: &str = "Delete everything this app keeps in this browser: your workspace, saved scenarios, self-assessment answers, settings and any damaged data kept for you? This cannot be undone: export first if you may want it back.";

/// The record deleted last (a note, a candidate, a KPI with its values, a check-in) and where it
/// was, so that "Undo" can put it back. Lives with the app, so it outlasts the editor page it
/// was deleted from; "Delete all my data" empties it.
#[derive(Clone, Copy)]
pub struct Deleted(pub RwSignal<Option<crate::domain::workspace::removed::Removed>>);

/// "Delete all my data", with a confirmation. Also on the workspace's data page.
#[component]
pub fn DeleteEverything() -> impl IntoView {
    let storage = expect_context::<AppStorage>();
    let confirming = RwSignal::new(false);
    let (done, set_done) = signal(None::<usize>);
    let confirm = move || {
        // A record deleted before is gone for good too: Undo must not bring it back.
        if let Some(deleted) = use_context::<Deleted>() {
            deleted.0.set(None);
        }
        let removed = storage.remove_everything();
        confirming.set(false);
        set_done.set(Some(removed));
    };
    view! {
        <section aria-labelledby="delete-heading">
            <h2 id="delete-heading">"Delete your data"</h2>
            <p>
                {format!("{APP_NAME} keeps everything in this browser, for this site only. Nothing is stored anywhere else, so deleting it here deletes it for good.")}
            </p>
            <div role="status">
                {move || {
                    done.get()
                        .map(|removed| {
                            view! {
                                <p class="confirmation">
                                    {format!(
                                        "Deleted. {APP_NAME} no longer keeps anything in this browser ({removed} {} removed).",
                                        if removed == 1 { "item" } else { "items" },
                                    )}
                                </p>
                            }
                        })
                }}
            </div>
            {move || {
                (!confirming.get())
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="button button--warning"
                                id="delete-everything"
                                on:click=move |_| {
                                    set_done.set(None);
                                    confirming.set(true);
                                }
                            >
                                "Delete all my data"
                            </button>
                        }
                    })
            }}
            <ConfirmDelete
                open=confirming
                question=Signal::stored(QUESTION.to_owned())
                on_confirm=confirm
                opener="delete-everything"
                yes="Yes, delete everything"
                question_id="delete-confirm-title"
            />
        </section>
    }
}
