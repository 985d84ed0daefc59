//! The engagement terms: scope, model, rate, payment terms, start and review dates.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::candidates::ModelAndRate;
use super::{BackToWorkspace, workspace};
use crate::domain::form::Problem;
use crate::domain::route::Route;
use crate::domain::workspace::drafts::{
    ReviewToAdd, TERMS_MODEL, TERMS_PAYMENT, TERMS_RATE, TERMS_REVIEW, TERMS_SCOPE, TERMS_START,
    TermsDraft, not_saved, review_not_added, review_to_add,
};
use crate::domain::workspace::time::Day;
use crate::domain::workspace::{MAX_PAYMENT_TERMS, MAX_SCOPE};
use crate::ui::fields::{FormErrors, TextArea, TextField};
use crate::ui::forms::{ErrorSummary, focus_soon};
use crate::ui::lists::list_or_empty;
use crate::ui::page::PageHeading;

#[component]
pub fn TermsPage() -> impl IntoView {
    let workspace = workspace();
    let terms = workspace.with_untracked(|w| w.terms.clone());
    let draft = TermsDraft::from_terms(&terms);
    let errors = FormErrors::new(&Route::Terms);
    let scope = RwSignal::new(draft.scope);
    let model = RwSignal::new(draft.model);
    let rate = RwSignal::new(draft.rate);
    let payment = RwSignal::new(draft.payment);
    let start = RwSignal::new(draft.start);
    let reviews = RwSignal::new(terms.reviews);
    let new_review = RwSignal::new(String::new());
    let saved = RwSignal::new(false);

    // Adds the date typed in "Add a review date", or says why not. Review dates are kept as
    // soon as they are added or removed.
    let take_review = move |required: bool| -> Result<(), Problem> {
        let typed = new_review.get_untracked();
        match reviews.with_untracked(|list| review_to_add(list, &typed, required))? {
            ReviewToAdd::Nothing => return Ok(()),
            ReviewToAdd::Known => {}
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
        saved.set(false);
        errors.show(take_review(true).err().into_iter().collect());
    };

    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let draft = TermsDraft {
            scope: scope.get_untracked(),
            model: model.get_untracked(),
            rate: rate.get_untracked(),
            payment: payment.get_untracked(),
            start: start.get_untracked(),
        };
        // A date typed but not yet added (Enter pressed in its field) is added, not lost.
        let review = take_review(false);
        let checked = draft.check(reviews.get_untracked());
        let mut problems = checked.as_ref().err().cloned().unwrap_or_default();
        problems.extend(review.err());
        let (Ok(terms), true) = (checked, errors.show(problems)) else {
            return;
        };
        match workspace.try_update(|w| w.terms = terms) {
            Ok(()) => {
                saved.set(true);
                focus_soon("terms-saved");
            }
            Err(reason) => {
                errors.show(vec![not_saved("terms", TERMS_SCOPE, &reason)]);
            }
        }
    };

    view! {
        <div class="terms prose">
            <BackToWorkspace />
            <ErrorSummary errors=errors.summary() />
            <PageHeading title=Route::Terms.title() lede="What you agree with the CTO, in one place to come back to at each review." />
            <form novalidate on:submit=save>
                <TextArea
                    id=TERMS_SCOPE
                    label="Scope of work"
                    hint="What the CTO owns and delivers, and what is out of scope."
                    value=scope
                    errors
                    rows=6
                    maxlength=MAX_SCOPE
                />
                <ModelAndRate model_name=TERMS_MODEL rate_id=TERMS_RATE model rate errors rate_label="Rate" />
                <TextArea
                    id=TERMS_PAYMENT
                    label="Payment terms"
                    hint="For example: invoiced monthly in advance, payable within 14 days; one month’s notice."
                    value=payment
                    errors
                    rows=3
                    maxlength=MAX_PAYMENT_TERMS
                />
                <TextField id=TERMS_START label="Start date" value=start errors kind="date" width="input--date" />
                <ReviewDates reviews new_review errors add_review />
                <button type="submit" class="button">"Save terms"</button>
            </form>
            <div role="status">
                {move || {
                    saved
                        .get()
                        .then(|| {
                            view! {
                                <p class="confirmation" id="terms-saved" tabindex="-1">
                                    "Terms saved."
                                </p>
                            }
                        })
                }}
            </div>
        </div>
    }
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
    view! {
        <fieldset class="fieldset form-group">
            <legend class="fieldset__legend label">"Review dates"</legend>
            <p class="hint">"When you will look at the KPIs together and decide what should change. Dates are kept as soon as you add or remove them."</p>
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
                                    // The button is gone: focus goes to where dates are added.
                                    focus_soon(TERMS_REVIEW);
                                }
                            >
                                "Remove"
                                <span class="visually-hidden">{format!(" the review on {}", day.long())}</span>
                            </button>
                        </li>
                    }
                })
            }}
            <div class="add-review">
                <TextField id=TERMS_REVIEW label="Add a review date" value=new_review errors kind="date" width="input--date" />
                <button type="button" class="button button--secondary" on:click=add_review>
                    "Add date"
                </button>
            </div>
        </fieldset>
    }
}
