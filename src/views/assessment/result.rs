//! The result: the recommended option and its fit, why, what would change it, the risks,
//! the alternatives, next steps, and ways to share and keep it.

use leptos::prelude::*;

use super::{Panel, answers_currency};
use crate::domain::assessment::answers::{Answer, Answers, describe};
use crate::domain::assessment::questions::QUESTIONS;
use crate::domain::assessment::scoring::{
    Outcome, Reason, WhatIf, band_of, reasons, score, signed, what_would_change,
};
use crate::domain::assessment::{
    Progress, Resume, calculator_query, read_share_query, share_query,
};
use crate::domain::embed::Part;
use crate::domain::options::Leadership;
use crate::domain::preferences::Currency;
use crate::domain::route::Route;
use crate::domain::text::isolate;
use crate::storage::use_document;
use crate::ui::embedding::Embedding;
use crate::ui::forms::{BackLink, LinkProblems, PrintButton, go};
use crate::ui::links::{copy_text, full_app_href};
use crate::ui::page::PageHeading;
use crate::ui::text::capitalise;

#[component]
pub fn OwnResultPage() -> impl IntoView {
    let progress = use_document::<Progress>();
    view! {
        <div class="result">
            <BackLink href=Route::CheckAnswers.href() />
            {move || {
                let (answers, _) = progress.with(Progress::read);
                let currency = progress.with(answers_currency);
                if answers.is_complete() {
                    view! { <ResultReport answers currency title=Route::AssessmentResult.title() own=true /> }
                        .into_any()
                } else {
                    view! { <Unfinished resume=progress.with(Progress::resume) /> }.into_any()
                }
            }}
        </div>
    }
}

#[component]
fn Unfinished(resume: Resume) -> impl IntoView {
    let next = resume.route();
    view! {
        <div class="prose">
            <PageHeading title=Route::AssessmentResult.title() caption="Self-assessment" />
            <p>"Your result appears once every question has an answer."</p>
            <a class="button" href=next.href()>
                "Continue the self-assessment"
            </a>
        </div>
    }
}

/// A result from answers carried in a link. It is shown without touching the visitor's own
/// saved answers; they can choose to keep it.
#[component]
pub fn SharedResultPage(query: String) -> impl IntoView {
    let progress = use_document::<Progress>();
    let shared = read_share_query(&query);
    let complete = shared.answers.is_complete();
    let has_own = progress.with_untracked(|p| !p.answers.is_empty());
    let adopt = {
        let answers = shared.answers.clone();
        let currency = shared.currency;
        move |_| {
            progress.update(|p| {
                p.answers = answers.to_raw();
                p.currency = Some(currency);
                p.finished = complete;
            });
            go(&progress.with_untracked(Progress::resume).route());
        }
    };
    let problems = shared.problems.clone();
    view! {
        <div class="result result--shared">
            <LinkProblems
                title="There is a problem with this link"
                problems
                outcome=if complete {
                    "Every question still has an answer, so the result below is complete."
                } else {
                    "Some questions have no usable answer, so there is no result yet. You can answer them yourself, starting from the answers that could be read."
                }
            />
            <Panel class="panel shared-banner" title_id="shared-title" title="Answers from a shared link">
                <p>
                    "This result comes from the answers in the link you opened. Nothing has been saved in this browser."
                </p>
                {has_own
                    .then(|| {
                        view! { <p>"Keeping them replaces the answers you have saved in this browser."</p> }
                    })}
                <button type="button" class="button button--secondary" on:click=adopt>
                    {if complete { "Keep these answers as mine" } else { "Answer the missing questions" }}
                </button>
            </Panel>
            {if complete {
                view! {
                    <ResultReport
                        answers=shared.answers
                        currency=shared.currency
                        title=Route::SharedResult(String::new()).title()
                        own=false
                    />
                }
                    .into_any()
            } else {
                view! { <PageHeading title=Route::SharedResult(String::new()).title() caption="Self-assessment" /> }
                    .into_any()
            }}
        </div>
    }
}

/// What a choice weighs for, in words: the `because` of each chosen choice.
fn because(index: usize, answer: &Answer) -> String {
    let question = &QUESTIONS[index];
    let reasons: Vec<&str> = answer
        .choices(question)
        .into_iter()
        .map(|i| question.choices[i].because)
        .collect();
    capitalise(&reasons.join("; "))
}

/// An answer in words, with a changed budget named by its band.
fn describe_change(index: usize, answer: &Answer, currency: Currency) -> String {
    let question = &QUESTIONS[index];
    match band_of(answer) {
        Some(band) if matches!(answer, Answer::Amount(_)) => {
            question.choices[band].label.to_owned()
        }
        _ => describe(question, answer, currency),
    }
}

