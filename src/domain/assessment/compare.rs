//! Two people's results side by side: where their answers differ (first), which of those
//! differences changes a recommendation, each one's fits, and the two taken together. Both
//! results come from answers (the other person's from their share link): nothing is sent.

use super::answers::{Answers, describe};
use super::questions::QUESTIONS;
use super::scoring::{Outcome, score};
use crate::domain::form::Problem;
use crate::domain::options::Leadership;
use crate::domain::preferences::Currency;
use crate::domain::sort_small_by;

/// One question, as each person answered it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub topic: &'static str,
    /// "Not asked" where the question was not on that person's path.
    pub mine: String,
    pub theirs: String,
    pub differs: bool,
    /// Taking their answer instead of mine would change my recommendation to this.
    pub moves_mine: Option<Leadership>,
    /// Taking my answer instead of theirs would change their recommendation to this.
    pub moves_theirs: Option<Leadership>,
}

/// The two results compared.
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    pub mine: Outcome,
    pub theirs: Outcome,
    /// Each option's fit the average of the two, best first.
    pub together: Vec<(Leadership, u8)>,
    /// Every question either was asked: the differences first (those that change a
    /// recommendation before the others), then the agreements, each in question order.
    pub rows: Vec<Row>,
}

impl Compared {
    pub fn agree(&self) -> bool {
        self.mine.best() == self.theirs.best()
    }

    pub fn differences(&self) -> usize {
        self.rows.iter().filter(|r| r.differs).count()
    }
}

/// Compares my answers with theirs. Amounts are written in each person's own currency.
pub fn compare(
    mine: &Answers,
    my_currency: Currency,
    theirs: &Answers,
    their_currency: Currency,
) -> Compared {
    let (my_outcome, their_outcome) = (score(mine), score(theirs));
    let word = |answers: &Answers, i: usize, currency: Currency| match answers.get(i) {
        _ if !answers.is_asked(i) => "Not asked".to_owned(),
        Some(answer) => describe(&QUESTIONS[i], answer, currency),
        None => "No answer".to_owned(),
    };
    // The recommendation with one answer taken from the other person, if it moves: only
    // where both answered the question and taking it asks no other question (an industry
    // that brings the compliance question in or out is a change of more than one answer).
    let moved = |to: &Answers, from: &Answers, i: usize, now: Leadership| {
        let (Some(_), Some(answer)) = (to.get(i), from.get(i)) else {
            return None;
        };
        if !to.is_asked(i) || !from.is_asked(i) {
            return None;
        }
        let mut changed = to.clone();
        changed.set(i, Some(answer.clone()));
        if changed.path() != to.path() {
            return None;
        }
        let best = score(&changed).best();
        (best != now).then_some(best)
    };
    let mut rows: Vec<Row> = (0..QUESTIONS.len())
        .filter(|&i| mine.is_asked(i) || theirs.is_asked(i))
        .map(|i| {
            let (my_word, their_word) =
                (word(mine, i, my_currency), word(theirs, i, their_currency));
            // In words, so that the same amount in two currencies differs.
            let differs = my_word != their_word;
            Row {
                topic: QUESTIONS[i].short,
                mine: my_word,
                theirs: their_word,
                differs,
                moves_mine: differs
                    .then(|| moved(mine, theirs, i, my_outcome.best()))
                    .flatten(),
                moves_theirs: differs
                    .then(|| moved(theirs, mine, i, their_outcome.best()))
                    .flatten(),
            }
        })
        .collect();
    let rank = |r: &Row| match (
        r.differs,
        r.moves_mine.is_some() || r.moves_theirs.is_some(),
    ) {
        (true, true) => 0,
        (true, false) => 1,
        (false, _) => 2,
    };
    // A stable sort keeps question order within each group.
    sort_small_by(&mut rows, |a, b| rank(a) < rank(b));
    let mut together: Vec<(Leadership, f64)> = Leadership::ALL
        .iter()
        .map(|&o| {
            (
                o,
                (my_outcome.fit[o.index()] + their_outcome.fit[o.index()]) / 2.0,
            )
        })
        .collect();
    sort_small_by(&mut together, |a, b| a.1 > b.1);
    Compared {
        mine: my_outcome,
        theirs: their_outcome,
        together: together
            .into_iter()
            .map(|(o, fit)| (o, fit.round().clamp(0.0, 100.0) as u8))
            .collect(),
        rows,
    }
}

/// The id of the field the other person's link is pasted into.
pub const LINK_FIELD: &str = "their-link";

