//! Past results: each completed self-assessment, dated, so a founder sees how the answer moved.
//!
//! A result is kept when the visitor's own result page shows answers that differ from the last
//! kept ones (a retake, or a change of answers); the same answers shown again add nothing. The
//! answers are kept as text, like [`Progress`](super::Progress), and scored again when shown:
//! the fits are those of today's rules, the same as a share link's.

use serde::{Deserialize, Serialize};

use super::answers::{Answers, RawAnswers, describe};
use super::questions::QUESTIONS;
use super::scoring::{Outcome, score};
use crate::domain::document::Document;
use crate::domain::merge::{Merged, pick};
use crate::domain::preferences::Currency;

/// The most results kept; the oldest goes when one more is added.
pub const MAX_RESULTS: usize = 20;

/// The visitor's past results, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    pub results: Vec<PastResult>,
    /// How many of the oldest results were dropped to keep [`MAX_RESULTS`].
    #[serde(default)]
    pub dropped: u32,
}

/// One completed self-assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PastResult {
    /// When, in milliseconds since 1970 (UTC): a number, not a date's text, so that reading
    /// the history needs no date parser in the result's part of the app (18 KB of wasm).
    pub at: i64,
    pub answers: RawAnswers,
    pub currency: Currency,
}

/// What [`History::record`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// The answers are the last kept ones: nothing added.
    Same,
    Added,
    /// Added, and the oldest result dropped to make room.
    AddedDroppingOldest,
}

impl History {
    /// Keeps a result unless its answers are the last kept ones.
    pub fn record(&mut self, at: i64, answers: &Answers, currency: Currency) -> Recorded {
        let raw = answers.to_raw();
        if self.results.last().is_some_and(|last| last.answers == raw) {
            return Recorded::Same;
        }
        self.results.push(PastResult {
            at,
            answers: raw,
            currency,
        });
        if self.results.len() > MAX_RESULTS {
            let extra = self.results.len() - MAX_RESULTS;
            self.results.drain(..extra);
            self.dropped = self.dropped.saturating_add(extra as u32);
            Recorded::AddedDroppingOldest
        } else {
            Recorded::Added
        }
    }

    /// Each result scored with today's rules, with what changed since the one before, newest
    /// first.
    pub fn entries(&self) -> Vec<Entry> {
        let mut before: Option<Answers> = None;
        let mut entries: Vec<Entry> = self
            .results
            .iter()
            .map(|result| {
                let (answers, _) = Answers::read(&result.answers);
                let changed = before
                    .as_ref()
                    .map(|b| changes(b, &answers, result.currency))
                    .unwrap_or_default();
                let entry = Entry {
                    at: result.at,
                    outcome: score(&answers),
                    changed,
                    complete: answers.is_complete(),
                };
                before = Some(answers);
                entry
            })
            .collect();
        entries.reverse();
        entries
    }
}

/// A past result as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Milliseconds since 1970 (UTC).
    pub at: i64,
    pub outcome: Outcome,
    /// The answers that differ from the result before, in question order.
    pub changed: Vec<AnswerChange>,
    /// Whether every question asked still has an answer the current questions can use.
    pub complete: bool,
}

/// An answer that changed between two results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerChange {
    pub topic: &'static str,
    /// "Not asked" where the question was not on the path.
    pub from: String,
    pub to: String,
}

/// The answers that differ between two sets, in question order.
pub fn changes(from: &Answers, to: &Answers, currency: Currency) -> Vec<AnswerChange> {
    let word = |answers: &Answers, i: usize| match answers.get(i) {
        _ if !answers.is_asked(i) => "Not asked".to_owned(),
        Some(answer) => describe(&QUESTIONS[i], answer, currency),
        None => "No answer".to_owned(),
    };
    (0..QUESTIONS.len())
        .filter(|&i| (from.is_asked(i) || to.is_asked(i)) && word(from, i) != word(to, i))
        .map(|i| AnswerChange {
            topic: QUESTIONS[i].short,
            from: word(from, i),
            to: word(to, i),
        })
        .collect()
}

impl Document for History {
    const NAME: &'static str = "assessment-history";
    const DESCRIPTION: &'static str = "your past self-assessment results";

    fn validate(&self) -> Result<(), String> {
        if self.results.len() > MAX_RESULTS {
            return Err("too many results".into());
        }
        let too_long = |r: &PastResult| {
            r.answers.len() > 100
                || r.answers
                    .iter()
                    .any(|(k, v)| k.len() > 100 || v.len() > 500)
        };
        if self.results.iter().any(too_long) {
            return Err("a result is too long".into());
        }
        Ok(())
    }

