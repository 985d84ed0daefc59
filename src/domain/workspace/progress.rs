//! How far the plan has got, read from the records: each step has a rule ("a candidate
//! added", "a check-in recorded") that the workspace's records meet or not, and the founder
//! may set a step's status themselves instead.

use super::Workspace;
use super::steps::{STEP_COUNT, Status, first_index, tasks};
use crate::domain::options::Leadership;

/// What the workspace knows beyond its own records.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Facts {
    /// A self-assessment has been completed in this browser.
    pub assessment_taken: bool,
}

/// What completes a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// A note with this tag, or the self-assessment taken.
    NoteOrAssessment(&'static str),
    /// A note with this tag.
    Note(&'static str),
    /// At least one candidate.
    Candidate,
    /// A candidate scored on every criterion that counts.
    Scorecard,
    /// Terms with the scope and the fee.
    ScopeAndFee,
    /// At least one KPI (each has a target).
    Kpi,
    /// A communication cadence agreed or written in the terms.
    Cadence,
    /// At least one check-in.
    CheckIn,
    /// The latest check-in that measured KPIs found every one of them on target.
    AllOnTarget,
}

use Rule::*;

/// Each step's rule, in the order of [`super::steps::TASK_SLUGS`].
#[rustfmt::skip]
const RULES: [Rule; STEP_COUNT] = [
    // A fractional CTO's seven steps.
    NoteOrAssessment("needs"), Candidate, Scorecard, ScopeAndFee, Kpi, Cadence, CheckIn,
    // A full-time CTO's hiring path.
    NoteOrAssessment("role"), Candidate, Scorecard, ScopeAndFee, Kpi, CheckIn,
    // A consulting firm's vendor path.
    NoteOrAssessment("brief"), Candidate, Scorecard, ScopeAndFee, CheckIn, AllOnTarget,
    // An in-house team's hiring plan.
    NoteOrAssessment("roles"), Note("hiring"), Note("budget"), Scorecard, Kpi, CheckIn,
];

/// The rule of a step of the list of all steps.
pub fn rule(index: usize) -> Option<Rule> {
    RULES.get(index).copied()
}

impl Rule {
    /// The rule in words, for the step's page: "Completed once …".
    pub fn text(self) -> String {
        let said = match self {
            NoteOrAssessment(tag) => {
                format!("you have a note tagged “{tag}” or have taken the self-assessment")
            }
            Note(tag) => format!("you have a note tagged “{tag}”"),
            Candidate => "you have added a candidate".to_owned(),
            Scorecard => {
                "a candidate is scored on every criterion that counts; in progress once one has a score".to_owned()
            }
            ScopeAndFee => {
                "the terms have the scope and the fee; in progress once anything is recorded".to_owned()
            }
            Kpi => "you have a KPI with its target".to_owned(),
            Cadence => "the terms have a communication cadence, agreed or noted".to_owned(),
            CheckIn => "you have recorded a check-in".to_owned(),
            AllOnTarget => {
                "the latest check-in that measured KPIs found every one on target; in progress once a check-in is recorded".to_owned()
            }
        };
        format!("Completed once {said}.")
    }

    /// What the records say of the step.
    pub fn status(self, w: &Workspace, facts: Facts) -> Status {
        let done = |yes: bool| {
            if yes {
                Status::Completed
            } else {
                Status::NotStarted
            }
        };
        let started = |done: bool, begun: bool| match (done, begun) {
            (true, _) => Status::Completed,
            (false, true) => Status::InProgress,
            (false, false) => Status::NotStarted,
        };
        match self {
            NoteOrAssessment(tag) => done(facts.assessment_taken || tagged(w, tag)),
            Note(tag) => done(tagged(w, tag)),
            Candidate => done(!w.candidates.is_empty()),
            Scorecard => started(
                w.candidates
                    .iter()
                    .any(|c| c.weighted_score(&w.weights).is_some()),
                w.candidates
                    .iter()
                    .any(|c| c.scores.iter().any(Option::is_some)),
            ),
            ScopeAndFee => started(w.terms.has_scope_and_fee(), !w.terms.is_empty()),
            Kpi => done(!w.kpis.is_empty()),
            Cadence => done(w.terms.has_cadence()),
            CheckIn => done(!w.check_ins.is_empty()),
            AllOnTarget => started(all_on_target(w), !w.check_ins.is_empty()),
        }
    }
}

fn tagged(w: &Workspace, tag: &str) -> bool {
    w.notes
        .iter()
        .any(|n| n.tags.iter().any(|t| t.trim().eq_ignore_ascii_case(tag)))
}

/// Whether the latest check-in with values has every KPI it measured on target, and at least
/// one of them.
fn all_on_target(w: &Workspace) -> bool {
    let latest = super::kpis::newest_first(&w.check_ins)
        .into_iter()
        .find(|c| !c.readings.is_empty());
    latest.is_some_and(|c| {
        c.readings
            .iter()
            .all(|r| w.kpi(&r.kpi).is_none_or(|kpi| kpi.on_target(r.value)))
    })
}

/// A step's status and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepStatus {
    pub status: Status,
    /// Set by the founder, rather than read from the records.
    pub by_hand: bool,
}

