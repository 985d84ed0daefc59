//! The self-assessment's start page, which also welcomes a returning visitor back.

use leptos::prelude::*;

use super::{Panel, StartAgain, UnusableAnswers};
use crate::domain::assessment::{Progress, Resume};
use crate::domain::route::Route;
use crate::storage::use_document;
use crate::ui::page::PageHeading;

#[component]
pub fn AssessmentPage() -> impl IntoView {
    let progress = use_document::<Progress>();
    let first = Route::Question {
        index: 0,
        changing: false,
    }
    .href();
    view! {
        <div class="assessment-start prose">
            <PageHeading title=Route::Assessment.title() caption="How should we get technical leadership?" lede="Answer about ten short questions on your company, your team and what you need. You get a fit score for a fractional CTO, a full-time CTO, a consulting firm and an in-house team, the answers that decided it, and what to do next." />
            <ul class="assessment-start__facts">
                <li>"Takes about 5 minutes; most questions allow “I'm not sure”."</li>
                <li>"Your answers stay in this browser: nothing is sent anywhere."</li>
                <li>
                    "The scoring is open: "
                    <a href=Route::HowScored.href()>"see how it works"</a>
                    "."
                </li>
            </ul>
            <UnusableAnswers />
            {move || {
                let (answers, _) = progress.with(|p| p.read());
                let resume = progress.with(Progress::resume);
                if resume == Resume::Start {
                    view! {
                        <a href=first.clone() class="button button--start">
                            "Start now"
                        </a>
                    }
                        .into_any()
                } else {
                    let answered = answers.answered_count();
                    let total = answers.path().len();
                    let label = match resume {
                        Resume::Result => "See your result",
                        Resume::Check => "Check your answers",
                        _ => "Continue where you left off",
                    };
                    view! {
                        <Panel class="panel resume" title_id="resume-title" title="Welcome back">
                            <p>{format!("You have answered {answered} of {total} questions.")}</p>
                            <div class="button-row">
                                <a href=resume.route().href() class="button">
                                    {label}
                                </a>
                                <StartAgain />
                            </div>
                        </Panel>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
