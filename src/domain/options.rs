//! The four ways to get technical leadership, and what the domain facts say about each.
//! The guide, the self-assessment's result and (later) the calculator all read them from here.

use serde::{Deserialize, Serialize};

use crate::domain::assessment::answers::format_money;
use crate::domain::calculator::defaults;
use crate::domain::calculator::form::FieldId;
use crate::domain::preferences::Currency;

/// A rounded amount: "£5,000".
fn money(amount: f64, currency: Currency) -> String {
    format_money(amount.max(0.0).round() as u64, currency)
}

/// One way to get technical leadership. Stored as the plan a workspace follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Leadership {
    Fractional,
    FullTime,
    Consulting,
    InHouse,
}

/// A risk of an option and how to handle it.
#[derive(Debug, PartialEq)]
pub struct Risk {
    pub risk: &'static str,
    pub handling: &'static str,
}

/// A step towards an option, named with a verb.
#[derive(Debug, PartialEq)]
pub struct Step {
    pub title: &'static str,
    pub detail: &'static str,
}

impl Leadership {
    /// In the order the app always lists them; scores are arrays in this order.
    pub const ALL: [Leadership; 4] = [
        Leadership::Fractional,
        Leadership::FullTime,
        Leadership::Consulting,
        Leadership::InHouse,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// "Fractional CTO", as a heading or table label.
    pub fn name(self) -> &'static str {
        match self {
            Leadership::Fractional => "Fractional CTO",
            Leadership::FullTime => "Full-time CTO",
            Leadership::Consulting => "Consulting firm",
            Leadership::InHouse => "In-house team",
        }
    }

