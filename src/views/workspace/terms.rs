//! The engagement terms: scope, model, rate, payment terms, start and review dates.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::candidates::ModelAndRate;
use super::{BackToWorkspace, legacy_problem, workspace};
use crate::domain::calculator::Limits;
use crate::domain::form::Problem;
use crate::domain::route::Route;
use crate::domain::sort_small_by;
use crate::domain::workspace::time::Day;
use crate::domain::workspace::{EngagementModel, MAX_PAYMENT_TERMS, MAX_REVIEWS, MAX_SCOPE, Terms};
use crate::ui::fields::{FormErrors, TextArea, TextField};
use crate::ui::forms::{ErrorSummary, focus_soon};
use crate::ui::page::PageHeading;

const RATE: Limits = Limits::new("Rate", 0.0, 100_000_000.0);

/// Reads a date field: empty is fine, anything else must be a real date.
fn read_day(text: &str, what: &str) -> Result<Option<Day>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    Day::parse(text.trim())
        .map(Some)
        .ok_or_else(|| format!("{what} must be a real date, for example 2027-01-31"))
}

#[component]
pub fn TermsPage() -> impl IntoView {
    let workspace = workspace();
    let terms = workspace.with_untracked(|w| w.terms.clone());
    let errors = FormErrors::new(&Route::Terms);
    let scope = RwSignal::new(terms.scope.clone());
    let model = RwSignal::new(terms.model.map_or("", |m| m.id()).to_owned());
    // The full value, not the rounded one the lists show: saving must not change it.
    let rate = RwSignal::new(terms.rate.map(|r| r.to_string()).unwrap_or_default());
    let payment = RwSignal::new(terms.payment_terms.clone());
    let start = RwSignal::new(terms.start.map(Day::iso).unwrap_or_default());
    let reviews = RwSignal::new(terms.reviews.clone());
    let new_review = RwSignal::new(String::new());
    let saved = RwSignal::new(false);

    // Adds the date typed in "Add a review date", or says why not. Review dates are kept as
    // soon as they are added or removed. Returns false when there was a problem.
    let take_review = move |required: bool| -> Result<(), Problem> {
        let field = "terms-review".to_owned();
        let day = match read_day(&new_review.get_untracked(), "The review date") {
            Ok(Some(day)) => day,
            Ok(None) if required => {
                return Err(legacy_problem(
                    "Enter a review date to add".to_owned(),
                    field,
                ));
            }
            Ok(None) => return Ok(()),
            Err(message) => return Err(legacy_problem(message, field)),
        };
        let mut list = reviews.get_untracked();
        if list.contains(&day) {
            new_review.set(String::new());
            return Ok(());
        }
        if list.len() >= MAX_REVIEWS {
            return Err(legacy_problem(
                format!("You can keep up to {MAX_REVIEWS} review dates: remove one first"),
                field,
            ));
        }
        list.push(day);
        sort_small_by(&mut list, |a, b| a < b);
        workspace
            .try_update(|w| w.terms.reviews = list.clone())
            .map_err(|reason| {
                legacy_problem(format!("The date could not be added: {reason}"), field)
            })?;
        reviews.set(list);
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
        let mut problems = Vec::new();
        let typed_rate = rate.get_untracked();
        let rate_value = if typed_rate.trim().is_empty() {
            None
        } else {
            RATE.parse(&typed_rate)
                .map_err(|e| problems.push(legacy_problem(e.to_string(), "terms-rate".to_owned())))
                .ok()
        };
        let start_day = read_day(&start.get_untracked(), "The start date")
            .map_err(|m| problems.push(legacy_problem(m, "terms-start".to_owned())))
            .ok()
            .flatten();
        // A date typed but not yet added (Enter pressed in its field) is added, not lost.
        if let Err(problem) = take_review(false) {
            problems.push(problem);
        }
        if !errors.show(problems) {
            return;
        }
        let terms = Terms {
            scope: scope.get_untracked(),
            model: EngagementModel::from_id(&model.get_untracked()),
            rate: rate_value,
            payment_terms: payment.get_untracked(),
            start: start_day,
            reviews: reviews.get_untracked(),
        };
        match workspace.try_update(|w| w.terms = terms) {
            Ok(()) => {
                saved.set(true);
                focus_soon("terms-saved");
            }
            Err(reason) => {
                errors.show(vec![legacy_problem(
                    format!("The terms could not be saved: {reason}"),
                    "terms-scope".to_owned(),
                )]);
            }
        }
    };

    view! {
        <div class="terms prose">
            <BackToWorkspace />
            <ErrorSummary errors=errors.summary() />
            <PageHeading title=Route::Terms.title() />
            <p class="lede">"What you agree with the CTO, in one place to come back to at each review."</p>
            <form novalidate on:submit=save>
                <TextArea
                    id="terms-scope"
                    label="Scope of work"
                    hint="What the CTO owns and delivers, and what is out of scope."
                    value=scope
                    errors
                    rows=6
                    maxlength=MAX_SCOPE
                />
                <ModelAndRate name="terms" model rate errors rate_label="Rate" />
                <TextArea
                    id="terms-payment"
                    label="Payment terms"
                    hint="For example: invoiced monthly in advance, payable within 14 days; one month’s notice."
                    value=payment
                    errors
                    rows=3
                    maxlength=MAX_PAYMENT_TERMS
                />
                <TextField id="terms-start" label="Start date" value=start errors kind="date" width="input--date" />
                <fieldset class="fieldset form-group">
                    <legend class="fieldset__legend label">"Review dates"</legend>
                    <p class="hint">"When you will look at the KPIs together and decide what should change. Dates are kept as soon as you add or remove them."</p>
                    {move || {
                        let list = reviews.get();
                        if list.is_empty() {
                            return view! { <p class="quiet">"No review dates yet."</p> }.into_any();
                        }
                        view! {
                            <ul class="review-list">
                                {list
                                    .into_iter()
                                    .map(|day| {
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
                                                        focus_soon("terms-review");
                                                    }
                                                >
                                                    "Remove"
                                                    <span class="visually-hidden">{format!(" the review on {}", day.long())}</span>
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }}
                    <div class="add-review">
                        <TextField id="terms-review" label="Add a review date" value=new_review errors kind="date" width="input--date" />
                        <button type="button" class="button button--secondary" on:click=add_review>
                            "Add date"
                        </button>
                    </div>
                </fieldset>
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
