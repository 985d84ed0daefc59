//! The decision memo: the result on one page for a co-founder or a board, as data the page
//! draws and as Markdown to paste into a document or an email.

use super::answers::{Answers, describe};
use super::calculator_query;
use super::explain::{ReasonLine, WhatIfLine, Why, what_ifs, why};
use super::questions::QUESTIONS;
use super::scoring::{Outcome, score};
use crate::domain::calculator::defaults::region;
use crate::domain::calculator::form::read_query;
use crate::domain::calculator::model::compare;
use crate::domain::calculator::report::{Money, NOT_IN_POST, summary, total_heading};
use crate::domain::locale::NumberFormat;
use crate::domain::options::{Leadership, Risk, Step};
use crate::domain::preferences::Currency;

/// How many of the recommended option's next steps the memo lists.
pub const FIRST_STEPS: usize = 3;

/// Everything the memo says.
#[derive(Debug, Clone, PartialEq)]
pub struct Memo {
    /// The day it was made, as the visitor writes dates: "2 December 2026".
    pub date: String,
    pub outcome: Outcome,
    /// Each question asked, by its short name, and the answer in words.
    pub answers: Vec<(&'static str, String)>,
    pub why: Why,
    pub what_ifs: Vec<WhatIfLine>,
    pub costs: Costs,
    pub risks: &'static [Risk],
    pub steps: &'static [Step],
    /// The link that shows this same result.
    pub share: String,
}

/// The cost comparison, from the visitor's calculator figures or the defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct Costs {
    /// Where the figures come from, in a sentence.
    pub source: String,
    /// The calculator's summary: the cheapest, by how much, against the budget.
    pub summary: Vec<String>,
    /// "Total over 24 months".
    pub total_heading: String,
    /// In [`Leadership::ALL`] order.
    pub rows: Vec<CostRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CostRow {
    pub option: Leadership,
    /// Each month once it runs.
    pub monthly: String,
    pub total: String,
}

impl Memo {
    /// `figures`: the calculator's saved figures (a share link's query), empty when the
    /// visitor has not changed any.
    pub fn new(
        answers: &Answers,
        currency: Currency,
        format: NumberFormat,
        figures: &str,
        date: String,
        share: String,
    ) -> Memo {
        let outcome = score(answers);
        let best = outcome.best();
        Memo {
            date,
            answers: answers
                .path()
                .into_iter()
                .filter_map(|i| {
                    let q = &QUESTIONS[i];
                    Some((q.short, describe(q, answers.get(i)?, currency)))
                })
                .collect(),
            why: why(answers, &outcome, currency),
            what_ifs: what_ifs(answers, currency),
            costs: costs(answers, currency, format, figures),
            risks: best.risks(),
            steps: &best.next_steps()[..FIRST_STEPS.min(best.next_steps().len())],
            outcome,
            share,
        }
    }

    /// The memo as Markdown (CommonMark with GitHub's tables).
    pub fn markdown(&self) -> String {
        let best = self.outcome.best();
        let mut md = String::new();
        let mut line = |text: &str| {
            md.push_str(text);
            md.push('\n');
        };
        line("# Decision memo");
        line("");
        line(&format!(
            "*How we get technical leadership: our CTO Compass self-assessment's result on {}.*",
            self.date
        ));
        line("");
        line("## Recommendation");
        line("");
        line(&format!(
            "**{}**, fit {} out of 100. {}",
            best.name(),
            self.outcome.score(best),
            self.outcome.verdict()
        ));
        line("");
        line("| Option | Fit (out of 100) |");
        line("| --- | ---: |");
        for option in self.outcome.ranking {
            line(&format!(
                "| {} | {} |",
                option.name(),
                self.outcome.score(option)
            ));
        }
        line("");
        line("## Our answers");
        line("");
        for (topic, answer) in &self.answers {
            line(&format!("- **{topic}:** {}", cell(answer)));
        }
        line("");
        line("## Why");
        line("");
        let reason = |r: &ReasonLine| {
            format!(
                "- **{}: {}.** {} ({})",
                r.topic,
                cell(&r.answer),
                r.because,
                r.effect
            )
        };
        for r in &self.why.for_it {
            line(&reason(r));
        }
        if !self.why.against.is_empty() {
            line("");
            line("What pulled the other way:");
            line("");
            for r in &self.why.against {
                line(&reason(r));
            }
        }
        line("");
        line("## What would change it");
        line("");
        if self.what_ifs.is_empty() {
            line("No change of up to three answers would put another option first.");
        }
        for what_if in &self.what_ifs {
            let changes: Vec<String> = what_if
                .changes
                .iter()
                .map(|c| format!("{}: {}", c.topic, c.change))
                .collect();
            line(&format!(
                "- **{}** would come first (fit {}) with: {}.",
                what_if.option.name(),
                what_if.fit,
                changes.join("; ")
            ));
            if let Some(note) = &what_if.beyond_budget {
                line(&format!("  *{note}*"));
            }
        }
        line("");
        line("## What it costs");
        line("");
        line(&self.costs.source);
        line("");
        line(&format!(
            "| Option | Each month once running | {} |",
            self.costs.total_heading
        ));
        line("| --- | ---: | ---: |");
        for row in &self.costs.rows {
            line(&format!(
                "| {} | {} | {} |",
                row.option.name(),
                row.monthly,
                row.total
            ));
        }
        line("");
        for sentence in &self.costs.summary {
            line(sentence);
        }
        line("");
        line(&format!(
            "## Risks of {} and how to handle them",
            best.in_sentence()
        ));
        line("");
        for risk in self.risks {
            line(&format!("- **{}** {}", risk.risk, risk.handling));
        }
        line("");
        line("## First steps");
        line("");
        for (n, step) in self.steps.iter().enumerate() {
            line(&format!("{}. **{}.** {}", n + 1, step.title, step.detail));
        }
        line("");
        // In angle brackets: a destination with a space or a bracket stays one link.
        line(&format!(
            "[See this result and how it is scored](<{}>)",
            self.share
        ));
        md
    }
}

/// Text safe inside a Markdown table cell or list item: a bar would end the cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// The cost comparison: the visitor's own calculator figures where they changed any, else
/// the calculator's defaults with the budget, hours and horizon these answers give.
fn costs(answers: &Answers, currency: Currency, format: NumberFormat, figures: &str) -> Costs {
    let own = !figures.is_empty();
    let (form, _) = if own {
        read_query(figures)
    } else {
        read_query(&calculator_query(answers, currency))
    };
    let currency = form.currency.unwrap_or(currency);
    let money = Money::new(currency, form.number_format.unwrap_or(format));
    let comparison = compare(&form.to_inputs());
    let horizon = comparison.horizon_months;
    let source = if own {
        "From the figures in your cost calculator.".to_owned()
    } else {
        format!(
            "From the calculator's typical figures for {}, with the budget, hours and months your answers give: open the calculator to use your own.",
            region(currency)
        )
    };
    Costs {
        source,
        summary: summary(&comparison, form.budget, money),
        total_heading: total_heading(horizon),
        rows: comparison
            .options
            .iter()
            .map(|cost| CostRow {
                option: cost.option,
                monthly: money.amount(cost.run_rate),
                total: if cost.in_post(horizon) {
                    money.amount(cost.total)
                } else {
                    NOT_IN_POST.to_owned()
                },
            })
            .collect(),
    }
}
