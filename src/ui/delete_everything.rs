//! "Delete all my data", with a confirmation: on the settings page and the workspace's data
//! page alike. Also forgets the note Undo could bring back.

use leptos::prelude::*;

use crate::domain::APP_NAME;
use crate::domain::document::KEY_PREFIX;
use crate::storage::AppStorage;

/// The note deleted last and where it was, so that "Undo" can put it back. Lives with the
/// app, so it outlasts the editor page it was deleted from; "Delete all my data" empties it.
#[derive(Clone, Copy)]
pub struct DeletedNote(pub RwSignal<Option<(usize, crate::domain::workspace::notes::Note)>>);

/// "Delete all my data", with a confirmation. Also on the workspace's data page.
#[component]
pub fn DeleteEverything() -> impl IntoView {
    let storage = expect_context::<AppStorage>();
    let (confirming, set_confirming) = signal(false);
    let (done, set_done) = signal(None::<usize>);
    let confirm = move |_| {
        // A note deleted before is gone for good too: Undo must not bring it back.
        if let Some(deleted) = use_context::<DeletedNote>() {
            deleted.0.set(None);
        }
        let removed = storage.remove_everything();
        set_confirming.set(false);
        set_done.set(Some(removed));
    };
    view! {
        <section aria-labelledby="delete-heading">
            <h2 id="delete-heading">"Delete your data"</h2>
            <p>
                {format!("{APP_NAME} keeps everything in this browser's storage for this site, under names that start with ")}
                <code>{storage.store().map_or_else(|| KEY_PREFIX.to_owned(), |s| s.prefix())}</code>
                ". Nothing is stored anywhere else, so deleting it here deletes it for good."
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
                if !confirming.get() {
                    return view! {
                        <button
                            type="button"
                            class="button button--warning"
                            on:click=move |_| {
                                set_done.set(None);
                                set_confirming.set(true);
                            }
                        >
                            "Delete all my data"
                        </button>
                    }
                        .into_any();
                }
                view! {
                    <div class="panel panel--warning" role="group" aria-labelledby="delete-confirm-title">
                        <p class="panel__title" id="delete-confirm-title">
                            "Delete everything this app keeps in this browser: your workspace, saved scenarios, self-assessment answers, settings and any kept-aside copies? This cannot be undone: export first if you may want it back."
                        </p>
                        <p class="button-row">
                            <button type="button" class="button button--warning" on:click=confirm>
                                "Yes, delete everything"
                            </button>
                            <button
                                type="button"
                                class="button button--secondary"
                                on:click=move |_| set_confirming.set(false)
                            >
                                "Cancel"
                            </button>
                        </p>
                    </div>
                }
                    .into_any()
            }}
        </section>
    }
}
