//! Candidates: a scorecard each, the weights that say what matters most, and the ranking by
//! weighted score.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::{BackToWorkspace, Missing, legacy_problem, workspace};
use crate::domain::calculator::Limits;
use crate::domain::route::Route;
use crate::domain::workspace::EngagementModel;
use crate::domain::workspace::candidates::{
    Candidate, Criterion, MAX_CANDIDATES, MAX_CONTACT, MAX_NAME, MAX_NOTES, MAX_WEIGHT, Weights,
    ranking, score_text,
};
use crate::domain::workspace::kpis::number_text;
use crate::ui::clock::fresh_id;
use crate::ui::confirm::ConfirmDelete;
use crate::ui::fields::{FormErrors, Radios, TextArea, TextField};
use crate::ui::forms::{BackLink, ErrorSummary, go};
use crate::ui::locale::preferred_currency;
use crate::ui::page::PageHeading;

/// The currency symbol the visitor uses, for rates.
pub(super) fn currency_symbol() -> &'static str {
    preferred_currency().symbol()
}

/// "$150 an hour", or what is known of it.
pub(super) fn rate_text(rate: Option<f64>, model: Option<EngagementModel>) -> String {
    let symbol = currency_symbol();
    match (rate, model) {
        (Some(rate), Some(model)) => format!("{symbol}{} {}", number_text(rate), model.per()),
        (Some(rate), None) => format!("{symbol}{}", number_text(rate)),
        (None, Some(model)) => model.name().to_owned(),
        (None, None) => "Not known yet".to_owned(),
    }
}

