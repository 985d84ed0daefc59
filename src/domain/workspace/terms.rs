//! What is agreed with whoever leads the technology: the terms as a checklist of clauses
//! (scope, time, fee, intellectual property, confidentiality, access, notice, cadence,
//! reviews), each agreed, noted or not needed, and the engagement's model and rate.

use serde::{Deserialize, Serialize};

use super::time::Day;
use super::{check_amount, check_text};
use crate::domain::units::Cents;

/// How a fractional CTO is engaged and paid: the seed's hourly and project-based models, and
/// the monthly retainer most offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EngagementModel {
    Hourly,
    Retainer,
    Project,
}

impl EngagementModel {
    pub const ALL: [EngagementModel; 3] = [
        EngagementModel::Hourly,
        EngagementModel::Retainer,
        EngagementModel::Project,
    ];

    pub fn id(self) -> &'static str {
        match self {
            EngagementModel::Hourly => "hourly",
            EngagementModel::Retainer => "retainer",
            EngagementModel::Project => "project",
        }
    }

    pub fn from_id(id: &str) -> Option<EngagementModel> {
        Self::ALL.into_iter().find(|m| m.id() == id)
    }

    pub fn name(self) -> &'static str {
        match self {
            EngagementModel::Hourly => "Hourly",
            EngagementModel::Retainer => "Monthly retainer",
            EngagementModel::Project => "Per project",
        }
    }

    /// What the rate is for: "an hour".
    pub fn per(self) -> &'static str {
        match self {
            EngagementModel::Hourly => "an hour",
            EngagementModel::Retainer => "a month",
            EngagementModel::Project => "for the project",
        }
    }
}

pub const MAX_SCOPE: usize = 10_000;
pub const MAX_PAYMENT_TERMS: usize = 1_000;
pub const MAX_REVIEWS: usize = 50;
pub const MAX_NOTE: usize = 2_000;
/// Hours a month: more than there are in a month is a typing slip.
pub const MAX_HOURS: u32 = 744;

/// What was agreed with the CTO.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    pub scope: String,
    pub model: Option<EngagementModel>,
    /// Per hour, per month or for the project, as the model says.
    pub rate: Option<Cents>,
    pub payment_terms: String,
    pub start: Option<Day>,
    /// The dates the engagement will be reviewed, earliest first.
    pub reviews: Vec<Day>,
    /// Hours a month agreed, for an hourly engagement's budget.
    #[serde(default)]
    pub hours: Option<u32>,
    /// Where each clause stands: agreed, not needed, or still to agree (with a note).
    #[serde(default)]
    pub checklist: Checklist,
}

impl Terms {
    pub fn is_empty(&self) -> bool {
        *self == Terms::default()
    }

    /// The first review on or after `today`.
    pub fn next_review(&self, today: Day) -> Option<Day> {
        self.reviews.iter().copied().filter(|d| *d >= today).min()
    }

    /// What the workspace's card for the terms says: how many clauses are settled, and the
    /// next review from `today`.
    pub fn summary(&self, today: Day) -> String {
        if self.is_empty() {
            return "Not recorded yet".to_owned();
        }
        let settled = format!("{} of {} settled", self.settled(), Clause::ALL.len());
        match self.next_review(today) {
            Some(day) => format!("{settled}; next review on {}", day.long()),
            None => settled,
        }
    }

    /// Whether a clause has anything written for it, in its own fields or its note.
    pub fn has_content(&self, clause: Clause) -> bool {
        let written = match clause {
            Clause::Scope => !self.scope.trim().is_empty(),
            Clause::Time => self.hours.is_some(),
            Clause::Fee => {
                self.rate.is_some() || self.model.is_some() || !self.payment_terms.trim().is_empty()
            }
            Clause::Reviews => !self.reviews.is_empty(),
            _ => false,
        };
        written || !self.checklist.item(clause).note.trim().is_empty()
    }

    /// Where a clause stands, as the checklist shows it.
    pub fn standing(&self, clause: Clause) -> Standing {
        match self.checklist.item(clause).state {
            Agreement::Agreed => Standing::Agreed,
            Agreement::NotNeeded => Standing::NotNeeded,
            Agreement::Open if self.has_content(clause) => Standing::Noted,
            Agreement::Open => Standing::ToAgree,
        }
    }

    /// Clauses agreed or not needed.
    pub fn settled(&self) -> usize {
        Clause::ALL
            .into_iter()
            .filter(|c| matches!(self.standing(*c), Standing::Agreed | Standing::NotNeeded))
            .count()
    }

    /// The terms record what the work is and what it costs: the "agree terms" step's rule.
    pub fn has_scope_and_fee(&self) -> bool {
        self.has_content(Clause::Scope) && self.rate.is_some()
    }

    /// A cadence is set when it is agreed or written down.
    pub fn has_cadence(&self) -> bool {
        matches!(
            self.standing(Clause::Cadence),
            Standing::Agreed | Standing::Noted
        )
    }

    /// What is budgeted a month, when the engagement is paid by the month or by the hour.
    pub fn monthly_budget(&self) -> Option<Cents> {
        let rate = self.rate?;
        match self.model? {
            EngagementModel::Retainer => Some(rate),
            EngagementModel::Hourly => Some(Cents(rate.0.saturating_mul(u64::from(self.hours?)))),
            EngagementModel::Project => None,
        }
    }

