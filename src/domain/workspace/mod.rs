//! The founder's workspace: the plan's steps as tasks, notes, candidate scorecards, the
//! engagement terms, KPIs and check-ins. One document, kept only in this browser.

pub mod candidates;
pub mod dashboard;
pub mod drafts;
pub mod ics;
pub mod kpis;
pub mod notes;
pub mod onboarding;
pub mod progress;
pub mod questions;
pub mod removed;
pub mod spend;
pub mod steps;
pub mod summary;
pub mod terms;
pub mod time;
pub mod trend;

#[cfg(test)]
pub(crate) mod tests;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::document::{Document, Migration};
use super::merge::{Merged, Record, other_version, pick, records};
use super::options::Leadership;
use super::text::isolate;
use super::units::{Cents, Millionths, number_to_units};
use candidates::{Candidate, MAX_CANDIDATES, Weights};
use kpis::{CheckIn, Kpi, MAX_CHECK_INS, MAX_KPIS};
use notes::{MAX_NOTES, Note};
use steps::Statuses;

pub use terms::{EngagementModel, MAX_PAYMENT_TERMS, MAX_REVIEWS, MAX_SCOPE, Terms};

/// The largest amount of money the workspace records, in the currency.
pub const MAX_AMOUNT: f64 = 100_000_000.0;

/// Everything the founder keeps in the workspace.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workspace {
    /// The plan the workspace follows; none chosen yet is a fractional CTO's, the plan there
    /// was before there were others.
    pub plan: Option<Leadership>,
    pub steps: Statuses,
    pub notes: Vec<Note>,
    pub candidates: Vec<Candidate>,
    pub weights: Weights,
    pub terms: Terms,
    pub kpis: Vec<Kpi>,
    pub check_ins: Vec<CheckIn>,
    /// Hours and invoices logged against the budget.
    #[serde(default)]
    pub spend: Vec<spend::Entry>,
    /// The first 90 days' milestones, due from the terms' start date.
    #[serde(default)]
    pub onboarding: Vec<onboarding::Milestone>,
    /// The founder's own interview questions, beside the app's.
    #[serde(default)]
    pub questions: Vec<questions::Question>,
}

impl Workspace {
    /// The plan the workspace follows.
    pub fn plan(&self) -> Leadership {
        self.plan.unwrap_or(Leadership::Fractional)
    }

    /// The onboarding milestones with the start they count from: the terms' start date.
    pub fn onboarding_plan(&self) -> onboarding::Onboarding {
        onboarding::Onboarding {
            start: self.terms.start,
            milestones: self.onboarding.clone(),
        }
    }
}

impl Document for Workspace {
    const NAME: &'static str = "workspace";
    const DESCRIPTION: &'static str =
        "your workspace (notes, candidates, terms, KPIs and check-ins)";
    const MIGRATIONS: &'static [Migration] = &[whole_units, plans, records_say];

    fn validate(&self) -> Result<(), String> {
        check_count("notes", self.notes.len(), MAX_NOTES)?;
        check_count("candidates", self.candidates.len(), MAX_CANDIDATES)?;
        check_count("KPIs", self.kpis.len(), MAX_KPIS)?;
        check_count("check-ins", self.check_ins.len(), MAX_CHECK_INS)?;
        check_count("spend entries", self.spend.len(), spend::MAX_ENTRIES)?;
        for entry in &self.spend {
            entry.validate()?;
        }
        self.onboarding_plan().validate()?;
        questions::validate_all(&self.questions)?;
        for note in &self.notes {
            note.validate()?;
        }
        for candidate in &self.candidates {
            candidate.validate()?;
        }
        for kpi in &self.kpis {
            kpi.validate()?;
        }
        for check_in in &self.check_ins {
            check_in.validate(&self.kpis)?;
        }
        self.weights.validate()?;
        self.terms.validate()?;
        unique_ids("notes", self.notes.iter().map(|n| n.id.as_str()))?;
        unique_ids("candidates", self.candidates.iter().map(|c| c.id.as_str()))?;
        unique_ids("KPIs", self.kpis.iter().map(|k| k.id.as_str()))?;
        unique_ids("check-ins", self.check_ins.iter().map(|c| c.id.as_str()))?;
        unique_ids("spend entries", self.spend.iter().map(|e| e.id.as_str()))
    }

