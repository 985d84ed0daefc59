//! The front page: what the app is for, and the way into its four parts.

use leptos::prelude::*;

use crate::domain::route::Route;

struct Part {
    route: Route,
    title: &'static str,
    summary: &'static str,
    detail: &'static str,
}

/// The ways in besides the self-assessment, which the hero offers first.
const PARTS: [Part; 3] = [
    Part {
        route: Route::Calculator,
        title: "Compare the costs",
        summary: "What each option costs month by month and over your horizon, from sourced market figures that you can change.",
        detail: "Side by side, with break-even",
    },
    Part {
        route: Route::Workspace,
        title: "Open your workspace",
        summary: "Notes, candidate scorecards, agreed terms, KPIs and check-ins for running an engagement over the weeks that follow.",
        detail: "Kept only in this browser",
    },
    Part {
        route: Route::Guide,
        title: "What is a fractional CTO?",
        summary: "What a part-time technology executive does, when one fits, how to work with one, and how the alternatives compare.",
        detail: "A 5-minute read",
    },
];

const OPTIONS: [(&str, &str); 4] = [
    (
        "Fractional CTO",
        "A seasoned technology executive for part of the week or for one project: senior judgement at a fraction of the cost.",
    ),
    (
        "Full-time CTO",
        "A leader who is yours every day, fully committed and owning the outcome, at the highest cost and after a long search.",
    ),
    (
        "Consulting firm",
        "A whole team of specialists on call, with broad experience but less personal attention to your goals.",
    ),
    (
        "In-house team",
        "Your own engineers and leads: knowledge and control stay with you, but it takes time and money to build.",
    ),
];

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <section class="hero" aria-labelledby="home-heading">
            <h1 class="hero__title page-heading" id="home-heading" tabindex="-1">
                {Route::Home.title()}
            </h1>
            // One text node, worded as the static shell in index.html: the page looks the same
            // before and after the app starts, and nothing new is painted larger.
            <p class="lede">
                "CTO Compass helps founders and leadership teams choose between a fractional CTO, a full-time CTO, a consulting firm and building their own technical team. Answer a few questions, compare what each option costs over time and keep your decision notes, all privately in this browser."
            </p>
            // The one thing to do first; drawn in index.html's shell too, so it is there at once.
            <p class="hero__actions">
                <a href=Route::Assessment.href() class="button button--start">
                    "Take the self-assessment"
                </a>
                <span class="hero__note">"About 3 minutes, 10 questions"</span>
            </p>
        </section>

        <HomeSection class="parts" heading_id="parts-heading" heading="Or go straight to">
            <ul class="card-grid">
                {PARTS
                    .into_iter()
                    .map(|part| {
                        view! {
                            <li class="card">
                                <h3 class="card__title">
                                    <a href=part.route.href() class="card__link">
                                        {part.title}
                                    </a>
                                </h3>
                                <p class="card__summary">{part.summary}</p>
                                <p class="card__meta">{part.detail}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </HomeSection>

        <HomeSection
            class="options"
            heading_id="options-heading"
            heading="The four ways to get technical leadership"
        >
            <dl class="option-list">
                {OPTIONS
                    .into_iter()
                    .map(|(name, line)| {
                        view! {
                            <div class="option-list__item">
                                <dt>{name}</dt>
                                <dd>{line}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </HomeSection>

        <HomeSection
            class="promises"
            heading_id="promises-heading"
            heading="How this app treats you"
            hidden=true
        >
            <ul class="promise-list">
                <li>
                    <strong>"No sign-up."</strong>
                    " Open it and start."
                </li>
                <li>
                    <strong>"Nothing leaves your browser."</strong>
                    " No server, no analytics, no tracking."
                </li>
                <li>
                    <strong>"Honest scoring."</strong>
                    " Every recommendation shows the reasons behind it."
                </li>
            </ul>
        </HomeSection>
    }
}

/// A section of the home page under its heading; `hidden`: the heading is for screen
/// readers only, where the section speaks for itself on screen.
#[component]
fn HomeSection(
    class: &'static str,
    heading_id: &'static str,
    heading: &'static str,
    #[prop(optional)] hidden: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <section class=class aria-labelledby=heading_id>
            <h2 id=heading_id class=hidden.then_some("visually-hidden")>
                {heading}
            </h2>
            {children()}
        </section>
    }
}
