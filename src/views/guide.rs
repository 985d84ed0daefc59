//! "What is a fractional CTO?": a short guide written from the product's domain facts.

use leptos::prelude::*;

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

const ALTERNATIVES: [(&str, &str, &str); 4] = [
    (
        "Fractional CTO",
        "Senior experience at a fraction of a full-time cost; engaged by the hour, the day or the project; scales up or down as needs change.",
        "Not there every day; shares attention with other clients; needs clear goals and regular check-ins to stay aligned.",
    ),
    (
        "Full-time CTO",
        "Fully committed and woven into the team; takes ownership of and responsibility for the technology.",
        "The highest cost; a long search and ramp-up; a wrong hire is expensive and can clash with the culture.",
    ),
    (
        "Consulting firm",
        "A team of experts with a broad range of skills and deep knowledge of particular industries.",
        "Expensive; less personal attention; the work may drift from your company's strategic goals.",
    ),
    (
        "In-house team",
        "You control the expertise; knowledge is shared and stays inside; can cost less in the long run.",
        "Takes time and money to build; skill gaps are likely; limited access to specialised expertise.",
    ),
];

const CHALLENGES: [(&str, &str); 4] = [
    (
        "Finding the right fit: someone who matches your culture, your way of communicating and your technical needs.",
        "Interview for communication and culture as much as for technical depth, and start with a defined first piece of work.",
    ),
    (
        "Communication across distance: a part-time, often remote leader is easy to lose touch with.",
        "Agree the channels, meeting rhythm and response times at the start, and keep them.",
    ),
    (
        "Less than full-time attention: they cannot give you every day.",
        "Hold regular check-ins, and write down roles and responsibilities so everyone knows who owns what.",
    ),
    (
        "Security and intellectual property: an outside contractor sees sensitive code and data.",
        "Use secure channels, least-privilege access and data-protection rules, and settle IP ownership in the contract.",
    ),
];

const STEPS: [(&str, &str); 7] = [
    (
        "Define your needs",
        "Write down your business goals, your technical challenges and exactly where you need help.",
    ),
    (
        "Search",
        "Ask your network for recommendations and look on professional networks and freelance marketplaces.",
    ),
    (
        "Interview",
        "Test each candidate's experience, expertise and, above all, how clearly they communicate.",
    ),
    (
        "Agree the terms",
        "Settle the scope, the engagement model (hourly, retainer or per project), the rates and the payment terms.",
    ),
    (
        "Set clear KPIs",
        "Choose a few measures of progress and performance that both sides agree on before the work starts.",
    ),
    (
        "Keep talking",
        "Stay in regular contact so goals, priorities and progress stay aligned.",
    ),
    (
        "Review and give feedback",
        "Review performance against the KPIs at set intervals and say what should change.",
    ),
];

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
                            {CHALLENGES
                                .into_iter()
                                .map(|(challenge, answer)| {
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
                            {ALTERNATIVES
                                .into_iter()
                                .map(|(option, pros, cons)| {
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
                    {STEPS
                        .into_iter()
                        .map(|(step, detail)| {
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
                    " will show what each costs over time. Both are coming soon."
                </p>
            </aside>
        </article>
    }
}
