//! One question per page: back link, the question as the heading, "Question N of M", one
//! Continue button, and errors shown on Continue.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::answers_currency;
use crate::domain::assessment::Progress;
use crate::domain::assessment::draft::{AMOUNT_FIELD, AnswerDraft, choice_field};
use crate::domain::assessment::questions::{Choice, Kind, NOT_SURE, QUESTIONS, Question};
use crate::domain::form::Problem;
use crate::domain::preferences::Currency;
use crate::domain::route::Route;
use crate::storage::use_document;
use crate::ui::forms::{BackLink, ErrorMessage, ErrorSummary, focus_soon, go};
use crate::ui::locale::preferred_number_format;
use crate::ui::page::PageHeading;

const ERROR_ID: &str = "question-error";

#[component]
pub fn QuestionPage(index: usize, changing: bool) -> impl IntoView {
    let progress = use_document::<Progress>();
    let question = &QUESTIONS[index];
    let (answers, _) = progress.with_untracked(Progress::read);
    let currency = progress.with_untracked(answers_currency);
    let route = Route::Question { index, changing };

    if !answers.is_asked(index) {
        return view! { <NotAsked /> }.into_any();
    }
    let path = answers.path();
    let position = path.iter().position(|&i| i == index).unwrap_or(0) + 1;
    let back = if changing {
        Route::CheckAnswers
    } else {
        match answers.previous_before(index) {
            Some(previous) => Route::Question {
                index: previous,
                changing: false,
            },
            None => Route::Assessment,
        }
    };

    let draft = RwSignal::new(AnswerDraft::from_answer(
        question,
        answers.get(index),
        preferred_number_format(),
    ));
    let error = RwSignal::new(None::<Problem>);
    let summary = Signal::derive(move || error.get().into_iter().collect());
    let message = Signal::derive(move || error.with(|e| e.as_ref().map(|p| p.message.clone())));

    // The tab's title starts with "Error: " while there is one, so it is heard first.
    let title = route.document_title();
    Effect::new(move |_| {
        let title = match error.get() {
            Some(_) => format!("Error: {title}"),
            None => title.clone(),
        };
        document().set_title(&title);
    });

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        match draft.with_untracked(|d| d.check(question)) {
            Ok(answer) => {
                error.set(None);
                let shown_in = currency;
                progress.update(|p| {
                    p.answer(index, Some(&answer));
                    if question.kind == Kind::Amount {
                        p.currency = Some(shown_in);
                    }
                });
                let (answers, _) = progress.with_untracked(Progress::read);
                let next = match answers.next_after(index, changing) {
                    Some(next) => Route::Question {
                        index: next,
                        changing,
                    },
                    None => Route::CheckAnswers,
                };
                go(&next);
            }
            Err(problem) => {
                error.set(Some(problem));
                focus_soon("error-summary");
            }
        }
    };

    let described_by = if question.hint.is_empty() {
        None
    } else {
        Some("question-hint")
    };
    let described_by = move || {
        let error = error.with(Option::is_some).then_some(ERROR_ID);
        let ids: Vec<&str> = described_by.into_iter().chain(error).collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    };

    view! {
        <div class="question-page">
            <BackLink href=back.href() />
            <ErrorSummary errors=summary />
            <form class="question-form" novalidate on:submit=submit>
                <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
                    <fieldset class="fieldset" aria-describedby=described_by>
                        <legend class="fieldset__legend fieldset__legend--page">
                            <PageHeading title=question.text caption=format!("Question {position} of {}", path.len()) />
                        </legend>
                        {(!question.hint.is_empty())
                            .then(|| view! { <p class="hint" id="question-hint">{question.hint}</p> })}
                        <ErrorMessage id=ERROR_ID message />
                        {match question.kind {
                            Kind::Amount => view! { <AmountInput draft currency /> }.into_any(),
                            _ => view! { <Choices question draft /> }.into_any(),
                        }}
                    </fieldset>
                </div>
                <button type="submit" class="button">
                    "Continue"
                </button>
            </form>
        </div>
    }
    .into_any()
}

/// Radios (one answer) or checkboxes (several), with "I'm not sure" set apart below "or".
#[component]
fn Choices(question: &'static Question, draft: RwSignal<AnswerDraft>) -> impl IntoView {
    let many = question.kind == Kind::Many;
    let item = move |(i, choice): (usize, &'static Choice)| {
        let id = choice_field(question, choice);
        let hint_id = format!("{id}-hint");
        let has_hint = !choice.hint.is_empty();
        let checked = move || draft.with(|d| d.ticked.contains(&i));
        let change = move |_| draft.update(|d| d.tick(i, many));
        view! {
            <div class="choice">
                <input
                    class="choice__input"
                    type=if many { "checkbox" } else { "radio" }
                    name=question.id
                    id=id.clone()
                    value=choice.id
                    aria-describedby=has_hint.then(|| hint_id.clone())
                    prop:checked=checked
                    on:change=change
                />
                <label class="choice__label" for=id>
                    {choice.label}
                </label>
                {has_hint.then(|| view! { <p class="choice__hint hint" id=hint_id>{choice.hint}</p> })}
            </div>
        }
    };
    let not_sure = question.choice(NOT_SURE);
    view! {
        <div class="choices" class:choices--many=many>
            {question.sure_choices().map(item).collect_view()}
            {not_sure
                .map(|entry| {
                    view! {
                        <p class="choices__divider">"or"</p>
                        {item(entry)}
                    }
                })}
        </div>
    }
}

/// The budget: an amount with the currency before it, or "I'm not sure" (only one is kept).
#[component]
fn AmountInput(draft: RwSignal<AnswerDraft>, currency: Currency) -> impl IntoView {
    let not_sure_id = "budget-not-sure";
    view! {
        <div class="amount">
            <label class="label" for=AMOUNT_FIELD>
                {format!("Amount a month, in {}", currency.in_sentence())}
            </label>
            <div class="input-wrapper">
                <span class="input-prefix" aria-hidden="true">
                    {currency.symbol()}
                </span>
                <input
                    class="input input--amount"
                    id=AMOUNT_FIELD
                    name="budget"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || draft.with(|d| d.budget.amount.clone())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        draft.update(|d| d.budget.type_amount(value))
                    }
                />
            </div>
        </div>
        <div class="choices choices--many">
            <p class="choices__divider">"or"</p>
            <div class="choice">
                <input
                    class="choice__input"
                    type="checkbox"
                    id=not_sure_id
                    name="budget-not-sure"
                    value=NOT_SURE
                    prop:checked=move || draft.with(|d| d.budget.not_sure)
                    on:change=move |ev| {
                        let ticked = event_target_checked(&ev);
                        draft.update(|d| d.budget.tick_not_sure(ticked))
                    }
                />
                <label class="choice__label" for=not_sure_id>
                    "I'm not sure"
                </label>
            </div>
        </div>
    }
}

/// A question that the visitor's earlier answers skip, reached by an old link.
#[component]
fn NotAsked() -> impl IntoView {
    view! {
        <div class="prose">
            <PageHeading title="This question does not apply to your answers" />
            <p>
                "Your earlier answers skip it. "
                <a href=Route::Assessment.href()>"Go back to the self-assessment"</a>
                "."
            </p>
        </div>
    }
}
