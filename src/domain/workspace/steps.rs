//! The plan the workspace follows, as a task list: the steps to get the kind of technical
//! leadership the founder chose (the seven steps to partner with a fractional CTO, the hiring
//! path to a full-time CTO, the vendor path to a consulting firm, the hiring plan of an in-house
//! team), each with a status the founder sets and the parts of the workspace that do it.

use serde::{Deserialize, Serialize};

use crate::domain::options::{Leadership, Step};

/// A task's status, in the words of the GOV.UK "complete multiple tasks" pattern.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    #[default]
    NotStarted,
    InProgress,
    Completed,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::NotStarted, Status::InProgress, Status::Completed];

    pub fn label(self) -> &'static str {
        match self {
            Status::NotStarted => "Not yet started",
            Status::InProgress => "In progress",
            Status::Completed => "Completed",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::InProgress => "in-progress",
            Status::Completed => "completed",
        }
    }
}

/// A part of the workspace (or of the app) where a step is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Assessment,
    Calculator,
    Notes,
    Candidates,
    Terms,
    Kpis,
    CheckIns,
    Onboarding,
}

/// One step of a plan as the workspace shows it.
pub struct Task {
    /// Its address: `#/workspace/steps/define-needs`.
    pub slug: &'static str,
    pub step: &'static Step,
    /// What to do here, beyond the step's one line.
    pub guidance: &'static str,
    pub places: &'static [Place],
}

/// Every plan's steps, one plan after another in [`Leadership::ALL`]'s order: an index into
/// this list is a step's place in [`Statuses`] and in its address. The fractional CTO's seven
/// come first, where they were before there were other plans, so their addresses and stored
/// statuses are unchanged.
pub const STEP_COUNT: usize = 25;

/// Where each plan's steps start in the list of all steps, and how many it has.
const PLAN_RANGES: [(usize, usize); 4] = [(0, 7), (7, 6), (13, 6), (19, 6)];

/// Each step's address, in order: all that routing needs, so the app's shell carries these and
/// not the guidance (ARCHITECTURE.md, "Parts"). [`tasks`] takes its slugs from here.
#[rustfmt::skip]
pub const TASK_SLUGS: [&str; STEP_COUNT] = [
    "define-needs", "search", "interview", "agree-terms", "set-kpis", "keep-talking", "review",
    "role-profile", "cto-search", "cto-interviews", "offer", "onboard-cto", "cto-review",
    "brief", "shortlist-firms", "proposals", "contract", "delivery", "acceptance",
    "team-roles", "hiring-order", "team-budget", "first-hires", "onboard-team", "team-review",
];

/// Each step's title, in the same order: the page's title in the browser tab, drawn by the
/// shell, which so carries neither the steps' lines nor their guidance.
pub const TASK_TITLES: [&str; STEP_COUNT] = titles();

const fn titles() -> [&'static str; STEP_COUNT] {
    let mut titles = [""; STEP_COUNT];
    let mut plan = 0;
    while plan < Leadership::ALL.len() {
        let (start, len) = PLAN_RANGES[plan];
        let steps = Leadership::ALL[plan].next_steps();
        let mut i = 0;
        while i < len {
            titles[start + i] = steps[i].title;
            i += 1;
        }
        plan += 1;
    }
    titles
}

/// The plan a step of the list of all steps belongs to.
pub fn plan_of(index: usize) -> Option<Leadership> {
    Leadership::ALL
        .into_iter()
        .zip(PLAN_RANGES)
        .find(|(_, (start, len))| (*start..start + len).contains(&index))
        .map(|(plan, _)| plan)
}

/// A plan's first step in the list of all steps.
pub fn first_index(plan: Leadership) -> usize {
    PLAN_RANGES[plan.index()].0
}

/// A plan's steps, in order; the `n`th is step `first_index(plan) + n` of the list of all.
pub fn tasks(plan: Leadership) -> &'static [Task] {
    match plan {
        Leadership::Fractional => &FRACTIONAL,
        Leadership::FullTime => &FULL_TIME,
        Leadership::Consulting => &CONSULTING,
        Leadership::InHouse => &IN_HOUSE,
    }
}

