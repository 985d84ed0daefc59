//! The workspace's forms as typed: one draft per form (candidate, KPI, check-in, terms, note),
//! built from the stored record when editing, whose check gives back the record to keep or
//! the problems, in the order of the fields. The field ids are the inputs' ids, which the
//! error summary links to and the end-to-end tests rely on.

use super::candidates::{Candidate, Criterion, MAX_CANDIDATES};
use super::kpis::Reading;
use super::kpis::{
    Action, CheckIn, Direction, Kpi, MAX_ACTION, MAX_CHECK_INS, MAX_KPIS, MAX_VALUE,
};
use super::notes::{Note, parse_tags, parse_tags_leniently};
use super::spend;
use super::terms::{Agreement, Checklist, Clause, Item, MAX_HOURS};
use super::time::Day;
use super::{EngagementModel, MAX_AMOUNT, MAX_REVIEWS, Terms};
use crate::domain::calculator::{FieldError, Limits};
use crate::domain::form::{Problem, refuse_bidi_controls};
use crate::domain::sort_small_by;
use crate::domain::text::{isolate, without_bidi_controls};
use crate::domain::units::{Cents, Millionths};

pub const CANDIDATE_NAME: &str = "candidate-name";
pub const CANDIDATE_CONTACT: &str = "candidate-contact";
/// The engagement model's radios; each one's id adds the model's id.
pub const CANDIDATE_MODEL: &str = "candidate-model";
pub const CANDIDATE_RATE: &str = "candidate-rate";
pub const CANDIDATE_NOTES: &str = "candidate-notes";
/// The value of a criterion's "Not scored" radio.
pub const NOT_SCORED: &str = "none";

pub const KPI_NAME: &str = "kpi-name";
pub const KPI_UNIT: &str = "kpi-unit";
pub const KPI_TARGET: &str = "kpi-target";
/// The direction's radios; each one's id adds the direction's id.
pub const KPI_DIRECTION: &str = "kpi-direction";

pub const CHECK_IN_DATE: &str = "check-in-date";
pub const CHECK_IN_SUMMARY: &str = "check-in-summary";

pub const TERMS_SCOPE: &str = "terms-scope";
/// The engagement model's radios; each one's id adds the model's id.
pub const TERMS_MODEL: &str = "terms-model";
pub const TERMS_RATE: &str = "terms-rate";
pub const TERMS_PAYMENT: &str = "terms-payment";
pub const TERMS_START: &str = "terms-start";
pub const TERMS_REVIEW: &str = "terms-review";

pub const NOTE_TITLE: &str = "note-title";
pub const NOTE_BODY: &str = "note-body";
pub const NOTE_TAGS: &str = "note-tags";

/// The field of a KPI's value at a check-in: `value-<kpi id>`.
pub fn value_field(kpi: &str) -> String {
    format!("value-{kpi}")
}

/// The text of an action being edited, by the row's key: `action-text-3`.
pub fn action_field(key: usize) -> String {
    format!("action-text-{key}")
}

/// The "Done" box of an action being edited, by the row's key: `action-done-3`.
pub fn action_done_field(key: usize) -> String {
    format!("action-done-{key}")
}

/// The radios' name for a criterion's score: `score-communication`.
pub fn score_field(criterion: Criterion) -> &'static str {
    match criterion {
        Criterion::Experience => "score-experience",
        Criterion::Expertise => "score-expertise",
        Criterion::Communication => "score-communication",
        Criterion::CultureFit => "score-culture-fit",
        Criterion::Security => "score-security",
    }
}

/// What a record's save says when the workspace refuses it (a limit, or storage).
pub fn not_saved(what: &str, field: &str, reason: &str) -> Problem {
    Problem::new(field, format!("The {what} could not be saved: {reason}"))
}

/// A rate as candidates and terms ask it: optional, at most the workspace's largest amount.
const RATE: Limits = Limits::new("Rate", 0.0, MAX_AMOUNT);

/// The rate typed, to the nearest cent.
fn read_rate(typed: &str, field: &str, problems: &mut Vec<Problem>) -> Option<Cents> {
    if typed.trim().is_empty() {
        return None;
    }
    RATE.parse(typed)
        .map(Cents::from_amount)
        .map_err(|error| problems.push(Problem::new(field, error.to_string())))
        .ok()
}

/// The full value, not the rounded one the lists show: saving must not change it.
fn typed_number(value: Option<f64>) -> String {
    value
        .map(crate::domain::number::shortest)
        .unwrap_or_default()
}

/// "You have 100 candidates, the most the workspace keeps: …" when a new one would not fit.
fn check_room(
    is_new: bool,
    count: usize,
    max: usize,
    message: impl FnOnce() -> String,
    field: &str,
    problems: &mut Vec<Problem>,
) {
    if is_new && count >= max {
        problems.push(Problem::new(field, message()));
    }
}

fn done<T>(value: T, problems: Vec<Problem>) -> Result<T, Vec<Problem>> {
    if problems.is_empty() {
        Ok(value)
    } else {
        Err(problems)
    }
}

/// A candidate's scorecard as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CandidateDraft {
    pub name: String,
    pub contact: String,
    /// An [`EngagementModel`]'s id, or empty.
    pub model: String,
    pub rate: String,
    /// "1" to "5", or [`NOT_SCORED`], in [`Criterion::ALL`]'s order.
    pub scores: [String; 5],
    pub notes: String,
}

impl CandidateDraft {
    pub fn from_candidate(candidate: &Candidate) -> CandidateDraft {
        CandidateDraft {
            name: candidate.name.clone(),
            contact: candidate.contact.clone(),
            model: candidate.model.map_or("", |m| m.id()).to_owned(),
            rate: typed_number(candidate.rate.map(Cents::amount)),
            scores: candidate
                .scores
                .map(|s| s.map_or(NOT_SCORED.to_owned(), |s| s.to_string())),
            notes: candidate.notes.clone(),
        }
    }

