//! "What is a fractional CTO?": a short guide written from the product's domain facts.

use leptos::prelude::*;

use crate::domain::options::{Leadership, Risk, SEVEN_STEPS, Step};
use crate::domain::route::Route;
use crate::ui::page::PageHeading;

/// Each section's id and heading, in page order; a section names its place here by index.
const SECTIONS: [(&str, &str); 11] = [
    ("what-it-is", "What a fractional CTO is"),
    ("problems", "The problems it solves"),
    ("when-it-fits", "When it fits"),
    ("benefits", "What you gain"),
    ("tools", "The tools a fractional CTO works with"),
    ("challenges", "Challenges and how to handle them"),
    ("alternatives", "The alternatives"),
    ("trends", "Trends to know about"),
    ("seven-steps", "Working with one, in seven steps"),
    ("worked-example", "A worked example"),
    ("takeaways", "Key takeaways"),
];

/// A section heading that links to itself from the contents and takes focus when linked to.
#[component]
fn SectionHeading(index: usize) -> impl IntoView {
    let (id, title) = SECTIONS[index];
    view! {
        <h2 id=id tabindex="-1">
            {title}
        </h2>
    }
}

/// A section of the guide under its heading.
#[component]
fn GuideSection(index: usize, children: Children) -> impl IntoView {
    view! {
        <section>
            <SectionHeading index />
            {children()}
        </section>
    }
}

