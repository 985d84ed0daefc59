//! Candidate scorecards: scores from 1 to 5 on five criteria, the founder's weights, and a
//! ranking by weighted score.

use serde::{Deserialize, Serialize};

use super::kpis::number_text;
use super::{EngagementModel, check_amount, check_id, check_text, plural};
use crate::domain::sort_small_by;
use crate::domain::units::Cents;

pub const MAX_CANDIDATES: usize = 100;
pub const MAX_NAME: usize = 100;
pub const MAX_CONTACT: usize = 200;
pub const MAX_NOTES: usize = 10_000;
/// Weights run from 0 (ignore) to this.
pub const MAX_WEIGHT: u8 = 5;

/// What a candidate is scored on: the interview step of the seven, and the seed's worry
/// about security when outsiders handle the company's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Criterion {
    Experience,
    Expertise,
    Communication,
    CultureFit,
    Security,
}

impl Criterion {
    /// In the order the app always lists them; scores and weights are arrays in this order.
    pub const ALL: [Criterion; 5] = [
        Criterion::Experience,
        Criterion::Expertise,
        Criterion::Communication,
        Criterion::CultureFit,
        Criterion::Security,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Criterion::Experience => "Experience",
            Criterion::Expertise => "Technical expertise",
            Criterion::Communication => "Communication",
            Criterion::CultureFit => "Culture fit",
            Criterion::Security => "Security practices",
        }
    }

    /// What to look for, as a hint beside the score.
    pub fn hint(self) -> &'static str {
        match self {
            Criterion::Experience => {
                "Has led technology at a company like yours, at your stage and in your industry."
            }
            Criterion::Expertise => {
                "Knows the technology you use or need, and can judge the architecture."
            }
            Criterion::Communication => {
                "Explains clearly to non-technical people and keeps in touch without being chased."
            }
            Criterion::CultureFit => "Works the way your team works and shares its values.",
            Criterion::Security => {
                "Protects your data and intellectual property: access, agreements, secure channels."
            }
        }
    }

    /// Part of a field's id: `score-communication`.
    pub fn slug(self) -> &'static str {
        match self {
            Criterion::Experience => "experience",
            Criterion::Expertise => "expertise",
            Criterion::Communication => "communication",
            Criterion::CultureFit => "culture-fit",
            Criterion::Security => "security",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// How much each criterion counts, 0 to 5, in [`Criterion::ALL`]'s order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Weights(pub [u8; 5]);

impl Default for Weights {
    /// Every criterion counts the same until the founder says otherwise.
    fn default() -> Self {
        Weights([3; 5])
    }
}

impl Weights {
    pub fn validate(&self) -> Result<(), String> {
        if self.0.iter().any(|w| *w > MAX_WEIGHT) {
            return Err(format!("A weight must be between 0 and {MAX_WEIGHT}"));
        }
        Ok(())
    }

    pub fn total(&self) -> u32 {
        self.0.iter().map(|w| u32::from(*w)).sum()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Candidate {
    pub id: String,
    pub name: String,
    pub contact: String,
    pub model: Option<EngagementModel>,
    /// Per hour, per month or per project, as the engagement model says.
    pub rate: Option<Cents>,
    /// 1 to 5, or not scored yet, in [`Criterion::ALL`]'s order.
    pub scores: [Option<u8>; 5],
    pub notes: String,
}

impl Candidate {
    pub fn new(id: String) -> Candidate {
        Candidate {
            id,
            name: String::new(),
            contact: String::new(),
            model: None,
            rate: None,
            scores: [None; 5],
            notes: String::new(),
        }
    }

    pub fn validate(&self) -> Result<(), String> {
        check_id(&self.id)?;
        if self.name.trim().is_empty() {
            return Err("A candidate has no name".into());
        }
        check_text("A candidate's name", &self.name, MAX_NAME)?;
        check_text("A candidate's contact", &self.contact, MAX_CONTACT)?;
        check_text("A candidate's notes", &self.notes, MAX_NOTES)?;
        if let Some(rate) = self.rate {
            check_amount("A candidate's rate", rate)?;
        }
        if self.scores.iter().flatten().any(|s| !(1..=5).contains(s)) {
            return Err("A score must be between 1 and 5".into());
        }
        Ok(())
    }

    /// The criteria that count (weight above 0) but have no score yet.
    pub fn unscored(&self, weights: &Weights) -> Vec<Criterion> {
        Criterion::ALL
            .into_iter()
            .filter(|c| weights.0[c.index()] > 0 && self.scores[c.index()].is_none())
            .collect()
    }

    /// The weighted average of the scores, 1 to 5, once every criterion that counts is
    /// scored. A half-scored candidate is not ranked: a partial average would flatter them.
    pub fn weighted_score(&self, weights: &Weights) -> Option<f64> {
        if weights.total() == 0 || !self.unscored(weights).is_empty() {
            return None;
        }
        let sum: u32 = Criterion::ALL
            .into_iter()
            .map(|c| {
                let score = self.scores[c.index()].unwrap_or(0);
                u32::from(weights.0[c.index()]) * u32::from(score)
            })
            .sum();
        Some(f64::from(sum) / f64::from(weights.total()))
    }
}

/// One line of the ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked<'a> {
    pub candidate: &'a Candidate,
    /// `None` while a criterion that counts is unscored.
    pub score: Option<f64>,
    /// 1 for the best; equal scores share a place. `None` when not ranked.
    pub place: Option<usize>,
}

/// Candidates by weighted score, best first; those not yet fully scored follow, by name.
pub fn ranking<'a>(candidates: &'a [Candidate], weights: &Weights) -> Vec<Ranked<'a>> {
    let mut ranked: Vec<Ranked> = candidates
        .iter()
        .map(|candidate| Ranked {
            candidate,
            score: candidate.weighted_score(weights),
            place: None,
        })
        .collect();
    sort_small_by(&mut ranked, |a, b| match (a.score, b.score) {
        (Some(x), Some(y)) if x != y => x > y,
        (Some(_), None) => true,
        (None, Some(_)) => false,
        _ => a.candidate.name.to_ascii_lowercase() < b.candidate.name.to_ascii_lowercase(),
    });
    let mut previous: Option<(f64, usize)> = None;
    for (i, line) in ranked.iter_mut().enumerate() {
        if let Some(score) = line.score {
            let place = match previous {
                Some((s, p)) if s == score => p,
                _ => i + 1,
            };
            line.place = Some(place);
            previous = Some((score, place));
        }
    }
    ranked
}

