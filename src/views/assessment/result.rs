//! The result: the recommended option and its fit, why, what would change it, the risks,
//! the alternatives, next steps, and ways to share and keep it.

use leptos::prelude::*;

use super::{FitList, Panel, Retake, answers_currency, share_href};
use crate::domain::assessment::answers::Answers;
use crate::domain::assessment::explain::{ReasonLine, WhatIfLine, beyond_budget, what_ifs, why};
use crate::domain::assessment::history::History;
use crate::domain::assessment::scoring::{Outcome, score};
use crate::domain::assessment::{
    Progress, Resume, calculator_query, read_share_query, share_query,
};
use crate::domain::embed::Part;
use crate::domain::embed::lead::site_of;
use crate::domain::options::Leadership;
use crate::domain::preferences::Currency;
use crate::domain::route::Route;
use crate::domain::text::isolate;
use crate::storage::use_document;
use crate::ui::clock::now;
use crate::ui::embedding::Embedding;
use crate::ui::forms::{BackLink, LinkProblems, PrintButton, go};
use crate::ui::links::copy_and_say;
use crate::ui::page::PageHeading;
use crate::ui::parts::part;
use crate::ui::text::capitalise;

#[component]
pub fn OwnResultPage() -> impl IntoView {
    let progress = use_document::<Progress>();
    let history = use_document::<History>();
    // A finished self-assessment is kept in the history, once per set of answers.
    Effect::new(move |_| {
        let (answers, _) = progress.with(Progress::read);
        if !progress.with(|p| p.finished) || !answers.is_complete() {
            return;
        }
        let raw = answers.to_raw();
        if history.with_untracked(|h| h.results.last().is_some_and(|last| last.answers == raw)) {
            return;
        }
        let currency = progress.with_untracked(answers_currency);
        history.update(|h| {
            h.record(now().timestamp_millis(), &answers, currency);
        });
    });
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
                <div class="button-row">
                    <button type="button" class="button button--secondary" on:click=adopt>
                        {if complete { "Keep these answers as mine" } else { "Answer the missing questions" }}
                    </button>
                    {(complete && has_own)
                        .then(|| {
                            view! {
                                <a class="button button--secondary" href=Route::Compare(query.clone()).href()>
                                    "Compare with my result"
                                </a>
                            }
                        })}
                </div>
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
    let has_cta = expect_context::<Embedding>().with(|o| o.cta.is_some());
    let over_budget = beyond_budget(best, &answers, currency);
    view! {
        <PageHeading title caption="Self-assessment" />
        <Verdict outcome=outcome.clone() />
        <PrimaryActions answers=answers.clone() currency best />
        // Only a host's frame has a call to action: its code comes when one is shown.
        {has_cta
            .then(|| {
                let outcome = outcome.clone();
                view! { {Suspend::new(async move { call_to_action_part((outcome, own)).await })} }
            })}
        <dl class="facts">
            <div>
                <dt>"What it costs"</dt>
                <dd>
                    {best.typical_cost(currency)}
                    {over_budget.map(|note| view! { <span class="facts__warning">{note}</span> })}
                </dd>
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
        <WhatWouldChange what_ifs=what_ifs(&answers, currency) />
        <Risks option=best />
        <Alternatives outcome />
        <NextSteps option=best />
        {own.then(|| view! { <DecideWithOthers /> })}
        <ShareAndKeep share />
        <p class="result__change no-print">
            <a href=Route::CheckAnswers.href()>"Change your answers"</a>
        </p>
        {own.then(|| view! { <Retake /> })}
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

part!(call_to_action_part, |args: (Outcome, bool)| {
    view! { <CallToAction outcome=args.0 own=args.1 /> }.into_any()
});

/// The host page's invitation to get help, where an embed gives one. Where the host also gave
/// its consent words, the visitor may tick "Send my result to …" (never ticked for them): the
/// link then carries the recommendation and the fits, and the host hears of it as a lead.
#[component]
fn CallToAction(
    outcome: Outcome,
    /// The visitor's own result: a shared link's is not theirs to send.
    own: bool,
) -> impl IntoView {
    let embedding = expect_context::<Embedding>();
    let cta = embedding.with(|o| {
        o.cta
            .clone()
            .map(|cta| (cta, o.brand.clone(), o.consent.clone()))
    });
    cta.map(|(cta, brand, consent)| {
        let send = RwSignal::new(false);
        let offer = consent.filter(|_| own).map(|consent| {
            // Whom it goes to: the brand, else the site the link opens.
            let to = brand.clone().unwrap_or_else(|| site_of(&cta.url).to_owned());
            view! { <SendResult send to consent /> }
        });
        let lead = StoredValue::new(outcome);
        let chosen = move || send.get().then(|| lead.get_value());
        let href = move || embedding.cta_href(chosen().as_ref()).unwrap_or_default();
        let followed = move |_| embedding.cta_followed(chosen().as_ref());
        view! {
            <div class="call-to-action no-print">
                <p class="call-to-action__lead">
                    {match brand {
                        Some(brand) => format!("{} can help you act on this result.", isolate(&brand)),
                        None => "Talk it through with someone who can help you act on it.".to_owned(),
                    }}
                </p>
                {offer}
                <a class="button call-to-action__button" href=href target="_blank" rel="noopener noreferrer" on:click=followed>
                    {cta.label}
                    <span class="visually-hidden">" (opens in a new tab)"</span>
                </a>
            </div>
        }
    })
}

/// "Send my result to …", unticked, with the host's own words on what it does with it.
#[component]
fn SendResult(send: RwSignal<bool>, to: String, consent: String) -> impl IntoView {
    view! {
        <div class="call-to-action__send choice choice--small">
            <input
                class="choice__input"
                type="checkbox"
                id="send-result"
                aria-describedby="send-result-hint"
                prop:checked=move || send.get()
                on:change=move |ev| send.set(event_target_checked(&ev))
            />
            <label class="choice__label" for="send-result">
                {format!("Send my result to {}", isolate(&to))}
            </label>
            <p class="choice__hint call-to-action__consent" id="send-result-hint">
                {consent}
                " Only the recommended option and the four fits go with the link, never your answers."
            </p>
        </div>
    }
}

/// "Why": the answers that did most for the recommended option, and those against it.
#[component]
fn Why(answers: Answers, outcome: Outcome, currency: Currency) -> impl IntoView {
    let (best, next) = (outcome.best(), outcome.runner_up());
    let why = why(&answers, &outcome, currency);
    let item = |line: ReasonLine| {
        view! {
            <li>
                <strong>{format!("{}: {}.", line.topic, line.answer)}</strong>
                " "
                {line.because}
                <span class="effect">{line.effect}</span>
            </li>
        }
    };
    let against = (!why.against.is_empty()).then(|| {
        view! {
            <p>"What pulled the other way:"</p>
            <ul class="reasons reasons--against">{why.against.into_iter().map(item).collect_view()}</ul>
        }
    });
    view! {
        <h2>"Why"</h2>
        <p>"The answers that did most to put " {best.in_sentence()} " ahead of " {next.in_sentence()} ":"</p>
        <ul class="reasons">{why.for_it.into_iter().map(item).collect_view()}</ul>
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

/// What helps a founder decide with others: the memo, a comparison, the history.
#[component]
fn DecideWithOthers() -> impl IntoView {
    let history = use_document::<History>();
    let kept = move || match history.with(|h| (h.results.len(), h.dropped > 0)) {
        (0 | 1, _) => "How your result moves each time you retake the self-assessment.".to_owned(),
        (n, false) => {
            format!("{n} results kept: how your result moved, and which answers changed.")
        }
        (n, true) => format!(
            "The last {n} results (older ones were dropped): how your result moved, and which answers changed."
        ),
    };
    view! {
        <section class="decide no-print" aria-labelledby="decide-title">
            <h2 id="decide-title">"Decide it with others"</h2>
            <ul class="decide__list">
                <li>
                    <a href=Route::DecisionMemo.href()>"Decision memo"</a>
                    <span>"One page for a co-founder or a board: print it, save it as a PDF or copy it as Markdown."</span>
                </li>
                <li>
                    <a href=Route::Compare(String::new()).href()>"Compare with a co-founder"</a>
                    <span>"Set their answers beside yours and see which differences change the answer."</span>
                </li>
                <li>
                    <a href=Route::ResultHistory.href()>"Your past results"</a>
                    <span>{kept}</span>
                </li>
            </ul>
        </section>
    }
}

/// The two ways on from the verdict, where the page shows them: the costs with these answers
/// in the calculator, and the recommended option's plan in the workspace.
#[component]
fn PrimaryActions(answers: Answers, currency: Currency, best: Leadership) -> impl IntoView {
    let embedding = expect_context::<Embedding>();
    let calculator = format!(
        "{}?{}",
        Route::Calculator.href(),
        calculator_query(&answers, currency)
    );
    let costs = embedding.shows(Part::Calculator);
    let plan = embedding.shows(Part::Workspace);
    (costs || plan).then(|| {
        view! {
            <div class="button-row result__actions no-print">
                {costs.then(|| view! { <a class="button" href=calculator>"See what it costs you"</a> })}
                {plan.then(|| view! { <a class="button" href=Route::WorkspacePlan(best).href()>"Start your plan"</a> })}
            </div>
        }
    })
}

/// The recommended option's next steps: the first in full, all of them folded.
#[component]
fn NextSteps(option: Leadership) -> impl IntoView {
    let steps = option.next_steps();
    let first = &steps[0];
    view! {
        <h2>"Next steps"</h2>
        <p>
            <strong>{format!("Start here: {}.", first.title)}</strong>
            " "
            {first.detail}
        </p>
        <details class="steps-all">
            <summary>{format!("All {} steps", steps.len())}</summary>
            <ol class="steps">
                {steps
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
        </details>
    }
}

#[component]
fn FitScores(outcome: Outcome) -> impl IntoView {
    let fits = outcome
        .ranking
        .iter()
        .map(|&o| (o, outcome.score(o)))
        .collect();
    view! { <FitList fits /> }
}

#[component]
fn WhatWouldChange(what_ifs: Vec<WhatIfLine>) -> impl IntoView {
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
                        .into_iter()
                        .map(|line| {
                            view! {
                                <li>
                                    <strong>{format!("{}: ", line.topic)}</strong>
                                    {line.change}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <li class="what-if" data-option=what_if.option.slug()>
                            <p>
                                {format!(
                                    "{} would come first (fit {}) with these answers:",
                                    capitalise(what_if.option.in_sentence()),
                                    what_if.fit,
                                )}
                            </p>
                            <ul>{changes}</ul>
                            {what_if.beyond_budget.map(|note| view! { <p class="what-if__budget">{note}</p> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn ShareAndKeep(share: String) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let copy = {
        let share = share.clone();
        move |_| {
            copy_and_say(
                &share,
                status,
                "Link copied. Anyone who opens it sees this result; the answers are in the link itself.",
                "Your browser did not allow copying. Select the link above and copy it.",
            )
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
