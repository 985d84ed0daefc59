//! One question per page: back link, the question as the heading, "Question N of M", one
//! Continue button, and errors shown on Continue.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::answers_currency;
use crate::domain::assessment::Progress;
use crate::domain::assessment::answers::{Answer, parse_budget};
use crate::domain::assessment::questions::{Choice, Kind, NOT_SURE, QUESTIONS, Question};
use crate::domain::form::Problem;
use crate::domain::preferences::Currency;
use crate::domain::route::Route;
use crate::domain::sort_small_by;
use crate::storage::Persisted;
use crate::ui::forms::{BackLink, ErrorMessage, ErrorSummary, focus_soon, go};

/// What the visitor has selected or typed on the page, before Continue.
#[derive(Debug, Clone, Default, PartialEq)]
struct Draft {
    ticked: Vec<usize>,
    amount: String,
    not_sure: bool,
}

impl Draft {
    fn from_answer(question: &Question, answer: Option<&Answer>) -> Draft {
        let mut draft = Draft::default();
        match answer {
            Some(Answer::One(i)) => draft.ticked = vec![*i],
            Some(Answer::Many(indices)) => draft.ticked = indices.clone(),
            Some(Answer::Amount(amount)) => draft.amount = amount.to_string(),
            Some(Answer::AmountNotSure) => draft.not_sure = true,
            None => {}
        }
        if question.kind != Kind::Amount {
            draft.ticked.retain(|&i| i < question.choices.len());
        }
        draft
    }

    /// The answer, or the message to show.
    fn answer(&self, question: &Question) -> Result<Answer, String> {
        match question.kind {
            Kind::One => self
                .ticked
                .first()
                .map(|&i| Answer::One(i))
                .ok_or_else(|| question.error.to_owned()),
            Kind::Many if self.ticked.is_empty() => Err(question.error.to_owned()),
            Kind::Many => {
                let mut ticked = self.ticked.clone();
                sort_small_by(&mut ticked, |a, b| a < b);
                Ok(Answer::Many(ticked))
            }
            Kind::Amount if self.not_sure => Ok(Answer::AmountNotSure),
            Kind::Amount => parse_budget(&self.amount)
                .map(Answer::Amount)
                .map_err(|e| e.to_string()),
        }
    }
}

/// The id of a choice's input, which error links point to.
fn input_id(question: &Question, choice: &Choice) -> String {
    format!("{}-{}", question.id, choice.id)
}

const AMOUNT_ID: &str = "budget-amount";
const ERROR_ID: &str = "question-error";

#[component]
pub fn QuestionPage(index: usize, changing: bool) -> impl IntoView {
    let progress = expect_context::<Persisted<Progress>>();
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

    let draft = RwSignal::new(Draft::from_answer(question, answers.get(index)));
    let error = RwSignal::new(None::<String>);
    let first_input = match question.kind {
        Kind::Amount => AMOUNT_ID.to_owned(),
        _ => input_id(question, &question.choices[0]),
    };
    let summary = Signal::derive(move || {
        error
            .get()
            .map(|message| vec![Problem::new(first_input.clone(), message)])
            .unwrap_or_default()
    });

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
        match draft.with_untracked(|d| d.answer(question)) {
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
            Err(message) => {
                error.set(Some(message));
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
                            <span class="caption">{format!("Question {position} of {}", path.len())}</span>
                            <h1 class="page-heading" tabindex="-1">
                                {question.text}
                            </h1>
                        </legend>
                        {(!question.hint.is_empty())
                            .then(|| view! { <p class="hint" id="question-hint">{question.hint}</p> })}
                        <ErrorMessage id=ERROR_ID message=error.into() />
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
fn Choices(question: &'static Question, draft: RwSignal<Draft>) -> impl IntoView {
    let many = question.kind == Kind::Many;
    let item = move |(i, choice): (usize, &'static Choice)| {
        let id = input_id(question, choice);
        let hint_id = format!("{id}-hint");
        let has_hint = !choice.hint.is_empty();
        let checked = move || draft.with(|d| d.ticked.contains(&i));
        let change = move |_| {
            draft.update(|d| {
                if !many {
                    d.ticked = vec![i];
                } else if let Some(at) = d.ticked.iter().position(|&t| t == i) {
                    d.ticked.remove(at);
                } else {
                    d.ticked.push(i);
                }
            })
        };
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

/// The budget: an amount with the currency before it, or "I'm not sure". Typing an amount
/// clears "I'm not sure" and ticking it clears the amount, so only one answer is ever given.
#[component]
fn AmountInput(draft: RwSignal<Draft>, currency: Currency) -> impl IntoView {
    let not_sure_id = "budget-not-sure";
    view! {
        <div class="amount">
            <label class="label" for=AMOUNT_ID>
                {format!("Amount a month, in {}", currency.in_sentence())}
            </label>
            <div class="input-wrapper">
                <span class="input-prefix" aria-hidden="true">
                    {currency.symbol()}
                </span>
                <input
                    class="input input--amount"
                    id=AMOUNT_ID
                    name="budget"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || draft.with(|d| d.amount.clone())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        draft.update(|d| {
                            d.not_sure &= value.trim().is_empty();
                            d.amount = value;
                        })
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
                    prop:checked=move || draft.with(|d| d.not_sure)
                    on:change=move |ev| {
                        let ticked = event_target_checked(&ev);
                        draft.update(|d| {
                            d.not_sure = ticked;
                            if ticked {
                                d.amount.clear();
                            }
                        })
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
            <h1 class="page-heading" tabindex="-1">
                "This question does not apply to your answers"
            </h1>
            <p>
                "Your earlier answers skip it. "
                <a href=Route::Assessment.href()>"Go back to the self-assessment"</a>
                "."
            </p>
        </div>
    }
}