impl Ranked<'_> {
    /// "4.2 out of 5", or why the candidate is not ranked yet.
    pub fn score_summary(&self, weights: &Weights) -> String {
        match self.score {
            Some(score) => format!("{} out of 5", score_text(score)),
            None => {
                let missing: Vec<&str> = self
                    .candidate
                    .unscored(weights)
                    .iter()
                    .map(|c| c.name())
                    .collect();
                if missing.is_empty() {
                    "Not ranked: no criterion has a weight".to_owned()
                } else {
                    format!("Not ranked yet: score {}", missing.join(", "))
                }
            }
        }
    }
}

/// What the workspace's card for candidates says: how many, and who leads.
pub fn leader_summary(candidates: &[Candidate], weights: &Weights) -> String {
    let count = plural(candidates.len(), "candidate", "candidates");
    match ranking(candidates, weights).first() {
        Some(Ranked {
            candidate,
            score: Some(score),
            ..
        }) => format!(
            "{count}; {} leads with {} out of 5",
            candidate.name,
            score_text(*score)
        ),
        _ => count,
    }
}

/// How many candidates the side-by-side comparison holds: two to compare at all, five to stay
/// readable on a phone.
pub const COMPARE_MIN: usize = 2;
pub const COMPARE_MAX: usize = 5;

/// One row of the side-by-side comparison: a criterion's weight, each candidate's score, and
/// which are the best.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareRow {
    pub criterion: Criterion,
    pub weight: u8,
    pub scores: Vec<Option<u8>>,
    /// The highest score of the row, where the scores differ: ties share it, and a row where
    /// everyone scored the same marks no one.
    pub best: Vec<bool>,
}

/// The candidates chosen (by id; at most [`COMPARE_MAX`]), in the ranking's order, and a row per
/// criterion.
pub fn compare<'a>(
    candidates: &'a [Candidate],
    chosen: &[String],
    weights: &Weights,
) -> (Vec<Ranked<'a>>, Vec<CompareRow>) {
    let columns: Vec<Ranked<'a>> = ranking(candidates, weights)
        .into_iter()
        .filter(|r| chosen.contains(&r.candidate.id))
        .take(COMPARE_MAX)
        .collect();
    let rows = Criterion::ALL
        .into_iter()
        .map(|criterion| {
            let scores: Vec<Option<u8>> = columns
                .iter()
                .map(|r| r.candidate.scores[criterion.index()])
                .collect();
            CompareRow {
                criterion,
                weight: weights.0[criterion.index()],
                best: best_of(&scores),
                scores,
            }
        })
        .collect();
    (columns, rows)
}

