//! The self-assessment: a start page, one question per page, check answers, the result, a
//! shared result and "How this is scored".

mod check_answers;
mod compare;
mod history;
mod how_scored;
mod memo;
mod question;
mod result;
mod start;

use leptos::prelude::*;

use crate::domain::assessment::Progress;
use crate::domain::assessment::history::History;
use crate::domain::options::Leadership;
use crate::domain::preferences::Currency;
use crate::domain::route::Route;
use crate::storage::use_document;
use crate::ui::forms::{focus_heading, focus_soon, go};
use crate::ui::links::full_app_href;
use crate::ui::locale::preferred_currency;
use crate::ui::parts::part;

pub use check_answers::CheckAnswersPage;
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
                    <p>"Your answers in this browser will be deleted. This cannot be undone. Your past results stay in your history."</p>
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

/// "Retake the self-assessment": from the first question, with the last answers filled in
/// (the last kept result's, after "Start again" deleted them).
#[component]
fn Retake() -> impl IntoView {
    let progress = use_document::<Progress>();
    let history = use_document::<History>();
    let retake = move |_| {
        let last = history.with_untracked(|h| h.results.last().cloned());
        progress.update(|p| {
            if let (true, Some(last)) = (p.answers.is_empty(), last) {
                p.answers = last.answers;
                p.currency = Some(last.currency);
            }
            p.finished = false;
        });
        go(&Route::Question {
            index: 0,
            changing: false,
        });
    };
    view! {
        <p class="no-print">
            <button type="button" class="button button--secondary" on:click=retake>
                "Retake the self-assessment"
            </button>
            <span class="quiet retake__hint">" Your last answers are filled in: change what is different now."</span>
        </p>
    }
}

/// The full address of a shared result: this page's address with the answers in the fragment.
fn share_href(query: &str) -> String {
    // The full app's address: a host page's options (its brand, its events) stay with it.
    full_app_href(&Route::SharedResult(query.to_owned()))
}

/// Options and their fits, as bars, in the order given.
#[component]
fn FitList(fits: Vec<(Leadership, u8)>) -> impl IntoView {
    view! {
        <ol class="fit-scores">
            {fits
                .into_iter()
                .map(|(option, score)| {
                    view! {
                        <li class="fit" data-option=option.slug()>
                            <span class="fit__name">{option.name()}</span>
                            <span class="fit__bar" aria-hidden="true">
                                <span class="fit__fill" style:width=format!("{score}%")></span>
                            </span>
                            <span class="fit__score">
                                {score.to_string()}
                                <span class="visually-hidden">" out of 100"</span>
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

// Pages opened from the result, with code of their own, fetched when opened (ARCHITECTURE.md,
// "Parts"): the result's page carries none of it. The decision memo works out the costs with
// the calculator's model; past results, the comparison and "How this is scored" list and
// compare answers.
part!(memo_part, |_nothing: ()| view! { <memo::MemoPage /> }
    .into_any());
part!(result_pages_part, |route: Route| match route {
    Route::Compare(query) => view! { <compare::ComparePage query /> }.into_any(),
    Route::HowScored => view! { <how_scored::HowScoredPage /> }.into_any(),
    _ => view! { <history::HistoryPage /> }.into_any(),
});

/// The decision memo's page, drawn once its code is here (`preload_nested` fetched it).
#[component]
pub fn DecisionMemoPage() -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>{move || Suspend::new(async move { memo_part(()).await })}</Suspense>
    }
}

/// "Your past results", "Compare with a co-founder" or "How this is scored", drawn once their
/// code is here.
#[component]
pub fn ResultPage(route: Route) -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let route = route.clone();
                Suspend::new(async move { result_pages_part(route).await })
            }}
        </Suspense>
    }
}

/// Fetches the code of a page opened from the result (the memo, past results, the comparison,
/// how it is scored) before its page is drawn, so the page arrives whole.
#[cfg(not(debug_assertions))]
pub async fn preload_nested(route: &Route) {
    match route {
        Route::DecisionMemo => __preload_memo_part().await,
        Route::ResultHistory | Route::Compare(_) | Route::HowScored => {
            __preload_result_pages_part().await
        }
        _ => {}
    }
}

/// A debug build is one wasm: nothing to fetch.
#[cfg(debug_assertions)]
pub async fn preload_nested(_route: &Route) {}
