//! The terms as a checklist of the clauses to settle (scope, time, fee, intellectual property,
//! confidentiality, access, notice, cadence, reviews), each agreed, noted or not needed. Kept
//! as the founder types, like notes.

use leptos::prelude::*;

use super::autosave::{Autosave, SaveStatus};
use super::candidates::ModelAndRate;
use super::dashboard::CalendarDownload;
use super::{BackToWorkspace, workspace};
use crate::domain::form::Problem;
use crate::domain::options::Leadership;
use crate::domain::route::Route;
use crate::domain::workspace::drafts::{
    ReviewToAdd, TERMS_HOURS, TERMS_MODEL, TERMS_PAYMENT, TERMS_RATE, TERMS_REVIEW, TERMS_SCOPE,
    TERMS_START, TermsDraft, clause_note_field, clause_state_field, review_not_added,
    review_to_add,
};
use crate::domain::workspace::terms::{Agreement, Clause, MAX_NOTE};
use crate::domain::workspace::time::Day;
use crate::domain::workspace::{MAX_PAYMENT_TERMS, MAX_SCOPE};
use crate::ui::fields::{FormErrors, Radios, TextArea, TextField};
use crate::ui::forms::{ErrorSummary, focus_soon};
use crate::ui::lists::list_or_empty;
use crate::ui::page::PageHeading;

/// What the terms are, for the plan followed.
fn lede(plan: Leadership) -> &'static str {
    match plan {
        Leadership::Fractional => {
            "What you agree with your fractional CTO, clause by clause, to come back to at each review."
        }
        Leadership::FullTime => {
            "The offer to your CTO, clause by clause: the role, the hours, the pay, the notice and the first reviews."
        }
        Leadership::Consulting => {
            "The contract with the firm, clause by clause: the scope and milestones, the price, who owns the work, and the handover."
        }
        Leadership::InHouse => {
            "What you settle with the people you hire, clause by clause: each role's scope, the hours, the pay, the notice and the reviews."
        }
    }
}

/// The terms' fields as typed.
#[derive(Clone, Copy)]
struct Typed {
    scope: RwSignal<String>,
    model: RwSignal<String>,
    rate: RwSignal<String>,
    payment: RwSignal<String>,
    start: RwSignal<String>,
    hours: RwSignal<String>,
    notes: [RwSignal<String>; 9],
    states: [RwSignal<String>; 9],
}

impl Typed {
    fn new(draft: TermsDraft) -> Typed {
        Typed {
            scope: RwSignal::new(draft.scope),
            model: RwSignal::new(draft.model),
            rate: RwSignal::new(draft.rate),
            payment: RwSignal::new(draft.payment),
            start: RwSignal::new(draft.start),
            hours: RwSignal::new(draft.hours),
            notes: draft.notes.map(RwSignal::new),
            states: draft.states.map(|s| RwSignal::new(s.id().to_owned())),
        }
    }

    fn draft(self) -> TermsDraft {
        TermsDraft {
            scope: self.scope.get_untracked(),
            model: self.model.get_untracked(),
            rate: self.rate.get_untracked(),
            payment: self.payment.get_untracked(),
            start: self.start.get_untracked(),
            hours: self.hours.get_untracked(),
            notes: self.notes.map(|n| n.get_untracked()),
            states: self.states.map(|s| {
                s.with_untracked(|id| {
                    Agreement::ALL
                        .into_iter()
                        .find(|a| a.id() == id)
                        .unwrap_or_default()
                })
            }),
        }
    }
}

#[component]
pub fn TermsPage() -> impl IntoView {
    let workspace = workspace();
    let plan = workspace.with_untracked(|w| w.plan());
    let terms = workspace.with_untracked(|w| w.terms.clone());
    let errors = FormErrors::new(&Route::Terms);
    let typed = Typed::new(TermsDraft::from_terms(&terms));
    let reviews = RwSignal::new(terms.reviews);
    let new_review = RwSignal::new(String::new());

    let autosave = Autosave::new(move || {
        let kept = workspace.with_untracked(|w| w.terms.clone());
        let (terms, problems) = typed.draft().check(&kept);
        let unread = problems.len();
        errors.show_quietly(problems);
        workspace.try_update(|w| w.terms = terms)?;
        match unread {
            0 => Ok(()),
            1 => Err("one field cannot be read: see the message beside it".to_owned()),
            _ => Err(format!(
                "{unread} fields cannot be read: see the messages beside them"
            )),
        }
    });

    // Adds the date typed in "Add a review date", or says why not. Review dates are kept as
    // soon as they are added or removed.
    let take_review = move || -> Result<(), Problem> {
        let typed = new_review.get_untracked();
        match reviews.with_untracked(|list| review_to_add(list, &typed, true))? {
            ReviewToAdd::Nothing | ReviewToAdd::Known => {}
            ReviewToAdd::Add(list) => {
                workspace
                    .try_update(|w| w.terms.reviews = list.clone())
                    .map_err(|reason| review_not_added(&reason))?;
                reviews.set(list);
            }
        }
        new_review.set(String::new());
        Ok(())
    };
    let add_review = move |_| {
        errors.show(take_review().err().into_iter().collect());
    };
    let settled = move || {
        workspace.with(|w| {
            format!(
                "{} of {} clauses settled.",
                w.terms.settled(),
                Clause::ALL.len()
            )
        })
    };

    view! {
        <div class="terms prose">
            <BackToWorkspace />
            <ErrorSummary errors=errors.summary() />
            <PageHeading title=Route::Terms.title() lede=lede(plan) />
            <SaveStatus state=autosave.state />
            <p class="quiet" id="terms-settled">{settled}</p>
            <form novalidate on:input=move |_| autosave.changed() on:change=move |_| autosave.write_now() on:submit=move |ev| {
                ev.prevent_default();
                // Enter: a review date typed is added; everything else is already kept.
                if new_review.with_untracked(|t| !t.is_empty()) {
                    errors.show(take_review().err().into_iter().collect());
                } else {
                    autosave.flush();
                }
            }>
                <TextField id=TERMS_START label="Start date" hint="The onboarding plan's dates count from it." value=typed.start errors kind="date" width="input--date" />
                <Clauses typed reviews new_review errors add_review />
            </form>
        </div>
    }
}