/// Marks the highest values, where they are not all the same.
pub fn best_of<T: PartialOrd + Copy>(values: &[Option<T>]) -> Vec<bool> {
    let known: Vec<T> = values.iter().flatten().copied().collect();
    let top = known.iter().copied().fold(None, |m: Option<T>, v| match m {
        Some(m) if m >= v => Some(m),
        _ => Some(v),
    });
    let differ = known.iter().any(|v| Some(*v) != top);
    values
        .iter()
        .map(|v| differ && v.is_some() && *v == top)
        .collect()
}

/// "$150 an hour", or what is known of it.
pub fn rate_text(symbol: &str, rate: Option<Cents>, model: Option<EngagementModel>) -> String {
    match (rate.map(Cents::amount), model) {
        (Some(rate), Some(model)) => format!("{symbol}{} {}", number_text(rate), model.per()),
        (Some(rate), None) => format!("{symbol}{}", number_text(rate)),
        (None, Some(model)) => model.name().to_owned(),
        (None, None) => "Not known yet".to_owned(),
    }
}

/// "4.2": a weighted score to one decimal place.
pub fn score_text(score: f64) -> String {
    let tenths = (score * 10.0).round() as u32;
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scored(id: &str, name: &str, scores: [Option<u8>; 5]) -> Candidate {
        Candidate {
            name: name.into(),
            scores,
            ..Candidate::new(id.into())
        }
    }

    #[test]
    fn the_weighted_score_is_the_weighted_average_of_the_scores() {
        let c = scored("a", "Ada", [Some(5), Some(4), Some(3), Some(2), Some(1)]);
        assert_eq!(c.weighted_score(&Weights::default()), Some(3.0));
        // (5×5 + 4×0 + 3×1 + 2×0 + 1×4) / 10
        let w = Weights([5, 0, 1, 0, 4]);
        assert_eq!(c.weighted_score(&w), Some(3.2));
        assert_eq!(c.weighted_score(&Weights([0; 5])), None);
        assert_eq!(score_text(3.25), "3.3");
        assert_eq!(score_text(5.0), "5.0");
    }

    #[test]
    fn a_candidate_is_ranked_once_every_criterion_that_counts_is_scored() {
        let c = scored("a", "Ada", [Some(5), None, Some(3), Some(2), Some(1)]);
        assert_eq!(c.weighted_score(&Weights::default()), None);
        assert_eq!(c.unscored(&Weights::default()), [Criterion::Expertise]);
        assert_eq!(c.weighted_score(&Weights([1, 0, 1, 1, 1])), Some(2.75));
    }

    #[test]
    fn the_ranking_puts_the_best_first_shares_places_and_lists_the_unscored_last() {
        let candidates = [
            scored("u", "Zed", [None; 5]),
            scored("b", "Bea", [Some(3); 5]),
            scored("a", "Ann", [Some(4); 5]),
            scored("c", "Cy", [Some(3); 5]),
            scored("v", "Al", [Some(5), None, None, None, None]),
        ];
        let ranking = ranking(&candidates, &Weights::default());
        let lines: Vec<(&str, Option<usize>)> = ranking
            .iter()
            .map(|r| (r.candidate.name.as_str(), r.place))
            .collect();
        assert_eq!(
            lines,
            [
                ("Ann", Some(1)),
                ("Bea", Some(2)),
                ("Cy", Some(2)),
                ("Al", None),
                ("Zed", None)
            ]
        );
    }

    #[test]
    fn weights_change_the_order() {
        let candidates = [
            scored("a", "Talker", [Some(2), Some(2), Some(5), Some(4), Some(3)]),
            scored(
                "b",
                "Builder",
                [Some(5), Some(5), Some(2), Some(3), Some(3)],
            ),
        ];
        let first = |w: Weights| ranking(&candidates, &w)[0].candidate.name.clone();
        assert_eq!(first(Weights::default()), "Builder");
        assert_eq!(first(Weights([1, 1, 5, 5, 1])), "Talker");
    }

    #[test]
    fn the_ranking_and_the_card_say_who_leads_and_who_is_not_ranked_yet() {
        let candidates = [
            scored("b", "Bea", [Some(4), Some(4), Some(4), Some(4), Some(5)]),
            scored("a", "Al", [Some(5), None, None, Some(2), Some(1)]),
        ];
        let weights = Weights::default();
        let lines: Vec<String> = ranking(&candidates, &weights)
            .iter()
            .map(|line| line.score_summary(&weights))
            .collect();
        assert_eq!(
            lines,
            [
                "4.2 out of 5",
                "Not ranked yet: score Technical expertise, Communication"
            ]
        );
        let none = Weights([0; 5]);
        assert_eq!(
            ranking(&candidates, &none)[0].score_summary(&none),
            "Not ranked: no criterion has a weight"
        );
        for (list, weights, text) in [
            (
                &candidates[..],
                weights,
                "2 candidates; Bea leads with 4.2 out of 5",
            ),
            (&candidates[1..], weights, "1 candidate"),
            (&candidates[..], none, "2 candidates"),
            (&[][..], weights, "0 candidates"),
        ] {
            assert_eq!(leader_summary(list, &weights), text);
        }
    }

    #[test]
    fn a_rate_says_what_is_known_of_it() {
        let hourly = Some(EngagementModel::Hourly);
        for (rate, model, text) in [
            (Some(Cents(150_050)), hourly, "£1,500.5 an hour"),
            (
                Some(Cents(900_000)),
                Some(EngagementModel::Retainer),
                "£9,000 a month",
            ),
            (Some(Cents(15_000)), None, "£150"),
            (Some(Cents(123_457)), None, "£1,234.57"),
            (None, Some(EngagementModel::Project), "Per project"),
            (None, None, "Not known yet"),
        ] {
            assert_eq!(rate_text("£", rate, model), text);
        }
    }

    #[test]
    fn scores_outside_one_to_five_are_refused() {
        let mut c = scored("a", "Ada", [Some(6), None, None, None, None]);
        assert!(c.validate().is_err());
        c.scores[0] = Some(0);
        assert!(c.validate().is_err());
        c.scores[0] = Some(1);
        assert!(c.validate().is_ok());
        c.name = " ".into();
        assert!(c.validate().is_err());
        assert!(Weights([6, 0, 0, 0, 0]).validate().is_err());
    }

    #[test]
    fn the_comparison_follows_the_ranking_and_marks_the_best_of_each_row() {
        let weights = Weights([3, 3, 4, 2, 5]);
        let person = |id: &str, name: &str, scores: [Option<u8>; 5]| Candidate {
            name: name.into(),
            scores,
            ..Candidate::new(id.into())
        };
        let all = [
            person("a", "Ana", [Some(3), Some(5), Some(4), Some(3), Some(2)]),
            person("b", "Ben", [Some(5), Some(4), Some(5), Some(3), Some(5)]),
            person("c", "Cy", [Some(5), None, Some(1), Some(3), Some(4)]),
            person("d", "Di", [Some(1); 5]),
        ];
        let chosen = ["c".to_owned(), "a".to_owned(), "b".to_owned()];
        let (columns, rows) = compare(&all, &chosen, &weights);
        // Ranked first (Ben, then Ana), the unranked after them; Di was not chosen.
        let names: Vec<&str> = columns.iter().map(|r| r.candidate.name.as_str()).collect();
        assert_eq!(names, ["Ben", "Ana", "Cy"]);
        let marks: Vec<Vec<bool>> = rows.iter().map(|r| r.best.clone()).collect();
        assert_eq!(
            marks,
            [
                vec![true, false, true],   // experience: Ben and Cy share the 5
                vec![false, true, false],  // expertise: Ana's 5; Cy unscored
                vec![true, false, false],  // communication
                vec![false, false, false], // culture fit: all 3, no one stands out
                vec![true, false, false],  // security
            ]
        );
        assert_eq!(rows[2].weight, 4);
        assert_eq!(rows[1].scores, [Some(4), Some(5), None]);
        // At most five columns.
        let many: Vec<Candidate> = (0..7)
            .map(|i| person(&format!("p{i}"), &format!("P{i}"), [Some(3); 5]))
            .collect();
        let ids: Vec<String> = many.iter().map(|c| c.id.clone()).collect();
        assert_eq!(compare(&many, &ids, &weights).0.len(), COMPARE_MAX);
        assert_eq!(best_of::<u8>(&[None, None]), [false, false]);
        assert_eq!(best_of(&[Some(4.5), None, Some(3.0)]), [true, false, false]);
    }
}