    /// Record by record; each step's status and each weight on its own; the terms as one.
    fn merge(base: &Self, mine: &Self, theirs: &Self) -> Merged<Self> {
        let mut conflicts = Vec::new();
        let mut doc = Workspace {
            plan: pick(&base.plan, &mine.plan, &theirs.plan),
            steps: Statuses(each(&base.steps.0, &mine.steps.0, &theirs.steps.0)),
            notes: records(&base.notes, &mine.notes, &theirs.notes, &mut conflicts),
            candidates: records(
                &base.candidates,
                &mine.candidates,
                &theirs.candidates,
                &mut conflicts,
            ),
            weights: Weights(each(&base.weights.0, &mine.weights.0, &theirs.weights.0)),
            terms: pick(&base.terms, &mine.terms, &theirs.terms),
            kpis: records(&base.kpis, &mine.kpis, &theirs.kpis, &mut conflicts),
            check_ins: records(
                &base.check_ins,
                &mine.check_ins,
                &theirs.check_ins,
                &mut conflicts,
            ),
            spend: records(&base.spend, &mine.spend, &theirs.spend, &mut conflicts),
            onboarding: records(
                &base.onboarding,
                &mine.onboarding,
                &theirs.onboarding,
                &mut conflicts,
            ),
            questions: records(
                &base.questions,
                &mine.questions,
                &theirs.questions,
                &mut conflicts,
            ),
        };
        // A KPI deleted on one side while the other recorded a value for it comes back: an
        // edit beats a deletion, and a check-in may only hold values of KPIs there are.
        for check_in in &doc.check_ins.clone() {
            for reading in &check_in.readings {
                if doc.kpis.iter().all(|k| k.id != reading.kpi)
                    && let Some(kpi) = [mine, theirs, base]
                        .iter()
                        .find_map(|w| w.kpis.iter().find(|k| k.id == reading.kpi))
                {
                    doc.kpis.push(kpi.clone());
                }
            }
        }
        Merged { doc, conflicts }
    }
}

/// Merges arrays place by place.
fn each<T: Serialize + Copy + PartialEq, const N: usize>(
    b: &[T; N],
    m: &[T; N],
    t: &[T; N],
) -> [T; N] {
    std::array::from_fn(|i| pick(&b[i], &m[i], &t[i]))
}

/// A copy's id: the record's, cut to leave room for the tag, then the tag (ids are ASCII).
fn copy_id(id: &str, tag: &str) -> String {
    let room = 40usize.saturating_sub(tag.len() + 1).min(id.len());
    format!("{}-{tag}", &id[..room])
}

impl Record for Note {
    fn key(&self) -> String {
        self.id.clone()
    }
    fn conflict_copy(&self, tag: &str, _attempt: usize) -> Self {
        Note {
            id: copy_id(&self.id, tag),
            title: other_version(self.display_title(), notes::MAX_TITLE),
            ..self.clone()
        }
    }
    fn describe(&self) -> String {
        format!("the note “{}”", isolate(self.display_title()))
    }
}

impl Record for Candidate {
    fn key(&self) -> String {
        self.id.clone()
    }
    fn conflict_copy(&self, tag: &str, _attempt: usize) -> Self {
        Candidate {
            id: copy_id(&self.id, tag),
            name: other_version(&self.name, candidates::MAX_NAME),
            ..self.clone()
        }
    }
    fn describe(&self) -> String {
        format!("the candidate “{}”", isolate(self.name.trim()))
    }
}

impl Record for Kpi {
    fn key(&self) -> String {
        self.id.clone()
    }
    fn conflict_copy(&self, tag: &str, _attempt: usize) -> Self {
        Kpi {
            id: copy_id(&self.id, tag),
            name: other_version(&self.name, kpis::MAX_NAME),
            ..self.clone()
        }
    }
    fn describe(&self) -> String {
        format!("the KPI “{}”", isolate(self.name.trim()))
    }
}