    /// The candidate to keep under `id`. `count` is how many the workspace has: a new one
    /// must fit.
    pub fn check(&self, id: String, is_new: bool, count: usize) -> Result<Candidate, Vec<Problem>> {
        let mut problems = Vec::new();
        let name = self.name.trim().to_owned();
        if name.is_empty() {
            problems.push(Problem::new(CANDIDATE_NAME, "Enter the candidate’s name"));
        }
        let whose = ("The candidate’s name", "it");
        refuse_bidi_controls(&name, CANDIDATE_NAME, whose, &mut problems);
        let rate = read_rate(&self.rate, CANDIDATE_RATE, &mut problems);
        let full = || {
            format!(
                "You have {MAX_CANDIDATES} candidates, the most the workspace keeps: delete one to add another"
            )
        };
        check_room(
            is_new,
            count,
            MAX_CANDIDATES,
            full,
            CANDIDATE_NAME,
            &mut problems,
        );
        let candidate = Candidate {
            id,
            name,
            contact: self.contact.trim().to_owned(),
            model: EngagementModel::from_id(&self.model),
            rate,
            scores: std::array::from_fn(|i| self.scores[i].parse().ok()),
            notes: self.notes.clone(),
        };
        done(candidate, problems)
    }
}

/// A KPI as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KpiDraft {
    pub name: String,
    pub unit: String,
    pub target: String,
    /// A [`Direction`]'s id, or empty while none is chosen.
    pub direction: String,
}

const TARGET: Limits = Limits::new("Target", -MAX_VALUE, MAX_VALUE);

impl KpiDraft {
    pub fn from_kpi(kpi: &Kpi) -> KpiDraft {
        KpiDraft {
            name: kpi.name.clone(),
            unit: kpi.unit.clone(),
            target: typed_number(Some(kpi.target.number())),
            direction: kpi.direction.id().to_owned(),
        }
    }

    /// The KPI to keep under `id`. `count` is how many the workspace has: a new one must fit.
    pub fn check(&self, id: String, is_new: bool, count: usize) -> Result<Kpi, Vec<Problem>> {
        let mut problems = Vec::new();
        let name = self.name.trim().to_owned();
        if name.is_empty() {
            problems.push(Problem::new(KPI_NAME, "Enter a name for the KPI"));
        }
        refuse_bidi_controls(&name, KPI_NAME, ("The KPI’s name", "it"), &mut problems);
        let unit = self.unit.trim().to_owned();
        refuse_bidi_controls(&unit, KPI_UNIT, ("The unit", "it"), &mut problems);
        let target = TARGET
            .parse(&self.target)
            .map(Millionths::from_number)
            .map_err(|e| problems.push(Problem::new(KPI_TARGET, e.to_string())))
            .ok();
        let direction = Direction::ALL
            .into_iter()
            .find(|d| d.id() == self.direction);
        if direction.is_none() {
            // The first radio, where the summary's link lands.
            problems.push(Problem::new(
                format!("{KPI_DIRECTION}-{}", Direction::ALL[0].id()),
                "Select whether higher or lower is better",
            ));
        }
        let full = || {
            format!(
                "You have {MAX_KPIS} KPIs, the most the workspace keeps: delete one to add another"
            )
        };
        check_room(is_new, count, MAX_KPIS, full, KPI_NAME, &mut problems);
        match (target, direction) {
            (Some(target), Some(direction)) if problems.is_empty() => Ok(Kpi {
                id,
                name,
                unit,
                target,
                direction,
            }),
            _ => Err(problems),
        }
    }
}

/// One KPI's value at a check-in, as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueDraft {
    pub kpi: String,
    /// The KPI's name, for the message.
    pub name: String,
    pub typed: String,
}

/// One action of a check-in, as typed; `key` tells the rows apart while they are edited.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionDraft {
    pub key: usize,
    pub text: String,
    pub done: bool,
}

/// A check-in as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckInDraft {
    pub date: String,
    /// One for each KPI, in the KPIs' order.
    pub values: Vec<ValueDraft>,
    pub summary: String,
    pub actions: Vec<ActionDraft>,
}

const VALUE: Limits = Limits::new("The value", -MAX_VALUE, MAX_VALUE);

impl CheckInDraft {
    /// The check-in's values for these KPIs (empty where none was recorded). Its actions, or
    /// one empty row to start with, are keyed 0, 1, 2…
    pub fn from_check_in(check_in: &CheckIn, kpis: &[Kpi]) -> CheckInDraft {
        let values = kpis
            .iter()
            .map(|k| ValueDraft {
                kpi: k.id.clone(),
                name: k.name.clone(),
                typed: typed_number(check_in.reading(&k.id)),
            })
            .collect();
        let mut actions: Vec<ActionDraft> = check_in
            .actions
            .iter()
            .enumerate()
            .map(|(key, a)| ActionDraft {
                key,
                text: a.text.clone(),
                done: a.done,
            })
            .collect();
        if actions.is_empty() {
            actions.push(ActionDraft {
                key: 0,
                text: String::new(),
                done: false,
            });
        }
        CheckInDraft {
            date: check_in.date.iso(),
            values,
            summary: check_in.summary.clone(),
            actions,
        }
    }