#[component]
fn ResultReport(
    answers: Answers,
    currency: Currency,
    title: &'static str,
    /// The visitor's own answers, rather than a shared link's.
    own: bool,
) -> impl IntoView {
    let outcome = score(&answers);
    let best = outcome.best();
    // The host page hears of the visitor's own result only if it asked, and only the option
    // and scores; a link someone else shared is not a result of this visitor's.
    if own {
        expect_context::<Embedding>().result(&outcome);
    }
    let share = share_href(&share_query(&answers, currency));
    view! {
        <PageHeading title caption="Self-assessment" />
        <Verdict outcome=outcome.clone() />
        <CallToAction />
        <dl class="facts">
            <div>
                <dt>"What it costs"</dt>
                <dd>{best.typical_cost(currency)}</dd>
            </div>
            <div>
                <dt>"How long it takes"</dt>
                <dd>{best.time_to_impact()}</dd>
            </div>
        </dl>

        <h2>"How the four options fit"</h2>
        <FitScores outcome=outcome.clone() />
        <Why answers=answers.clone() outcome=outcome.clone() currency />
        <h2>"What would change it"</h2>
        <WhatWouldChange what_ifs=what_would_change(&answers) answers=answers.clone() currency />
        <Risks option=best />
        <Alternatives outcome />
        <NextSteps option=best answers currency />
        <ShareAndKeep share />
        <p class="result__change no-print">
            <a href=Route::CheckAnswers.href()>"Change your answers"</a>
        </p>
    }
}

/// The recommended option, its fit and the verdict in a sentence.
#[component]
fn Verdict(outcome: Outcome) -> impl IntoView {
    let best = outcome.best();
    view! {
        <div class="verdict" id="verdict">
            <p class="verdict__label">"Recommended"</p>
            <p class="verdict__option" data-option=best.slug()>
                {best.name()}
            </p>
            <p class="verdict__score">{format!("Fit {} out of 100", outcome.score(best))}</p>
            <p class="verdict__sentence">{outcome.verdict()}</p>
        </div>
    }
}

/// The host page's invitation to get help, where an embed gives one.
#[component]
fn CallToAction() -> impl IntoView {
    let embedding = expect_context::<Embedding>();
    let cta = embedding.with(|o| o.cta.clone().map(|cta| (cta, o.brand.clone())));
    cta.map(|(cta, brand)| {
        view! {
            <div class="call-to-action no-print">
                <p class="call-to-action__lead">
                    {match brand {
                        Some(brand) => format!("{} can help you act on this result.", isolate(&brand)),
                        None => "Talk it through with someone who can help you act on it.".to_owned(),
                    }}
                </p>
                <a class="button call-to-action__button" href=cta.url target="_blank" rel="noopener noreferrer">
                    {cta.label}
                    <span class="visually-hidden">" (opens in a new tab)"</span>
                </a>
            </div>
        }
    })
}

/// "Why": the answers that did most for the recommended option, and those against it.
#[component]
fn Why(answers: Answers, outcome: Outcome, currency: Currency) -> impl IntoView {
    let (best, next) = (outcome.best(), outcome.runner_up());
    let all_reasons = reasons(&answers, &outcome);
    let for_it = all_reasons.iter().filter(|r| r.lead >= 0.5).take(4);
    let against: Vec<_> = all_reasons
        .iter()
        .rev()
        .filter(|r| r.lead <= -0.5)
        .take(2)
        .collect();
    let item = move |reason: &Reason| {
        let question = &QUESTIONS[reason.question];
        let answer = answers.get(reason.question).expect("complete");
        view! {
            <li>
                <strong>{format!("{}: {}.", question.short, describe(question, answer, currency))}</strong>
                " "
                {format!("{}.", because(reason.question, answer))}
                <span class="effect">
                    {format!(
                        "{} for {}, {} for {}",
                        signed(reason.effect[best.index()]),
                        best.in_sentence(),
                        signed(reason.effect[next.index()]),
                        next.in_sentence(),
                    )}
                </span>
            </li>
        }
    };
    let for_it = for_it.map(&item).collect_view();
    let against = (!against.is_empty()).then(|| {
        view! {
            <p>"What pulled the other way:"</p>
            <ul class="reasons reasons--against">{against.into_iter().map(&item).collect_view()}</ul>
        }
    });
    view! {
        <h2>"Why"</h2>
        <p>"The answers that did most to put " {best.in_sentence()} " ahead of " {next.in_sentence()} ":"</p>
        <ul class="reasons">{for_it}</ul>
        {against}
        <p class="quiet">
            "Points are on the 0 to 100 fit scale, compared with an answer that weighs nothing. "
            <a href=Route::HowScored.href()>"How this is scored"</a>
        </p>
    }
}