impl Record for CheckIn {
    fn key(&self) -> String {
        self.id.clone()
    }
    fn conflict_copy(&self, tag: &str, _attempt: usize) -> Self {
        let summary = if self.summary.trim().is_empty() {
            "(Other version)".to_owned()
        } else {
            other_version(&self.summary, kpis::MAX_SUMMARY)
        };
        CheckIn {
            id: copy_id(&self.id, tag),
            summary,
            ..self.clone()
        }
    }
    fn describe(&self) -> String {
        format!("the check-in of {}", self.date.long())
    }
}

impl Record for spend::Entry {
    fn key(&self) -> String {
        self.id.clone()
    }
    fn conflict_copy(&self, tag: &str, _attempt: usize) -> Self {
        spend::Entry {
            id: copy_id(&self.id, tag),
            note: other_version(&self.note, spend::MAX_NOTE),
            ..self.clone()
        }
    }
    fn describe(&self) -> String {
        format!("the spend of {}", self.day.long())
    }
}

impl Record for onboarding::Milestone {
    fn key(&self) -> String {
        self.id.clone()
    }
    fn conflict_copy(&self, tag: &str, _attempt: usize) -> Self {
        onboarding::Milestone {
            id: copy_id(&self.id, tag),
            text: other_version(&self.text, onboarding::MAX_TEXT),
            ..self.clone()
        }
    }
    fn describe(&self) -> String {
        format!("the milestone “{}”", isolate(self.text.trim()))
    }
}

impl Record for questions::Question {
    fn key(&self) -> String {
        self.id.clone()
    }
    fn conflict_copy(&self, tag: &str, _attempt: usize) -> Self {
        questions::Question {
            id: copy_id(&self.id, tag),
            text: other_version(&self.text, questions::MAX_TEXT),
            ..self.clone()
        }
    }
    fn describe(&self) -> String {
        format!("the question “{}”", isolate(self.text.trim()))
    }
}

impl Workspace {
    pub fn note(&self, id: &str) -> Option<&Note> {
        self.notes.iter().find(|n| n.id == id)
    }

    pub fn note_mut(&mut self, id: &str) -> Option<&mut Note> {
        self.notes.iter_mut().find(|n| n.id == id)
    }

    /// Takes a note out, returning where it was, so that "Undo" can put it back there.
    pub fn remove_note(&mut self, id: &str) -> Option<(usize, Note)> {
        let index = self.notes.iter().position(|n| n.id == id)?;
        Some((index, self.notes.remove(index)))
    }

    /// Puts back a removed note, unless one with its id came back meanwhile.
    pub fn restore_note(&mut self, index: usize, note: Note) {
        if self.note(&note.id).is_none() {
            self.notes.insert(index.min(self.notes.len()), note);
        }
    }

    pub fn candidate(&self, id: &str) -> Option<&Candidate> {
        self.candidates.iter().find(|c| c.id == id)
    }

    pub fn kpi(&self, id: &str) -> Option<&Kpi> {
        self.kpis.iter().find(|k| k.id == id)
    }

    /// Removes a KPI and the values recorded for it.
    pub fn remove_kpi(&mut self, id: &str) {
        self.kpis.retain(|k| k.id != id);
        for check_in in &mut self.check_ins {
            check_in.readings.retain(|r| r.kpi != id);
        }
    }

    /// How many values the check-ins hold for a KPI.
    pub fn readings_of(&self, kpi: &str) -> usize {
        self.check_ins
            .iter()
            .filter(|c| c.reading(kpi).is_some())
            .count()
    }

    pub fn check_in(&self, id: &str) -> Option<&CheckIn> {
        self.check_ins.iter().find(|c| c.id == id)
    }
}

