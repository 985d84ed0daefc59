//! Answers: as stored and shared (text, question id to answer id), and as the scoring reads
//! them (checked against the current questions).
//!
//! Saved answers and share links use one text form, `question=answer`, with several answers
//! joined by commas (`challenges=roadmap,debt`) and the budget as a whole number
//! (`budget=8000`). Reading never drops anything silently: whatever does not fit the current
//! questions comes back as a [`Problem`] the visitor is shown.

use std::collections::BTreeMap;
use std::fmt;

use super::questions::{Kind, MAX_BUDGET, NOT_SURE, QUESTIONS, Question, budget_band, question};
use crate::domain::locale::{NumberFormat, write_number};
use crate::domain::preferences::Currency;
use crate::domain::sort_small_by;

/// Answers as text, keyed by question id: what is saved and what a share link carries.
pub type RawAnswers = BTreeMap<String, String>;

/// One checked answer.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Answer {
    /// The index of the chosen choice.
    One(usize),
    /// The indices of the ticked choices, ascending, at least one.
    Many(Vec<usize>),
    /// A monthly budget.
    Amount(u64),
    /// "I'm not sure" on the budget question.
    AmountNotSure,
}

/// Checked answers, one slot per question in [`QUESTIONS`] order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Answers {
    slots: Vec<Option<Answer>>,
}

impl Default for Answers {
    fn default() -> Self {
        Answers {
            slots: vec![None; QUESTIONS.len()],
        }
    }
}

/// Why a saved or shared answer could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// No current question has this id.
    UnknownQuestion { key: String },
    /// The question exists but this answer is not one of its choices (or not a valid amount).
    UnknownAnswer {
        /// Index into [`QUESTIONS`].
        question: usize,
        value: String,
        reason: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::UnknownQuestion { key } => write!(
                f,
                "“{}” is not a question this version of the assessment asks",
                shorten(key)
            ),
            Problem::UnknownAnswer {
                question,
                value,
                reason,
            } => write!(
                f,
                "the answer to “{}” (“{}”) could not be used: {reason}",
                QUESTIONS[*question].short,
                shorten(value)
            ),
        }
    }
}

/// Long hostile values are cut for display.
fn shorten(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

/// Why a budget typed by the visitor is not accepted, in GOV.UK error-message style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BudgetError {
    Empty,
    NotANumber,
    Zero,
    /// The limit, as the visitor writes numbers ("10.000.000").
    TooLarge(String),
}

impl fmt::Display for BudgetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BudgetError::Empty => f.write_str("Enter a monthly budget, or select “I'm not sure”"),
            BudgetError::NotANumber => {
                f.write_str("Monthly budget must be a whole number, like 8000")
            }
            BudgetError::Zero => f.write_str("Monthly budget must be more than 0"),
            BudgetError::TooLarge(limit) => write!(f, "Monthly budget must be less than {limit}"),
        }
    }
}

/// Reads a budget as people type it where they write numbers as `format` does: "8000",
/// "8,000" or "8.000", "8 000", "$8,000", "8.000 €", "8k", "12.5k" or "12,5k"; pence or cents
/// are dropped. Three digits after the decimal separator ("8.000" where a point is the
/// decimal point) are refused rather than guessed. (Not the calculator's fuller reader: this
/// one is a few hundred bytes in the self-assessment, which every embed loads.)
pub fn parse_budget(input: &str, format: NumberFormat) -> Result<u64, BudgetError> {
    let (group, decimal) = (format.group_separator(), format.decimal_separator());
    let text: String = input
        .trim()
        .chars()
        .filter(|&c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '_' | '\'') && c != group)
        .collect();
    let text = text.trim_matches(['$', '€', '£']);
    if text.is_empty() {
        return Err(BudgetError::Empty);
    }
    if text.starts_with(['-', '\u{2212}']) {
        return Err(BudgetError::Zero);
    }
    let (number, multiplier) = match text.strip_suffix(['k', 'K']) {
        Some(number) => (number, 1_000),
        None => (text, 1),
    };
    let (whole, fraction) = number.split_once(decimal).unwrap_or((number, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) || fraction.len() > 2 {
        return Err(BudgetError::NotANumber);
    }
    let too_large = || BudgetError::TooLarge(write_number(MAX_BUDGET as f64, format, 0));
    let whole: u64 = whole.parse().map_err(|_| too_large())?;
    // "12.5k" is 12,500; without "k" the fraction is cents and dropped.
    let thousandths: u64 = match multiplier {
        1_000 => format!("{fraction:0<3}").parse().unwrap_or(0),
        _ => 0,
    };
    let amount = whole
        .checked_mul(multiplier)
        .and_then(|a| a.checked_add(thousandths))
        .ok_or_else(too_large)?;
    if amount == 0 {
        Err(BudgetError::Zero)
    } else if amount >= MAX_BUDGET {
        Err(too_large())
    } else {
        Ok(amount)
    }
}

