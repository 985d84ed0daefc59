//! Interview questions per criterion: the app's, then the founder's own, on the candidates'
//! page; and beside each score of a scorecard, to take into the candidate's notes.

use leptos::prelude::*;

use super::workspace;
use crate::domain::form::Problem;
use crate::domain::workspace::candidates::Criterion;
use crate::domain::workspace::questions::{MAX_QUESTIONS, MAX_TEXT, Question, questions};
use crate::ui::clock::fresh_id;
use crate::ui::fields::{FormErrors, TextField};
use crate::ui::forms::focus_soon;

const QUESTION_TEXT: &str = "question-text";
const QUESTION_CRITERION: &str = "question-criterion";

/// The questions for one criterion, folded under its score, each with "Add to notes".
#[component]
pub(super) fn QuestionsToAsk(criterion: Criterion, notes: RwSignal<String>) -> impl IntoView {
    let workspace = workspace();
    let list = move || {
        workspace.with(|w| {
            questions(criterion, &w.questions)
                .into_iter()
                .map(|(_, text)| text.to_owned())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <details class="questions-to-ask">
            <summary>{format!("Questions to ask on {}", criterion.name().to_lowercase())}</summary>
            <ul>
                {move || {
                    list()
                        .into_iter()
                        .map(|text| {
                            let question = text.clone();
                            view! {
                                <li>
                                    {text}
                                    " "
                                    <button
                                        type="button"
                                        class="link-button"
                                        on:click=move |_| {
                                            notes.update(|n| {
                                                if !n.is_empty() && !n.ends_with('\n') {
                                                    n.push('\n');
                                                }
                                                n.push_str(&format!("Q: {question}\nA: \n"));
                                            });
                                        }
                                    >
                                        "Add to notes"
                                        <span class="visually-hidden">": this question"</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </details>
    }
}

/// The question bank on the candidates' page, and the founder's own added to it.
#[component]
pub(super) fn QuestionBank(errors: FormErrors) -> impl IntoView {
    let workspace = workspace();
    let criterion = RwSignal::new(Criterion::Experience.slug().to_owned());
    let text = RwSignal::new(String::new());
    // The question removed last, and where it was, for Undo.
    let removed = RwSignal::new(None::<(usize, Question)>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let question = Question {
            id: fresh_id(),
            criterion: criterion.get_untracked(),
            text: text.get_untracked().trim().to_owned(),
        };
        let problem = if question.text.is_empty() {
            Some("Enter the question to add".to_owned())
        } else if workspace.with_untracked(|w| w.questions.len()) >= MAX_QUESTIONS {
            Some(format!(
                "You can keep up to {MAX_QUESTIONS} questions: remove one first"
            ))
        } else {
            workspace
                .try_update(|w| w.questions.push(question))
                .err()
                .map(|reason| format!("The question could not be added: {reason}"))
        };
        match problem {
            Some(message) => {
                errors.show(vec![Problem::new(QUESTION_TEXT, message)]);
            }
            None => {
                errors.show(Vec::new());
                text.set(String::new());
                focus_soon(QUESTION_TEXT);
            }
        }
    };
    view! {
        <section class="question-bank" aria-labelledby="questions-heading">
            <h2 id="questions-heading">"Interview questions"</h2>
            <p class="hint">"Ask the same questions of everyone, so the scores compare. Each scorecard shows them beside the score, to take into its notes."</p>
            <div role="status">
                {move || {
                    removed
                        .get()
                        .map(|(index, question)| {
                            view! {
                                <div class="confirmation undo">
                                    <span>"Removed your question."</span>
                                    <button
                                        type="button"
                                        class="button button--secondary button--small"
                                        id="undo-question"
                                        on:click=move |_| {
                                            let q = question.clone();
                                            workspace.update(|w| {
                                                if w.questions.iter().all(|x| x.id != q.id) {
                                                    w.questions.insert(index.min(w.questions.len()), q);
                                                }
                                            });
                                            removed.set(None);
                                            focus_soon(QUESTION_TEXT);
                                        }
                                    >
                                        "Undo"
                                        <span class="visually-hidden">" removing the question"</span>
                                    </button>
                                </div>
                            }
                        })
                }}
            </div>
            {Criterion::ALL
                .into_iter()
                .map(|c| view! { <BankFor criterion=c removed /> })
                .collect_view()}
            <form novalidate on:submit=add class="panel">
                <h3 class="panel__title">"Add your own question"</h3>
                <div class="form-group">
                    <label class="label" for=QUESTION_CRITERION>"Criterion"</label>
                    <select
                        class="select"
                        id=QUESTION_CRITERION
                        on:change=move |ev| criterion.set(event_target_value(&ev))
                    >
                        {Criterion::ALL
                            .into_iter()
                            .map(|c| view! { <option value=c.slug()>{c.name()}</option> })
                            .collect_view()}
                    </select>
                </div>
                <TextField id=QUESTION_TEXT label="Question" value=text errors maxlength=MAX_TEXT />
                <button type="submit" class="button button--secondary">"Add question"</button>
            </form>
        </section>
    }
}

/// One criterion's questions; the founder's own can be removed.
#[component]
fn BankFor(criterion: Criterion, removed: RwSignal<Option<(usize, Question)>>) -> impl IntoView {
    let workspace = workspace();
    let list = move || {
        workspace.with(|w| {
            questions(criterion, &w.questions)
                .into_iter()
                .map(|(id, text)| (id.map(str::to_owned), text.to_owned()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h3 class="question-bank__criterion">{criterion.name()}</h3>
        <ul class="question-bank__list">
            {move || {
                list()
                    .into_iter()
                    .map(|(id, text)| {
                        let remove = id.map(|id| {
                            view! {
                                " "
                                <span class="tag">"yours"</span>
                                " "
                                <button
                                    type="button"
                                    class="link-button"
                                    on:click=move |_| {
                                        let mut taken = None;
                                        workspace.update(|w| {
                                            if let Some(i) = w.questions.iter().position(|q| q.id == id) {
                                                taken = Some((i, w.questions.remove(i)));
                                            }
                                        });
                                        removed.set(taken);
                                        focus_soon("undo-question");
                                    }
                                >
                                    "Remove"
                                    <span class="visually-hidden">": this question"</span>
                                </button>
                            }
                        });
                        view! { <li>{text}{remove}</li> }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