/// Version 1 kept rates, KPI targets and values as JSON floats; version 2 keeps whole cents and
/// millionths (see [`crate::domain::units`]).
fn whole_units(mut data: Value) -> Result<Value, String> {
    for candidate in items(&mut data, "candidates") {
        number_to_units(candidate.get_mut("rate"), Cents::PER_UNIT);
    }
    if let Some(terms) = data.get_mut("terms") {
        number_to_units(terms.get_mut("rate"), Cents::PER_UNIT);
    }
    for kpi in items(&mut data, "kpis") {
        number_to_units(kpi.get_mut("target"), Millionths::PER_UNIT);
    }
    for check_in in items(&mut data, "check_ins") {
        for reading in items(check_in, "readings") {
            number_to_units(reading.get_mut("value"), Millionths::PER_UNIT);
        }
    }
    Ok(data)
}

/// Version 3: a plan per option. The seven steps' statuses become the first of every plan's
/// steps, the others not started; no plan is chosen (a fractional CTO's, as before).
fn plans(mut data: Value) -> Result<Value, String> {
    let Some(object) = data.as_object_mut() else {
        return Ok(data);
    };
    if let Some(statuses) = object.get_mut("steps").and_then(Value::as_array_mut)
        && statuses.len() == 7
    {
        statuses.resize(steps::STEP_COUNT, Value::from("NotStarted"));
    }
    object.insert("plan".to_owned(), Value::Null);
    Ok(data)
}

/// Version 4: step statuses follow the records unless the founder set one. "Not started" was
/// everyone's status before anything was ticked, so it now follows the records; a status the
/// founder chose (in progress, completed) stays theirs. The terms gain a checklist, and the
/// workspace a spend log, onboarding milestones and interview questions, all empty.
fn records_say(mut data: Value) -> Result<Value, String> {
    let Some(object) = data.as_object_mut() else {
        return Ok(data);
    };
    for status in object
        .get_mut("steps")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        if status.as_str() == Some("NotStarted") {
            *status = Value::Null;
        }
    }
    for list in ["spend", "onboarding", "questions"] {
        object.insert(list.to_owned(), Value::Array(Vec::new()));
    }
    Ok(data)
}

/// The items of a list in a document's JSON; none when it is not a list (the document's
/// reading then says what is wrong).
fn items<'a>(data: &'a mut Value, list: &str) -> impl Iterator<Item = &'a mut Value> {
    data.get_mut(list)
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
}

/// "1 note", "3 notes", "0 notes".
pub fn plural(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

/// Ids are made by the app (see [`new_id`]); anything else in a stored or imported file is
/// refused, so an id can go in an address or an element id as it is.
pub fn check_id(id: &str) -> Result<(), String> {
    // "new" is the address of the page that adds one.
    let valid = (1..=40).contains(&id.len())
        && id != "new"
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if valid {
        Ok(())
    } else {
        Err(format!(
            "“{}” is not an id",
            id.chars().take(50).collect::<String>()
        ))
    }
}

/// A new id from the moment and a random number: unique in practice, across browsers too,
/// so that importing another browser's export adds rather than overwrites.
pub fn new_id(millis: i64, random: u32) -> String {
    format!(
        "{}-{}",
        base36(millis.max(0) as u64),
        base36(u64::from(random))
    )
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Refuses text longer than `max` characters.
pub fn check_text(what: &str, text: &str, max: usize) -> Result<(), String> {
    if text.chars().count() > max {
        return Err(format!("{what} must be {max} characters or fewer"));
    }
    Ok(())
}

pub fn check_amount(what: &str, amount: Cents) -> Result<(), String> {
    if amount > Cents::from_amount(MAX_AMOUNT) {
        return Err(format!("{what} is not a usable amount"));
    }
    Ok(())
}

fn check_count(what: &str, count: usize, max: usize) -> Result<(), String> {
    if count > max {
        return Err(format!("there are more than {max} {what}"));
    }
    Ok(())
}

fn unique_ids<'a>(what: &str, ids: impl Iterator<Item = &'a str>) -> Result<(), String> {
    let ids: Vec<&str> = ids.collect();
    for (i, id) in ids.iter().enumerate() {
        if ids[..i].contains(id) {
            return Err(format!("two {what} share the id “{id}”"));
        }
    }
    Ok(())
}
