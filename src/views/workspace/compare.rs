//! Candidates side by side: two to five chosen, a row per criterion with its weight, the best
//! score of each row marked, then the weighted score and the rate.

use leptos::prelude::*;

use super::workspace;
use crate::domain::workspace::candidates::{
    COMPARE_MAX, COMPARE_MIN, best_of, compare, ranking, rate_text, score_text,
};
use crate::ui::locale::preferred_currency;

#[component]
pub(super) fn SideBySide() -> impl IntoView {
    let workspace = workspace();
    // The first three of the ranking to begin with: usually the ones to decide between.
    let chosen = RwSignal::new(workspace.with_untracked(|w| {
        ranking(&w.candidates, &w.weights)
            .iter()
            .take(3)
            .map(|r| r.candidate.id.clone())
            .collect::<Vec<String>>()
    }));
    let shown = move || workspace.with(|w| w.candidates.len() >= COMPARE_MIN);
    view! {
        <Show when=shown>
            <section class="side-by-side" aria-labelledby="compare-heading">
                <h2 id="compare-heading">"Side by side"</h2>
                <Choose chosen />
                <CompareTable chosen />
            </section>
        </Show>
    }
}

/// A box per candidate, in the ranking's order; at most five ticked.
#[component]
fn Choose(chosen: RwSignal<Vec<String>>) -> impl IntoView {
    let workspace = workspace();
    let people = move || {
        workspace.with(|w| {
            ranking(&w.candidates, &w.weights)
                .iter()
                .map(|r| (r.candidate.id.clone(), r.candidate.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <fieldset class="fieldset form-group">
            <legend class="fieldset__legend label">"Candidates to compare"</legend>
            <p class="hint">{format!("Choose {COMPARE_MIN} to {COMPARE_MAX}.")}</p>
            <div class="choices choices--compact choices--inline">
                <For each=people key=|p| p.0.clone() let:person>
                    {
                        let (id, name) = person;
                        let box_id = format!("compare-{id}");
                        let is_chosen = {
                            let id = id.clone();
                            move || chosen.with(|c| c.contains(&id))
                        };
                        let full = move || chosen.with(|c| c.len() >= COMPARE_MAX);
                        let toggle = move |ev: leptos::ev::Event| {
                            let on = event_target_checked(&ev);
                            chosen.update(|c| {
                                c.retain(|x| *x != id);
                                if on && c.len() < COMPARE_MAX {
                                    c.push(id.clone());
                                }
                            });
                        };
                        let checked = is_chosen.clone();
                        view! {
                            <div class="choice choice--small">
                                <input
                                    class="choice__input"
                                    type="checkbox"
                                    id=box_id.clone()
                                    prop:checked=checked
                                    prop:disabled=move || full() && !is_chosen()
                                    on:change=toggle
                                />
                                <label class="choice__label" for=box_id>{name}</label>
                            </div>
                        }
                    }
                </For>
            </div>
        </fieldset>
    }
}

/// The table of the chosen, or what to do to see one.
#[component]
fn CompareTable(chosen: RwSignal<Vec<String>>) -> impl IntoView {
    let workspace = workspace();
    move || {
        let chosen = chosen.get();
        workspace.with(|w| {
            let (columns, rows) = compare(&w.candidates, &chosen, &w.weights);
            if columns.len() < COMPARE_MIN {
                return view! { <p class="quiet">"Choose two candidates or more to see their scores side by side."</p> }.into_any();
            }
            let cell = |value: String, best: bool| {
                view! {
                    <td class="num" class:compare__best=best>
                        {value}
                        {best.then(|| view! { " " <span class="tag">"best"</span> })}
                    </td>
                }
            };
            let weighted: Vec<Option<f64>> = columns.iter().map(|c| c.score).collect();
            let weighted_best = best_of(&weighted);
            let symbol = preferred_currency().symbol();
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label="Scores side by side">
                    <table class="compare-table" id="compare-table">
                        <thead>
                            <tr>
                                <th scope="col">"Criterion (weight)"</th>
                                {columns.iter().map(|c| view! { <th scope="col" class="num">{c.candidate.name.clone()}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {rows
                                .into_iter()
                                .map(|row| {
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                {row.criterion.name()}
                                                <span class="quiet">{format!(" ({})", row.weight)}</span>
                                            </th>
                                            {row
                                                .scores
                                                .iter()
                                                .zip(&row.best)
                                                .map(|(score, best)| cell(score.map_or("–".to_owned(), |s| s.to_string()), *best))
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                            <tr class="compare-table__total">
                                <th scope="row">"Weighted score"</th>
                                {weighted
                                    .iter()
                                    .zip(weighted_best)
                                    .map(|(score, best)| cell(score.map_or("not ranked yet".to_owned(), score_text), best))
                                    .collect_view()}
                            </tr>
                            <tr>
                                <th scope="row">"Rate"</th>
                                {columns.iter().map(|c| view! { <td class="num">{rate_text(symbol, c.candidate.rate, c.candidate.model)}</td> }).collect_view()}
                            </tr>
                        </tbody>
                    </table>
                </div>
            }
            .into_any()
        })
    }
}
