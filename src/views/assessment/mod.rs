//! The self-assessment: a start page, one question per page, check answers, the result, a
//! shared result and "How this is scored".

mod check_answers;
mod how_scored;
mod question;
mod result;
mod start;

use leptos::prelude::*;

use crate::domain::assessment::Progress;
use crate::domain::preferences::Currency;
use crate::domain::route::Route;
use crate::storage::use_document;
use crate::ui::forms::{focus_heading, focus_soon, go};
use crate::ui::locale::preferred_currency;

pub use check_answers::CheckAnswersPage;
pub use how_scored::HowScoredPage;
pub use question::QuestionPage;
pub use result::{OwnResultPage, SharedResultPage};
pub use start::AssessmentPage;

/// The currency amounts in the visitor's own answers are shown in.
fn answers_currency(progress: &Progress) -> Currency {
    progress.currency.unwrap_or_else(preferred_currency)
}

/// A panel set apart from the page, named by its heading. `focusable`: the heading takes
/// focus when the panel opens.
#[component]
fn Panel(
    class: &'static str,
    title_id: &'static str,
    title: &'static str,
    #[prop(optional)] focusable: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <div class=class role="region" aria-labelledby=title_id>
            <h2 class="panel__title" id=title_id tabindex=focusable.then_some("-1")>
                {title}
            </h2>
            {children()}
        </div>
    }
}

/// Saved answers that the current questions cannot use, listed so nothing is lost silently.
#[component]
fn UnusableAnswers() -> impl IntoView {
    let progress = use_document::<Progress>();
    move || {
        let (_, problems) = progress.with(|p| p.read());
        (!problems.is_empty()).then(|| {
            view! {
                <Panel class="panel panel--warning unusable" title_id="unusable-title" title="Some saved answers could not be used">
                    <p>
                        "The questions have changed since these answers were saved, so they are kept here but not counted:"
                    </p>
                    <ul>
                        {problems
                            .iter()
                            .map(|p| view! { <li>{crate::ui::text::capitalise(&p.to_string())}"."</li> })
                            .collect_view()}
                    </ul>
                    <p>"Answer those questions again, or remove the old answers."</p>
                    <button
                        type="button"
                        class="button button--secondary button--small"
                        on:click=move |_| {
                            progress.update(Progress::remove_unusable);
                            focus_heading();
                        }
                    >
                        "Remove the old answers"
                    </button>
                </Panel>
            }
        })
    }
}

/// "Start again", which asks before deleting the answers.
#[component]
fn StartAgain() -> impl IntoView {
    let progress = use_document::<Progress>();
    let asking = RwSignal::new(false);
    let ask = move |_| {
        asking.set(true);
        focus_soon("start-again-title");
    };
    let confirm = move |_| {
        progress.update(|p| *p = Progress::default());
        asking.set(false);
        go(&Route::Assessment);
        // Already on the start page the address does not change: focus the fresh page.
        focus_heading();
    };
    let cancel = move |_| {
        asking.set(false);
        focus_soon("start-again");
    };
    move || {
        if asking.get() {
            view! {
                <Panel
                    class="panel panel--warning start-again"
                    title_id="start-again-title"
                    title="Delete your answers and start again?"
                    focusable=true
                >
                    <p>"Your answers in this browser will be deleted. This cannot be undone."</p>
                    <div class="button-row">
                        <button type="button" class="button button--warning" on:click=confirm>
                            "Yes, start again"
                        </button>
                        <button type="button" class="button button--secondary" on:click=cancel>
                            "No, keep my answers"
                        </button>
                    </div>
                </Panel>
            }
            .into_any()
        } else {
            view! {
                <button
                    type="button"
                    id="start-again"
                    class="button button--secondary start-again__button"
                    on:click=ask
                >
                    "Start again"
                </button>
            }
            .into_any()
        }
    }
}