    /// The check-in to keep under `id`: values left empty were not measured, actions left
    /// empty are left out. `count` is how many the workspace has: a new one must fit.
    pub fn check(&self, id: String, is_new: bool, count: usize) -> Result<CheckIn, Vec<Problem>> {
        let mut problems = Vec::new();
        let date = Day::parse(self.date.trim());
        if date.is_none() {
            problems.push(Problem::new(
                CHECK_IN_DATE,
                "Enter the date of the check-in",
            ));
        }
        let mut readings = Vec::new();
        for value in self.values.iter().filter(|v| !v.typed.trim().is_empty()) {
            match VALUE.parse(&value.typed) {
                Ok(number) => readings.push(Reading {
                    kpi: value.kpi.clone(),
                    value: Millionths::from_number(number),
                }),
                // "Enter the value for \u{2068}Uptime\u{2069}", not the limits' "Enter the the value".
                Err(FieldError::Empty(_)) => problems.push(Problem::new(
                    value_field(&value.kpi),
                    format!("Enter the value for {}", isolate(&value.name)),
                )),
                Err(e) => problems.push(Problem::new(
                    value_field(&value.kpi),
                    format!("{e} for {}", isolate(&value.name)),
                )),
            }
        }
        let actions: Vec<Action> = self
            .actions
            .iter()
            .filter_map(|a| {
                let text = a.text.trim();
                (!text.is_empty()).then(|| Action {
                    text: text.to_owned(),
                    done: a.done,
                })
            })
            .collect();
        if let Some(long) = self
            .actions
            .iter()
            .find(|a| a.text.chars().count() > MAX_ACTION)
        {
            problems.push(Problem::new(
                action_field(long.key),
                format!("Each action must be {MAX_ACTION} characters or fewer"),
            ));
        }
        let full = || {
            format!(
                "You have {MAX_CHECK_INS} check-ins, the most the workspace keeps: delete an old one to record another"
            )
        };
        check_room(
            is_new,
            count,
            MAX_CHECK_INS,
            full,
            CHECK_IN_DATE,
            &mut problems,
        );
        match date {
            Some(date) if problems.is_empty() => Ok(CheckIn {
                id,
                date,
                readings,
                summary: self.summary.clone(),
                actions,
            }),
            _ => Err(problems),
        }
    }
}

/// The terms as typed. They are kept as the founder types: a field that cannot be read keeps
/// what was last kept, and says why beside it, so nothing else typed is lost.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TermsDraft {
    pub scope: String,
    /// An [`EngagementModel`]'s id, or empty.
    pub model: String,
    pub rate: String,
    pub payment: String,
    pub start: String,
    /// Hours a month.
    pub hours: String,
    /// Each clause's note and where it stands, in [`Clause::ALL`]'s order.
    pub notes: [String; 9],
    pub states: [Agreement; 9],
}

/// The field of a clause's note: `clause-nda-note`.
pub fn clause_note_field(clause: Clause) -> String {
    format!("clause-{}-note", clause.slug())
}

/// The radios' name for where a clause stands: `clause-nda`.
pub fn clause_state_field(clause: Clause) -> &'static str {
    match clause {
        Clause::Scope => "clause-scope",
        Clause::Time => "clause-time",
        Clause::Fee => "clause-fee",
        Clause::Ip => "clause-ip",
        Clause::Nda => "clause-nda",
        Clause::Access => "clause-access",
        Clause::Notice => "clause-notice",
        Clause::Cadence => "clause-cadence",
        Clause::Reviews => "clause-reviews",
    }
}

pub const TERMS_HOURS: &str = "terms-hours";

/// Whole hours a month, up to the hours a month has.
const HOURS: Limits = Limits::new("Hours a month", 0.0, MAX_HOURS as f64);

/// Reads a date field: empty is fine, anything else must be a real date.
fn read_day(text: &str, what: &str) -> Result<Option<Day>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    Day::parse(text.trim())
        .map(Some)
        .ok_or_else(|| format!("{what} must be a real date, for example 2027-01-31"))
}

impl TermsDraft {
    pub fn from_terms(terms: &Terms) -> TermsDraft {
        TermsDraft {
            scope: terms.scope.clone(),
            model: terms.model.map_or("", |m| m.id()).to_owned(),
            rate: typed_number(terms.rate.map(Cents::amount)),
            payment: terms.payment_terms.clone(),
            start: terms.start.map(Day::iso).unwrap_or_default(),
            hours: terms.hours.map(|h| h.to_string()).unwrap_or_default(),
            notes: Clause::ALL.map(|c| terms.checklist.item(c).note.clone()),
            states: Clause::ALL.map(|c| terms.checklist.item(c).state),
        }
    }

    /// The terms to keep: what is typed, except where a field cannot be read, which keeps
    /// `kept`'s value; with the problems, in the order of the fields. The review dates are
    /// `kept`'s: they are kept as they are added.
    pub fn check(&self, kept: &Terms) -> (Terms, Vec<Problem>) {
        // Read in the order of the fields on the page, so the problems are listed in it.
        let mut problems = Vec::new();
        let start = read_day(&self.start, "The start date").unwrap_or_else(|m| {
            problems.push(Problem::new(TERMS_START, m));
            kept.start
        });
        let hours = if self.hours.trim().is_empty() {
            None
        } else {
            match HOURS.parse(&self.hours) {
                Ok(h) if h.fract() == 0.0 => Some(h as u32),
                Ok(_) => {
                    problems.push(Problem::new(
                        TERMS_HOURS,
                        "Enter whole hours, for example 40",
                    ));
                    kept.hours
                }
                Err(error) => {
                    problems.push(Problem::new(TERMS_HOURS, error.to_string()));
                    kept.hours
                }
            }
        };
        let rate = if self.rate.trim().is_empty() {
            None
        } else {
            read_rate(&self.rate, TERMS_RATE, &mut problems).or(kept.rate)
        };
        let mut checklist = Checklist::default();
        for (i, clause) in Clause::ALL.into_iter().enumerate() {
            *checklist.item_mut(clause) = Item {
                state: self.states[i],
                note: self.notes[i].clone(),
            };
        }
        let terms = Terms {
            scope: self.scope.clone(),
            model: EngagementModel::from_id(&self.model),
            rate,
            payment_terms: self.payment.clone(),
            start,
            reviews: kept.reviews.clone(),
            hours,
            checklist,
        };
        (terms, problems)
    }
}

/// What to do with the date typed in "Add a review date".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewToAdd {
    /// Nothing was typed.
    Nothing,
    /// The date is already a review date: there is nothing to add.
    Known,
    /// The review dates with the new one, earliest first.
    Add(Vec<Day>),
}