    /// Every result either tab kept, in time order, the newest [`MAX_RESULTS`].
    fn merge(base: &Self, mine: &Self, theirs: &Self) -> Merged<Self> {
        let mut results: Vec<PastResult> = mine.results.clone();
        for result in &theirs.results {
            if !results.contains(result) {
                results.push(result.clone());
            }
        }
        crate::domain::sort_small_by(&mut results, |a, b| a.at < b.at);
        // Two tabs showing the same result each kept it: once is enough.
        results.dedup_by(|later, earlier| later.answers == earlier.answers);
        let extra = results.len().saturating_sub(MAX_RESULTS);
        results.drain(..extra);
        let dropped =
            pick(&base.dropped, &mine.dropped, &theirs.dropped).saturating_add(extra as u32);
        Merged {
            doc: History { results, dropped },
            conflicts: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::tests::{EARLY, answers};

    /// 9:00 UTC on a day of November 2026, in milliseconds.
    fn day(d: u32) -> i64 {
        1_761_987_600_000 + 86_400_000 * i64::from(d)
    }

    #[test]
    fn a_retake_is_kept_with_what_changed_and_the_same_answers_are_not_kept_twice() {
        let mut history = History::default();
        let first = answers(EARLY);
        assert_eq!(
            history.record(day(1), &first, Currency::Usd),
            Recorded::Added
        );
        assert_eq!(
            history.record(day(2), &first, Currency::Usd),
            Recorded::Same
        );
        let mut later: Vec<_> = EARLY.to_vec();
        later[6] = ("time", "full-time");
        later[9] = ("ownership", "essential");
        let second = answers(&later);
        assert_eq!(
            history.record(day(3), &second, Currency::Usd),
            Recorded::Added
        );
        let entries = history.entries();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].at, day(3), "newest first");
        assert_eq!(
            entries[0].changed,
            [
                AnswerChange {
                    topic: "Time needed",
                    from: "One or two days a week".into(),
                    to: "Full time".into()
                },
                AnswerChange {
                    topic: "Ownership and integration",
                    from: "It would be nice, but it is not essential".into(),
                    to: "It is essential".into()
                },
            ]
        );
        assert!(
            entries[1].changed.is_empty(),
            "the first has nothing before it"
        );
        assert_eq!(entries[1].outcome, score(&first));
    }

    #[test]
    fn twenty_results_are_kept_and_the_oldest_dropped_is_counted() {
        let mut history = History::default();
        for i in 0..=MAX_RESULTS as u64 {
            let mut a = answers(EARLY);
            let (budget, _) = super::super::questions::question("budget").unwrap();
            a.set(
                budget,
                Some(super::super::answers::Answer::Amount(1_000 + i)),
            );
            let expected = if (i as usize) < MAX_RESULTS {
                Recorded::Added
            } else {
                Recorded::AddedDroppingOldest
            };
            assert_eq!(history.record(day(1), &a, Currency::Eur), expected);
        }
        assert_eq!(history.results.len(), MAX_RESULTS);
        assert_eq!(history.dropped, 1);
        assert_eq!(history.results[0].answers["budget"], "1001");
        assert!(history.validate().is_ok());
    }

    #[test]
    fn two_tabs_keep_both_their_results_in_time_order() {
        let mut base = History::default();
        base.record(day(1), &answers(EARLY), Currency::Usd);
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        let mut other: Vec<_> = EARLY.to_vec();
        other[1] = ("industry", "other");
        theirs.record(day(2), &answers(&other), Currency::Usd);
        other[1] = ("industry", "ecommerce");
        mine.record(day(3), &answers(&other), Currency::Usd);
        let merged = History::merge(&base, &mine, &theirs).doc;
        let days: Vec<_> = merged.results.iter().map(|r| r.at).collect();
        assert_eq!(days, [day(1), day(2), day(3)]);
        assert_eq!(History::merge(&base, &theirs, &mine).doc, merged);
        // The same answers kept by both tabs, a moment apart: kept once.
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        mine.record(day(4), &answers(&other), Currency::Usd);
        theirs.record(day(5), &answers(&other), Currency::Usd);
        assert_eq!(History::merge(&base, &mine, &theirs).doc.results.len(), 2);
    }
}
