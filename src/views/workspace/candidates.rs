//! Candidates: a scorecard each, the weights that say what matters most, and the ranking by
//! weighted score.

use leptos::prelude::*;

use super::compare::SideBySide;
use super::questions::{QuestionBank, QuestionsToAsk};
use super::{
    BackToWorkspace, DoneAndDelete, EditorTop, UndoDelete, delete_with_undo, keep_as_typed, named,
    workspace,
};
use crate::domain::route::Route;
use crate::domain::workspace::candidates::{
    Candidate, Criterion, MAX_CANDIDATES, MAX_CONTACT, MAX_NAME, MAX_NOTES, MAX_WEIGHT, Weights,
    ranking, rate_text,
};
use crate::domain::workspace::drafts::{
    CANDIDATE_CONTACT, CANDIDATE_MODEL, CANDIDATE_NAME, CANDIDATE_NOTES, CANDIDATE_RATE,
    CandidateDraft, NOT_SCORED, score_field,
};
use crate::domain::workspace::{EngagementModel, Workspace};
use crate::ui::clock::fresh_id;
use crate::ui::fields::{FormErrors, Radios, TextArea, TextField};
use crate::ui::forms::ErrorSummary;
use crate::ui::locale::preferred_currency;
use crate::ui::page::PageHeading;

/// The currency symbol the visitor uses, for rates.
fn currency_symbol() -> &'static str {
    preferred_currency().symbol()
}

