//! The result in words: the reasons, "what would change it" and the budget's limits as
//! sentences a founder can act on. The result page and the decision memo both write these.

use super::answers::{Answer, Answers, describe, format_money};
use super::questions::{QUESTIONS, Weights, question};
use super::scoring::{Change, Outcome, Reason, reasons, signed, what_would_change};
use crate::domain::capitalise;
use crate::domain::options::Leadership;
use crate::domain::preferences::Currency;

/// How many answers "Why" lists for the recommendation, and against it.
const FOR_IT: usize = 4;
const AGAINST: usize = 2;

/// One answer given as a reason.
#[derive(Debug, Clone, PartialEq)]
pub struct ReasonLine {
    pub question: usize,
    /// The question's short name: "Engineering team".
    pub topic: &'static str,
    /// The answer in words: "1 to 3".
    pub answer: String,
    /// Why it weighs as it does, as a sentence.
    pub because: String,
    /// "+12 for a fractional CTO, −3 for a full-time CTO".
    pub effect: String,
}

/// The answers that did most for the recommendation, and those that pulled the other way.
#[derive(Debug, Clone, PartialEq)]
pub struct Why {
    pub for_it: Vec<ReasonLine>,
    pub against: Vec<ReasonLine>,
}

/// Whether a choice's own reason speaks for `option` over `other`: the option is among those
/// it favours most, and it favours it more than the other. A choice's `because` is written for
/// those options only ("a small team needs direction more than a full-time manager" speaks
/// for a fractional CTO, not for an in-house team), and says nothing between two it favours
/// alike.
pub fn argues_for(weights: Weights, option: Leadership, other: Leadership) -> bool {
    let own = weights[option.index()];
    own > 0 && weights.iter().all(|&w| w <= own) && own > weights[other.index()]
}

/// Why an answer counts for `favoured` over `other`: the reasons of the chosen choices that
/// speak for it, or, where none does, what the points say.
fn because(index: usize, answer: &Answer, favoured: Leadership, other: Leadership) -> String {
    let q = &QUESTIONS[index];
    let own: Vec<&str> = answer
        .choices(q)
        .into_iter()
        .map(|i| &q.choices[i])
        .filter(|c| argues_for(c.weights, favoured, other))
        .map(|c| c.because)
        .collect();
    if own.is_empty() {
        format!(
            "This answer counts more for {} than for {}.",
            favoured.in_sentence(),
            other.in_sentence()
        )
    } else {
        format!("{}.", capitalise(&own.join("; ")))
    }
}

/// "Why", in words: up to four answers for the recommendation, two against.
pub fn why(answers: &Answers, outcome: &Outcome, currency: Currency) -> Why {
    let (best, next) = (outcome.best(), outcome.runner_up());
    let all = reasons(answers, outcome);
    let line = |r: &Reason, favoured: Leadership, other: Leadership| {
        let q = &QUESTIONS[r.question];
        let answer = answers.get(r.question).expect("a reason is an answer");
        ReasonLine {
            question: r.question,
            topic: q.short,
            answer: describe(q, answer, currency),
            because: because(r.question, answer, favoured, other),
            effect: format!(
                "{} for {}, {} for {}",
                signed(r.effect[best.index()]),
                best.in_sentence(),
                signed(r.effect[next.index()]),
                next.in_sentence(),
            ),
        }
    };
    Why {
        for_it: all
            .iter()
            .filter(|r| r.lead >= 0.5)
            .take(FOR_IT)
            .map(|r| line(r, best, next))
            .collect(),
        against: all
            .iter()
            .rev()
            .filter(|r| r.lead <= -0.5)
            .take(AGAINST)
            .map(|r| line(r, next, best))
            .collect(),
    }
}

/// One change of answer, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeLine {
    /// The question's short name.
    pub topic: &'static str,
    /// "“Full time” instead of “One or two days a week”", "also tick “Building a team”".
    pub change: String,
}

/// Another option that a change of answers would put first.
#[derive(Debug, Clone, PartialEq)]
pub struct WhatIfLine {
    pub option: Leadership,
    /// Its fit with the changes.
    pub fit: u8,
    pub changes: Vec<ChangeLine>,
    /// Where the founder's stated budget cannot pay for the option: why, in a sentence.
    pub beyond_budget: Option<String>,
}

fn quoted(label: &str) -> String {
    format!("“{label}”")
}

/// "“A” and “B”", "“A”, “B” and “C”".
fn listed(labels: &[String]) -> String {
    match labels {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A change in words: ticked lists as what to tick or untick, others as the new answer
/// instead of the old.
pub fn change_text(change: &Change, answers: &Answers, currency: Currency) -> String {
    let q = &QUESTIONS[change.question];
    let was = answers.get(change.question);
    if let (Some(Answer::Many(was)), Answer::Many(to)) = (was, &change.to) {
        let label = |i: &usize| quoted(q.choices[*i].label);
        let added: Vec<String> = to.iter().filter(|i| !was.contains(i)).map(label).collect();
        let removed: Vec<String> = was.iter().filter(|i| !to.contains(i)).map(label).collect();
        let mut parts = Vec::new();
        if !added.is_empty() {
            parts.push(format!("also tick {}", listed(&added)));
        }
        if !removed.is_empty() {
            parts.push(format!("untick {}", listed(&removed)));
        }
        return parts.join(" and ");
    }
    let now = quoted(&describe(q, &change.to, currency));
    match was {
        Some(was) => format!("{now} instead of {}", quoted(&describe(q, was, currency))),
        None => now,
    }
}

/// The monthly budget the founder stated, if they gave an amount.
pub fn stated_budget(answers: &Answers) -> Option<u64> {
    let (index, _) = question("budget")?;
    match answers.get(index)? {
        Answer::Amount(amount) => Some(*amount),
        _ => None,
    }
}

/// Why the stated budget cannot pay for an option, if it cannot: its monthly floor is above
/// the budget. Nothing where no budget was stated or the option has no floor.
pub fn beyond_budget(option: Leadership, answers: &Answers, currency: Currency) -> Option<String> {
    let budget = stated_budget(answers)?;
    let (floor, what) = option.monthly_floor(currency)?;
    (budget < floor).then(|| {
        format!(
            "Beyond your budget: {what} is about {} a month, more than the {} a month you said you could spend.",
            format_money(floor, currency),
            format_money(budget, currency),
        )
    })
}

/// "What would change it", in words: for each other option a change of answers puts first.
pub fn what_ifs(answers: &Answers, currency: Currency) -> Vec<WhatIfLine> {
    what_would_change(answers)
        .into_iter()
        .map(|what_if| WhatIfLine {
            option: what_if.option,
            fit: what_if.outcome.score(what_if.option),
            changes: what_if
                .changes
                .iter()
                .map(|change| ChangeLine {
                    topic: QUESTIONS[change.question].short,
                    change: change_text(change, answers, currency),
                })
                .collect(),
            beyond_budget: beyond_budget(what_if.option, answers, currency),
        })
        .collect()
}
