//! The self-assessment: questions as data, answers, scoring, and the forms in which answers
//! are saved and shared.

pub mod answers;
pub mod compare;
pub mod draft;
pub mod explain;
pub mod history;
pub mod memo;
pub mod questions;
pub mod scoring;

use serde::{Deserialize, Serialize};

use answers::{Answer, Answers, Problem, RawAnswers};
use questions::{NOT_SURE, QUESTIONS, question};

use super::document::Document;
use super::merge::{Merged, pick};
use super::preferences::Currency;
use super::route::Route;

/// The visitor's own answers, saved as they are given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// Kept as text, so that an answer an older or newer question set gave survives until the
    /// visitor replaces it (see [`Answers::read`]).
    pub answers: RawAnswers,
    /// The currency the budget was given in.
    #[serde(default)]
    pub currency: Option<Currency>,
    /// Whether the visitor has seen the result; coming back then leads to it.
    #[serde(default)]
    pub finished: bool,
}

impl Document for Progress {
    const NAME: &'static str = "assessment";
    const DESCRIPTION: &'static str = "your self-assessment answers";

    fn validate(&self) -> Result<(), String> {
        if self.answers.len() > 100 {
            return Err("too many answers".into());
        }
        if self
            .answers
            .iter()
            .any(|(k, v)| k.len() > 100 || v.len() > 500)
        {
            return Err("an answer is too long".into());
        }
        Ok(())
    }

    /// Answer by answer, so two tabs answering different questions both keep theirs.
    fn merge(base: &Self, mine: &Self, theirs: &Self) -> Merged<Self> {
        let mut answers = RawAnswers::new();
        let keys = base
            .answers
            .keys()
            .chain(mine.answers.keys())
            .chain(theirs.answers.keys());
        for key in keys {
            let side = |p: &Progress| p.answers.get(key).cloned();
            if let Some(answer) = pick(&side(base), &side(mine), &side(theirs)) {
                answers.insert(key.clone(), answer);
            }
        }
        Merged {
            doc: Progress {
                answers,
                currency: pick(&base.currency, &mine.currency, &theirs.currency),
                finished: pick(&base.finished, &mine.finished, &theirs.finished),
            },
            conflicts: Vec::new(),
        }
    }
}

/// Where a returning visitor picks up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resume {
    /// Nothing answered yet.
    Start,
    /// The first question on the path without a usable answer.
    Question(usize),
    Check,
    Result,
}

impl Resume {
    /// The page that picks up from here: the start page when nothing is answered yet.
    pub fn route(self) -> Route {
        match self {
            Resume::Start => Route::Assessment,
            Resume::Question(index) => Route::Question {
                index,
                changing: false,
            },
            Resume::Check => Route::CheckAnswers,
            Resume::Result => Route::AssessmentResult,
        }
    }
}

impl Progress {
    pub fn read(&self) -> (Answers, Vec<Problem>) {
        Answers::read(&self.answers)
    }

    pub fn resume(&self) -> Resume {
        let (answers, _) = self.read();
        match answers.first_unanswered() {
            _ if answers.answered_count() == 0 => Resume::Start,
            Some(index) => Resume::Question(index),
            None if self.finished => Resume::Result,
            None => Resume::Check,
        }
    }

    /// Records an answer; `None` clears it.
    pub fn answer(&mut self, index: usize, answer: Option<&Answer>) {
        let q = &QUESTIONS[index];
        match answer {
            Some(answer) => self.answers.insert(q.id.to_owned(), answer.to_raw(q)),
            None => self.answers.remove(q.id),
        };
    }

    /// Drops saved answers the current questions cannot use, once the visitor has seen them
    /// listed and chosen to.
    pub fn remove_unusable(&mut self) {
        let (answers, _) = self.read();
        // `retain`, not `collect`: collecting into a map sorts, and each sort adds kilobytes
        // of wasm.
        self.answers.retain(|key, value| {
            question(key).is_some_and(|(i, _)| {
                answers.get(i).is_some() && Answer::from_raw(i, value).is_ok()
            })
        });
    }
}

/// The version of the share-link format; links carry it as `v`.
pub const SHARE_VERSION: u32 = 1;

/// Links longer than this are refused unread: no honest link comes near it.
const MAX_SHARE_LENGTH: usize = 2_000;

