//! "What is a fractional CTO?": a short guide written from the product's domain facts.

use leptos::prelude::*;

use crate::domain::options::{Leadership, Risk, SEVEN_STEPS, Step};
use crate::domain::route::Route;
use crate::ui::page::PageHeading;

const SECTIONS: [(&str, &str); 7] = [
    ("what-it-is", "What a fractional CTO is"),
    ("problems", "The problems it solves"),
    ("when-it-fits", "When it fits"),
    ("benefits", "What you gain"),
    ("challenges", "Challenges and how to handle them"),
    ("alternatives", "The alternatives"),
    ("seven-steps", "Working with one, in seven steps"),
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
            <Challenges />
            <Alternatives />
            <SevenSteps />
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

/// The contents: a link to each section.
#[component]
fn Contents() -> impl IntoView {
    view! {
        <nav class="contents" aria-labelledby="contents-heading">
            <h2 id="contents-heading" class="contents__title">
                "Contents"
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

#[component]
fn Challenges() -> impl IntoView {
    view! {
        <GuideSection index=4>
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
        <GuideSection index=5>
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

#[component]
fn SevenSteps() -> impl IntoView {
    view! {
        <GuideSection index=6>
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