    /// "Fractional", as a column heading where space is short.
    pub fn short_name(self) -> &'static str {
        match self {
            Leadership::Fractional => "Fractional",
            Leadership::FullTime => "Full-time",
            Leadership::Consulting => "Consulting",
            Leadership::InHouse => "In-house",
        }
    }

    /// "a fractional CTO", inside a sentence.
    pub fn in_sentence(self) -> &'static str {
        match self {
            Leadership::Fractional => "a fractional CTO",
            Leadership::FullTime => "a full-time CTO",
            Leadership::Consulting => "a consulting firm",
            Leadership::InHouse => "an in-house team",
        }
    }

    /// Short, stable, for addresses and element ids.
    pub fn from_slug(slug: &str) -> Option<Leadership> {
        Leadership::ALL.into_iter().find(|o| o.slug() == slug)
    }

    pub fn slug(self) -> &'static str {
        match self {
            Leadership::Fractional => "fractional",
            Leadership::FullTime => "full-time",
            Leadership::Consulting => "consulting",
            Leadership::InHouse => "in-house",
        }
    }

    pub fn summary(self) -> &'static str {
        match self {
            Leadership::Fractional => {
                "A seasoned technology executive for part of the week or for one project: senior judgement at a fraction of the cost."
            }
            Leadership::FullTime => {
                "A leader who is yours every day, fully committed and owning the outcome, at the highest cost and after a long search."
            }
            Leadership::Consulting => {
                "A whole team of specialists on call, with broad experience but less personal attention to your goals."
            }
            Leadership::InHouse => {
                "Your own engineers and leads: knowledge and control stay with you, but it takes time and money to build."
            }
        }
    }

    pub fn advantages(self) -> &'static str {
        match self {
            Leadership::Fractional => {
                "Senior experience at a fraction of a full-time cost; engaged by the hour, the day or the project; scales up or down as needs change."
            }
            Leadership::FullTime => {
                "Fully committed and woven into the team; takes ownership of and responsibility for the technology."
            }
            Leadership::Consulting => {
                "A team of experts with a broad range of skills and deep knowledge of particular industries."
            }
            Leadership::InHouse => {
                "You control the expertise; knowledge is shared and stays inside; can cost less in the long run."
            }
        }
    }

    pub fn disadvantages(self) -> &'static str {
        match self {
            Leadership::Fractional => {
                "Not there every day; shares attention with other clients; needs clear goals and regular check-ins to stay aligned."
            }
            Leadership::FullTime => {
                "A salary with benefits, equity and a recruiting fee to pay all year; a long search and ramp-up; a wrong hire is expensive and can clash with the culture."
            }
            Leadership::Consulting => {
                "Fees pay for a team and its overheads, and scope tends to grow; less personal attention; the work may drift from your company's strategic goals."
            }
            Leadership::InHouse => {
                "Takes time and money to build; skill gaps are likely; limited access to specialised expertise."
            }
        }
    }

    /// When this option is the one to choose.
    pub fn when_to_choose(self) -> &'static str {
        match self {
            Leadership::Fractional => {
                "Early-stage or resource-limited companies, growing pains, a specific project or specialised need, or when leadership must scale up and down."
            }
            Leadership::FullTime => {
                "When technology is the business, the need is full time and long term, and ownership and commitment matter most."
            }
            Leadership::Consulting => {
                "For a defined project that needs a team of specialists or deep industry knowledge, for a limited time."
            }
            Leadership::InHouse => {
                "When you have direction already and need lasting capacity and knowledge inside the company."
            }
        }
    }

    /// What it typically costs, in the visitor's currency: the ranges of the calculator's
    /// sourced defaults for that currency ([`defaults::figure`]).
    pub fn typical_cost(self, currency: Currency) -> String {
        let range = |id| {
            let f = defaults::figure(currency, id);
            (money(f.low, currency), money(f.high, currency))
        };
        match self {
            Leadership::Fractional => {
                let (month_low, month_high) = range(FieldId::FrRetainer);
                let (hour_low, hour_high) = range(FieldId::FrRate);
                format!(
                    "Typically {month_low} to {month_high} a month, or {hour_low} to {hour_high} an hour (published by firms that sell the service)."
                )
            }
            Leadership::FullTime => {
                let (low, high) = range(FieldId::FtSalary);
                format!(
                    "A base salary of typically {low} to {high} a year, before the bonus, benefits and payroll taxes, equity and the recruiting fee."
                )
            }
            Leadership::Consulting => {
                let (low, high) = range(FieldId::CoDayRate);
                format!(
                    "Typically {low} to {high} a day for each consultant; a firm's team costs a multiple of that."
                )
            }
            Leadership::InHouse => {
                let (low, high) = range(FieldId::IhSalary);
                format!(
                    "Typically {low} to {high} a year in salary for each engineer, before benefits, recruiting, tools and the leadership they still need."
                )
            }
        }
    }

    /// The least it costs a month, in `currency`, where it has a floor, and what that floor
    /// is: a fractional CTO's smallest retainer, a full-time CTO's or one engineer's lowest
    /// salary by the month (before anything on top), to the nearest hundred. A firm can be
    /// engaged for a piece of work of any size: no floor.
    pub fn monthly_floor(self, currency: Currency) -> Option<(u64, &'static str)> {
        let low = |id| defaults::figure(currency, id).low;
        let (monthly, what) = match self {
            Leadership::Fractional => (
                low(FieldId::FrRetainer),
                "the smallest fractional CTO retainer",
            ),
            Leadership::FullTime => (
                low(FieldId::FtSalary) / 12.0,
                "a full-time CTO's salary alone",
            ),
            Leadership::InHouse => (low(FieldId::IhSalary) / 12.0, "one engineer's salary alone"),
            Leadership::Consulting => return None,
        };
        Some((((monthly / 100.0).round() as u64) * 100, what))
    }

    /// How long until it makes a difference.
    pub fn time_to_impact(self) -> &'static str {
        match self {
            Leadership::Fractional => {
                "Can usually start within weeks and is useful from the first month."
            }
            Leadership::FullTime => {
                "Expect about three months to hire and three more to become fully productive."
            }
            Leadership::Consulting => "Can start within weeks on a defined piece of work.",
            Leadership::InHouse => {
                "Months to hire each person, and longer before the team runs without outside help."
            }
        }
    }

    /// The risks of choosing this option, each with how to handle it.
    pub fn risks(self) -> &'static [Risk] {
        match self {
            Leadership::Fractional => FRACTIONAL_RISKS,
            Leadership::FullTime => FULL_TIME_RISKS,
            Leadership::Consulting => CONSULTING_RISKS,
            Leadership::InHouse => IN_HOUSE_RISKS,
        }
    }

    /// What to do next to get this kind of leadership.
    pub const fn next_steps(self) -> &'static [Step] {
        match self {
            Leadership::Fractional => SEVEN_STEPS,
            Leadership::FullTime => FULL_TIME_STEPS,
            Leadership::Consulting => CONSULTING_STEPS,
            Leadership::InHouse => IN_HOUSE_STEPS,
        }
    }
}

