//! The workspace's first page beyond the plan: what needs attention now (the next step, the
//! next review, open actions, KPIs off target, the month's spend) and each record at a
//! glance, with what to do first where there is nothing yet.

use leptos::prelude::*;

use super::spend::this_month;
use super::{facts, workspace};
use crate::domain::route::Route;
use crate::domain::workspace::candidates::leader_summary;
use crate::domain::workspace::dashboard::{
    REVIEWS_FILE, days_until, off_target, open_actions, reviews_calendar,
};
use crate::domain::workspace::notes::search;
use crate::domain::workspace::onboarding::next_due;
use crate::domain::workspace::steps::{TASK_TITLES, first_index};
use crate::domain::workspace::{Workspace, plural};
use crate::ui::clock::{now, today};
use crate::ui::download::download_text;

/// "Add the review dates to your calendar": a file to import, made here; nothing is sent.
#[component]
pub(super) fn CalendarDownload() -> impl IntoView {
    let workspace = workspace();
    let failed = RwSignal::new(None::<String>);
    let download = move |_| {
        let text = workspace.with_untracked(|w| reviews_calendar(w, now()));
        failed.set(download_text(REVIEWS_FILE, "text/calendar", &text).err());
    };
    view! {
        <button type="button" class="link-button" on:click=download>
            "Add the review dates to your calendar (.ics file)"
        </button>
        {move || failed.get().map(|reason| view! { <p class="error-message">{format!("The file could not be made: {reason}.")}</p> })}
    }
}

/// What needs attention now, most pressing first.
#[component]
pub(super) fn Attention() -> impl IntoView {
    let workspace = workspace();
    let next_step = move || {
        workspace.with(|w| {
            let plan = w.plan();
            w.next_step(plan, facts()).map(|index| {
                let within = index - first_index(plan) + 1;
                (index, format!("{within}. {}", TASK_TITLES[index]))
            })
        })
    };
    view! {
        <section aria-labelledby="attention-heading" class="attention">
            <h2 id="attention-heading">"What needs attention"</h2>
            <ul class="attention__list">
                <li id="attention-step">
                    {move || match next_step() {
                        Some((index, title)) => view! {
                            "Next step: "
                            <a href=Route::WorkspaceStep(index).href()>{title}</a>
                        }
                        .into_any(),
                        None => "Every step of the plan is complete.".into_any(),
                    }}
                </li>
                <NextReview />
                <OpenActions />
                <OffTarget />
                <NextMilestone />
                <SpendLine />
            </ul>
        </section>
    }
}

#[component]
fn NextReview() -> impl IntoView {
    let workspace = workspace();
    move || {
        let today = today();
        match workspace.with(|w| w.terms.next_review(today)) {
            Some(day) => view! {
                <li id="attention-review">
                    {format!("Next review on {}, {}. ", day.long(), days_until(today, day))}
                    <CalendarDownload />
                </li>
            }
            .into_any(),
            None => view! {
                <li id="attention-review">
                    "No review date ahead. "
                    <a href=format!("{}#clause-reviews", Route::Terms.href())>"Set one in the terms"</a>
                    ", to look at the KPIs together."
                </li>
            }
            .into_any(),
        }
    }
}

#[component]
fn OpenActions() -> impl IntoView {
    let workspace = workspace();
    move || {
        workspace.with(|w| {
            open_actions(w).map(|(last, open)| {
                view! {
                    <li id="attention-actions">
                        {format!(
                            "{} from the check-in of {}:",
                            plural(open.len(), "open action", "open actions"),
                            last.date.long(),
                        )}
                        <ul>
                            {open.iter().map(|a| view! { <li>{a.text.clone()}</li> }).collect_view()}
                        </ul>
                        <a href=Route::CheckIn(None).href()>"Record the next check-in"</a>
                        " (it starts with these)."
                    </li>
                }
            })
        })
    }
}

#[component]
fn OffTarget() -> impl IntoView {
    let workspace = workspace();
    move || {
        workspace.with(|w| {
            let off = off_target(w);
            (!off.is_empty()).then(|| {
                view! {
                    <li id="attention-kpis">
                        {plural(off.len(), "KPI off target:", "KPIs off target:")}
                        <ul>{off.iter().map(|o| view! { <li>{o.text()}</li> }).collect_view()}</ul>
                        <a href=Route::Kpis.href()>"See the trends"</a>
                    </li>
                }
            })
        })
    }
}