/// The query of a share link: `v=1&currency=EUR&stage=early&...`, answers on the path only.
pub fn share_query(answers: &Answers, currency: Currency) -> String {
    let mut parts = vec![
        format!("v={SHARE_VERSION}"),
        format!("currency={}", currency.code()),
    ];
    for (key, value) in answers.to_raw() {
        parts.push(format!("{key}={value}"));
    }
    parts.join("&")
}

/// What a share link holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    pub answers: Answers,
    pub currency: Currency,
    /// Everything in the link that could not be used, in words, for the visitor.
    pub problems: Vec<String>,
}

/// Reads a share link's query. Never fails: what cannot be read is listed in `problems`.
pub fn read_share_query(query: &str) -> Shared {
    let mut shared = Shared {
        answers: Answers::default(),
        currency: Currency::default(),
        problems: Vec::new(),
    };
    if query.len() > MAX_SHARE_LENGTH {
        shared
            .problems
            .push("the link is far longer than any link this app makes, so it was not read".into());
        return shared;
    }
    let mut raw = RawAnswers::new();
    let mut version = None;
    for part in query.split('&').filter(|p| !p.is_empty()) {
        let Some((key, value)) = part.split_once('=') else {
            shared.problems.push(format!(
                "part of the link (“{}”) is not in the form question=answer",
                short(part)
            ));
            continue;
        };
        match key {
            "v" => version = Some(value),
            "currency" => match Currency::from_code(value) {
                Some(currency) => shared.currency = currency,
                None => shared.problems.push(format!(
                    "the currency “{}” is not one this app knows, so amounts are shown in dollars",
                    short(value)
                )),
            },
            _ if raw.contains_key(key) => shared.problems.push(format!(
                "“{}” is answered twice; the first answer was used",
                short(key)
            )),
            _ => {
                raw.insert(key.to_owned(), value.to_owned());
            }
        }
    }
    match version {
        Some(v) if v == SHARE_VERSION.to_string() => {}
        Some(v) => shared.problems.push(format!(
            "the link is in format “{}”, and this version of the app reads format {SHARE_VERSION}",
            short(v)
        )),
        None => shared
            .problems
            .push("the link does not say which format it is in".into()),
    }
    let (answers, problems) = Answers::read(&raw);
    shared
        .problems
        .extend(problems.iter().map(ToString::to_string));
    for index in answers.path() {
        if answers.get(index).is_none() && !raw.contains_key(QUESTIONS[index].id) {
            shared.problems.push(format!(
                "the link has no answer to “{}”",
                QUESTIONS[index].short
            ));
        }
    }
    shared.answers = answers;
    shared
}

use crate::domain::text::short;

/// The calculator's inputs that follow from the answers, as a query for its address:
/// budget, hours of leadership a week and months of need, where the answers say.
pub fn calculator_query(answers: &Answers, currency: Currency) -> String {
    let mut parts = vec![format!("currency={}", currency.code())];
    let choice_of = |id: &str| {
        let (index, q) = question(id)?;
        match answers.get(index)? {
            Answer::One(i) => Some(q.choices[*i].id),
            _ => None,
        }
    };
    if let Some((index, _)) = question("budget")
        && let Some(Answer::Amount(amount)) = answers.get(index)
    {
        parts.push(format!("budget={amount}"));
    }
    for (key, id, table) in [("hours", "time", &HOURS), ("months", "horizon", &MONTHS)] {
        let value = choice_of(id).and_then(|choice| table.iter().find(|(c, _)| *c == choice));
        if let Some((_, value)) = value {
            parts.push(format!("{key}={value}"));
        }
    }
    parts.join("&")
}

/// Hours of leadership a week for each answer to "time" ("I'm not sure" gives none).
const HOURS: [(&str, u32); 4] = [
    ("hours", 6),
    ("days-1-2", 12),
    ("days-3-4", 28),
    ("full-time", 40),
];

/// Months of need for each answer to "horizon".
const MONTHS: [(&str, u32); 4] = [
    ("months", 6),
    ("year", 12),
    ("two-years", 24),
    ("long-term", 36),
];

/// Whether the answer is "I'm not sure".
pub fn is_not_sure(index: usize, answer: &Answer) -> bool {
    match answer {
        Answer::One(i) => QUESTIONS[index].choices[*i].id == NOT_SURE,
        Answer::AmountNotSure => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests;