/// Reads the review date typed beside `reviews`. `required`: whether an empty field is a
/// problem ("Add date" pressed) or not (the whole form saved).
pub fn review_to_add(reviews: &[Day], typed: &str, required: bool) -> Result<ReviewToAdd, Problem> {
    let day = match read_day(typed, "The review date") {
        Ok(Some(day)) => day,
        Ok(None) if required => {
            return Err(Problem::new(TERMS_REVIEW, "Enter a review date to add"));
        }
        Ok(None) => return Ok(ReviewToAdd::Nothing),
        Err(message) => return Err(Problem::new(TERMS_REVIEW, message)),
    };
    if reviews.contains(&day) {
        return Ok(ReviewToAdd::Known);
    }
    if reviews.len() >= MAX_REVIEWS {
        return Err(Problem::new(
            TERMS_REVIEW,
            format!("You can keep up to {MAX_REVIEWS} review dates: remove one first"),
        ));
    }
    let mut list = reviews.to_vec();
    list.push(day);
    sort_small_by(&mut list, |a, b| a < b);
    Ok(ReviewToAdd::Add(list))
}

/// What "Add date" says when the workspace refuses the new list.
pub fn review_not_added(reason: &str) -> Problem {
    Problem::new(
        TERMS_REVIEW,
        format!("The date could not be added: {reason}"),
    )
}

pub const SPEND_DAY: &str = "spend-day";
pub const SPEND_AMOUNT: &str = "spend-amount";
pub const SPEND_HOURS: &str = "spend-hours";
pub const SPEND_NOTE: &str = "spend-note";

const SPEND_AMOUNT_LIMITS: Limits = Limits::new("Amount", 0.0, MAX_AMOUNT);
const SPEND_HOURS_LIMITS: Limits = Limits::new("Hours", 0.0, spend::MAX_HOURS);

/// An entry of the spend log as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SpendDraft {
    pub day: String,
    pub amount: String,
    pub hours: String,
    pub note: String,
}

impl SpendDraft {
    /// The entry to add, with the id it is given, or the problems.
    pub fn check(&self, id: String, count: usize) -> Result<spend::Entry, Vec<Problem>> {
        let mut problems = Vec::new();
        let day = match read_day(&self.day, "The date") {
            Ok(Some(day)) => Some(day),
            Ok(None) => {
                problems.push(Problem::new(
                    SPEND_DAY,
                    "Enter the date of the invoice or the work",
                ));
                None
            }
            Err(message) => {
                problems.push(Problem::new(SPEND_DAY, message));
                None
            }
        };
        let read = |typed: &str, limits: &Limits, field: &str, problems: &mut Vec<Problem>| {
            if typed.trim().is_empty() {
                return None;
            }
            limits
                .parse(typed)
                .map_err(|error| problems.push(Problem::new(field, error.to_string())))
                .ok()
        };
        let amount = read(
            &self.amount,
            &SPEND_AMOUNT_LIMITS,
            SPEND_AMOUNT,
            &mut problems,
        );
        let hours = read(&self.hours, &SPEND_HOURS_LIMITS, SPEND_HOURS, &mut problems);
        if self.amount.trim().is_empty() && self.hours.trim().is_empty() {
            problems.push(Problem::new(SPEND_AMOUNT, "Enter an amount, hours or both"));
        }
        if self.note.chars().count() > spend::MAX_NOTE {
            problems.push(Problem::new(
                SPEND_NOTE,
                format!("The note must be {} characters or fewer", spend::MAX_NOTE),
            ));
        }
        check_room(
            true,
            count,
            spend::MAX_ENTRIES,
            || {
                format!(
                    "The log keeps up to {} entries: delete an old one first",
                    spend::MAX_ENTRIES
                )
            },
            SPEND_DAY,
            &mut problems,
        );
        let (Some(day), true) = (day, problems.is_empty()) else {
            return Err(problems);
        };
        Ok(spend::Entry {
            id,
            day,
            amount: amount.map(Cents::from_amount),
            hours: hours.map(Millionths::from_number),
            note: self.note.trim().to_owned(),
        })
    }
}

/// A note as typed. Notes save as the visitor types, so only the tags can be refused.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NoteDraft {
    pub title: String,
    pub body: String,
    /// Separated by commas.
    pub tags: String,
}

impl NoteDraft {
    pub fn from_note(note: &Note) -> NoteDraft {
        NoteDraft {
            title: note.title.clone(),
            body: note.body.clone(),
            tags: note.tags.join(", "),
        }
    }

    /// The tags to keep, or why they cannot be.
    pub fn check_tags(&self) -> Result<Vec<String>, Vec<Problem>> {
        let mut problems = Vec::new();
        refuse_bidi_controls(&self.tags, NOTE_TAGS, ("Tags", "them"), &mut problems);
        if !problems.is_empty() {
            return Err(problems);
        }
        parse_tags(&self.tags).map_err(|message| vec![Problem::new(NOTE_TAGS, message)])
    }

    /// The tags cut to fit the limits: for the moment the visitor leaves, so nothing is lost.
    pub fn tags_cut_to_fit(&self) -> Vec<String> {
        parse_tags_leniently(&without_bidi_controls(&self.tags))
    }

