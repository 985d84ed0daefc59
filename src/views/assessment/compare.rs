//! "Compare with a co-founder": the visitor's own result beside another person's, from the
//! share link that person copied. Both results live in links and in this browser: nothing is
//! sent anywhere. The address holds the other person's answers, so a reload keeps the
//! comparison.

use leptos::prelude::*;

use super::{FitList, answers_currency};
use crate::domain::assessment::compare::{Compared, LINK_FIELD, Row, compare, query_of_link};
use crate::domain::assessment::{Progress, read_share_query};
use crate::domain::route::Route;
use crate::storage::use_document;
use crate::ui::fields::{FormErrors, TextField};
use crate::ui::forms::{BackLink, ErrorSummary, LinkProblems, go};
use crate::ui::page::PageHeading;

#[component]
pub fn ComparePage(query: String) -> impl IntoView {
    let progress = use_document::<Progress>();
    let shared = (!query.is_empty()).then(|| read_share_query(&query));
    view! {
        <div class="compare">
            <BackLink href=Route::AssessmentResult.href() />
            <PageHeading
                title=Route::Compare(String::new()).title()
                caption="Self-assessment"
                lede="Co-founders often see the company differently. Paste the link your co-founder copied from their result to see where your answers differ, and which differences change the recommendation. Both results stay in the links and this browser."
            />
            {shared
                .as_ref()
                .map(|shared| {
                    view! {
                        <LinkProblems
                            title="There is a problem with their link"
                            problems=shared.problems.clone()
                            outcome="The answers that could be read are compared below, if they make a whole result."
                        />
                    }
                })}
            {move || {
                let (mine, _) = progress.with(Progress::read);
                if !mine.is_complete() {
                    return view! {
                        <p>"Finish your own self-assessment first: the comparison sets your answers beside theirs."</p>
                        <a class="button" href=progress.with(Progress::resume).route().href()>
                            "Continue the self-assessment"
                        </a>
                    }
                        .into_any();
                }
                shared
                    .as_ref()
                    .map(|shared| {
                        if !shared.answers.is_complete() {
                            return view! {
                                <p class="compare__incomplete">
                                    "Their link does not hold an answer to every question, so there is no result of theirs to compare. Ask them for the link on their result page once they have finished."
                                </p>
                            }
                                .into_any();
                        }
                        let compared = compare(
                            &mine,
                            progress.with(answers_currency),
                            &shared.answers,
                            shared.currency,
                        );
                        view! { <Comparison compared /> }.into_any()
                    })
                    .into_any()
            }}
            <PasteLink />
        </div>
    }
}

/// The field for the other person's link.
#[component]
fn PasteLink() -> impl IntoView {
    let link = RwSignal::new(String::new());
    let errors = FormErrors::new(&Route::Compare(String::new()));
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match query_of_link(&link.get_untracked()) {
            Ok(query) => {
                errors.show(Vec::new());
                go(&Route::Compare(query.to_owned()));
            }
            Err(problem) => {
                errors.show(vec![problem]);
            }
        }
    };
    view! {
        <form class="compare__form no-print" on:submit=submit novalidate>
            <ErrorSummary errors=errors.summary() />
            <TextField
                id=LINK_FIELD
                label="Their result's link"
                hint="On their result page, under “Share or keep this result”, they press “Copy link” and send it to you."
                value=link
                errors
            />
            <button type="submit" class="button">
                "Compare"
            </button>
        </form>
    }
}

/// Both results, the two together, then every answer side by side.
#[component]
fn Comparison(compared: Compared) -> impl IntoView {
    let headline = if compared.agree() {
        format!(
            "You agree: {} fits you both best.",
            compared.mine.best().in_sentence()
        )
    } else {
        format!(
            "You differ: your answers point to {}, theirs to {}.",
            compared.mine.best().in_sentence(),
            compared.theirs.best().in_sentence()
        )
    };
    let differences = match compared.differences() {
        0 => "Every answer is the same.".to_owned(),
        1 => "One answer differs.".to_owned(),
        n => format!("{n} answers differ."),
    };
    let fits = |outcome: &crate::domain::assessment::scoring::Outcome| {
        outcome
            .ranking
            .iter()
            .map(|&o| (o, outcome.score(o)))
            .collect::<Vec<_>>()
    };
    view! {
        <p class="compare__headline">{headline}" "{differences}</p>
        <div class="compare__fits">
            <section aria-labelledby="fits-you">
                <h2 id="fits-you">"Your fits"</h2>
                <FitList fits=fits(&compared.mine) />
            </section>
            <section aria-labelledby="fits-them">
                <h2 id="fits-them">"Their fits"</h2>
                <FitList fits=fits(&compared.theirs) />
            </section>
            <section aria-labelledby="fits-together">
                <h2 id="fits-together">"Together"</h2>
                <FitList fits=compared.together.clone() />
                <p class="quiet">"Each option's fit, the average of yours and theirs."</p>
            </section>
        </div>
        <AnswersSideBySide rows=compared.rows />
    }
}

/// Every question, the differences first.
#[component]
fn AnswersSideBySide(rows: Vec<Row>) -> impl IntoView {
    view! {
        <h2>"Your answers and theirs"</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Your answers and theirs">
            <table class="stack-table compare__table">
                <thead>
                    <tr>
                        <th scope="col">"Question"</th>
                        <th scope="col">"You"</th>
                        <th scope="col">"Them"</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            let effect = [
                                row.moves_mine.map(|o| format!("With their answer, yours would be {}.", o.in_sentence())),
                                row.moves_theirs.map(|o| format!("With your answer, theirs would be {}.", o.in_sentence())),
                            ];
                            view! {
                                <tr class:compare__differs=row.differs>
                                    <th scope="row" data-label="Question">
                                        {row.topic}
                                        {row.differs.then(|| view! { <span class="tag">"Differs"</span> })}
                                    </th>
                                    <td data-label="You">{row.mine}</td>
                                    <td data-label="Them">
                                        {row.theirs}
                                        {effect.into_iter().flatten().map(|e| view! { <span class="compare__moves">{e}</span> }).collect_view()}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