impl Workspace {
    /// A step's status: the founder's own where they set one, otherwise the records'.
    pub fn step_status(&self, index: usize, facts: Facts) -> StepStatus {
        match self.steps.0.get(index).copied().flatten() {
            Some(status) => StepStatus {
                status,
                by_hand: true,
            },
            None => StepStatus {
                status: rule(index).map_or(Status::NotStarted, |r| r.status(self, facts)),
                by_hand: false,
            },
        }
    }

    /// How many of a plan's steps are completed.
    pub fn completed(&self, plan: Leadership, facts: Facts) -> usize {
        let start = first_index(plan);
        (start..start + tasks(plan).len())
            .filter(|i| self.step_status(*i, facts).status == Status::Completed)
            .count()
    }

    /// The plan's first step not completed: the one to do next.
    pub fn next_step(&self, plan: Leadership, facts: Facts) -> Option<usize> {
        let start = first_index(plan);
        (start..start + tasks(plan).len())
            .find(|i| self.step_status(*i, facts).status != Status::Completed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::units::{Cents, Millionths};
    use crate::domain::workspace::candidates::Candidate;
    use crate::domain::workspace::kpis::{CheckIn, Direction, Kpi, Reading};
    use crate::domain::workspace::notes::Note;
    use crate::domain::workspace::steps::TASK_SLUGS;
    use crate::domain::workspace::terms::{Agreement, Clause};
    use crate::domain::workspace::time::Day;
    use chrono::{TimeZone, Utc};

    fn note(tag: &str) -> Note {
        Note {
            tags: vec![tag.to_owned()],
            ..Note::new(format!("n-{}", tag.len()), Utc.timestamp_opt(0, 0).unwrap())
        }
    }

    fn kpi() -> Kpi {
        Kpi {
            id: "k1".into(),
            name: "Uptime".into(),
            unit: "%".into(),
            target: Millionths::from_number(99.5),
            direction: Direction::Higher,
        }
    }

    fn check_in(id: &str, date: &str, uptime: Option<f64>) -> CheckIn {
        let mut c = CheckIn::new(id.into(), Day::parse(date).unwrap());
        c.readings.extend(uptime.map(|v| Reading {
            kpi: "k1".into(),
            value: Millionths::from_number(v),
        }));
        c
    }

    /// A change to an empty workspace, and what a rule says after it.
    type Case = (&'static str, fn(&mut Workspace), Status);

    #[test]
    fn every_rule_reads_the_records_it_names() {
        use Status::{Completed as Done, InProgress as Doing, NotStarted as Not};
        let table: [(Rule, &[Case]); 9] = [
            (
                NoteOrAssessment("needs"),
                &[
                    ("nothing", |_| {}, Not),
                    (
                        "a note tagged otherwise",
                        |w| w.notes.push(note("roles")),
                        Not,
                    ),
                    ("a note tagged needs", |w| w.notes.push(note("needs")), Done),
                    ("whatever its case", |w| w.notes.push(note(" Needs ")), Done),
                ],
            ),
            (
                Note("hiring"),
                &[
                    ("nothing", |_| {}, Not),
                    (
                        "a note tagged hiring",
                        |w| w.notes.push(note("hiring")),
                        Done,
                    ),
                ],
            ),
            (
                Candidate,
                &[
                    ("nothing", |_| {}, Not),
                    (
                        "a candidate",
                        |w| w.candidates.push(Candidate::new("c1".into())),
                        Done,
                    ),
                ],
            ),
            (
                Scorecard,
                &[
                    (
                        "a candidate not scored",
                        |w| w.candidates.push(Candidate::new("c1".into())),
                        Not,
                    ),
                    (
                        "one score",
                        |w| {
                            let mut c = Candidate::new("c1".into());
                            c.scores[0] = Some(4);
                            w.candidates.push(c);
                        },
                        Doing,
                    ),
                    (
                        "every criterion that counts",
                        |w| {
                            let mut c = Candidate::new("c1".into());
                            c.scores = [Some(4), Some(3), None, Some(5), Some(2)];
                            w.weights.0[2] = 0;
                            w.candidates.push(c);
                        },
                        Done,
                    ),
                ],
            ),
            (
                ScopeAndFee,
                &[
                    ("nothing", |_| {}, Not),
                    (
                        "a payment note",
                        |w| w.terms.payment_terms = "Monthly".into(),
                        Doing,
                    ),
                    (
                        "the scope only",
                        |w| w.terms.scope = "Roadmap".into(),
                        Doing,
                    ),
                    (
                        "the scope and the fee",
                        |w| {
                            w.terms.scope = "Roadmap".into();
                            w.terms.rate = Some(Cents(1));
                        },
                        Done,
                    ),
                    (
                        "an NDA ticked only",
                        |w| w.terms.checklist.nda.state = Agreement::Agreed,
                        Doing,
                    ),
                ],
            ),
            (
                Kpi,
                &[
                    ("nothing", |_| {}, Not),
                    ("a KPI", |w| w.kpis.push(kpi()), Done),
                ],
            ),
            (
                Cadence,
                &[
                    ("nothing", |_| {}, Not),
                    (
                        "said not needed",
                        |w| w.terms.checklist.cadence.state = Agreement::NotNeeded,
                        Not,
                    ),
                    (
                        "a note",
                        |w| w.terms.checklist.cadence.note = "Weekly call".into(),
                        Done,
                    ),
                    (
                        "agreed",
                        |w| w.terms.checklist.cadence.state = Agreement::Agreed,
                        Done,
                    ),
                ],
            ),
            (
                CheckIn,
                &[
                    ("nothing", |_| {}, Not),
                    (
                        "a check-in",
                        |w| w.check_ins.push(check_in("x1", "2027-01-01", None)),
                        Done,
                    ),
                ],
            ),
            (
                AllOnTarget,
                &[
                    ("nothing", |_| {}, Not),
                    (
                        "a check-in without values",
                        |w| {
                            w.kpis.push(kpi());
                            w.check_ins.push(check_in("x1", "2027-01-01", None));
                        },
                        Doing,
                    ),
                    (
                        "off target",
                        |w| {
                            w.kpis.push(kpi());
                            w.check_ins.push(check_in("x1", "2027-01-01", Some(98.0)));
                        },
                        Doing,
                    ),
                    (
                        "on target at the latest, off before",
                        |w| {
                            w.kpis.push(kpi());
                            w.check_ins.push(check_in("x2", "2027-02-01", Some(99.9)));
                            w.check_ins.push(check_in("x1", "2027-01-01", Some(98.0)));
                            // A later check-in that measured nothing does not count.
                            w.check_ins.push(check_in("x3", "2027-03-01", None));
                        },
                        Done,
                    ),
                ],
            ),
        ];
        for (rule, cases) in table {
            for (what, change, expected) in cases {
                let mut w = Workspace::default();
                change(&mut w);
                assert_eq!(
                    rule.status(&w, Facts::default()),
                    *expected,
                    "{rule:?}: {what}"
                );
            }
        }
        let taken = Facts {
            assessment_taken: true,
        };
        assert_eq!(
            NoteOrAssessment("needs").status(&Workspace::default(), taken),
            Status::Completed
        );
        assert_eq!(
            Note("budget").status(&Workspace::default(), taken),
            Status::NotStarted
        );
    }

    #[test]
    fn each_step_says_its_rule_and_the_founders_status_wins() {
        for index in 0..STEP_COUNT {
            let text = rule(index).unwrap().text();
            assert!(
                text.starts_with("Completed once ") && text.ends_with('.'),
                "{text}"
            );
        }
        assert!(rule(STEP_COUNT).is_none());
        // The guidance of a step whose rule is a tag names that tag.
        for (index, slug) in TASK_SLUGS.iter().enumerate() {
            if let Some(NoteOrAssessment(tag) | Note(tag)) = rule(index) {
                let (_, task) = crate::domain::workspace::steps::task(slug).unwrap();
                assert!(task.guidance.contains(&format!("“{tag}”")), "{slug}");
            }
        }

        let mut w = Workspace::default();
        w.candidates.push(Candidate::new("c1".into()));
        w.kpis.push(kpi());
        w.terms.checklist.cadence.note = "Weekly".into();
        w.check_ins.push(check_in("x1", "2027-01-01", Some(99.9)));
        let facts = Facts::default();
        assert_eq!(w.completed(Leadership::Fractional, facts), 4);
        assert_eq!(w.next_step(Leadership::Fractional, facts), Some(0));
        let search = w.step_status(1, facts);
        assert_eq!((search.status, search.by_hand), (Status::Completed, false));
        // The founder's word beats the records', both ways.
        w.steps.0[1] = Some(Status::InProgress);
        w.steps.0[0] = Some(Status::Completed);
        assert_eq!(w.step_status(1, facts).status, Status::InProgress);
        assert!(w.step_status(1, facts).by_hand);
        assert_eq!(w.completed(Leadership::Fractional, facts), 4);
        assert_eq!(w.next_step(Leadership::Fractional, facts), Some(1));
        // Each plan counts only its own steps.
        assert_eq!(w.completed(Leadership::FullTime, facts), 3);
        assert_eq!(w.completed(Leadership::Consulting, facts), 3);
        assert_eq!(w.completed(Leadership::InHouse, facts), 2);
        assert_eq!(Clause::ALL.len(), 9);
    }
}
