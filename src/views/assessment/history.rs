//! "Your past results": each completed self-assessment, newest first, with its fits and what
//! changed since the one before.

use leptos::prelude::*;

use crate::domain::assessment::history::{Entry, History, MAX_RESULTS};
use crate::domain::options::Leadership;
use crate::domain::route::Route;
use crate::storage::use_document;
use crate::ui::forms::BackLink;
use crate::ui::locale::local_date_time;
use crate::ui::page::PageHeading;

#[component]
pub fn HistoryPage() -> impl IntoView {
    let history = use_document::<History>();
    view! {
        <div class="history">
            <BackLink href=Route::AssessmentResult.href() />
            <PageHeading
                title=Route::ResultHistory.title()
                caption="Self-assessment"
                lede="Each time you finish the self-assessment with different answers, the result is kept here, in this browser, so you can see how your answer moved."
            />
            {move || {
                let dropped = history.with(|h| h.dropped);
                (dropped > 0)
                    .then(|| {
                        view! {
                            <p class="inset">
                                {format!(
                                    "Only the last {MAX_RESULTS} results are kept: older ones were dropped as new ones came.",
                                )}
                            </p>
                        }
                    })
            }}
            {move || {
                let entries = history.with(History::entries);
                if entries.is_empty() {
                    view! {
                        <p>"No results yet. Finish the self-assessment and your result is kept here."</p>
                    }
                        .into_any()
                } else {
                    let previous: Vec<Option<Leadership>> = entries
                        .iter()
                        .skip(1)
                        .map(|e| Some(e.outcome.best()))
                        .chain([None])
                        .collect();
                    view! {
                        <ol class="history__list">
                            {entries
                                .into_iter()
                                .zip(previous)
                                .map(|(entry, before)| view! { <PastResultItem entry before /> })
                                .collect_view()}
                        </ol>
                    }
                        .into_any()
                }
            }}
            <super::Retake />
        </div>
    }
}

/// One past result: when, what was recommended (and whether that moved), the fits, and the
/// answers that changed since the one before.
#[component]
fn PastResultItem(entry: Entry, before: Option<Leadership>) -> impl IntoView {
    let best = entry.outcome.best();
    let moved = before.filter(|b| *b != best).map(|b| {
        view! { <p class="history__moved">{format!("Changed from {}", b.in_sentence())}</p> }
    });
    let fits = entry
        .outcome
        .ranking
        .iter()
        .map(|&o| format!("{} {}", o.short_name(), entry.outcome.score(o)))
        .collect::<Vec<_>>()
        .join(" · ");
    let changed = (!entry.changed.is_empty()).then(|| {
        view! {
            <p class="history__changed-title">"What changed since the result before:"</p>
            <ul class="history__changes">
                {entry
                    .changed
                    .into_iter()
                    .map(|c| {
                        view! {
                            <li>
                                <strong>{format!("{}: ", c.topic)}</strong>
                                {c.to}
                                <span class="quiet">{format!(" (was {})", c.from)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    });
    view! {
        <li class="history__item" data-option=best.slug()>
            <h2 class="history__when">{local_date_time(entry.at)}</h2>
            <p class="history__best">
                <strong>{best.name()}</strong>
                {format!(", fit {}", entry.outcome.score(best))}
            </p>
            {moved}
            <p class="history__fits">{fits}</p>
            {(!entry.complete)
                .then(|| view! { <p class="quiet">"Some questions have no answer today's questions can use, so the fits leave them out."</p> })}
            {changed}
        </li>
    }
}