const FRACTIONAL_RISKS: &[Risk] = &[
    Risk {
        risk: "Finding the right fit: someone who matches your culture, your way of communicating and your technical needs.",
        handling: "Interview for communication and culture as much as for technical depth, and start with a defined first piece of work.",
    },
    Risk {
        risk: "Communication across distance: a part-time, often remote leader is easy to lose touch with.",
        handling: "Agree the channels, meeting rhythm and response times at the start, and keep them.",
    },
    Risk {
        risk: "Less than full-time attention: they cannot give you every day.",
        handling: "Hold regular check-ins, and write down roles and responsibilities so everyone knows who owns what.",
    },
    Risk {
        risk: "Security and intellectual property: an outside contractor sees sensitive code and data.",
        handling: "Use secure channels, least-privilege access and data-protection rules, and settle IP ownership in the contract.",
    },
];

const FULL_TIME_RISKS: &[Risk] = &[
    Risk {
        risk: "The cost: salary, bonus, benefits, equity and a recruiting fee add up before any work is done.",
        handling: "Budget the whole first year, not the salary alone, and check it in the cost comparison.",
    },
    Risk {
        risk: "The time: months to find the right person and more before they are fully productive.",
        handling: "Start the search early, and cover the gap with interim or fractional leadership.",
    },
    Risk {
        risk: "A poor fit: a mismatch with the culture or the company's direction is expensive to undo.",
        handling: "Involve the founders and the team in interviews, and agree goals for the first 90 days.",
    },
];

const CONSULTING_RISKS: &[Risk] = &[
    Risk {
        risk: "The cost: a firm's rates cover a team and its overheads, and scope tends to grow.",
        handling: "Agree a fixed scope, deliverables and a budget cap, and review spending monthly.",
    },
    Risk {
        risk: "Less personal attention: you are one client among many.",
        handling: "Ask for a named lead who stays on your work, and meet them regularly.",
    },
    Risk {
        risk: "Drift from your strategy: the firm may optimise for its own methods, not your goals.",
        handling: "Write down your goals and success measures first, and make someone inside own the relationship.",
    },
];

const IN_HOUSE_RISKS: &[Risk] = &[
    Risk {
        risk: "Time and money to build: hiring a team takes months and a steady budget.",
        handling: "Hire in order of need, and plan the first year's budget before the first offer.",
    },
    Risk {
        risk: "Skill gaps: a small team cannot cover every speciality.",
        handling: "Map the skills you need and bring in outside specialists for the gaps.",
    },
    Risk {
        risk: "No senior direction: a team without an experienced leader can build the wrong thing well.",
        handling: "Give the team a technical lead, or a fractional CTO to mentor them while they grow.",
    },
];

/// The seven steps to partner with a fractional CTO.
pub const SEVEN_STEPS: &[Step] = &[
    Step {
        title: "Define your needs",
        detail: "Write down your business goals, your technical challenges and exactly where you need help.",
    },
    Step {
        title: "Search",
        detail: "Ask your network for recommendations and look on professional networks and freelance marketplaces.",
    },
    Step {
        title: "Interview",
        detail: "Test each candidate's experience, expertise and, above all, how clearly they communicate.",
    },
    Step {
        title: "Agree the terms",
        detail: "Settle the scope, the engagement model (hourly, retainer or per project), the rates and the payment terms.",
    },
    Step {
        title: "Set clear KPIs",
        detail: "Choose a few measures of progress and performance that both sides agree on before the work starts.",
    },
    Step {
        title: "Keep talking",
        detail: "Stay in regular contact so goals, priorities and progress stay aligned.",
    },
    Step {
        title: "Review and give feedback",
        detail: "Review performance against the KPIs at set intervals and say what should change.",
    },
];

// The steps of the other three options are also the plans the workspace follows for them
// (`workspace::steps`): the hiring path, the vendor path and the hiring plan.
const FULL_TIME_STEPS: &[Step] = &[
    Step {
        title: "Write the role profile",
        detail: "Describe what the CTO will own and the outcomes you expect in the first year, who they report to, and the salary, bonus and equity you can offer.",
    },
    Step {
        title: "Choose how to search",
        detail: "Your own network, a specialist search firm (paid a fee for each hire) or both; while you search, a fractional CTO can keep decisions from waiting.",
    },
    Step {
        title: "Interview",
        detail: "Test depth and judgement, and how clearly they explain technology to your team, your investors and you.",
    },
    Step {
        title: "Make the offer",
        detail: "Agree the salary, equity and start date, the notice period, and that what they build belongs to the company.",
    },
    Step {
        title: "Onboard",
        detail: "Agree goals and KPIs for the first 90 days together, and give them access to every system and person they need.",
    },
    Step {
        title: "Review the first months",
        detail: "At the end of the first 90 days, look at the KPIs together and say what should change.",
    },
];

