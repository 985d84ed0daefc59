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

#[component]
pub fn GuidePage() -> impl IntoView {
    view! {
        <article class="guide prose">
            <PageHeading title=Route::Guide.title() caption="Guide" />
            <p class="lede">
                "A fractional CTO is an experienced technology executive who leads your technology part-time or for a defined project, instead of as a full-time employee."
            </p>

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

            <section>
                <SectionHeading index=0 />
                <p>
                    "Building a product needs more than a good idea: it needs a sound technical foundation and someone to steer it. A full-time Chief Technology Officer is often out of reach for a young or small company, in money and in time to hire. A fractional CTO fills that gap: a seasoned leader who works as an extension of your team for part of the week, and links what the business wants with what the engineers build."
                </p>
                <p>"In practice a fractional CTO:"</p>
                <ul>
                    <li>
                        <strong>"sets the direction"</strong>
                        ": the technical vision, the priorities and a roadmap for the product;"
                    </li>
                    <li>
                        <strong>"chooses the tools"</strong>
                        ": a technology stack that scales, costs what it should and can be maintained;"
                    </li>
                    <li>
                        <strong>"builds the team and its habits"</strong>
                        ": hiring, good engineering practice, and an agile way of working such as Scrum or Kanban;"
                    </li>
                    <li>
                        <strong>"translates"</strong>
                        " between technical people and the rest of the business, so both pull the same way."
                    </li>
                </ul>
                <p>
                    "Three things made the role common: technology changes so fast that no small company can hire every skill it needs; remote work opened up a far wider pool of experienced leaders; and companies have grown used to buying expertise on demand rather than only by hiring."
                </p>
            </section>

            <section>
                <SectionHeading index=1 />
                <ul>
                    <li>
                        <strong>"No one with the expertise."</strong>
                        " Small companies often have no one qualified to lead product development."
                    </li>
                    <li>
                        <strong>"Not enough money for a full-time executive."</strong>
                        " A full-time CTO is a heavy cost for an early-stage business."
                    </li>
                    <li>
                        <strong>"No clear technical roadmap."</strong>
                        " Without a plan, development becomes chaotic and slow."
                    </li>
                    <li>
                        <strong>"Technical debt."</strong>
                        " Shortcuts without upkeep pile up into instability and slowdowns."
                    </li>
                </ul>
            </section>

            <section>
                <SectionHeading index=2 />
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
            </section>

            <section>
                <SectionHeading index=3 />
                <ul>
                    <li>
                        <strong>"Lower cost."</strong>
                        " You pay for the time you use, not for a full executive package."
                    </li>
                    <li>
                        <strong>"Senior expertise."</strong>
                        " Leaders who have solved your problems before, in several companies."
                    </li>
                    <li>
                        <strong>"Flexibility."</strong>
                        " Engage for a project or a few days a month, and change that as you grow."
                    </li>
                    <li>
                        <strong>"A better product."</strong>
                        " Technical guidance and oversight lead to steadier, higher-quality software."
                    </li>
                    <li>
                        <strong>"Faster to market."</strong>
                        " Leaner processes get the product to users sooner."
                    </li>
                </ul>
            </section>

            <section>
                <SectionHeading index=4 />
                <div class="table-scroll" tabindex="0" role="region" aria-label="Challenges and how to handle them">
                    <table class="stack-table">
                        <thead>
                            <tr>
                                <th scope="col">"Challenge"</th>
                                <th scope="col">"How to handle it"</th>
                            </tr>
                        </thead>
                        <tbody>
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
                        </tbody>
                    </table>
                </div>
            </section>

            <section>
                <SectionHeading index=5 />
                <div class="table-scroll" tabindex="0" role="region" aria-label="The alternatives compared">
                    <table class="stack-table">
                        <thead>
                            <tr>
                                <th scope="col">"Option"</th>
                                <th scope="col">"Advantages"</th>
                                <th scope="col">"Disadvantages"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {Leadership::ALL
                                .into_iter()
                                .map(|option| {
                                    let (option, pros, cons) = (
                                        option.name(),
                                        option.advantages(),
                                        option.disadvantages(),
                                    );
                                    view! {
                                        <tr>
                                            <th scope="row">{option}</th>
                                            <td data-label="Advantages">{pros}</td>
                                            <td data-label="Disadvantages">{cons}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>

            <section>
                <SectionHeading index=6 />
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
            </section>

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