/// The engagement model and the rate that goes with it, as a candidate's scorecard and the
/// terms both ask them. Field ids start with `name`: `terms-model-hourly`, `terms-rate`.
#[component]
pub(super) fn ModelAndRate(
    name: &'static str,
    model: RwSignal<String>,
    rate: RwSignal<String>,
    errors: FormErrors,
    rate_label: &'static str,
) -> impl IntoView {
    let mut options: Vec<(&'static str, String)> = EngagementModel::ALL
        .iter()
        .map(|m| (m.id(), m.name().to_owned()))
        .collect();
    options.push(("", "Not agreed yet".to_owned()));
    let (model_name, rate_id) = match name {
        "terms" => ("terms-model", "terms-rate"),
        _ => ("candidate-model", "candidate-rate"),
    };
    view! {
        <Radios name=model_name legend="Engagement model" options selected=model errors />
        <TextField
            id=rate_id
            label=rate_label
            hint="Per hour, per month or for the project, as the engagement model says."
            value=rate
            errors
            width="input--number"
            prefix=currency_symbol()
            inputmode="decimal"
        />
    }
}

#[component]
pub fn CandidatesPage() -> impl IntoView {
    let workspace = workspace();
    let full = move || workspace.with(|w| w.candidates.len() >= MAX_CANDIDATES);
    view! {
        <div class="candidates">
            <BackToWorkspace />
            <PageHeading title=Route::Candidates.title() />
            <p class="lede">
                "Score each candidate after the interview. The ranking weighs the scores by what matters most to you."
            </p>
            <p>
                {move || {
                    if full() {
                        view! { <span class="quiet">{format!("You have {MAX_CANDIDATES} candidates, the most the workspace keeps.")}</span> }.into_any()
                    } else {
                        view! { <a class="button" href=Route::Candidate(None).href()>"Add a candidate"</a> }.into_any()
                    }
                }}
            </p>
            <Ranking />
            <WeightsForm />
        </div>
    }
}

#[component]
fn Ranking() -> impl IntoView {
    let workspace = workspace();
    move || {
        workspace.with(|w| {
            if w.candidates.is_empty() {
                return view! { <p class="quiet">"No candidates yet."</p> }.into_any();
            }
            let rows = ranking(&w.candidates, &w.weights)
                .into_iter()
                .map(|line| {
                    let c = line.candidate;
                    let place = line.place.map_or("–".to_owned(), |p| p.to_string());
                    let score = match line.score {
                        Some(score) => format!("{} out of 5", score_text(score)),
                        None => {
                            let missing: Vec<&str> =
                                c.unscored(&w.weights).iter().map(|c| c.name()).collect();
                            if missing.is_empty() {
                                "Not ranked: no criterion has a weight".to_owned()
                            } else {
                                format!("Not ranked yet: score {}", missing.join(", "))
                            }
                        }
                    };
                    view! {
                        <tr>
                            <td data-label="Place" class="num">{place}</td>
                            <th scope="row">
                                <a href=Route::Candidate(Some(c.id.clone())).href()>{c.name.clone()}</a>
                            </th>
                            <td data-label="Weighted score">{score}</td>
                            <td data-label="Rate">{rate_text(c.rate, c.model)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <h2 id="ranking-heading">"Ranking"</h2>
                <table class="ranking stack-table" id="ranking" aria-labelledby="ranking-heading">
                    <thead>
                        <tr>
                            <th scope="col" class="num">"Place"</th>
                            <th scope="col">"Candidate"</th>
                            <th scope="col">"Weighted score"</th>
                            <th scope="col">"Rate"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
                .into_any()
        })
    }
}

/// The weight of each criterion; the ranking follows as they change.
#[component]
fn WeightsForm() -> impl IntoView {
    let workspace = workspace();
    view! {
        <section class="weights panel" aria-labelledby="weights-heading">
            <h2 class="panel__title" id="weights-heading">"What matters most to you"</h2>
            <p class="hint">
                "Weigh each criterion from 0 (ignore it) to 5 (matters most). The ranking changes as you choose, and the weights are kept."
            </p>
            <div class="weights__grid">
                {Criterion::ALL
                    .into_iter()
                    .map(|criterion| {
                        let id = format!("weight-{}", criterion.slug());
                        let i = criterion.index();
                        let change = move |ev: leptos::ev::Event| {
                            if let Ok(weight) = event_target_value(&ev).parse::<u8>()
                                && weight <= MAX_WEIGHT
                            {
                                workspace.update(|w| w.weights.0[i] = weight);
                            }
                        };
                        view! {
                            <div class="field">
                                <label class="label" for=id.clone()>{criterion.name()}</label>
                                <select
                                    class="select"
                                    id=id
                                    prop:value=move || workspace.with(|w| w.weights.0[i].to_string())
                                    on:change=change
                                >
                                    {(0..=MAX_WEIGHT)
                                        .map(|weight| {
                                            view! {
                                                <option
                                                    value=weight.to_string()
                                                    selected=workspace.with_untracked(|w| w.weights.0[i] == weight)
                                                >
                                                    {weight.to_string()}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            <p>
                <button
                    type="button"
                    class="button button--secondary button--small"
                    on:click=move |_| workspace.update(|w| w.weights = Weights::default())
                >
                    "Weigh every criterion the same"
                </button>
            </p>
        </section>
    }
}

const RATE: Limits = Limits::new("Rate", 0.0, 100_000_000.0);

#[component]
pub fn CandidatePage(id: Option<String>) -> impl IntoView {
    let workspace = workspace();
    let existing = id
        .as_ref()
        .and_then(|id| workspace.with_untracked(|w| w.candidate(id).cloned()));
    if id.is_some() && existing.is_none() {
        return view! { <Missing what="candidate" back=Route::Candidates /> }.into_any();
    }
    let is_new = existing.is_none();
    let candidate = existing.unwrap_or_else(|| Candidate::new(fresh_id()));
    let route = Route::Candidate(id.clone());
    let errors = FormErrors::new(&route);
    let name = RwSignal::new(candidate.name.clone());
    let contact = RwSignal::new(candidate.contact.clone());
    let model = RwSignal::new(candidate.model.map_or("", |m| m.id()).to_owned());
    // The full value, not the rounded one the lists show: saving must not change it.
    let rate = RwSignal::new(candidate.rate.map(|r| r.to_string()).unwrap_or_default());
    let scores: [RwSignal<String>; 5] = std::array::from_fn(|i| {
        RwSignal::new(candidate.scores[i].map_or("none".to_owned(), |s| s.to_string()))
    });
    let notes = RwSignal::new(candidate.notes.clone());
    let confirming = RwSignal::new(false);
    let candidate_id = StoredValue::new(candidate.id.clone());

    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let mut problems = Vec::new();
        let typed_name = name.get_untracked().trim().to_owned();
        if typed_name.is_empty() {
            problems.push(legacy_problem(
                "Enter the candidate’s name".to_owned(),
                "candidate-name".to_owned(),
            ));
        }
        let typed_rate = rate.get_untracked();
        let rate_value = if typed_rate.trim().is_empty() {
            None
        } else {
            match RATE.parse(&typed_rate) {
                Ok(value) => Some(value),
                Err(error) => {
                    problems.push(legacy_problem(
                        error.to_string(),
                        "candidate-rate".to_owned(),
                    ));
                    None
                }
            }
        };
        if is_new && workspace.with_untracked(|w| w.candidates.len()) >= MAX_CANDIDATES {
            problems.push(legacy_problem(
                format!("You have {MAX_CANDIDATES} candidates, the most the workspace keeps: delete one to add another"),
                "candidate-name".to_owned(),
            ));
        }
        if !errors.show(problems) {
            return;
        }
        let updated = Candidate {
            id: candidate_id.get_value(),
            name: typed_name,
            contact: contact.get_untracked().trim().to_owned(),
            model: EngagementModel::from_id(&model.get_untracked()),
            rate: rate_value,
            scores: std::array::from_fn(|i| scores[i].get_untracked().parse().ok()),
            notes: notes.get_untracked(),
        };
        match workspace.try_update(|w| w.put_candidate(updated)) {
            Ok(()) => go(&Route::Candidates),
            Err(reason) => {
                errors.show(vec![legacy_problem(
                    format!("The candidate could not be saved: {reason}"),
                    "candidate-name".to_owned(),
                )]);
            }
        }
    };
    let delete = move || {
        workspace.update(|w| w.candidates.retain(|c| c.id != candidate_id.get_value()));
        go(&Route::Candidates);
    };

    view! {
        <div class="candidate-editor prose">
            <BackLink href=Route::Candidates.href() />
            <ErrorSummary errors=errors.summary() />
            <span class="caption">"Candidates"</span>
            <h1 class="page-heading" tabindex="-1">{route.title()}</h1>
            <form novalidate on:submit=save>
                <TextField id="candidate-name" label="Name" value=name errors autocomplete="off" maxlength=MAX_NAME />
                <TextField
                    id="candidate-contact"
                    label="Contact (optional)"
                    hint="An email address, phone number or profile link."
                    value=contact
                    errors
                    maxlength=MAX_CONTACT
                />
                <ModelAndRate name="candidate" model rate errors rate_label="Rate (optional)" />
                <h2>"Scores"</h2>
                <p class="hint">"From 1 (poor) to 5 (excellent). Leave a criterion unscored until you know."</p>
                {Criterion::ALL
                    .into_iter()
                    .map(|criterion| {
                        let mut options: Vec<(&'static str, String)> = ["1", "2", "3", "4", "5"]
                            .into_iter()
                            .map(|s| (s, s.to_owned()))
                            .collect();
                        options.push(("none", "Not scored".to_owned()));
                        view! {
                            <Radios
                                name=criterion_name(criterion)
                                legend=criterion.name()
                                hint=criterion.hint()
                                options
                                selected=scores[criterion.index()]
                                errors
                                inline=true
                            />
                        }
                    })
                    .collect_view()}
                <TextArea id="candidate-notes" label="Notes (optional)" value=notes errors rows=6 maxlength=MAX_NOTES />
                <div class="button-row">
                    <button type="submit" class="button">"Save candidate"</button>
                    {(!is_new)
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="button button--warning"
                                    id="delete-candidate"
                                    on:click=move |_| confirming.set(true)
                                >
                                    "Delete candidate"
                                </button>
                            }
                        })}
                </div>
            </form>
            <ConfirmDelete
                open=confirming
                question=Signal::derive(move || format!("Delete {} and their scorecard? This cannot be undone.", name.get_untracked()))
                on_confirm=delete
                opener="delete-candidate"
            />
        </div>
    }
    .into_any()
}

/// The radios' name for a criterion's score: `score-communication`.
fn criterion_name(criterion: Criterion) -> &'static str {
    match criterion {
        Criterion::Experience => "score-experience",
        Criterion::Expertise => "score-expertise",
        Criterion::Communication => "score-communication",
        Criterion::CultureFit => "score-culture-fit",
        Criterion::Security => "score-security",
    }
}