/// The recommended option's risks, each with how to handle it.
#[component]
fn Risks(option: Leadership) -> impl IntoView {
    view! {
        <h2>{format!("Risks of {} and how to handle them", option.in_sentence())}</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Risks and how to handle them">
            <table class="stack-table risks">
                <thead>
                    <tr>
                        <th scope="col">"Risk"</th>
                        <th scope="col">"How to handle it"</th>
                    </tr>
                </thead>
                <tbody>
                    {option
                        .risks()
                        .iter()
                        .map(|r| {
                            view! {
                                <tr>
                                    <td data-label="Risk">{r.risk}</td>
                                    <td data-label="How to handle it">{r.handling}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The other three options, best fit first, with their advantages and disadvantages.
#[component]
fn Alternatives(outcome: Outcome) -> impl IntoView {
    view! {
        <h2>"The alternatives"</h2>
        <div class="alternatives">
            {outcome.ranking[1..]
                .iter()
                .map(|&option| {
                    view! {
                        <section class="alternative" aria-labelledby=format!("alt-{}", option.slug())>
                            <h3 id=format!("alt-{}", option.slug())>
                                {format!("{} (fit {})", option.name(), outcome.score(option))}
                            </h3>
                            <p>
                                <strong>"Advantages: "</strong>
                                {option.advantages()}
                            </p>
                            <p>
                                <strong>"Disadvantages: "</strong>
                                {option.disadvantages()}
                            </p>
                        </section>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The recommended option's next steps, and links on to the calculator and the workspace
/// where the page shows them.
#[component]
fn NextSteps(option: Leadership, answers: Answers, currency: Currency) -> impl IntoView {
    let embedding = expect_context::<Embedding>();
    let calculator = format!(
        "{}?{}",
        Route::Calculator.href(),
        calculator_query(&answers, currency)
    );
    view! {
        <h2>"Next steps"</h2>
        <ol class="steps">
            {option
                .next_steps()
                .iter()
                .map(|s| {
                    view! {
                        <li>
                            <strong>{s.title}</strong>
                            ". "
                            {s.detail}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        <ul class="next-links">
            {embedding
                .shows(Part::Calculator)
                .then(|| {
                    view! {
                        <li>
                            <a href=calculator>"Compare the costs of all four options with your answers"</a>
                        </li>
                    }
                })}
            {embedding
                .shows(Part::Workspace)
                .then(|| {
                    view! {
                        <li>
                            <a href=Route::Workspace.href()>"Open your workspace to plan the engagement"</a>
                        </li>
                    }
                })}
        </ul>
    }
}

#[component]
fn FitScores(outcome: Outcome) -> impl IntoView {
    view! {
        <ol class="fit-scores">
            {outcome
                .ranking
                .iter()
                .map(|&option| {
                    let score = outcome.score(option);
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

#[component]
fn WhatWouldChange(what_ifs: Vec<WhatIf>, answers: Answers, currency: Currency) -> impl IntoView {
    if what_ifs.is_empty() {
        return view! {
            <p>"No change of up to three answers would put another option first: this result is firm."</p>
        }
        .into_any();
    }
    view! {
        <ul class="what-ifs">
            {what_ifs
                .into_iter()
                .map(|what_if| {
                    let changes = what_if
                        .changes
                        .iter()
                        .map(|change| {
                            let question = &QUESTIONS[change.question];
                            let was = answers
                                .get(change.question)
                                .map(|a| describe(question, a, currency))
                                .unwrap_or_default();
                            view! {
                                <li>
                                    <strong>{format!("{}: ", question.short)}</strong>
                                    {describe_change(change.question, &change.to, currency)}
                                    <span class="quiet">{format!(" instead of {was}")}</span>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <li class="what-if" data-option=what_if.option.slug()>
                            <p>
                                {format!(
                                    "{} would come first (fit {}) if you changed:",
                                    capitalise(what_if.option.in_sentence()),
                                    what_if.outcome.score(what_if.option),
                                )}
                            </p>
                            <ul>{changes}</ul>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// The full address of a shared result: this page's address with the answers in the fragment.
fn share_href(query: &str) -> String {
    // The full app's address: a host page's options (its brand, its events) stay with it.
    full_app_href(&Route::SharedResult(query.to_owned()))
}

#[component]
fn ShareAndKeep(share: String) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let copy = {
        let share = share.clone();
        move |_| {
            let request = copy_text(&share);
            // Said once the browser has answered: it may refuse (a frame without permission).
            leptos::task::spawn_local(async move {
                let copied = match request {
                    Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
                    None => false,
                };
                status.set(
                    if copied {
                        "Link copied. Anyone who opens it sees this result; the answers are in the link itself."
                    } else {
                        "Your browser did not allow copying. Select the link above and copy it."
                    }
                    .to_owned(),
                );
            });
        }
    };
    view! {
        <section class="share no-print" aria-labelledby="share-title">
            <h2 id="share-title">"Share or keep this result"</h2>
            <p>
                "The link holds your answers after the “#”, which browsers never send to a server. Opening it anywhere shows this same result."
            </p>
            <label class="label" for="share-link">
                "Link to this result"
            </label>
            <input class="input share__link" id="share-link" type="text" readonly value=share />
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=copy>
                    "Copy link"
                </button>
                <PrintButton />
            </div>
            <p class="status" role="status">
                {move || status.get()}
            </p>
        </section>
    }
}
