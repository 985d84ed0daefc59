//! "Delete …? This cannot be undone." with Yes and Cancel, below a Delete button.

use leptos::prelude::*;

use crate::ui::forms::focus_soon;

/// Shown while `open` is true. Cancel closes it and gives focus back to the button that
/// opened it (`opener`, an element id), since Cancel itself is gone.
#[component]
pub fn ConfirmDelete(
    open: RwSignal<bool>,
    /// The question, asked when the panel opens.
    question: Signal<String>,
    on_confirm: impl Fn() + Copy + Send + Sync + 'static,
    opener: &'static str,
    #[prop(default = "Yes, delete")] yes: &'static str,
    /// With an id for the question, the panel is a group named by it, for a confirmation
    /// that replaces its button rather than appearing below it; else an alert.
    #[prop(optional)]
    question_id: Option<&'static str>,
) -> impl IntoView {
    let role = if question_id.is_some() {
        "group"
    } else {
        "alert"
    };
    move || {
        open.get().then(|| {
            view! {
                <div class="panel panel--warning" role=role aria-labelledby=question_id>
                    <p class="panel__title" id=question_id>{question.get_untracked()}</p>
                    <p class="button-row">
                        <button type="button" class="button button--warning" on:click=move |_| on_confirm()>
                            {yes}
                        </button>
                        <button
                            type="button"
                            class="button button--secondary"
                            on:click=move |_| {
                                open.set(false);
                                focus_soon(opener);
                            }
                        >
                            "Cancel"
                        </button>
                    </p>
                </div>
            }
        })
    }
}
