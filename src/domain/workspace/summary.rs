//! A one-page summary of the workspace for a co-founder or a board: the plan's progress, the
//! partner in the lead and the terms, the KPIs with their direction, the open actions and the
//! month's spend. Shown as a page to print, and as Markdown to paste.

use super::Workspace;
use super::candidates::leader_summary;
use super::dashboard::{days_until, kpi_lines, open_actions};
use super::progress::Facts;
use super::spend::{Month, month_text};
use super::steps::{first_index, plan_title, tasks};
use super::terms::Clause;
use super::time::Day;
use crate::domain::units::Cents;

/// Everything the summary says, as text.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// "Partner with a fractional CTO in seven steps".
    pub plan: &'static str,
    /// "5 of 7 steps completed."
    pub progress: String,
    /// Each step's title and status.
    pub steps: Vec<(String, &'static str)>,
    pub partner: String,
    /// Each clause: its name, where it stands, and what was agreed.
    pub terms: Vec<(&'static str, &'static str, String)>,
    pub next_review: String,
    pub kpis: Vec<String>,
    pub actions: Vec<String>,
    pub spend: String,
    /// "2 Dec 2026".
    pub date: String,
}

/// One line of text: line breaks typed in a note become spaces, so a list stays a list.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Summary {
    pub fn of(w: &Workspace, facts: Facts, today: Day, money: &dyn Fn(Cents) -> String) -> Summary {
        let plan = w.plan();
        let start = first_index(plan);
        let steps = tasks(plan)
            .iter()
            .enumerate()
            .map(|(i, task)| {
                let status = w.step_status(start + i, facts).status;
                (format!("{}. {}", i + 1, task.step.title), status.label())
            })
            .collect();
        let partner = if w.candidates.is_empty() {
            "No candidate yet.".to_owned()
        } else {
            format!("{}.", leader_summary(&w.candidates, &w.weights))
        };
        let terms = Clause::ALL
            .into_iter()
            .map(|clause| {
                let note = one_line(&w.terms.checklist.item(clause).note);
                let own = match clause {
                    Clause::Scope => one_line(&w.terms.scope),
                    Clause::Time => w
                        .terms
                        .hours
                        .map(|h| format!("{h} hours a month"))
                        .unwrap_or_default(),
                    Clause::Fee => {
                        let rate = w.terms.rate.map(|r| match w.terms.model {
                            Some(model) => format!("{} {}", money(r), model.per()),
                            None => money(r),
                        });
                        [rate.unwrap_or_default(), one_line(&w.terms.payment_terms)]
                            .into_iter()
                            .filter(|t| !t.is_empty())
                            .collect::<Vec<_>>()
                            .join("; ")
                    }
                    Clause::Reviews => w
                        .terms
                        .reviews
                        .iter()
                        .map(|d| d.long())
                        .collect::<Vec<_>>()
                        .join(", "),
                    _ => String::new(),
                };
                let detail = [own, note]
                    .into_iter()
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(". ");
                (clause.name(), w.terms.standing(clause).label(), detail)
            })
            .collect();
        let next_review = match w.terms.next_review(today) {
            Some(day) => format!("Next review on {}, {}.", day.long(), days_until(today, day)),
            None => "No review date ahead.".to_owned(),
        };
        let actions = open_actions(w)
            .map(|(last, open)| {
                open.iter()
                    .map(|a| format!("{} (agreed on {})", one_line(&a.text), last.date.long()))
                    .collect()
            })
            .unwrap_or_default();
        Summary {
            plan: plan_title(plan),
            progress: format!(
                "{} of {} steps completed.",
                w.completed(plan, facts),
                tasks(plan).len()
            ),
            steps,
            partner,
            terms,
            next_review,
            kpis: kpi_lines(w).iter().map(|l| l.text()).collect(),
            actions,
            spend: month_text(w, Month::of(today), money).0,
            date: today.long(),
        }
    }

    /// The summary as Markdown, to paste into a document, an email or a board pack.
    pub fn markdown(&self) -> String {
        let mut md = String::new();
        let mut line = |text: &str| {
            md.push_str(text);
            md.push('\n');
        };
        line("# Workspace summary");
        line("");
        line(&format!("*{}, on {}.*", self.plan, self.date));
        line("");
        line("## Progress");
        line("");
        line(&self.progress);
        line("");
        for (title, status) in &self.steps {
            let tick = if *status == "Completed" { "x" } else { " " };
            line(&format!("- [{tick}] {title} ({status})"));
        }
        line("");
        line("## Partner");
        line("");
        line(&self.partner);
        line("");
        line("## Terms");
        line("");
        for (name, standing, detail) in &self.terms {
            if detail.is_empty() {
                line(&format!("- **{name}:** {standing}"));
            } else {
                line(&format!("- **{name}:** {standing}. {detail}"));
            }
        }
        line("");
        line(&self.next_review);
        line("");
        line("## KPIs");
        line("");
        if self.kpis.is_empty() {
            line("No KPI measured yet.");
        }
        for kpi in &self.kpis {
            line(&format!("- {kpi}"));
        }
        line("");
        line("## Open actions");
        line("");
        if self.actions.is_empty() {
            line("None open.");
        }
        for action in &self.actions {
            line(&format!("- {action}"));
        }
        line("");
        line("## Spend");
        line("");
        line(&self.spend);
        md
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workspace::kpis::number_text;
    use crate::domain::workspace::tests::sample;

    #[test]
    fn the_summary_says_progress_partner_terms_kpis_actions_and_spend() {
        let mut w = sample();
        w.check_ins[0]
            .actions
            .push(crate::domain::workspace::kpis::Action {
                text: "Write the\nrunbook".into(),
                done: false,
            });
        let money = |c: Cents| format!("£{}", number_text(c.amount()));
        let today = Day::parse("2027-01-20").unwrap();
        let summary = Summary::of(&w, Facts::default(), today, &money);
        let md = summary.markdown();
        assert!(md.starts_with("# Workspace summary\n\n*Partner with a fractional CTO in seven steps, on 20 Jan 2027.*\n"));
        // Ticked by hand: the first; the third in progress by hand, though the scorecard is
        // full; the records complete the search, the terms, the KPIs, the cadence (noted)
        // and the review (a check-in).
        assert_eq!(summary.progress, "6 of 7 steps completed.");
        assert!(md.contains("- [x] 1. Define your needs (Completed)\n"));
        assert!(md.contains("- [ ] 3. Interview (In progress)\n"));
        assert!(md.contains("Priya Shah leads with"));
        assert!(md.contains(
            "- **Fee and payment terms:** Noted. £8,500 a month; Monthly in advance, 14 days\n"
        ));
        assert!(md.contains("- **Confidentiality (NDA):** Agreed. Mutual, five years\n"));
        assert!(md.contains("- **Notice period:** To agree\n"));
        assert!(md.contains("Next review on 1 Apr 2027, in 71 days."));
        assert!(md.contains("- Uptime: 99.1% on 1 Feb 2027, missing its target of at least 99.5%; its first value.\n"));
        assert!(
            md.contains("- Write the runbook (agreed on 1 Feb 2027)\n"),
            "line breaks do not break the list"
        );
        assert!(md.contains("£8,500 and 16 hours of £8,500 budgeted for January 2027 (100 %)."));
        let empty = Summary::of(&Workspace::default(), Facts::default(), today, &money).markdown();
        assert!(
            empty.contains("No candidate yet.")
                && empty.contains("No KPI measured yet.")
                && empty.contains("None open.")
        );
    }
}