impl Answer {
    /// The text form of this answer to `question`.
    pub fn to_raw(&self, question: &Question) -> String {
        match self {
            Answer::One(i) => question.choices[*i].id.to_owned(),
            Answer::Many(indices) => indices
                .iter()
                .map(|&i| question.choices[i].id)
                .collect::<Vec<_>>()
                .join(","),
            Answer::Amount(amount) => amount.to_string(),
            Answer::AmountNotSure => NOT_SURE.to_owned(),
        }
    }

    /// Reads the text form of an answer to `question`.
    pub fn from_raw(index: usize, value: &str) -> Result<Answer, Problem> {
        let question = &QUESTIONS[index];
        let problem = |reason: &str| Problem::UnknownAnswer {
            question: index,
            value: value.to_owned(),
            reason: reason.to_owned(),
        };
        match question.kind {
            Kind::One => question
                .choice(value)
                .map(|(i, _)| Answer::One(i))
                .ok_or_else(|| problem("it is not one of the answers")),
            Kind::Many => {
                let mut indices = Vec::new();
                for id in value.split(',') {
                    let (i, _) = question
                        .choice(id)
                        .ok_or_else(|| problem("it is not one of the answers"))?;
                    if indices.contains(&i) {
                        return Err(problem("an answer is repeated"));
                    }
                    indices.push(i);
                }
                sort_small_by(&mut indices, |a, b| a < b);
                Ok(Answer::Many(indices))
            }
            Kind::Amount if value == NOT_SURE => Ok(Answer::AmountNotSure),
            // Stored and shared budgets are plain whole numbers, never "8k" or "$8,000".
            Kind::Amount if value.is_empty() || !value.chars().all(|c| c.is_ascii_digit()) => {
                Err(problem("it is not a whole number"))
            }
            Kind::Amount => parse_budget(value, NumberFormat::Point)
                .map(Answer::Amount)
                .map_err(|e| problem(&e.to_string().to_ascii_lowercase())),
        }
    }

    /// The choice indices this answer counts as, for weighing.
    pub fn choices(&self, question: &Question) -> Vec<usize> {
        match self {
            Answer::One(i) => vec![*i],
            Answer::Many(indices) => indices.clone(),
            Answer::Amount(amount) => vec![budget_band(*amount)],
            Answer::AmountNotSure => question
                .choice(NOT_SURE)
                .map(|(i, _)| i)
                .into_iter()
                .collect(),
        }
    }
}

impl Answers {
    /// Checks saved or shared answers against the current questions. What fits is used; the
    /// rest is reported, in question order, then unknown keys.
    pub fn read(raw: &RawAnswers) -> (Answers, Vec<Problem>) {
        let mut answers = Answers::default();
        let mut problems = Vec::new();
        for (index, q) in QUESTIONS.iter().enumerate() {
            if let Some(value) = raw.get(q.id) {
                match Answer::from_raw(index, value) {
                    Ok(answer) => answers.slots[index] = Some(answer),
                    Err(problem) => problems.push(problem),
                }
            }
        }
        for key in raw.keys() {
            if question(key).is_none() {
                problems.push(Problem::UnknownQuestion { key: key.clone() });
            }
        }
        (answers, problems)
    }