/// The first 90 days' next milestone not done, once there is a plan and a start date.
#[component]
fn NextMilestone() -> impl IntoView {
    let workspace = workspace();
    move || {
        let today = today();
        workspace.with(|w| {
            let plan = w.onboarding_plan();
            next_due(&plan, today).map(|(milestone, due)| {
                let when = if due < today {
                    format!("was due on {}", due.long())
                } else {
                    format!("due on {}, {}", due.long(), days_until(today, due))
                };
                view! {
                    <li id="attention-onboarding" class:attention__warning=due < today>
                        {format!("First 90 days: “{}” {when}. ", milestone.text)}
                        <a href=Route::Onboarding.href()>"See the milestones"</a>
                    </li>
                }
            })
        })
    }
}

/// This month's spend, where there is a budget or anything logged.
#[component]
fn SpendLine() -> impl IntoView {
    let workspace = workspace();
    move || {
        workspace.with(|w| {
            let relevant = !w.spend.is_empty() || w.terms.monthly_budget().is_some();
            relevant.then(|| {
                let (text, warning) = this_month(w);
                view! {
                    <li id="attention-spend" class:attention__warning=warning>
                        {warning.then_some("Spend is at 90 % of the budget or more: ")}
                        {text}
                        " "
                        <a href=Route::Spend.href()>"See the spend log"</a>
                    </li>
                }
            })
        })
    }
}

/// A card per part of the workspace, each saying what it holds, or what to do first.
#[component]
pub(super) fn Records() -> impl IntoView {
    let workspace = workspace();
    let said = move |f: fn(&Workspace) -> String| Signal::derive(move || workspace.with(f));
    view! {
        <section aria-labelledby="records-heading">
            <h2 id="records-heading">"Your records"</h2>
            <ul class="record-cards">
                <li class="record-card">
                    <h3 class="record-card__title">
                        <a href=Route::Notes.href()>"Notes"</a>
                    </h3>
                    <LastNotes />
                </li>
                {card(Route::Candidates, "Candidates", said(|w| {
                    if w.candidates.is_empty() {
                        "None yet: add each person or firm you consider.".to_owned()
                    } else {
                        leader_summary(&w.candidates, &w.weights)
                    }
                }))}
                {card(Route::Terms, "Engagement terms", said(|w| w.terms.summary(today())))}
                {card(Route::Kpis, "KPIs and check-ins", said(|w| {
                    if w.kpis.is_empty() {
                        "None yet: choose a few measures, each with a target.".to_owned()
                    } else {
                        format!(
                            "{}, {}",
                            plural(w.kpis.len(), "KPI", "KPIs"),
                            plural(w.check_ins.len(), "check-in", "check-ins")
                        )
                    }
                }))}
                {card(Route::Spend, "Spend", said(|w| this_month(w).0))}
                {card(Route::Onboarding, "The first 90 days", said(|w| {
                    if w.onboarding.is_empty() {
                        "Not planned yet: start from the template for your plan.".to_owned()
                    } else {
                        format!(
                            "{} of {} done",
                            w.onboarding.iter().filter(|m| m.done).count(),
                            plural(w.onboarding.len(), "milestone", "milestones"),
                        )
                    }
                }))}
                {card(
                    Route::WorkspaceData,
                    "Your data",
                    Signal::derive(|| "Export, import or delete everything".to_owned()),
                )}
            </ul>
        </section>
    }
}

fn card(route: Route, title: &'static str, summary: Signal<String>) -> impl IntoView {
    view! {
        <li class="record-card">
            <h3 class="record-card__title">
                <a href=route.href()>{title}</a>
            </h3>
            <p class="record-card__summary">{summary}</p>
        </li>
    }
}

/// The three notes changed last, or what to write first.
#[component]
fn LastNotes() -> impl IntoView {
    let workspace = workspace();
    move || {
        workspace.with(|w| {
            if w.notes.is_empty() {
                return view! { <p class="record-card__summary">"None yet: start with what you need from technical leadership."</p> }.into_any();
            }
            let last: Vec<(String, String)> = search(&w.notes, "")
                .into_iter()
                .take(3)
                .map(|n| (Route::Note(n.id.clone()).href(), n.display_title().to_owned()))
                .collect();
            view! {
                <p class="record-card__summary">{plural(w.notes.len(), "note", "notes")}</p>
                <ul class="record-card__list">
                    {last.into_iter().map(|(href, title)| view! { <li><a href=href>{title}</a></li> }).collect_view()}
                </ul>
            }
            .into_any()
        })
    }
}