/// The engagement model and the rate that goes with it, as a candidate's scorecard and the
/// terms both ask them: the radios named `model_name` (`terms-model-hourly`…), the rate's
/// field `rate_id`.
#[component]
pub(super) fn ModelAndRate(
    model_name: &'static str,
    rate_id: &'static str,
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
    let errors = FormErrors::new(&Route::Candidates);
    view! {
        <div class="candidates">
            <BackToWorkspace />
            <ErrorSummary errors=errors.summary() />
            <PageHeading title=Route::Candidates.title() lede="Score each candidate after the interview. The ranking weighs the scores by what matters most to you." />
            <p>
                {move || {
                    if full() {
                        view! { <span class="quiet">{format!("You have {MAX_CANDIDATES} candidates, the most the workspace keeps.")}</span> }.into_any()
                    } else {
                        view! { <a class="button" id="add-candidate" href=Route::Candidate(None).href()>"Add a candidate"</a> }.into_any()
                    }
                }}
            </p>
            <UndoDelete focus_after="add-candidate" />
            <Ranking />
            <SideBySide />
            <WeightsForm />
            <QuestionBank errors />
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
                    let score = line.score_summary(&w.weights);
                    view! {
                        <tr>
                            <td data-label="Place" class="num">{place}</td>
                            <th scope="row">
                                <a href=Route::Candidate(Some(c.id.clone())).href()>{c.name.clone()}</a>
                            </th>
                            <td data-label="Weighted score">{score}</td>
                            <td data-label="Rate">{rate_text(currency_symbol(), c.rate, c.model)}</td>
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

/// A candidate's typed scorecard, bound to the fields.
#[derive(Clone, Copy)]
struct CandidateFields {
    name: RwSignal<String>,
    contact: RwSignal<String>,
    model: RwSignal<String>,
    rate: RwSignal<String>,
    scores: [RwSignal<String>; 5],
    notes: RwSignal<String>,
}

impl CandidateFields {
    fn new(draft: CandidateDraft) -> CandidateFields {
        let [a, b, c, d, e] = draft.scores;
        CandidateFields {
            name: RwSignal::new(draft.name),
            contact: RwSignal::new(draft.contact),
            model: RwSignal::new(draft.model),
            rate: RwSignal::new(draft.rate),
            scores: [a, b, c, d, e].map(RwSignal::new),
            notes: RwSignal::new(draft.notes),
        }
    }

    fn draft(&self) -> CandidateDraft {
        CandidateDraft {
            name: self.name.get_untracked(),
            contact: self.contact.get_untracked(),
            model: self.model.get_untracked(),
            rate: self.rate.get_untracked(),
            scores: self.scores.map(|s| s.get_untracked()),
            notes: self.notes.get_untracked(),
        }
    }
}

#[component]
pub fn CandidatePage(id: Option<String>) -> impl IntoView {
    let workspace = workspace();
    let existing = match named(&id, Workspace::candidate, "candidate", Route::Candidates) {
        Ok(existing) => existing,
        Err(missing) => return missing,
    };
    let opened = StoredValue::new(existing.clone());
    let candidate = existing.unwrap_or_else(|| Candidate::new(fresh_id()));
    let route = Route::Candidate(id.clone());
    let errors = FormErrors::new(&route);
    let initial = StoredValue::new(CandidateDraft::from_candidate(&candidate));
    let fields = CandidateFields::new(initial.get_value());
    let CandidateFields {
        name,
        contact,
        model,
        rate,
        notes,
        ..
    } = fields;
    let candidate_id = StoredValue::new(candidate.id.clone());

    // Kept once, whichever tab kept it: then it can be deleted.
    let exists = {
        // A plain copy of the id: the button may be drawn once more as the page goes.
        let id = candidate.id.clone();
        Signal::derive(move || workspace.with(|w| w.candidate(&id).is_some()))
    };
    let autosave = keep_as_typed(
        errors,
        opened,
        move |is_new| {
            let count = workspace.with_untracked(|w| w.candidates.len());
            fields
                .draft()
                .check(candidate_id.get_value(), is_new, count)
        },
        |w| &mut w.candidates,
        |_, _| {},
    );
    let delete = delete_with_undo(autosave, Route::Candidates, move |w| {
        w.take_candidate(&candidate_id.get_value())
    });

    view! {
        <div class="candidate-editor prose">
            <EditorTop back=Route::Candidates errors title=route.title() caption="Candidates" />
            <form
                novalidate
                on:input=move |_| autosave.changed() on:change=move |_| autosave.write_now() on:click=move |_| autosave.changed()
                on:submit=move |ev| {
                    ev.prevent_default();
                    autosave.flush();
                }
            >
                <TextField id=CANDIDATE_NAME label="Name" value=name errors autocomplete="off" maxlength=MAX_NAME />
                <TextField
                    id=CANDIDATE_CONTACT
                    label="Contact (optional)"
                    hint="An email address, phone number or profile link."
                    value=contact
                    errors
                    maxlength=MAX_CONTACT
                />
                <ModelAndRate model_name=CANDIDATE_MODEL rate_id=CANDIDATE_RATE model rate errors rate_label="Rate (optional)" />
                <Scores scores=fields.scores errors notes />
                <TextArea id=CANDIDATE_NOTES label="Notes (optional)" value=notes errors rows=6 maxlength=MAX_NOTES />
                <DoneAndDelete autosave errors back=Route::Candidates delete="Delete candidate" exists changed=move || initial.with_value(|i| *i != fields.draft()) on_delete=delete />
            </form>
        </div>
    }
    .into_any()
}

/// A score from 1 to 5, or none yet, for each criterion.
#[component]
fn Scores(
    scores: [RwSignal<String>; 5],
    errors: FormErrors,
    notes: RwSignal<String>,
) -> impl IntoView {
    view! {
        <h2>"Scores"</h2>
        <p class="hint">"From 1 (poor) to 5 (excellent). Leave a criterion unscored until you know."</p>
        {Criterion::ALL
            .into_iter()
            .map(|criterion| {
                let mut options: Vec<(&'static str, String)> = ["1", "2", "3", "4", "5"]
                    .into_iter()
                    .map(|s| (s, s.to_owned()))
                    .collect();
                options.push((NOT_SCORED, "Not scored".to_owned()));
                view! {
                    <Radios
                        name=score_field(criterion)
                        legend=criterion.name()
                        hint=criterion.hint()
                        options
                        selected=scores[criterion.index()]
                        errors
                        inline=true
                    />
                    <QuestionsToAsk criterion notes />
                }
            })
            .collect_view()}
    }
}