    /// The text form of the answers to the questions on the current path.
    pub fn to_raw(&self) -> RawAnswers {
        // Inserted one by one: collecting into a map sorts, and each sort adds kilobytes of
        // wasm.
        let mut raw = RawAnswers::new();
        for i in self.path() {
            let q = &QUESTIONS[i];
            if let Some(answer) = &self.slots[i] {
                raw.insert(q.id.to_owned(), answer.to_raw(q));
            }
        }
        raw
    }

    pub fn get(&self, index: usize) -> Option<&Answer> {
        self.slots[index].as_ref()
    }

    pub fn set(&mut self, index: usize, answer: Option<Answer>) {
        self.slots[index] = answer;
    }

    /// Whether a question is asked, given the answers so far.
    pub fn is_asked(&self, index: usize) -> bool {
        match &QUESTIONS[index].asked_if {
            None => true,
            Some(rule) => {
                let Some((source, source_q)) = question(rule.question) else {
                    return false;
                };
                match &self.slots[source] {
                    Some(Answer::One(i)) => rule.any_of.contains(&source_q.choices[*i].id),
                    _ => false,
                }
            }
        }
    }

    /// The indices of the questions asked, in order, given the answers so far.
    pub fn path(&self) -> Vec<usize> {
        (0..QUESTIONS.len()).filter(|&i| self.is_asked(i)).collect()
    }

    /// The first question on the path without an answer.
    pub fn first_unanswered(&self) -> Option<usize> {
        self.path().into_iter().find(|&i| self.slots[i].is_none())
    }

    /// Where Continue leads from question `index`: the next question on the path, or check
    /// answers after the last. When changing an answer from check answers, it leads back
    /// there, by way of any question the change has newly made necessary.
    pub fn next_after(&self, index: usize, changing: bool) -> Option<usize> {
        if changing {
            return self.first_unanswered();
        }
        self.path().into_iter().find(|&i| i > index)
    }

    /// Where the back link of question `index` leads: the question before it on the path.
    pub fn previous_before(&self, index: usize) -> Option<usize> {
        self.path().into_iter().rev().find(|&i| i < index)
    }

    pub fn is_complete(&self) -> bool {
        self.first_unanswered().is_none()
    }

    pub fn answered_count(&self) -> usize {
        self.path()
            .into_iter()
            .filter(|&i| self.slots[i].is_some())
            .count()
    }
}

/// An answer in words, for check-answers and the result: "1 to 3", "$8,000 a month".
pub fn describe(question: &Question, answer: &Answer, currency: Currency) -> String {
    match answer {
        Answer::One(i) => question.choices[*i].label.to_owned(),
        Answer::Many(indices) => indices
            .iter()
            .map(|&i| question.choices[i].label)
            .collect::<Vec<_>>()
            .join("; "),
        Answer::Amount(amount) => format!("{} a month", format_money(*amount, currency)),
        Answer::AmountNotSure => "I'm not sure".to_owned(),
    }
}

/// "$8,000", "€8,000", "£8,000": whole amounts with thousands separators.
pub fn format_money(amount: u64, currency: Currency) -> String {
    format!("{}{}", currency.symbol(), group_thousands(amount))
}