const CONSULTING_STEPS: &[Step] = &[
    Step {
        title: "Write the brief",
        detail: "Write down the outcome, the deadline, the budget and how you will judge success.",
    },
    Step {
        title: "Shortlist firms",
        detail: "Look for firms with experience in your industry and in the technology the project needs.",
    },
    Step {
        title: "Compare proposals",
        detail: "Ask each for the scope, a named lead, a timeline and a price; check their references.",
    },
    Step {
        title: "Agree the contract and milestones",
        detail: "Pay against milestones, own the code and the IP, and name someone in your company to own the relationship.",
    },
    Step {
        title: "Follow the delivery",
        detail: "Meet at each milestone: what was delivered against the brief, what is late, what is decided next.",
    },
    Step {
        title: "Accept and take over",
        detail: "Check the work against the brief before the last payment, and have the code, the documents and the knowledge handed over.",
    },
];

const IN_HOUSE_STEPS: &[Step] = &[
    Step {
        title: "Decide the roles",
        detail: "List the skills the product needs now and in a year, what your team already has, and the roles that close the gap.",
    },
    Step {
        title: "Put the hires in order",
        detail: "Hire first whoever unblocks the most, and make sure someone senior sets direction: a tech lead, your CTO, or a fractional CTO as mentor.",
    },
    Step {
        title: "Set the budget",
        detail: "Salaries, recruiting, training and tools for each hire; compare it with the other options in the calculator.",
    },
    Step {
        title: "Make the first hires",
        detail: "Interview each candidate against the same criteria, and score them straight after.",
    },
    Step {
        title: "Onboard them",
        detail: "Agree ways of working (code review, planning, sharing knowledge) and goals for their first months.",
    },
    Step {
        title: "Review and fill the gaps",
        detail: "Review how the team delivers against its goals, and bring in specialists for what it cannot yet cover, such as security.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_has_risks_and_steps_and_a_distinct_slug() {
        for option in Leadership::ALL {
            assert!(!option.risks().is_empty(), "{option:?}");
            assert!(option.next_steps().len() >= 5, "{option:?}");
            assert_eq!(Leadership::ALL[option.index()], option);
        }
        assert_eq!(SEVEN_STEPS.len(), 7);
        let mut slugs: Vec<_> = Leadership::ALL.iter().map(|o| o.slug()).collect();
        slugs.dedup();
        assert_eq!(slugs.len(), 4);
    }

    #[test]
    fn typical_costs_are_in_the_visitors_currency() {
        assert_eq!(
            Leadership::Fractional.typical_cost(Currency::Usd),
            "Typically $3,000 to $15,000 a month, or $150 to $500 an hour (published by firms that sell the service)."
        );
        assert_eq!(
            Leadership::Fractional.typical_cost(Currency::Gbp),
            "Typically £5,000 to £15,000 a month, or £100 to £400 an hour (published by firms that sell the service)."
        );
        assert_eq!(
            Leadership::InHouse.typical_cost(Currency::Eur),
            "Typically €56,000 to €68,000 a year in salary for each engineer, before benefits, recruiting, tools and the leadership they still need."
        );
        for currency in Currency::ALL {
            let others: Vec<&str> = Currency::ALL
                .iter()
                .filter(|c| **c != currency)
                .map(|c| c.symbol())
                .collect();
            for option in Leadership::ALL {
                let text = option.typical_cost(currency);
                assert!(text.contains(currency.symbol()), "{text}");
                assert!(!others.iter().any(|s| text.contains(s)), "{text}");
            }
        }
    }

    /// What it costs is told by figures; no text calls an option cheap or expensive.
    #[test]
    fn advantages_and_disadvantages_leave_the_cost_to_the_figures() {
        for option in Leadership::ALL {
            for text in [option.advantages(), option.disadvantages()] {
                assert!(!text.starts_with("Expensive"), "{text}");
                assert!(!text.contains("highest cost"), "{text}");
            }
        }
    }
}