/// A step by its index in the list of all steps, with its plan and its place in that plan.
pub fn task_at(index: usize) -> Option<(Leadership, usize, &'static Task)> {
    let plan = plan_of(index)?;
    let within = index - first_index(plan);
    Some((plan, within, &tasks(plan)[within]))
}

/// What a plan is called where the workspace lists its steps: "Partner with a fractional CTO in
/// seven steps".
pub fn plan_title(plan: Leadership) -> &'static str {
    match plan {
        Leadership::Fractional => "Partner with a fractional CTO in seven steps",
        Leadership::FullTime => "Hire a full-time CTO in six steps",
        Leadership::Consulting => "Work with a consulting firm in six steps",
        Leadership::InHouse => "Build an in-house team in six steps",
    }
}

/// The plan in a few words, for a choice between plans: "Hire a full-time CTO".
pub fn plan_name(plan: Leadership) -> &'static str {
    match plan {
        Leadership::Fractional => "Partner with a fractional CTO",
        Leadership::FullTime => "Hire a full-time CTO",
        Leadership::Consulting => "Work with a consulting firm",
        Leadership::InHouse => "Build an in-house team",
    }
}

/// A plan's steps: each one's step (title and line) from the option's own next steps, where it
/// is done and what to do there. One line each, so the table reads as one.
const fn plan<const N: usize>(
    plan: Leadership,
    start: usize,
    each: [(&'static [Place], &'static str); N],
) -> [Task; N] {
    let steps = plan.next_steps();
    // `const fn` has no iterators: a loop that fills a placeholder array.
    let mut tasks = [const {
        Task {
            slug: "",
            step: &Step {
                title: "",
                detail: "",
            },
            guidance: "",
            places: &[],
        }
    }; N];
    let mut i = 0;
    while i < N {
        tasks[i] = Task {
            slug: TASK_SLUGS[start + i],
            step: &steps[i],
            guidance: each[i].1,
            places: each[i].0,
        };
        i += 1;
    }
    tasks
}

use Place::*;

const FRACTIONAL: [Task; 7] = plan(
    Leadership::Fractional,
    0,
    [
        (
            &[Assessment, Notes],
            "Take the self-assessment if you have not, then write a note of the goals, the technical problems and what you expect the CTO to own. Tag it “needs” to find it again.",
        ),
        (
            &[Candidates],
            "Add each person you consider as a candidate, with how to reach them and what they charge, so none is forgotten.",
        ),
        (
            &[Candidates, Notes],
            "Score each candidate straight after the interview, while it is fresh. Set the weights first: they say what matters most to you.",
        ),
        (
            &[Terms],
            "Record what you agree: the scope, the engagement model, the rate, the payment terms, the start and the dates you will review it.",
        ),
        (
            &[Kpis, Onboarding],
            "Choose a handful of measures with a target each, agreed with the CTO before the work starts, and the milestones of the first 90 days.",
        ),
        (
            &[Terms, CheckIns, Notes],
            "Agree how often you meet and on which channels in the terms' cadence, then hold regular check-ins. Record each one: the values, a short summary and the actions agreed.",
        ),
        (
            &[Kpis, Terms],
            "At each review date, look at how the KPIs have moved against their targets and which actions were done, and say what should change.",
        ),
    ],
);

const FULL_TIME: [Task; 6] = plan(
    Leadership::FullTime,
    7,
    [
        (
            &[Assessment, Notes, Calculator],
            "Write the profile as a note tagged “role”: what the CTO owns, the first year's outcomes, the reporting line and the pay. The calculator shows what the whole package costs.",
        ),
        (
            &[Candidates, Notes],
            "Decide whether to pay a search firm or search yourself, and add every person you consider as a candidate, with where they came from.",
        ),
        (
            &[Candidates],
            "Set the weights of what matters most before the first interview, then score each candidate straight after it.",
        ),
        (
            &[Terms, Notes],
            "Record the offer in the terms: what the role covers, the start date and the review dates of the first months.",
        ),
        (
            &[Onboarding, Kpis],
            "Follow the 30/60/90-day plan from the start date, and agree a handful of KPIs for the first 90 days with your new CTO, each with a target.",
        ),
        (
            &[CheckIns, Kpis],
            "Record a check-in every few weeks and a fuller one at 90 days: how the KPIs moved, what was done, what changes.",
        ),
    ],
);

