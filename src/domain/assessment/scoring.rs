//! From answers to a fit score for each option, the reasons, and what would change it.
//!
//! The rules, in words (the "How this is scored" page says the same):
//! 1. Each answer adds its choice's weights to each option; ticked challenges add the average
//!    of their weights, so ticking more does not weigh more. "I'm not sure" adds nothing.
//! 2. An option's points are placed on a 0 to 100 scale between the lowest and the highest
//!    total it could have got from the questions asked: 100 means every answer favoured it as
//!    much as any answer could.
//! 3. The highest score comes first. A tie goes to the option that is easier to undo:
//!    fractional CTO, then consulting firm, then in-house team, then full-time CTO.

use super::answers::{Answer, Answers};
use super::questions::{Kind, NOT_SURE, QUESTIONS, Question};
use crate::domain::options::Leadership;
use crate::domain::{capitalise, sort_small_by};

/// Who wins a tie, first to last.
pub const TIE_ORDER: [Leadership; 4] = [
    Leadership::Fractional,
    Leadership::Consulting,
    Leadership::InHouse,
    Leadership::FullTime,
];

/// The most answers the "what would change it" search changes at once.
pub const MAX_CHANGES: usize = 3;

/// Points as shown beside a reason or in the table of weights: "+12", "−5", "0", rounded to
/// whole points, with a true minus sign.
pub fn signed(points: f64) -> String {
    let rounded = points.round() as i64;
    match rounded {
        0 => "0".to_owned(),
        r if r > 0 => format!("+{r}"),
        r => format!("−{}", r.unsigned_abs()),
    }
}

type Points = [f64; 4];

/// Raw points, scaled by [`SCALE`] so that averages of up to seven choices stay whole numbers
/// and sums are exact in any order: the same answers always give the same ranking.
type Raw = [i64; 4];

/// The least common multiple of 1 to 7, the most choices a question has.
const SCALE: i64 = 420;

/// The scores for one set of answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Fit from 0 to 100, in [`Leadership::ALL`] order, unrounded.
    pub fit: Points,
    /// Best first.
    pub ranking: [Leadership; 4],
}

impl Outcome {
    pub fn best(&self) -> Leadership {
        self.ranking[0]
    }

    pub fn runner_up(&self) -> Leadership {
        self.ranking[1]
    }

    /// The fit of an option, rounded, as shown.
    pub fn score(&self, option: Leadership) -> u8 {
        self.fit[option.index()].round().clamp(0.0, 100.0) as u8
    }

    /// How far the best option leads the next, in points.
    pub fn lead(&self) -> f64 {
        self.fit[self.best().index()] - self.fit[self.runner_up().index()]
    }

    /// The verdict in one plain sentence.
    pub fn verdict(&self) -> String {
        let best = self.best();
        let next = self.runner_up().in_sentence();
        let lead = self.lead();
        if lead >= 15.0 {
            format!(
                "{} is clearly the best fit for you.",
                capitalise(best.in_sentence())
            )
        } else if lead >= 5.0 {
            format!(
                "{} fits you best, with {next} next.",
                capitalise(best.in_sentence())
            )
        } else {
            format!(
                "A close call: {} fits you slightly better than {next}.",
                best.in_sentence()
            )
        }
    }
}

/// The points a question's answer adds to each option, times [`SCALE`].
fn contribution(question: &Question, answer: &Answer) -> Raw {
    let choices = answer.choices(question);
    let mut points = [0; 4];
    if choices.is_empty() {
        return points;
    }
    for &i in &choices {
        for (p, w) in points.iter_mut().zip(question.choices[i].weights) {
            *p += i64::from(w) * SCALE;
        }
    }
    points.map(|p| p / choices.len() as i64)
}

/// The lowest and highest points any answer to `question` can add, per option, times
/// [`SCALE`].
fn bounds(question: &Question) -> (Raw, Raw) {
    let mut low = [0; 4];
    let mut high = [0; 4];
    for o in 0..4 {
        let weights = question
            .choices
            .iter()
            .map(|c| i64::from(c.weights[o]) * SCALE);
        low[o] = weights.clone().min().unwrap_or(0);
        high[o] = weights.max().unwrap_or(0);
    }
    (low, high)
}

/// Totals that do not change when answers change without changing the questions asked.
struct Scale {
    low: Raw,
    high: Raw,
}

impl Scale {
    fn of(answers: &Answers) -> Scale {
        let mut scale = Scale {
            low: [0; 4],
            high: [0; 4],
        };
        for i in answered(answers) {
            let (low, high) = bounds(&QUESTIONS[i]);
            for o in 0..4 {
                scale.low[o] += low[o];
                scale.high[o] += high[o];
            }
        }
        scale
    }

