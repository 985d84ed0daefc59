//! "Check your answers": every answer with a "Change" link, then the way to the result.

use leptos::prelude::*;

use super::{StartAgain, UnusableAnswers, answers_currency};
use crate::domain::assessment::Progress;
use crate::domain::assessment::answers::describe;
use crate::domain::assessment::questions::QUESTIONS;
use crate::domain::route::Route;
use crate::storage::use_document;
use crate::ui::forms::{BackLink, go};
use crate::ui::page::PageHeading;

#[component]
pub fn CheckAnswersPage() -> impl IntoView {
    let progress = use_document::<Progress>();
    let back = move || {
        let (answers, _) = progress.with(Progress::read);
        let last = answers.path().last().copied().unwrap_or(0);
        Route::Question {
            index: last,
            changing: false,
        }
        .href()
    };
    let see_result = move |_| {
        progress.update(|p| p.finished = true);
        go(&Route::AssessmentResult);
    };
    view! {
        <div class="check-answers">
            <BackLink href=back() />
            <PageHeading title=Route::CheckAnswers.title() caption="Self-assessment" />
            <UnusableAnswers />
            {move || {
                let (answers, _) = progress.with(Progress::read);
                let currency = progress.with(answers_currency);
                let rows = answers
                    .path()
                    .into_iter()
                    .map(|index| {
                        let question = &QUESTIONS[index];
                        let answer = answers.get(index);
                        let value = answer
                            .map(|a| describe(question, a, currency))
                            .unwrap_or_else(|| "Not answered".to_owned());
                        let change = Route::Question {
                            index,
                            changing: true,
                        };
                        view! {
                            <div class="summary-list__row">
                                <dt class="summary-list__key">{question.short}</dt>
                                <dd class="summary-list__value" class:quiet=answer.is_none()>
                                    {value}
                                </dd>
                                <dd class="summary-list__actions">
                                    <a href=change.href()>
                                        {if answer.is_some() { "Change" } else { "Answer" }}
                                        <span class="visually-hidden">
                                            {format!(" your answer to “{}”", question.short)}
                                        </span>
                                    </a>
                                </dd>
                            </div>
                        }
                    })
                    .collect_view();
                let finish = match answers.first_unanswered() {
                    None => {
                        view! {
                            <h2>"Now see your result"</h2>
                            <p>
                                "Your answers are scored in this browser. You can come back and change them at any time."
                            </p>
                            <button type="button" class="button" on:click=see_result>
                                "See your result"
                            </button>
                        }
                            .into_any()
                    }
                    Some(index) => {
                        let missing = answers.path().len() - answers.answered_count();
                        view! {
                            <p>
                                {format!(
                                    "{missing} question{} still need{} an answer. ",
                                    if missing == 1 { "" } else { "s" },
                                    if missing == 1 { "s" } else { "" },
                                )}
                                <a href=Route::Question {
                                    index,
                                    changing: true,
                                }
                                    .href()>"Answer the next one"</a>
                            </p>
                        }
                            .into_any()
                    }
                };
                view! {
                    <dl class="summary-list">{rows}</dl>
                    {finish}
                }
            }}
            <div class="assessment-actions">
                <StartAgain />
            </div>
        </div>
    }
}
