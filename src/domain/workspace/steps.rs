//! The seven steps to partner with a fractional CTO, as a task list: each with a status the
//! founder sets, and the parts of the workspace that do it.

use serde::{Deserialize, Serialize};

use crate::domain::options::{SEVEN_STEPS, Step};

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
    Notes,
    Candidates,
    Terms,
    Kpis,
    CheckIns,
}

/// One of the seven steps as the workspace shows it.
pub struct Task {
    /// Its address: `#/workspace/steps/define-needs`.
    pub slug: &'static str,
    pub step: &'static Step,
    /// What to do here, beyond the step's one line.
    pub guidance: &'static str,
    pub places: &'static [Place],
}

/// The seven steps, in [`SEVEN_STEPS`]' order: each one's address, where it is done, and what
/// to do there. One line each, so the table reads as one.
#[rustfmt::skip]
/// Each task's address, in order: all that routing needs, so the app's shell carries these and
/// not the whole list (ARCHITECTURE.md, "Parts"). [`TASKS`] takes its slugs from here.
pub const TASK_SLUGS: [&str; 7] = ["define-needs", "search", "interview", "agree-terms", "set-kpis", "keep-talking", "review"];

pub const TASKS: [Task; 7] = [
    step(
        0,
        &[Place::Assessment, Place::Notes],
        "Take the self-assessment if you have not, then write a note of the goals, the technical problems and what you expect the CTO to own. Tag it “needs” to find it again.",
    ),
    step(
        1,
        &[Place::Candidates],
        "Add each person you consider as a candidate, with how to reach them and what they charge, so none is forgotten.",
    ),
    step(
        2,
        &[Place::Candidates, Place::Notes],
        "Score each candidate straight after the interview, while it is fresh. Set the weights first: they say what matters most to you.",
    ),
    step(
        3,
        &[Place::Terms],
        "Record what you agree: the scope, the engagement model, the rate, the payment terms, the start and the dates you will review it.",
    ),
    step(
        4,
        &[Place::Kpis],
        "Choose a handful of measures with a target each, agreed with the CTO before the work starts.",
    ),
    step(
        5,
        &[Place::CheckIns, Place::Notes],
        "Hold regular check-ins. Record each one: the values, a short summary and the actions agreed.",
    ),
    step(
        6,
        &[Place::Kpis, Place::Terms],
        "At each review date, look at how the KPIs have moved against their targets and which actions were done, and say what should change.",
    ),
];

const fn step(index: usize, places: &'static [Place], guidance: &'static str) -> Task {
    Task {
        slug: TASK_SLUGS[index],
        step: &SEVEN_STEPS[index],
        guidance,
        places,
    }
}

pub fn task(slug: &str) -> Option<(usize, &'static Task)> {
    TASKS.iter().enumerate().find(|(_, t)| t.slug == slug)
}

/// The status of each task, in [`TASKS`]' order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statuses(pub [Status; 7]);

impl Statuses {
    pub fn completed(&self) -> usize {
        self.0.iter().filter(|s| **s == Status::Completed).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_has_a_distinct_address_and_somewhere_to_do_it() {
        for (i, each) in TASKS.iter().enumerate() {
            assert_eq!(task(each.slug).map(|(j, _)| j), Some(i));
            assert!(!each.places.is_empty());
            assert!(
                each.slug
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-')
            );
        }
        assert!(task("nope").is_none());
        assert_eq!(
            serde_json::to_string(&Statuses::default()).unwrap(),
            r#"["NotStarted","NotStarted","NotStarted","NotStarted","NotStarted","NotStarted","NotStarted"]"#
        );
    }
}