    fn width(&self, option: usize) -> i64 {
        self.high[option] - self.low[option]
    }

    fn fit(&self, raw: &Raw) -> Points {
        std::array::from_fn(|o| {
            let width = self.width(o);
            if width <= 0 {
                50.0
            } else {
                (100.0 * (raw[o] - self.low[o]) as f64 / width as f64).clamp(0.0, 100.0)
            }
        })
    }
}

/// The questions on the path that have an answer.
fn answered(answers: &Answers) -> impl Iterator<Item = usize> + '_ {
    answers
        .path()
        .into_iter()
        .filter(|&i| answers.get(i).is_some())
}

fn raw_points(answers: &Answers) -> Raw {
    let mut raw = [0; 4];
    for i in answered(answers) {
        let c = contribution(&QUESTIONS[i], answers.get(i).expect("answered"));
        for o in 0..4 {
            raw[o] += c[o];
        }
    }
    raw
}

fn rank(fit: &Points) -> [Leadership; 4] {
    let mut ranking = TIE_ORDER;
    // A stable sort keeps the tie order among equal scores.
    sort_small_by(&mut ranking, |a, b| fit[a.index()] > fit[b.index()]);
    ranking
}

fn outcome(scale: &Scale, raw: &Raw) -> Outcome {
    let fit = scale.fit(raw);
    Outcome {
        ranking: rank(&fit),
        fit,
    }
}

/// Scores the answers given so far (normally all of them).
pub fn score(answers: &Answers) -> Outcome {
    outcome(&Scale::of(answers), &raw_points(answers))
}

/// How one answer moved the scores.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    /// Index into [`QUESTIONS`].
    pub question: usize,
    /// Points on the 0 to 100 scale this answer gave each option, compared with an answer
    /// that weighs nothing.
    pub effect: Points,
    /// How much it widened the lead of the best option over the next (negative: narrowed).
    pub lead: f64,
}

/// Every answer's effect, the ones that did most for the best option first.
pub fn reasons(answers: &Answers, outcome: &Outcome) -> Vec<Reason> {
    let scale = Scale::of(answers);
    let (best, next) = (outcome.best().index(), outcome.runner_up().index());
    let mut reasons: Vec<Reason> = answered(answers)
        .map(|i| {
            let c = contribution(&QUESTIONS[i], answers.get(i).expect("answered"));
            let effect: Points = std::array::from_fn(|o| {
                let width = scale.width(o);
                if width <= 0 {
                    0.0
                } else {
                    100.0 * c[o] as f64 / width as f64
                }
            });
            Reason {
                question: i,
                lead: effect[best] - effect[next],
                effect,
            }
        })
        .collect();
    // Questions are in order already; a stable sort keeps that order among equal leads.
    sort_small_by(&mut reasons, |a, b| a.lead > b.lead);
    reasons
}

/// One changed answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub question: usize,
    pub to: Answer,
}

/// The smallest change of answers that would put another option first.
#[derive(Debug, Clone, PartialEq)]
pub struct WhatIf {
    pub option: Leadership,
    /// One to [`MAX_CHANGES`] changes, in question order.
    pub changes: Vec<Change>,
    /// The outcome with those changes.
    pub outcome: Outcome,
}

/// The questions about facts of the company (what it is, rather than what it wants).
const FACTS: [&str; 5] = ["stage", "industry", "compliance", "leadership", "team"];

/// Answers that are not a step along their question's scale.
const OFF_SCALE: [&str; 2] = [NOT_SURE, "delivered"];

/// How much further a step along a fact's answers counts than one along a want's: more than
/// any want's scale is long.
const FACT_DISTANCE: u32 = 10;