    pub fn validate(&self) -> Result<(), String> {
        check_text("The scope", &self.scope, MAX_SCOPE)?;
        for clause in Clause::ALL {
            check_text(clause.name(), &self.checklist.item(clause).note, MAX_NOTE)?;
        }
        if self.hours.is_some_and(|h| h > MAX_HOURS) {
            return Err(format!("The hours a month must be {MAX_HOURS} or fewer"));
        }
        check_text("The payment terms", &self.payment_terms, MAX_PAYMENT_TERMS)?;
        if let Some(rate) = self.rate {
            check_amount("The rate", rate)?;
        }
        if self.reviews.len() > MAX_REVIEWS {
            return Err(format!("There can be up to {MAX_REVIEWS} review dates"));
        }
        if self.reviews.windows(2).any(|w| w[0] >= w[1]) {
            return Err("The review dates are not in order".into());
        }
        Ok(())
    }
}

/// The clauses to settle with whoever leads the technology: the article's list of what to
/// agree before the work starts, in the order a contract usually takes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clause {
    Scope,
    Time,
    Fee,
    Ip,
    Nda,
    Access,
    Notice,
    Cadence,
    Reviews,
}

impl Clause {
    pub const ALL: [Clause; 9] = [
        Clause::Scope,
        Clause::Time,
        Clause::Fee,
        Clause::Ip,
        Clause::Nda,
        Clause::Access,
        Clause::Notice,
        Clause::Cadence,
        Clause::Reviews,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Clause::Scope => "Scope and deliverables",
            Clause::Time => "Hours or days",
            Clause::Fee => "Fee and payment terms",
            Clause::Ip => "Intellectual property",
            Clause::Nda => "Confidentiality (NDA)",
            Clause::Access => "System access and its removal",
            Clause::Notice => "Notice period",
            Clause::Cadence => "Communication cadence",
            Clause::Reviews => "Review dates",
        }
    }

    /// What to settle, as the clause's hint.
    pub fn hint(self) -> &'static str {
        match self {
            Clause::Scope => "What is owned and delivered, and what is out of scope.",
            Clause::Time => {
                "How many hours or days a week or a month, and how extra time is agreed."
            }
            Clause::Fee => "How the work is paid, how much, and when invoices are due.",
            Clause::Ip => {
                "Code, designs and documents made for you belong to the company: say so in writing."
            }
            Clause::Nda => "What must stay confidential, during the work and after it ends.",
            Clause::Access => {
                "Which systems and accounts are opened, with what rights, and how they are closed at the end."
            }
            Clause::Notice => "How long either side gives to end or change the arrangement.",
            Clause::Cadence => {
                "How often you meet, on which channels, and how fast messages are answered."
            }
            Clause::Reviews => {
                "When you will look at the KPIs together and decide what should change."
            }
        }
    }

    /// Part of a field's id: `clause-nda`.
    pub fn slug(self) -> &'static str {
        match self {
            Clause::Scope => "scope",
            Clause::Time => "time",
            Clause::Fee => "fee",
            Clause::Ip => "ip",
            Clause::Nda => "nda",
            Clause::Access => "access",
            Clause::Notice => "notice",
            Clause::Cadence => "cadence",
            Clause::Reviews => "reviews",
        }
    }
}

/// What the founder says of a clause.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Agreement {
    #[default]
    Open,
    Agreed,
    NotNeeded,
}

impl Agreement {
    pub const ALL: [Agreement; 3] = [Agreement::Open, Agreement::Agreed, Agreement::NotNeeded];

    pub fn id(self) -> &'static str {
        match self {
            Agreement::Open => "open",
            Agreement::Agreed => "agreed",
            Agreement::NotNeeded => "not-needed",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Agreement::Open => "Still to agree",
            Agreement::Agreed => "Agreed",
            Agreement::NotNeeded => "Not needed",
        }
    }
}

/// Where a clause stands, as shown: ticked, noted, not needed or still to agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    ToAgree,
    Noted,
    Agreed,
    NotNeeded,
}

impl Standing {
    pub fn label(self) -> &'static str {
        match self {
            Standing::ToAgree => "To agree",
            Standing::Noted => "Noted",
            Standing::Agreed => "Agreed",
            Standing::NotNeeded => "Not needed",
        }
    }
}

/// One clause's state and note.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub state: Agreement,
    /// What was said of it; the scope, fee and reviews have their own fields as well.
    pub note: String,
}

/// Each clause's item, by name, so that the stored JSON reads as the checklist does.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub scope: Item,
    pub time: Item,
    pub fee: Item,
    pub ip: Item,
    pub nda: Item,
    pub access: Item,
    pub notice: Item,
    pub cadence: Item,
    pub reviews: Item,
}

impl Checklist {
    pub fn item(&self, clause: Clause) -> &Item {
        match clause {
            Clause::Scope => &self.scope,
            Clause::Time => &self.time,
            Clause::Fee => &self.fee,
            Clause::Ip => &self.ip,
            Clause::Nda => &self.nda,
            Clause::Access => &self.access,
            Clause::Notice => &self.notice,
            Clause::Cadence => &self.cadence,
            Clause::Reviews => &self.reviews,
        }
    }

    pub fn item_mut(&mut self, clause: Clause) -> &mut Item {
        match clause {
            Clause::Scope => &mut self.scope,
            Clause::Time => &mut self.time,
            Clause::Fee => &mut self.fee,
            Clause::Ip => &mut self.ip,
            Clause::Nda => &mut self.nda,
            Clause::Access => &mut self.access,
            Clause::Notice => &mut self.notice,
            Clause::Cadence => &mut self.cadence,
            Clause::Reviews => &mut self.reviews,
        }
    }
}

impl Standing {
    /// Agreed or not needed: nothing left to settle.
    pub fn settled(self) -> bool {
        matches!(self, Standing::Agreed | Standing::NotNeeded)
    }
}
