//! The decision memo: the result on one page for a co-founder or a board, to print (its own
//! print stylesheet) or to copy as Markdown.

use leptos::prelude::*;

use super::{answers_currency, share_href};
use crate::domain::assessment::Progress;
use crate::domain::assessment::memo::{Costs, Memo};
use crate::domain::assessment::share_query;
use crate::domain::calculator::scenarios::Working;
use crate::domain::route::Route;
use crate::storage::use_document;
use crate::ui::clock::today;
use crate::ui::forms::{BackLink, PrintButton};
use crate::ui::links::copy_and_say;
use crate::ui::locale::preferred_number_format;
use crate::ui::page::PageHeading;

#[component]
pub fn MemoPage() -> impl IntoView {
    let progress = use_document::<Progress>();
    let working = use_document::<Working>();
    view! {
        <div class="memo-page">
            <BackLink href=Route::AssessmentResult.href() />
            {move || {
                let (answers, _) = progress.with(Progress::read);
                if !answers.is_complete() {
                    return view! {
                        <PageHeading title=Route::DecisionMemo.title() caption="Self-assessment" />
                        <p>"The memo is written from your result, which appears once every question has an answer."</p>
                        <a class="button" href=progress.with(Progress::resume).route().href()>
                            "Continue the self-assessment"
                        </a>
                    }
                        .into_any();
                }
                let currency = progress.with(answers_currency);
                let memo = Memo::new(
                    &answers,
                    currency,
                    preferred_number_format(),
                    &working.with(|w| w.figures.clone()),
                    today().long(),
                    share_href(&share_query(&answers, currency)),
                );
                view! { <MemoView memo /> }.into_any()
            }}
        </div>
    }
}

/// The memo with its two actions.
#[component]
fn MemoView(memo: Memo) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let markdown = memo.markdown();
    let copy = move |_| {
        copy_and_say(
            &markdown,
            status,
            "Copied as Markdown: paste it into a document, Notion or an email.",
            "Your browser did not allow copying. Print the memo or save it as a PDF instead.",
        )
    };
    let best = memo.outcome.best();
    view! {
        <article class="memo">
            <PageHeading
                title=Route::DecisionMemo.title()
                caption="Self-assessment"
                lede=format!("How we get technical leadership: our self-assessment's result on {}.", memo.date)
            />
            <div class="button-row no-print memo__actions">
                <PrintButton />
                <button type="button" class="button button--secondary" on:click=copy>
                    "Copy as Markdown"
                </button>
            </div>
            <p class="status no-print" role="status">
                {move || status.get()}
            </p>
            <h2>"Recommendation"</h2>
            <p class="memo__verdict">
                <strong>{best.name()}</strong>
                {format!(", fit {} out of 100. {}", memo.outcome.score(best), memo.outcome.verdict())}
            </p>
            <MemoFits memo=memo.clone() />
            <h2>"Our answers"</h2>
            <dl class="memo__answers">
                {memo
                    .answers
                    .iter()
                    .map(|(topic, answer)| view! { <div><dt>{*topic}</dt><dd>{answer.clone()}</dd></div> })
                    .collect_view()}
            </dl>
            <MemoReasons memo=memo.clone() />
            <MemoCosts costs=memo.costs.clone() />
            <h2>{format!("Risks of {} and how to handle them", best.in_sentence())}</h2>
            <ul>
                {memo.risks.iter().map(|r| view! { <li><strong>{r.risk}</strong>" "{r.handling}</li> }).collect_view()}
            </ul>
            <h2>"First steps"</h2>
            <ol>
                {memo
                    .steps
                    .iter()
                    .map(|s| view! { <li><strong>{s.title}"."</strong>" "{s.detail}</li> })
                    .collect_view()}
            </ol>
            <p class="memo__link">
                "This result, and how it is scored: " <a href=memo.share.clone()>{memo.share.clone()}</a>
            </p>
        </article>
    }
}

/// Each option's fit, best first.
#[component]
fn MemoFits(memo: Memo) -> impl IntoView {
    view! {
        <table class="memo__table">
            <thead>
                <tr>
                    <th scope="col">"Option"</th>
                    <th scope="col" class="num">"Fit (out of 100)"</th>
                </tr>
            </thead>
            <tbody>
                {memo
                    .outcome
                    .ranking
                    .iter()
                    .map(|&o| {
                        view! {
                            <tr>
                                <th scope="row">{o.name()}</th>
                                <td class="num">{memo.outcome.score(o).to_string()}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// Why, and what would change it.
#[component]
fn MemoReasons(memo: Memo) -> impl IntoView {
    let reason = |r: &crate::domain::assessment::explain::ReasonLine| {
        view! {
            <li>
                <strong>{format!("{}: {}.", r.topic, r.answer)}</strong>
                {format!(" {} ({})", r.because, r.effect)}
            </li>
        }
    };
    view! {
        <h2>"Why"</h2>
        <ul>{memo.why.for_it.iter().map(reason).collect_view()}</ul>
        {(!memo.why.against.is_empty())
            .then(|| {
                view! {
                    <p>"What pulled the other way:"</p>
                    <ul>{memo.why.against.iter().map(reason).collect_view()}</ul>
                }
            })}
        <h2>"What would change it"</h2>
        {memo.what_ifs.is_empty().then(|| view! { <p>"No change of up to three answers would put another option first."</p> })}
        <ul>
            {memo
                .what_ifs
                .iter()
                .map(|w| {
                    let changes: Vec<String> = w.changes.iter().map(|c| format!("{}: {}", c.topic, c.change)).collect();
                    view! {
                        <li>
                            <strong>{w.option.name()}</strong>
                            {format!(" would come first (fit {}) with: {}.", w.fit, changes.join("; "))}
                            {w.beyond_budget.clone().map(|note| view! { <em>" "{note}</em> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The cost comparison, with where its figures come from.
#[component]
fn MemoCosts(costs: Costs) -> impl IntoView {
    view! {
        <h2>"What it costs"</h2>
        <p>{costs.source}</p>
        <table class="memo__table memo__costs">
            <thead>
                <tr>
                    <th scope="col">"Option"</th>
                    <th scope="col" class="num">"Each month once running"</th>
                    <th scope="col" class="num">{costs.total_heading}</th>
                </tr>
            </thead>
            <tbody>
                {costs
                    .rows
                    .into_iter()
                    .map(|row| {
                        view! {
                            <tr>
                                <th scope="row">{row.option.name()}</th>
                                <td class="num">{row.monthly}</td>
                                <td class="num">{row.total}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
        {costs.summary.into_iter().map(|s| view! { <p>{s}</p> }).collect_view()}
    }
}