/// Every single-answer change a founder could act on that keeps the same questions asked,
/// with how far it moves from the current answer (further along a scale counts as a bigger
/// change). Never to "I'm not sure" (being unsure is no plan), and never the budget: it is
/// what the founder can spend, not a preference, and a budget they did not state is no advice.
fn single_changes(answers: &Answers) -> Vec<(Change, u32)> {
    let path = answers.path();
    let mut changes = Vec::new();
    for i in answered(answers) {
        let q = &QUESTIONS[i];
        let current = answers.get(i).expect("answered");
        // A fact about the company changes only with time: a change of what the founder
        // wants is found first where one as small exists.
        let weight = if FACTS.contains(&q.id) {
            FACT_DISTANCE
        } else {
            1
        };
        let ordinal_distance = |from: usize, to: usize| {
            // "I'm not sure", and an answer off the scale ("delivered, not led"), sit beside
            // any answer, one step away.
            let apart = |i: usize| OFF_SCALE.contains(&q.choices[i].id);
            weight
                * if apart(from) || apart(to) {
                    1
                } else {
                    from.abs_diff(to) as u32
                }
        };
        let mut candidates: Vec<(Answer, u32)> = Vec::new();
        match (q.kind, current) {
            (Kind::One, Answer::One(now)) => {
                for (to, _) in q.sure_choices().filter(|(to, _)| to != now) {
                    candidates.push((Answer::One(to), ordinal_distance(*now, to)));
                }
            }
            (Kind::Many, Answer::Many(ticked)) => {
                for toggle in 0..q.choices.len() {
                    let mut next = ticked.clone();
                    match next.binary_search(&toggle) {
                        Ok(at) => {
                            next.remove(at);
                        }
                        Err(at) => next.insert(at, toggle),
                    }
                    if !next.is_empty() {
                        candidates.push((Answer::Many(next), weight));
                    }
                }
            }
            _ => {}
        }
        for (to, distance) in candidates {
            let mut changed = answers.clone();
            changed.set(i, Some(to.clone()));
            if changed.path() == path {
                changes.push((Change { question: i, to }, distance));
            }
        }
    }
    changes
}

/// The best change found so far that puts one option first.
struct Found {
    /// How far the answers moved, summed.
    distance: u32,
    /// The option's lead with the change.
    lead: f64,
    /// Indices into the single changes.
    picked: Vec<usize>,
}

/// For each option that is not first, the smallest change of answers (fewest answers, then
/// the shortest moves, then the widest win) that would put it first, if one of up to
/// [`MAX_CHANGES`] answers exists.
pub fn what_would_change(answers: &Answers) -> Vec<WhatIf> {
    let scale = Scale::of(answers);
    let raw = raw_points(answers);
    let now = outcome(&scale, &raw);
    let singles: Vec<(Change, u32, Raw)> = single_changes(answers)
        .into_iter()
        .map(|(change, distance)| {
            let q = &QUESTIONS[change.question];
            let before = contribution(q, answers.get(change.question).expect("answered"));
            let after = contribution(q, &change.to);
            let delta = std::array::from_fn(|o| after[o] - before[o]);
            (change, distance, delta)
        })
        .collect();

    let mut found: [Option<Found>; 4] = Default::default();
    let mut combo = Vec::with_capacity(MAX_CHANGES);
    for size in 1..=MAX_CHANGES {
        search(&singles, size, 0, &mut combo, &mut |picked: &[usize]| {
            let mut moved = raw;
            let mut distance = 0;
            for &s in picked {
                distance += singles[s].1;
                for (m, d) in moved.iter_mut().zip(singles[s].2) {
                    *m += d;
                }
            }
            let result = outcome(&scale, &moved);
            let winner = result.best();
            if winner == now.best() {
                return;
            }
            let slot = &mut found[winner.index()];
            let better = match slot {
                None => true,
                // Fewer changes found in an earlier round always stand.
                Some(best) => {
                    best.picked.len() == picked.len()
                        && (distance < best.distance
                            || (distance == best.distance && result.lead() > best.lead))
                }
            };
            if better {
                *slot = Some(Found {
                    distance,
                    lead: result.lead(),
                    picked: picked.to_vec(),
                });
            }
        });
        if now.ranking[1..].iter().all(|o| found[o.index()].is_some()) {
            break;
        }
    }

    now.ranking[1..]
        .iter()
        .filter_map(|&option| {
            let picked = found[option.index()].take()?.picked;
            let mut changed = answers.clone();
            let mut changes: Vec<Change> = picked.iter().map(|&s| singles[s].0.clone()).collect();
            sort_small_by(&mut changes, |a, b| a.question < b.question);
            for c in &changes {
                changed.set(c.question, Some(c.to.clone()));
            }
            Some(WhatIf {
                option,
                changes,
                outcome: score(&changed),
            })
        })
        .collect()
}

/// Calls `visit` with every set of `size` singles that change different questions. Sets are
/// visited only at exactly `size`, so a smaller set found earlier is never beaten by a larger.
fn search(
    singles: &[(Change, u32, Raw)],
    size: usize,
    from: usize,
    combo: &mut Vec<usize>,
    visit: &mut dyn FnMut(&[usize]),
) {
    if combo.len() == size {
        visit(combo);
        return;
    }
    for s in from..singles.len() {
        let question = singles[s].0.question;
        if combo.iter().any(|&c| singles[c].0.question == question) {
            continue;
        }
        combo.push(s);
        search(singles, size, s + 1, combo, visit);
        combo.pop();
    }
}
