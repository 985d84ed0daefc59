//! A one-page summary of the workspace for a co-founder or a board: printed (or saved as a
//! PDF) with the print stylesheet, or copied as Markdown.

use leptos::prelude::*;

use super::spend::money;
use super::{BackToWorkspace, facts, workspace};
use crate::domain::route::Route;
use crate::domain::workspace::summary::Summary;
use crate::ui::clock::today;
use crate::ui::forms::PrintButton;
use crate::ui::links::copy_and_say;
use crate::ui::page::PageHeading;

#[component]
pub fn SummaryPage() -> impl IntoView {
    let workspace = workspace();
    let summary = Memo::new(move |_| workspace.with(|w| Summary::of(w, facts(), today(), &money)));
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        copy_and_say(
            &summary.with_untracked(Summary::markdown),
            status,
            "Copied as Markdown: paste it into a document, an email or a board pack.",
            "Your browser did not allow copying. Print the summary or save it as a PDF instead.",
        )
    };
    view! {
        <article class="summary prose">
            <div class="no-print">
                <BackToWorkspace />
            </div>
            <PageHeading
                title=Route::WorkspaceSummary.title()
                caption="Founder's workspace"
                lede=summary.with_untracked(|s| format!("{}, on {}.", s.plan, s.date))
            />
            <div class="button-row no-print">
                <PrintButton />
                <button type="button" class="button button--secondary" on:click=copy>
                    "Copy as Markdown"
                </button>
            </div>
            <p class="status no-print" role="status">{move || status.get()}</p>
            {move || sections(summary.get())}
        </article>
    }
}

/// The summary's sections, as the Markdown has them.
fn sections(summary: Summary) -> AnyView {
    let listed = |items: Vec<String>, empty: &'static str| {
        if items.is_empty() {
            view! { <p>{empty}</p> }.into_any()
        } else {
            view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
                .into_any()
        }
    };
    view! {
            <h2>"Progress"</h2>
            <p id="summary-progress">{summary.progress}</p>
            <ul class="summary__steps">
                {summary
                    .steps
                    .into_iter()
                    .map(|(title, status)| view! { <li>{title}" "<span class="quiet">{format!("({status})")}</span></li> })
                    .collect_view()}
            </ul>
            <h2>"Partner"</h2>
            <p>{summary.partner}</p>
            <h2>"Terms"</h2>
            <dl class="summary__terms">
                {summary
                    .terms
                    .into_iter()
                    .map(|(name, standing, detail)| {
                        view! {
                            <div>
                                <dt>{name}</dt>
                                <dd>{standing}{(!detail.is_empty()).then(|| format!(". {detail}"))}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
            <p>{summary.next_review}</p>
            <h2>"KPIs"</h2>
            {listed(summary.kpis, "No KPI measured yet.")}
            <h2>"Open actions"</h2>
            {listed(summary.actions, "None open.")}
            <h2>"Spend"</h2>
            <p>{summary.spend}</p>
        }
        .into_any()
}
