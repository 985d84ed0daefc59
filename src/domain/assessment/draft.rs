//! A question page's form: what the visitor has ticked or typed before Continue, and its
//! check, which gives the answer to save or the problem to show.

use super::answers::{Answer, parse_budget};
use super::questions::{Choice, Kind, Question};
use crate::domain::form::Problem;
use crate::domain::locale::{NumberFormat, write_number};
use crate::domain::sort_small_by;

/// The id of the budget's amount input.
pub const AMOUNT_FIELD: &str = "budget-amount";

/// The id of a choice's input, which error links point to.
pub fn choice_field(question: &Question, choice: &Choice) -> String {
    format!("{}-{}", question.id, choice.id)
}

/// The field a question's problem links to: its first input.
pub fn first_field(question: &Question) -> String {
    match question.kind {
        Kind::Amount => AMOUNT_FIELD.to_owned(),
        _ => choice_field(question, &question.choices[0]),
    }
}

/// The budget as typed: an amount, or "I'm not sure". Only one is ever given, so typing an
/// amount clears "I'm not sure" and ticking it clears the amount.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BudgetDraft {
    pub amount: String,
    pub not_sure: bool,
    /// How the visitor writes numbers: how the amount is read, and written back.
    pub format: NumberFormat,
}

impl BudgetDraft {
    pub fn type_amount(&mut self, amount: String) {
        self.not_sure &= amount.trim().is_empty();
        self.amount = amount;
    }

    pub fn tick_not_sure(&mut self, ticked: bool) {
        self.not_sure = ticked;
        if ticked {
            self.amount.clear();
        }
    }

    /// The answer, or the problem with the amount.
    pub fn check(&self) -> Result<Answer, Problem> {
        if self.not_sure {
            return Ok(Answer::AmountNotSure);
        }
        parse_budget(&self.amount, self.format)
            .map(Answer::Amount)
            .map_err(|e| Problem::new(AMOUNT_FIELD, e.to_string()))
    }
}

/// What the visitor has selected or typed on a question's page, before Continue.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnswerDraft {
    /// The ticked choices, in the order they were ticked.
    pub ticked: Vec<usize>,
    pub budget: BudgetDraft,
}

impl AnswerDraft {
    /// The page as a saved answer leaves it; choices the question no longer has are dropped.
    /// A budget is written, and read, as the visitor writes numbers (`format`).
    pub fn from_answer(
        question: &Question,
        answer: Option<&Answer>,
        format: NumberFormat,
    ) -> AnswerDraft {
        let mut draft = AnswerDraft::default();
        draft.budget.format = format;
        match answer {
            Some(Answer::One(i)) => draft.ticked = vec![*i],
            Some(Answer::Many(indices)) => draft.ticked = indices.clone(),
            Some(Answer::Amount(amount)) => {
                draft.budget.amount = write_number(*amount as f64, format, 0)
            }
            Some(Answer::AmountNotSure) => draft.budget.not_sure = true,
            None => {}
        }
        if question.kind != Kind::Amount {
            draft.ticked.retain(|&i| i < question.choices.len());
        }
        draft
    }

    /// A click on choice `index`: a radio selects it alone, a checkbox turns it on or off.
    pub fn tick(&mut self, index: usize, many: bool) {
        if !many {
            self.ticked = vec![index];
        } else if let Some(at) = self.ticked.iter().position(|&t| t == index) {
            self.ticked.remove(at);
        } else {
            self.ticked.push(index);
        }
    }