/// The answers' part of a share link someone pasted: what follows `#/assessment/shared?`.
/// Not a comparison's own address: that holds whoever that person compared with, often the
/// visitor. A problem in words, naming the field, otherwise.
pub fn query_of_link(link: &str) -> Result<&str, Problem> {
    let link = link.trim();
    let problem = |message: &str| Problem {
        field: LINK_FIELD.to_owned(),
        message: message.to_owned(),
    };
    if link.is_empty() {
        return Err(problem("Paste the link to their result"));
    }
    link.split_once("#/assessment/shared?")
        .map(|(_, query)| query)
        .filter(|query| !query.is_empty())
        .ok_or_else(|| problem("This is not a link to a self-assessment result. Ask them to copy the link under “Share or keep this result” on their result page"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::tests::{CLOSE, EARLY, answers};

    #[test]
    fn differences_come_first_and_those_that_change_a_result_before_them() {
        let mine = answers(CLOSE);
        let mut other = CLOSE.to_vec();
        other[1] = ("industry", "other");
        other[4] = ("budget", "20000");
        other[9] = ("ownership", "essential");
        let theirs = answers(&other);
        let compared = compare(&mine, Currency::Usd, &theirs, Currency::Eur);
        assert_eq!(compared.mine.best(), Leadership::Fractional);
        assert_eq!(compared.theirs.best(), Leadership::FullTime);
        assert!(!compared.agree());
        assert_eq!(
            compared.differences(),
            3,
            "the same amount in another currency differs"
        );
        let rows: Vec<_> = compared
            .rows
            .iter()
            .map(|r| (r.topic, r.differs, r.moves_mine, r.moves_theirs))
            .collect();
        assert_eq!(
            rows[..3],
            [
                (
                    "Ownership and integration",
                    true,
                    Some(Leadership::FullTime),
                    Some(Leadership::Fractional)
                ),
                ("Industry", true, None, None),
                ("Monthly budget", true, None, None),
            ]
        );
        assert!(rows[3..].iter().all(|r| !r.1), "agreements last: {rows:?}");
        assert_eq!(compared.rows[3].topic, "Company stage", "in question order");
        let budget = &compared.rows[2];
        assert_eq!(
            (budget.mine.as_str(), budget.theirs.as_str()),
            ("$20,000 a month", "€20,000 a month")
        );
        // Together: the average of the two fits, best first.
        let (first, fit) = compared.together[0];
        let average = (compared.mine.fit[first.index()] + compared.theirs.fit[first.index()]) / 2.0;
        assert_eq!(fit, average.round() as u8);
        assert!(compared.together.windows(2).all(|w| w[0].1 >= w[1].1));
    }

    #[test]
    fn a_question_only_one_was_asked_moves_no_result() {
        let mine = answers(CLOSE);
        let mut other = CLOSE.to_vec();
        other[1] = ("industry", "fintech");
        other.push(("compliance", "not-started"));
        let theirs = answers(&other);
        let compared = compare(&mine, Currency::Usd, &theirs, Currency::Usd);
        let row = |topic: &str| compared.rows.iter().find(|r| r.topic == topic).unwrap();
        let compliance = row("Security and compliance");
        assert_eq!(compliance.mine, "Not asked");
        assert!(compliance.differs);
        assert_eq!(
            (compliance.moves_mine, compliance.moves_theirs),
            (None, None)
        );
        // Taking their industry would ask a question more: not one answer's change.
        assert_eq!(
            (row("Industry").moves_mine, row("Industry").moves_theirs),
            (None, None)
        );
    }

    #[test]
    fn the_same_answers_agree_on_everything() {
        let mine = answers(EARLY);
        let compared = compare(&mine, Currency::Usd, &mine, Currency::Usd);
        assert!(compared.agree());
        assert_eq!(compared.differences(), 0);
        assert_eq!(compared.rows.len(), 10);
    }

    #[test]
    fn a_pasted_link_gives_its_answers_or_says_what_to_paste() {
        let cases = [
            (
                "https://a.example/cto/#/assessment/shared?v=1&stage=early",
                Ok("v=1&stage=early"),
            ),
            ("  #/assessment/shared?v=1&x=y ", Ok("v=1&x=y")),
            // A comparison's address holds whoever that person compared with.
            (
                "https://a.example/#/assessment/compare?v=1&stage=early",
                Err("This is not"),
            ),
            ("", Err("Paste the link to their result")),
            ("https://a.example/#/calculator?v=1", Err("This is not")),
            ("https://a.example/#/assessment/shared?", Err("This is not")),
        ];
        for (link, expected) in cases {
            match (query_of_link(link), expected) {
                (Ok(query), Ok(want)) => assert_eq!(query, want),
                (Err(problem), Err(start)) => {
                    assert_eq!(problem.field, LINK_FIELD);
                    assert!(problem.message.starts_with(start), "{problem:?}");
                }
                (got, want) => panic!("{link:?}: {got:?}, expected {want:?}"),
            }
        }
    }
}