const CONSULTING: [Task; 6] = plan(
    Leadership::Consulting,
    13,
    [
        (
            &[Assessment, Notes, Calculator],
            "Write the brief as a note tagged “brief”, so every firm answers the same question. The calculator shows what a firm's days cost against your budget.",
        ),
        (
            &[Candidates],
            "Add each firm you consider as a candidate, with who you spoke to and their day rate.",
        ),
        (
            &[Candidates, Notes],
            "Score each firm's proposal against the same weights, and keep what their references said in a note.",
        ),
        (
            &[Terms],
            "Record the contract in the terms: the scope, the price and how it is paid, the start and a review date for each milestone.",
        ),
        (
            &[Onboarding, Kpis, CheckIns],
            "Turn the milestones into a 90-day plan and KPIs with targets, and record a check-in at each one with the actions agreed.",
        ),
        (
            &[Kpis, Notes],
            "Before the last payment, check each KPI and the brief against what was delivered, and note what was handed over.",
        ),
    ],
);

const IN_HOUSE: [Task; 6] = plan(
    Leadership::InHouse,
    19,
    [
        (
            &[Assessment, Notes],
            "Write a note tagged “roles”: the skills you need now and in a year, the ones the team has, and the roles that close the gap.",
        ),
        (
            &[Notes],
            "Put the roles in the order you will hire them in a note tagged “hiring”, and say who will set the team's technical direction.",
        ),
        (
            &[Calculator, Notes],
            "Work out what each hire costs a year in the calculator, and keep the budget in a note tagged “budget”.",
        ),
        (
            &[Candidates],
            "Add the people you consider for each role, set the weights, and score each straight after the interview.",
        ),
        (
            &[Onboarding, Kpis, Notes],
            "Follow the 30/60/90-day plan for the first hires, agree a few team goals as KPIs with targets, and note the ways of working you expect.",
        ),
        (
            &[CheckIns, Kpis],
            "Record a check-in each month: how the team's KPIs moved, the actions agreed, and the gaps a specialist should fill.",
        ),
    ],
);

/// A step by its address, with its index in the list of all steps.
pub fn task(slug: &str) -> Option<(usize, &'static Task)> {
    let index = TASK_SLUGS.iter().position(|s| *s == slug)?;
    task_at(index).map(|(_, _, task)| (index, task))
}

/// The founder's own status for each step of every plan, in [`TASK_SLUGS`]' order, where they
/// set one; `None` follows the records (see [`super::progress`]). Switching plans keeps each
/// plan's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statuses(pub [Option<Status>; STEP_COUNT]);

impl Default for Statuses {
    fn default() -> Self {
        Statuses([None; STEP_COUNT])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_of_every_plan_has_a_distinct_address_and_somewhere_to_do_it() {
        let mut index = 0;
        for plan in Leadership::ALL {
            assert_eq!(first_index(plan), index, "{plan:?}");
            assert!(tasks(plan).len() >= 5, "{plan:?}");
            for (within, each) in tasks(plan).iter().enumerate() {
                assert_eq!(task(each.slug).map(|(j, _)| j), Some(index));
                assert_eq!(plan_of(index), Some(plan));
                assert_eq!(task_at(index).map(|(p, w, _)| (p, w)), Some((plan, within)));
                // The plan's steps are the option's own next steps, in order.
                assert_eq!(each.step, &plan.next_steps()[within]);
                assert_eq!(TASK_TITLES[index], each.step.title);
                assert!(!each.places.is_empty() && !each.guidance.is_empty());
                assert!(
                    each.slug
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b == b'-')
                );
                index += 1;
            }
            assert_eq!(tasks(plan).len(), plan.next_steps().len(), "{plan:?}");
        }
        assert_eq!(index, STEP_COUNT);
        assert!(plan_of(STEP_COUNT).is_none() && task_at(STEP_COUNT).is_none());
        assert!(task("nope").is_none());
        // The fractional CTO's steps keep the addresses they had before there were plans.
        assert_eq!(
            &TASK_SLUGS[..7],
            [
                "define-needs",
                "search",
                "interview",
                "agree-terms",
                "set-kpis",
                "keep-talking",
                "review"
            ]
        );
    }
}