/// "15,000": a whole number with thousands separators.
pub fn group_thousands(amount: u64) -> String {
    let digits = amount.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(pairs: &[(&str, &str)]) -> RawAnswers {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn reads_budgets_as_people_type_them() {
        use NumberFormat::{Comma, Point, Space};
        let too_large = |limit: &str| Err(BudgetError::TooLarge(limit.to_owned()));
        let cases = [
            ("8000", Point, Ok(8000)),
            (" 8,000 ", Point, Ok(8000)),
            ("8 000", Point, Ok(8000)),
            ("$8,000", Point, Ok(8000)),
            ("€12.000,00", Point, Err(BudgetError::NotANumber)),
            ("€12.000,00", Comma, Ok(12_000)),
            ("£8000.50", Point, Ok(8000)),
            ("8k", Point, Ok(8000)),
            ("12.5k", Point, Ok(12_500)),
            ("", Point, Err(BudgetError::Empty)),
            ("  ", Point, Err(BudgetError::Empty)),
            ("k", Point, Err(BudgetError::NotANumber)),
            ("lots", Point, Err(BudgetError::NotANumber)),
            ("-100", Point, Err(BudgetError::Zero)),
            ("0", Point, Err(BudgetError::Zero)),
            ("0.5", Point, Err(BudgetError::Zero)),
            ("10000000", Point, too_large("10,000,000")),
            ("99999999999999999999999", Point, too_large("10,000,000")),
            ("1e6", Point, Err(BudgetError::NotANumber)),
            // As people write numbers in Germany, France, Spain...
            ("8.000", Comma, Ok(8000)),
            ("8.000 €", Comma, Ok(8000)),
            ("12.000,50", Comma, Ok(12_000)),
            ("12,5k", Comma, Ok(12_500)),
            ("8\u{202f}000 €", Space, Ok(8000)),
            ("10.000.000", Comma, too_large("10.000.000")),
            // Never guessed: "8.000" where a point is the decimal point, "8,000" where a
            // comma is.
            ("8.000", Point, Err(BudgetError::NotANumber)),
            ("8,000", Comma, Err(BudgetError::NotANumber)),
        ];
        for (input, format, expected) in cases {
            assert_eq!(
                parse_budget(input, format),
                expected,
                "{input:?} {format:?}"
            );
        }
    }

    #[test]
    fn formats_money_with_separators() {
        assert_eq!(format_money(8000, Currency::Usd), "$8,000");
        assert_eq!(format_money(1_234_567, Currency::Eur), "€1,234,567");
        assert_eq!(format_money(999, Currency::Gbp), "£999");
    }

    #[test]
    fn unknown_questions_and_answers_are_reported_not_dropped() {
        let (answers, problems) = Answers::read(&raw(&[
            ("stage", "early"),
            ("team", "huge"),
            ("budget", "8k"),
            ("challenges", "roadmap,roadmap"),
            ("mood", "happy"),
        ]));
        assert_eq!(answers.get(0), Some(&Answer::One(1)));
        assert_eq!(answers.answered_count(), 1);
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "the answer to “Engineering team” (“huge”) could not be used: it is not one of the answers",
                "the answer to “Monthly budget” (“8k”) could not be used: it is not a whole number",
                "the answer to “Main challenges” (“roadmap,roadmap”) could not be used: an answer is repeated",
                "“mood” is not a question this version of the assessment asks",
            ]
        );
    }

    #[test]
    fn the_compliance_question_is_asked_only_in_regulated_industries() {
        let (answers, _) = Answers::read(&raw(&[("industry", "fintech")]));
        assert!(answers.path().contains(&2));
        let (answers, _) =
            Answers::read(&raw(&[("industry", "ecommerce"), ("compliance", "some")]));
        assert!(!answers.path().contains(&2));
        assert!(
            !answers.to_raw().contains_key("compliance"),
            "answers off the path are not shared"
        );
        assert_eq!(Answers::default().path().len(), QUESTIONS.len() - 1);
    }

    #[test]
    fn continue_and_back_follow_the_path() {
        let (mut answers, _) = Answers::read(&raw(&[("industry", "other")]));
        assert_eq!(
            answers.next_after(1, false),
            Some(3),
            "compliance is skipped"
        );
        assert_eq!(answers.previous_before(3), Some(1));
        assert_eq!(answers.previous_before(0), None);
        assert_eq!(answers.next_after(QUESTIONS.len() - 1, false), None);
        answers.set(1, Some(Answer::One(3)));
        assert_eq!(
            answers.next_after(1, false),
            Some(2),
            "fintech is asked about compliance"
        );
        assert_eq!(
            answers.next_after(1, true),
            Some(0),
            "changing leads to what is missing"
        );
    }

    #[test]
    fn text_form_round_trips() {
        let input = raw(&[
            ("stage", "growing"),
            ("industry", "healthcare"),
            ("compliance", NOT_SURE),
            ("budget", "25000"),
            ("challenges", "debt,expertise"),
        ]);
        let (answers, problems) = Answers::read(&input);
        assert!(problems.is_empty());
        let mut expected = input.clone();
        expected.insert("challenges".into(), "expertise,debt".into());
        assert_eq!(answers.to_raw(), expected);
    }
}