/// A list whose items each start with a phrase in bold.
#[component]
fn LeadList(items: &'static [(&'static str, &'static str)]) -> impl IntoView {
    view! {
        <ul>
            {items
                .iter()
                .map(|&(lead, rest)| {
                    view! {
                        <li>
                            <strong>{lead}</strong>
                            {rest}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// A table that scrolls sideways on a narrow screen, and stacks its rows on a phone.
#[component]
fn ScrollTable(
    label: &'static str,
    columns: &'static [&'static str],
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=label>
            <table class="stack-table">
                <thead>
                    <tr>
                        {columns
                            .iter()
                            .map(|&column| view! { <th scope="col">{column}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

#[component]
pub fn GuidePage() -> impl IntoView {
    view! {
        <article class="guide prose">
            <PageHeading title=Route::Guide.title() caption="Guide" lede="A fractional CTO is an experienced technology executive who leads your technology part-time or for a defined project, instead of as a full-time employee." />
            <Contents />
            <WhatItIs />
            <GuideSection index=1>
                <LeadList items=&PROBLEMS />
            </GuideSection>
            <WhenItFits />
            <GuideSection index=3>
                <LeadList items=&BENEFITS />
            </GuideSection>
            <Tools />
            <Challenges />
            <Alternatives />
            <Trends />
            <SevenSteps />
            <WorkedExample />
            <GuideSection index=10>
                <LeadList items=&TAKEAWAYS />
            </GuideSection>
            <aside class="next-up" aria-labelledby="next-heading">
                <h2 id="next-heading">"Is it right for you?"</h2>
                <p>
                    "The " <a href=Route::Assessment.href()>"self-assessment"</a>
                    " will weigh your answers across all four options, and the "
                    <a href=Route::Calculator.href()>"cost comparison"</a>
                    " will show what each costs over time."
                </p>
            </aside>
        </article>
    }
}

/// "On this page": a link to each section.
#[component]
fn Contents() -> impl IntoView {
    view! {
        <nav class="contents" aria-labelledby="contents-heading">
            <h2 id="contents-heading" class="contents__title">
                "On this page"
            </h2>
            <ol>
                {SECTIONS
                    .into_iter()
                    .map(|(id, title)| {
                        view! {
                            <li>
                                <a href=Route::Guide.section_href(id)>{title}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

const WHAT_IT_DOES: [(&str, &str); 4] = [
    (
        "sets the direction",
        ": the technical vision, the priorities and a roadmap for the product;",
    ),
    (
        "chooses the tools",
        ": a technology stack that scales, costs what it should and can be maintained;",
    ),
    (
        "builds the team and its habits",
        ": hiring, good engineering practice, and an agile way of working such as Scrum or Kanban;",
    ),
    (
        "translates",
        " between technical people and the rest of the business, so both pull the same way.",
    ),
];

#[component]
fn WhatItIs() -> impl IntoView {
    view! {
        <GuideSection index=0>
            <p>
                "Building a product needs more than a good idea: it needs a sound technical foundation and someone to steer it. A full-time Chief Technology Officer is often out of reach for a young or small company, in money and in time to hire. A fractional CTO fills that gap: a seasoned leader who works as an extension of your team for part of the week, and links what the business wants with what the engineers build."
            </p>
            <p>"In practice a fractional CTO:"</p>
            <LeadList items=&WHAT_IT_DOES />
            <p>
                "Three things made the role common: technology changes so fast that no small company can hire every skill it needs; remote work opened up a far wider pool of experienced leaders; and companies have grown used to buying expertise on demand rather than only by hiring."
            </p>
        </GuideSection>
    }
}

const PROBLEMS: [(&str, &str); 4] = [
    (
        "No one with the expertise.",
        " Small companies often have no one qualified to lead product development.",
    ),
    (
        "Not enough money for a full-time executive.",
        " A full-time CTO is a heavy cost for an early-stage business.",
    ),
    (
        "No clear technical roadmap.",
        " Without a plan, development becomes chaotic and slow.",
    ),
    (
        "Technical debt.",
        " Shortcuts without upkeep pile up into instability and slowdowns.",
    ),
];

#[component]
fn WhenItFits() -> impl IntoView {
    view! {
        <GuideSection index=2>
            <p>"A fractional CTO is usually the right call for:"</p>
            <ul>
                <li>"early-stage startups with limited resources;"</li>
                <li>
                    "companies with growing pains, or facing technical problems they cannot solve alone;"
                </li>
                <li>
                    "businesses that need specialised expertise for a specific project or initiative, such as adopting a new technology or paying down technical debt;"
                </li>
                <li>"organisations that want leadership they can scale up or down."</li>
            </ul>
            <p>
                "Technology startups, e-commerce businesses, healthcare and fintech gain the most. In healthcare and fintech, security, privacy and regulation weigh heavily, so the leader's experience there matters as much as the price."
            </p>
        </GuideSection>
    }
}

const BENEFITS: [(&str, &str); 5] = [
    (
        "Lower cost.",
        " You pay for the time you use, not for a full executive package.",
    ),
    (
        "Senior expertise.",
        " Leaders who have solved your problems before, in several companies.",
    ),
    (
        "Flexibility.",
        " Engage for a project or a few days a month, and change that as you grow.",
    ),
    (
        "A better product.",
        " Technical guidance and oversight lead to steadier, higher-quality software.",
    ),
    (
        "Faster to market.",
        " Leaner processes get the product to users sooner.",
    ),
];

/// A kind of tool, common examples of it, and what the CTO does with it.
const TOOLS: [(&str, &str, &str); 4] = [
    (
        "Issue tracking and project management",
        "Jira, Asana, Trello or Monday.com",
        "Sets up one place for all the work, agrees how tasks are written and moved on, and gives you a board that shows progress without a status meeting.",
    ),
    (
        "Version control",
        "Git",
        "Sets rules for branches and reviews, so every change to the code is recorded, checked by a second person and can be undone.",
    ),
    (
        "Cloud platforms",
        "Amazon Web Services, Microsoft Azure or Google Cloud",
        "Chooses the platform, keeps testing apart from the live service, controls who has access and keeps the monthly bill in view.",
    ),
    (
        "Build and release (CI/CD)",
        "Jenkins, CircleCI or GitLab CI/CD",
        "Automates building, testing and releasing, so each release is small, routine and easy to reverse.",
    ),
];

#[component]
fn Tools() -> impl IntoView {
    view! {
        <GuideSection index=4>
            <p>
                "A fractional CTO is with you for part of the week, so the tools carry the work in between. Most teams need four kinds. The brand matters less than having one of each, used by everyone."
            </p>
            <ScrollTable
                label="The tools a fractional CTO works with"
                columns=&["Kind of tool", "Common examples", "What the CTO does with it"]
            >
                {TOOLS
                    .into_iter()
                    .map(|(kind, examples, role)| {
                        view! {
                            <tr>
                                <th scope="row">{kind}</th>
                                <td data-label="Common examples">{examples}</td>
                                <td data-label="What the CTO does with it">{role}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </ScrollTable>
            <p>
                "Ask for your own access to the tracker and the cloud bill. They show what is being built and what it costs."
            </p>
        </GuideSection>
    }
}

#[component]
fn Challenges() -> impl IntoView {
    view! {
        <GuideSection index=5>
            <ScrollTable
                label="Challenges and how to handle them"
                columns=&["Challenge", "How to handle it"]
            >
                {Leadership::Fractional
                    .risks()
                    .iter()
                    .map(|&Risk { risk: challenge, handling: answer }| {
                        view! {
                            <tr>
                                <td data-label="Challenge">{challenge}</td>
                                <td data-label="How to handle it">{answer}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </ScrollTable>
        </GuideSection>
    }
}

#[component]
fn Alternatives() -> impl IntoView {
    view! {
        <GuideSection index=6>
            <ScrollTable
                label="The alternatives compared"
                columns=&["Option", "Advantages", "Disadvantages"]
            >
                {Leadership::ALL
                    .into_iter()
                    .map(|option| {
                        view! {
                            <tr>
                                <th scope="row">{option.name()}</th>
                                <td data-label="Advantages">{option.advantages()}</td>
                                <td data-label="Disadvantages">{option.disadvantages()}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </ScrollTable>
        </GuideSection>
    }
}

const TRENDS: [(&str, &str); 4] = [
    (
        "Low-code and no-code platforms.",
        " People without a technical background can now build simple apps and internal tools with little or no code. For some jobs that is quicker and cheaper, but someone still has to judge what will not scale and how the pieces fit together. That judgement, rather than a large team, may be all you need.",
    ),
    (
        "Data security and privacy.",
        " Customers and regulators expect personal data to be protected and privacy law to be followed. Choose a leader who has done this before, above all in healthcare or fintech.",
    ),
    (
        "Cyber attacks.",
        " Attacks keep getting more sophisticated. A small company seldom needs a full-time security specialist, but it does need a senior person who knows where it is exposed and when to call in an expert.",
    ),
    (
        "Remote and on-demand work.",
        " Experienced leaders no longer have to live nearby, and companies are used to buying expertise by the day or by the project. You can choose from a far wider pool, as long as you agree how and when you will talk.",
    ),
];

#[component]
fn Trends() -> impl IntoView {
    view! {
        <GuideSection index=7>
            <p>"Four changes affect what kind of technical leadership you need, and who to choose."</p>
            <LeadList items=&TRENDS />
        </GuideSection>
    }
}

#[component]
fn SevenSteps() -> impl IntoView {
    view! {
        <GuideSection index=8>
            <ol class="steps">
                {SEVEN_STEPS
                    .iter()
                    .map(|&Step { title: step, detail }| {
                        view! {
                            <li>
                                <strong>{step}</strong>
                                ". "
                                {detail}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </GuideSection>
    }
}

/// The worked example's phases: when, what the phase is for, and what the CTO does in it.
const PHASES: [(&str, &str); 3] = [
    (
        "Weeks 1 to 4: find out.",
        " Talks to the founder and each engineer, reviews the code and the platform, and lists the technical debt by risk. Moves all work into one tracker everyone can see.",
    ),
    (
        "Months 2 and 3: make it stable.",
        " Adds automated builds and tests, and a second engineer's review for every change. Fixes the few weak spots behind most outages, and tightens who can reach customer data.",
    ),
    (
        "Months 4 to 6: plan and hand over.",
        " Writes a roadmap with the founder, agrees a few measures of progress, and coaches a senior engineer to run the team day to day.",
    ),
];

/// An illustrative company taken from unstable to stable, phase by phase.
#[component]
fn WorkedExample() -> impl IntoView {
    view! {
        <GuideSection index=9>
            <p class="example-note">
                <strong>"This is an illustrative example."</strong>
                " The company is invented; the steps follow this guide."
            </p>
            <p>
                "A software-as-a-service company has 12 engineers and no technical leader. Releases break things, customers report outages, and no one can say when features will be ready. A full-time CTO is not affordable yet, so the founder engages a fractional one for two days a week."
            </p>
            <ol class="steps">
                {PHASES
                    .into_iter()
                    .map(|(phase, work)| {
                        view! {
                            <li>
                                <strong>{phase}</strong>
                                {work}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p>
                "By the end, releases are routine, outages are rare, and the founder can see progress without asking. With that evidence, the company can choose to keep the fractional CTO for fewer days, hire full-time or promote from within."
            </p>
        </GuideSection>
    }
}

const TAKEAWAYS: [(&str, &str); 4] = [
    (
        "Senior leadership, part-time.",
        " A fractional CTO sets your technical direction for part of the week or for one project.",
    ),
    (
        "Lower cost, more flexibility.",
        " You pay for the time you use, and can change it as you grow.",
    ),
    (
        "Made for specific problems.",
        " No one to lead the technology, an unclear roadmap, or technical debt that slows everything down.",
    ),
    (
        "Clear habits make it work.",
        " Write down who owns what, agree how you will communicate, and check in regularly.",
    ),
];