    /// What to write of this draft as the visitor types: the title and the tags, each `None`
    /// where it is refused (it stays as it was, its problem beside it), and the problems in
    /// the order of the fields. When the visitor is leaving nothing is refused, so nothing
    /// typed is lost: the title loses its direction controls and the tags are cut to fit (the
    /// problems are still given).
    pub fn to_write(&self, leaving: bool) -> (Option<String>, Option<Vec<String>>, Vec<Problem>) {
        let mut problems = Vec::new();
        let title_problem = ("The title", "it");
        refuse_bidi_controls(&self.title, NOTE_TITLE, title_problem, &mut problems);
        let title = match (problems.is_empty(), leaving) {
            (true, _) => Some(self.title.clone()),
            (false, true) => Some(without_bidi_controls(&self.title)),
            (false, false) => None,
        };
        let tags = match self.check_tags() {
            Ok(tags) => Some(tags),
            Err(refused) => {
                problems.extend(refused);
                leaving.then(|| self.tags_cut_to_fit())
            }
        };
        (title, tags, problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The (field, message) pairs a check should give, in order.
    type Expected<'a> = &'a [(&'a str, &'a str)];

    fn messages(problems: &[Problem]) -> Vec<(&str, &str)> {
        problems
            .iter()
            .map(|p| (p.field.as_str(), p.message.as_str()))
            .collect()
    }

    fn candidate(name: &str, rate: &str) -> CandidateDraft {
        CandidateDraft {
            name: name.into(),
            rate: rate.into(),
            scores: std::array::from_fn(|_| NOT_SCORED.to_owned()),
            ..CandidateDraft::default()
        }
    }

    #[test]
    fn a_candidate_needs_a_name_and_a_usable_rate() {
        let full =
            "You have 100 candidates, the most the workspace keeps: delete one to add another";
        let cases: [(&str, &str, bool, usize, Expected); 8] = [
            ("Ada", "", true, 0, &[]),
            ("Ada", "150", true, 99, &[]),
            ("Ada", "150", false, 100, &[]),
            (
                "  ",
                "",
                false,
                0,
                &[(CANDIDATE_NAME, "Enter the candidate’s name")],
            ),
            (
                "Ada",
                "lots",
                false,
                0,
                &[(CANDIDATE_RATE, "Rate must be a number")],
            ),
            (
                "Ada",
                "-5",
                false,
                0,
                &[(CANDIDATE_RATE, "Rate must be 0 or more")],
            ),
            (
                "Ada",
                "200,000,000",
                false,
                0,
                &[(CANDIDATE_RATE, "Rate must be 100,000,000 or less")],
            ),
            (
                "",
                "x",
                true,
                100,
                &[
                    (CANDIDATE_NAME, "Enter the candidate’s name"),
                    (CANDIDATE_RATE, "Rate must be a number"),
                    (CANDIDATE_NAME, full),
                ],
            ),
        ];
        for (name, rate, is_new, count, expected) in cases {
            let checked = candidate(name, rate).check("c1".into(), is_new, count);
            match checked {
                Ok(_) => assert!(expected.is_empty(), "{name:?} {rate:?}"),
                Err(problems) => assert_eq!(messages(&problems), expected, "{name:?} {rate:?}"),
            }
        }
    }

    #[test]
    fn a_candidate_reads_back_as_it_was_kept() {
        let kept = Candidate {
            id: "c1".into(),
            name: "Ada".into(),
            contact: "ada@example.com".into(),
            model: Some(EngagementModel::Retainer),
            rate: Some(Cents(123_456)),
            scores: [Some(5), None, Some(3), None, Some(1)],
            notes: "  spaced  ".into(),
        };
        let draft = CandidateDraft::from_candidate(&kept);
        assert_eq!(draft.rate, "1234.56", "the full value, as typed");
        assert_eq!(draft.scores[1], NOT_SCORED);
        assert_eq!(draft.check("c1".into(), false, 1), Ok(kept));
        let typed = CandidateDraft {
            name: "  Bo ".into(),
            contact: " bo@example.com ".into(),
            rate: "$1,500".into(),
            ..candidate("", "")
        };
        let checked = typed.check("c2".into(), true, 0).unwrap();
        assert_eq!(
            (checked.name.as_str(), checked.contact.as_str()),
            ("Bo", "bo@example.com")
        );
        assert_eq!(
            (checked.rate, checked.model, checked.scores),
            (Some(Cents(150_000)), None, [None; 5])
        );
        // Money is kept to the cent: a third decimal is rounded as the list shows it.
        let precise = candidate("Cy", "1,234.567").check("c3".into(), true, 0);
        let rate = precise.unwrap().rate;
        assert_eq!(rate, Some(Cents(123_457)));
        assert_eq!(
            super::super::candidates::rate_text("$", rate, None),
            "$1,234.57"
        );
    }

    fn kpi(name: &str, target: &str, direction: &str) -> KpiDraft {
        KpiDraft {
            name: name.into(),
            unit: " % ".into(),
            target: target.into(),
            direction: direction.into(),
        }
    }

    #[test]
    fn a_kpi_needs_a_name_a_target_and_a_direction() {
        let full = "You have 50 KPIs, the most the workspace keeps: delete one to add another";
        let direction = "kpi-direction-higher";
        let cases: [(&str, &str, &str, bool, usize, Expected); 8] = [
            ("Uptime", "99.5", "higher", true, 49, &[]),
            ("Uptime", "-3", "lower", false, 50, &[]),
            (
                " ",
                "1",
                "lower",
                false,
                0,
                &[(KPI_NAME, "Enter a name for the KPI")],
            ),
            (
                "Uptime",
                "",
                "lower",
                false,
                0,
                &[(KPI_TARGET, "Enter the target")],
            ),
            (
                "Uptime",
                "high",
                "lower",
                false,
                0,
                &[(KPI_TARGET, "Target must be a number")],
            ),
            (
                "Uptime",
                "2e12",
                "lower",
                false,
                0,
                // Read as a number (2 × 10¹²): too large is what is wrong with it.
                &[(KPI_TARGET, "Target must be 1,000,000,000,000 or less")],
            ),
            (
                "Uptime",
                "-2000000000000",
                "lower",
                false,
                0,
                &[(KPI_TARGET, "Target must be -1,000,000,000,000 or more")],
            ),
            (
                "",
                "",
                "",
                true,
                50,
                &[
                    (KPI_NAME, "Enter a name for the KPI"),
                    (KPI_TARGET, "Enter the target"),
                    (direction, "Select whether higher or lower is better"),
                    (KPI_NAME, full),
                ],
            ),
        ];
        for (name, target, dir, is_new, count, expected) in cases {
            match kpi(name, target, dir).check("k".into(), is_new, count) {
                Ok(_) => assert!(expected.is_empty(), "{name:?} {target:?}"),
                Err(problems) => assert_eq!(messages(&problems), expected, "{name:?} {target:?}"),
            }
        }
        let checked = kpi(" Uptime ", "1,000,000,000,000", "higher").check("k".into(), true, 0);
        let kept = checked.unwrap();
        assert_eq!((kept.name.as_str(), kept.unit.as_str()), ("Uptime", "%"));
        assert_eq!(
            KpiDraft::from_kpi(&kept),
            kpi("Uptime", "1000000000000", "higher").with_unit("%")
        );
    }

    impl KpiDraft {
        fn with_unit(self, unit: &str) -> KpiDraft {
            KpiDraft {
                unit: unit.into(),
                ..self
            }
        }
    }

    fn uptime() -> Kpi {
        Kpi {
            id: "k1".into(),
            name: "Uptime".into(),
            unit: "%".into(),
            target: Millionths(99_500_000),
            direction: Direction::Higher,
        }
    }

    fn check_in(date: &str, value: &str, actions: &[&str]) -> CheckInDraft {
        CheckInDraft {
            date: date.into(),
            values: vec![ValueDraft {
                kpi: "k1".into(),
                name: "Uptime".into(),
                typed: value.into(),
            }],
            summary: "Went well".into(),
            actions: actions
                .iter()
                .enumerate()
                .map(|(i, text)| ActionDraft {
                    key: i + 4,
                    text: (*text).into(),
                    done: i == 0,
                })
                .collect(),
        }
    }

    #[test]
    fn a_check_in_needs_a_date_and_usable_values() {
        let long = "x".repeat(301);
        let full = "You have 500 check-ins, the most the workspace keeps: delete an old one to record another";
        /// Date, value, actions, new, how many, expected (field, message) pairs.
        type Case<'a> = (
            &'a str,
            &'a str,
            &'a [&'a str],
            bool,
            usize,
            Vec<(String, &'a str)>,
        );
        let cases: [Case; 9] = [
            ("2026-11-01", "99.9", &["Ship it", ""], true, 499, vec![]),
            ("2026-11-01", " ", &[], false, 500, vec![]),
            (
                "",
                "",
                &[],
                false,
                0,
                vec![(CHECK_IN_DATE.into(), "Enter the date of the check-in")],
            ),
            (
                "2026-02-30",
                "",
                &[],
                false,
                0,
                vec![(CHECK_IN_DATE.into(), "Enter the date of the check-in")],
            ),
            (
                "2026-11-01",
                "up",
                &[],
                false,
                0,
                vec![(
                    "value-k1".into(),
                    "The value must be a number for \u{2068}Uptime\u{2069}",
                )],
            ),
            (
                "2026-11-01",
                "2000000000000",
                &[],
                false,
                0,
                vec![(
                    "value-k1".into(),
                    "The value must be 1,000,000,000,000 or less for \u{2068}Uptime\u{2069}",
                )],
            ),
            // A lone comma is not a number.
            (
                "2026-11-01",
                ",",
                &[],
                false,
                0,
                vec![(
                    "value-k1".into(),
                    "The value must be a number for \u{2068}Uptime\u{2069}",
                )],
            ),
            (
                "2026-11-01",
                "",
                &["ok", &long, &long],
                false,
                0,
                vec![(
                    "action-text-5".into(),
                    "Each action must be 300 characters or fewer",
                )],
            ),
            (
                "",
                "x",
                &[],
                true,
                500,
                vec![
                    (CHECK_IN_DATE.into(), "Enter the date of the check-in"),
                    (
                        "value-k1".into(),
                        "The value must be a number for \u{2068}Uptime\u{2069}",
                    ),
                    (CHECK_IN_DATE.into(), full),
                ],
            ),
        ];
        for (date, value, actions, is_new, count, expected) in cases {
            let expected: Vec<(&str, &str)> =
                expected.iter().map(|(f, m)| (f.as_str(), *m)).collect();
            match check_in(date, value, actions).check("c".into(), is_new, count) {
                Ok(_) => assert!(expected.is_empty(), "{date:?} {value:?}"),
                Err(problems) => assert_eq!(messages(&problems), expected, "{date:?} {value:?}"),
            }
        }
    }

    #[test]
    fn a_check_in_keeps_what_was_measured_and_the_actions_written() {
        let kept = check_in("2026-11-01", " 1,250 ", &["  Ship it ", "   ", "Hire"])
            .check("c".into(), true, 0)
            .unwrap();
        assert_eq!(
            kept.readings,
            [Reading {
                kpi: "k1".into(),
                value: Millionths(1_250_000_000)
            }]
        );
        let actions: Vec<(&str, bool)> = kept
            .actions
            .iter()
            .map(|a| (a.text.as_str(), a.done))
            .collect();
        assert_eq!(actions, [("Ship it", true), ("Hire", false)]);
        assert_eq!(kept.summary, "Went well");

        let draft = CheckInDraft::from_check_in(&kept, &[uptime()]);
        assert_eq!(
            (draft.date.as_str(), draft.values[0].typed.as_str()),
            ("2026-11-01", "1250")
        );
        assert_eq!(
            draft.actions.iter().map(|a| a.key).collect::<Vec<_>>(),
            [0, 1]
        );
        let fresh = CheckIn::new("n".into(), Day::parse("2026-11-02").unwrap());
        let draft = CheckInDraft::from_check_in(&fresh, &[uptime()]);
        assert_eq!(draft.values[0].typed, "");
        assert_eq!(
            draft.actions,
            [ActionDraft {
                key: 0,
                text: String::new(),
                done: false
            }]
        );
    }

    fn terms(rate: &str, start: &str) -> TermsDraft {
        TermsDraft {
            scope: "Own the platform".into(),
            model: "hourly".into(),
            rate: rate.into(),
            payment: "Monthly".into(),
            start: start.into(),
            ..TermsDraft::default()
        }
    }

    #[test]
    fn terms_need_a_usable_rate_and_a_real_start_date() {
        let real_date = "The start date must be a real date, for example 2027-01-31";
        // The start comes first on the page, so its problem is listed first.
        let cases: [(&str, &str, Expected); 6] = [
            ("", "", &[]),
            ("150", "2027-01-31", &[]),
            ("lots", "", &[(TERMS_RATE, "Rate must be a number")]),
            (
                "100000001",
                "",
                &[(TERMS_RATE, "Rate must be 100,000,000 or less")],
            ),
            ("", "31/01/2027", &[(TERMS_START, real_date)]),
            (
                "-1",
                "2027-02-30",
                &[
                    (TERMS_START, real_date),
                    (TERMS_RATE, "Rate must be 0 or more"),
                ],
            ),
        ];
        for (rate, start, expected) in cases {
            let (_, problems) = terms(rate, start).check(&Terms::default());
            assert_eq!(messages(&problems), expected, "{rate:?} {start:?}");
        }
        let reviews = vec![Day::parse("2027-03-01").unwrap()];
        let before = Terms {
            reviews: reviews.clone(),
            ..Terms::default()
        };
        let (kept, problems) = terms("150", "2027-01-31").check(&before);
        assert!(problems.is_empty());
        assert_eq!(
            kept.reviews, reviews,
            "review dates are kept as they are added"
        );
        assert_eq!(TermsDraft::from_terms(&kept), terms("150", "2027-01-31"));
    }

    #[test]
    fn a_field_that_cannot_be_read_keeps_what_was_kept_and_the_rest_is_saved() {
        let (before, _) = TermsDraft {
            hours: "40".into(),
            ..terms("150", "2027-01-31")
        }
        .check(&Terms::default());
        let mut typed = TermsDraft {
            scope: "Own the platform and the hiring".into(),
            hours: "forty".into(),
            ..terms("15O", "2027-02-30")
        };
        typed.notes[3] = "Company owns all code".into();
        typed.states[4] = Agreement::Agreed;
        let (kept, problems) = typed.check(&before);
        assert_eq!(problems.len(), 3);
        assert_eq!(kept.rate, before.rate);
        assert_eq!(kept.hours, Some(40));
        assert_eq!(kept.start, before.start);
        assert_eq!(kept.scope, "Own the platform and the hiring");
        assert_eq!(kept.checklist.ip.note, "Company owns all code");
        assert_eq!(kept.checklist.nda.state, Agreement::Agreed);
        // Emptied on purpose: nothing is kept.
        let (cleared, problems) = terms("", "").check(&before);
        assert!(problems.is_empty());
        assert_eq!((cleared.rate, cleared.start), (None, None));
        let (_, problems) = TermsDraft {
            hours: "7.5".into(),
            ..TermsDraft::default()
        }
        .check(&before);
        assert_eq!(
            messages(&problems),
            [(TERMS_HOURS, "Enter whole hours, for example 40")]
        );
    }

    #[test]
    fn a_spend_entry_needs_a_date_and_an_amount_or_hours() {
        let draft = |day: &str, amount: &str, hours: &str| SpendDraft {
            day: day.into(),
            amount: amount.into(),
            hours: hours.into(),
            note: " Invoice 3 ".into(),
        };
        let entry = draft("2027-01-31", "8,500.50", "12.5")
            .check("s1".into(), 0)
            .unwrap();
        assert_eq!(entry.amount, Some(Cents::from_amount(8500.5)));
        assert_eq!(entry.hours, Some(Millionths::from_number(12.5)));
        assert_eq!(entry.note, "Invoice 3");
        assert!(draft("2027-01-31", "", "3").check("s1".into(), 0).is_ok());
        let cases: [(SpendDraft, Expected); 4] = [
            (
                draft("", "", ""),
                &[
                    (SPEND_DAY, "Enter the date of the invoice or the work"),
                    (SPEND_AMOUNT, "Enter an amount, hours or both"),
                ],
            ),
            (
                draft("31/01/2027", "lots", ""),
                &[
                    (
                        SPEND_DAY,
                        "The date must be a real date, for example 2027-01-31",
                    ),
                    (SPEND_AMOUNT, "Amount must be a number"),
                ],
            ),
            (
                draft("2027-01-31", "", "800"),
                &[(SPEND_HOURS, "Hours must be 744 or less")],
            ),
            (
                draft("2027-01-31", "-5", ""),
                &[(SPEND_AMOUNT, "Amount must be 0 or more")],
            ),
        ];
        for (typed, expected) in cases {
            let problems = typed.check("s1".into(), 0).unwrap_err();
            assert_eq!(messages(&problems), expected, "{typed:?}");
        }
        let full = draft("2027-01-31", "1", "").check("s1".into(), spend::MAX_ENTRIES);
        assert!(
            messages(&full.unwrap_err())[0]
                .1
                .starts_with("The log keeps up to 1000")
        );
    }

    #[test]
    fn a_review_date_is_added_in_order_once() {
        let day = |text: &str| Day::parse(text).unwrap();
        let reviews = [day("2027-01-01"), day("2027-06-01")];
        let add = |typed: &str, required: bool| review_to_add(&reviews, typed, required);
        assert_eq!(add("", false), Ok(ReviewToAdd::Nothing));
        assert_eq!(add("2027-06-01", true), Ok(ReviewToAdd::Known));
        assert_eq!(
            add(" 2027-03-01 ", true),
            Ok(ReviewToAdd::Add(vec![
                day("2027-01-01"),
                day("2027-03-01"),
                day("2027-06-01")
            ]))
        );
        let problem = |message: &str| Err(Problem::new(TERMS_REVIEW, message));
        assert_eq!(add("  ", true), problem("Enter a review date to add"));
        assert_eq!(
            add("soon", false),
            problem("The review date must be a real date, for example 2027-01-31")
        );
        let many: Vec<Day> = (1..=50)
            .map(|d| Day(day("2027-01-01").0 + chrono::Days::new(d)))
            .collect();
        assert_eq!(
            review_to_add(&many, "2026-01-01", true),
            problem("You can keep up to 50 review dates: remove one first")
        );
        assert_eq!(
            review_not_added("full"),
            Problem::new(TERMS_REVIEW, "The date could not be added: full")
        );
    }

    #[test]
    fn a_notes_tags_are_checked_as_typed() {
        let draft = |tags: &str| NoteDraft {
            tags: tags.into(),
            ..NoteDraft::default()
        };
        let many: Vec<String> = (0..21).map(|i| format!("t{i}")).collect();
        let cases = [
            (
                draft("hiring, Rates,hiring"),
                Ok(vec!["hiring".to_owned(), "Rates".to_owned()]),
            ),
            (
                draft(&"x".repeat(41)),
                Err("Each tag must be 40 characters or fewer"),
            ),
            (draft(&many.join(",")), Err("Enter 20 tags or fewer")),
        ];
        for (typed, expected) in cases {
            let expected = expected.map_err(|m| vec![Problem::new(NOTE_TAGS, m)]);
            assert_eq!(typed.check_tags(), expected, "{}", typed.tags);
        }
        assert_eq!(draft(&many.join(",")).tags_cut_to_fit().len(), 20);
        let note = Note {
            tags: vec!["a".into(), "b".into()],
            ..Note::new("n".into(), chrono::DateTime::UNIX_EPOCH)
        };
        assert_eq!(NoteDraft::from_note(&note).tags, "a, b");
    }

    /// The message for a name with direction controls, for `what`.
    fn reversed(what: &str, it: &str) -> String {
        format!(
            "{what} must not include hidden characters that change the direction of text: delete {it} and type {it} again"
        )
    }

    #[test]
    fn names_with_direction_controls_are_refused_and_marks_kept() {
        let name = reversed("The candidate’s name", "it");
        // (name typed, refused)
        let cases = [
            ("invoice\u{202E}fdp.exe", true),
            ("\u{202A}Ada", true),
            ("Ada\u{202C}", true),
            ("\u{2066}Ada\u{2069}", true),
            ("  \u{2068}  ", true),
            ("\u{5E9}\u{5E8}\u{5D4}\u{200F} (CTO)", false),
            ("Ada\u{200E}\u{061C}", false),
        ];
        for (typed, refused) in cases {
            match candidate(typed, "").check("c".into(), true, 0) {
                Ok(kept) => assert!(!refused && kept.name == typed.trim(), "{typed:?}"),
                Err(problems) => {
                    assert!(refused, "{typed:?}");
                    assert_eq!(messages(&problems), [(CANDIDATE_NAME, name.as_str())]);
                }
            }
        }
        let kpi = |name: &str, unit: &str| KpiDraft {
            unit: unit.into(),
            ..kpi(name, "1", "higher")
        };
        let (kpi_name, unit) = (reversed("The KPI’s name", "it"), reversed("The unit", "it"));
        let cases: [(KpiDraft, Vec<(&str, &str)>); 4] = [
            (kpi("Uptime", "%"), vec![]),
            (kpi("Up\u{202E}time", "%"), vec![(KPI_NAME, &kpi_name)]),
            (kpi("Uptime", "\u{202D}ms"), vec![(KPI_UNIT, &unit)]),
            (
                kpi("\u{2067}", "\u{202B}"),
                vec![(KPI_NAME, &kpi_name), (KPI_UNIT, &unit)],
            ),
        ];
        for (draft, expected) in cases {
            match draft.check("k".into(), true, 0) {
                Ok(_) => assert!(expected.is_empty(), "{draft:?}"),
                Err(problems) => assert_eq!(messages(&problems), expected, "{draft:?}"),
            }
        }
    }

    #[test]
    fn a_note_keeps_what_it_can_as_typed_and_everything_when_left() {
        let draft = |title: &str, tags: &str| NoteDraft {
            title: title.into(),
            body: "Body".into(),
            tags: tags.into(),
        };
        let title = reversed("The title", "it");
        let tags = reversed("Tags", "them");
        let long = "x".repeat(41);
        let owned = |tags: &[&str]| Some(tags.iter().map(|t| t.to_string()).collect::<Vec<_>>());
        // (draft, leaving, title written, tags written, problems)
        type Case<'a> = (
            NoteDraft,
            bool,
            Option<&'a str>,
            Option<Vec<String>>,
            Vec<(&'a str, &'a str)>,
        );
        let cases: [Case; 6] = [
            (
                draft(" Call ", "a, b"),
                false,
                Some(" Call "),
                owned(&["a", "b"]),
                vec![],
            ),
            (
                draft("Call\u{200F}", ""),
                false,
                Some("Call\u{200F}"),
                owned(&[]),
                vec![],
            ),
            (
                draft("invoice\u{202E}fdp.exe", "a"),
                false,
                None,
                owned(&["a"]),
                vec![(NOTE_TITLE, &title)],
            ),
            (
                draft("invoice\u{202E}fdp.exe", "a"),
                true,
                Some("invoicefdp.exe"),
                owned(&["a"]),
                vec![(NOTE_TITLE, &title)],
            ),
            (
                draft("\u{2066}Call", &format!("a\u{202E}b, {long}")),
                false,
                None,
                None,
                vec![(NOTE_TITLE, &title), (NOTE_TAGS, &tags)],
            ),
            (
                draft("Call", &format!("a\u{202E}b, {long}")),
                true,
                Some("Call"),
                owned(&["ab", &"x".repeat(40)]),
                vec![(NOTE_TAGS, &tags)],
            ),
        ];
        for (typed, leaving, title, tags, expected) in cases {
            let (kept_title, kept_tags, problems) = typed.to_write(leaving);
            assert_eq!(kept_title.as_deref(), title, "{typed:?}");
            assert_eq!(kept_tags, tags, "{typed:?}");
            assert_eq!(messages(&problems), expected, "{typed:?}");
        }
    }

    #[test]
    fn a_refused_save_names_the_record_and_the_reason() {
        assert_eq!(
            not_saved("KPI", KPI_NAME, "storage is full"),
            Problem::new(KPI_NAME, "The KPI could not be saved: storage is full")
        );
        assert_eq!(score_field(Criterion::CultureFit), "score-culture-fit");
        for criterion in Criterion::ALL {
            assert_eq!(
                score_field(criterion),
                format!("score-{}", criterion.slug())
            );
        }
        assert_eq!(
            (value_field("k1"), action_field(3), action_done_field(3)),
            (
                "value-k1".to_owned(),
                "action-text-3".to_owned(),
                "action-done-3".to_owned()
            )
        );
    }
}