/// Each clause: its fields, its note, and where it stands.
#[component]
fn Clauses(
    typed: Typed,
    reviews: RwSignal<Vec<Day>>,
    new_review: RwSignal<String>,
    errors: FormErrors,
    add_review: impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
) -> impl IntoView {
    let workspace = workspace();
    view! {
        <ol class="clauses">
            {Clause::ALL
                .into_iter()
                .enumerate()
                .map(|(i, clause)| {
                    let fields = match clause {
                        Clause::Scope => view! {
                            <TextArea id=TERMS_SCOPE label="Scope of work" value=typed.scope errors rows=5 maxlength=MAX_SCOPE />
                        }.into_any(),
                        Clause::Time => view! {
                            <TextField id=TERMS_HOURS label="Hours a month" hint="With an hourly rate, the budget is these hours at the rate." value=typed.hours errors width="input--number" inputmode="numeric" />
                            <ClauseNote clause typed=typed.notes[i] errors />
                        }.into_any(),
                        Clause::Fee => view! {
                            <ModelAndRate model_name=TERMS_MODEL rate_id=TERMS_RATE model=typed.model rate=typed.rate errors rate_label="Rate" />
                            <TextArea id=TERMS_PAYMENT label="Payment terms" hint="For example: invoiced monthly in advance, payable within 14 days." value=typed.payment errors rows=3 maxlength=MAX_PAYMENT_TERMS />
                        }.into_any(),
                        Clause::Reviews => view! {
                            <ReviewDates reviews new_review errors add_review />
                        }.into_any(),
                        _ => view! { <ClauseNote clause typed=typed.notes[i] errors /> }.into_any(),
                    };
                    view! {
                        <li class="clause" id=format!("clause-{}", clause.slug())>
                            <div class="clause__top">
                                <h2 class="clause__name">{clause.name()}</h2>
                                <strong class="task-status" class:task-status--done=move || workspace.with(|w| w.terms.standing(clause).settled())>
                                    {move || workspace.with(|w| w.terms.standing(clause).label())}
                                </strong>
                            </div>
                            <p class="hint">{clause.hint()}</p>
                            {fields}
                            <Radios
                                name=clause_state_field(clause)
                                legend=format!("Where “{}” stands", clause.name())
                                options=Agreement::ALL.iter().map(|a| (a.id(), a.label().to_owned())).collect()
                                selected=typed.states[i]
                                errors
                                inline=true
                            />
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// A clause's own note.
#[component]
fn ClauseNote(clause: Clause, typed: RwSignal<String>, errors: FormErrors) -> impl IntoView {
    view! { <TextArea id=clause_note_field(clause) label="What was said" value=typed errors rows=2 maxlength=MAX_NOTE /> }
}

/// The review dates, each with "Remove", and the field to add one. They are kept as soon as
/// they change.
#[component]
fn ReviewDates(
    reviews: RwSignal<Vec<Day>>,
    new_review: RwSignal<String>,
    errors: FormErrors,
    add_review: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let workspace = workspace();
    // The date removed last, for Undo.
    let removed = RwSignal::new(None::<Day>);
    let undo = move |_| {
        if let Some(day) = removed.get_untracked() {
            let mut list = reviews.get_untracked();
            if !list.contains(&day) {
                list.push(day);
                crate::domain::sort_small_by(&mut list, |a, b| a < b);
                workspace.update(|w| w.terms.reviews = list.clone());
                reviews.set(list);
            }
            removed.set(None);
            focus_soon(TERMS_REVIEW);
        }
    };
    view! {
        <div class="form-group">
            <div role="status">
                {move || {
                    removed
                        .get()
                        .map(|day| {
                            view! {
                                <div class="confirmation undo">
                                    <span>{format!("Removed the review on {}.", day.long())}</span>
                                    <button type="button" class="button button--secondary button--small" id="undo-review" on:click=undo>
                                        "Undo"
                                        <span class="visually-hidden">" removing the review date"</span>
                                    </button>
                                </div>
                            }
                        })
                }}
            </div>
            {move || {
                list_or_empty(reviews.get(), "review-list", "No review dates yet.", |day| {
                    view! {
                        <li>
                            <span>{day.long()}</span>
                            <button
                                type="button"
                                class="link-button"
                                on:click=move |_| {
                                    reviews.update(|l| l.retain(|d| *d != day));
                                    workspace.update(|w| w.terms.reviews = reviews.get_untracked());
                                    removed.set(Some(day));
                                    // The button is gone: focus goes to its Undo.
                                    focus_soon("undo-review");
                                }
                            >
                                "Remove"
                                <span class="visually-hidden">{format!(" the review on {}", day.long())}</span>
                            </button>
                        </li>
                    }
                })
            }}
            {move || (!reviews.with(Vec::is_empty)).then(|| view! { <p><CalendarDownload /></p> })}
            <div class="add-review">
                <TextField id=TERMS_REVIEW label="Add a review date" value=new_review errors kind="date" width="input--date" />
                <button type="button" class="button button--secondary" on:click=add_review>
                    "Add date"
                </button>
            </div>
        </div>
    }
}