    /// The answer, or the problem to show beside the question.
    pub fn check(&self, question: &Question) -> Result<Answer, Problem> {
        let unanswered = || Problem::new(first_field(question), question.error);
        match question.kind {
            Kind::One => self
                .ticked
                .first()
                .map(|&i| Answer::One(i))
                .ok_or_else(unanswered),
            Kind::Many if self.ticked.is_empty() => Err(unanswered()),
            Kind::Many => {
                let mut ticked = self.ticked.clone();
                sort_small_by(&mut ticked, |a, b| a < b);
                Ok(Answer::Many(ticked))
            }
            Kind::Amount => self.budget.check(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::questions::{QUESTIONS, question};

    fn budget(amount: &str, not_sure: bool) -> BudgetDraft {
        BudgetDraft {
            amount: amount.to_owned(),
            not_sure,
            format: NumberFormat::Point,
        }
    }

    fn problem(message: &str) -> Result<Answer, Problem> {
        Err(Problem::new(AMOUNT_FIELD, message))
    }

    #[test]
    fn the_budget_check_gives_the_amount_or_the_message_shown() {
        let cases = [
            ("8,000", Ok(Answer::Amount(8_000))),
            ("$12.5k", Ok(Answer::Amount(12_500))),
            (
                "",
                problem("Enter a monthly budget, or select “I'm not sure”"),
            ),
            (
                "   ",
                problem("Enter a monthly budget, or select “I'm not sure”"),
            ),
            (
                "lots",
                problem("Monthly budget must be a whole number, like 8000"),
            ),
            ("0", problem("Monthly budget must be more than 0")),
            ("-5", problem("Monthly budget must be more than 0")),
            (
                "10000000",
                problem("Monthly budget must be less than 10,000,000"),
            ),
        ];
        for (amount, expected) in cases {
            assert_eq!(budget(amount, false).check(), expected, "{amount:?}");
        }
        assert_eq!(budget("", true).check(), Ok(Answer::AmountNotSure));
    }

    #[test]
    fn typing_an_amount_and_ticking_not_sure_clear_each_other() {
        let mut draft = budget("", true);
        draft.type_amount("  ".to_owned());
        assert!(draft.not_sure, "blank typing keeps “I'm not sure”");
        draft.type_amount("8000".to_owned());
        assert_eq!(draft, budget("8000", false));
        draft.tick_not_sure(true);
        assert_eq!(draft, budget("", true));
        draft.tick_not_sure(false);
        assert_eq!(draft, budget("", false));
    }

    #[test]
    fn an_unanswered_choice_question_names_its_first_input_and_its_message() {
        for q in QUESTIONS.iter().filter(|q| q.kind != Kind::Amount) {
            let expected = Problem::new(format!("{}-{}", q.id, q.choices[0].id), q.error);
            assert_eq!(AnswerDraft::default().check(q), Err(expected), "{}", q.id);
        }
        let (_, stage) = question("stage").expect("stage");
        assert_eq!(
            AnswerDraft::default().check(stage),
            Err(Problem::new(
                "stage-idea",
                "Select the stage your company is at"
            ))
        );
    }

    #[test]
    fn ticking_selects_one_or_toggles_many_and_many_are_saved_in_order() {
        let mut draft = AnswerDraft::default();
        draft.tick(2, false);
        draft.tick(0, false);
        assert_eq!(draft.ticked, vec![0]);
        let mut draft = AnswerDraft::default();
        for i in [3, 1, 2, 1] {
            draft.tick(i, true);
        }
        assert_eq!(draft.ticked, vec![3, 2]);
        let (_, many) = QUESTIONS
            .iter()
            .enumerate()
            .find(|(_, q)| q.kind == Kind::Many)
            .expect("a question with several answers");
        assert_eq!(draft.check(many), Ok(Answer::Many(vec![2, 3])));
    }

    #[test]
    fn a_saved_answer_fills_the_page_and_unknown_choices_are_dropped() {
        let (_, stage) = question("stage").expect("stage");
        let draft =
            AnswerDraft::from_answer(stage, Some(&Answer::Many(vec![1, 99])), NumberFormat::Point);
        assert_eq!(draft.ticked, vec![1]);
        let (_, budget_question) = question("budget").expect("budget");
        let draft = AnswerDraft::from_answer(
            budget_question,
            Some(&Answer::Amount(8_000)),
            NumberFormat::Point,
        );
        assert_eq!(draft.budget, budget("8,000", false));
        assert_eq!(draft.check(budget_question), Ok(Answer::Amount(8_000)));
        // Written, and read back, as the visitor writes numbers.
        let draft = AnswerDraft::from_answer(
            budget_question,
            Some(&Answer::Amount(8_000)),
            NumberFormat::Comma,
        );
        assert_eq!(draft.budget.amount, "8.000");
        assert_eq!(draft.check(budget_question), Ok(Answer::Amount(8_000)));
    }
}
