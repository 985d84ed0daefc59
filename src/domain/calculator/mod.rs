//! The cost comparison: the inputs for each option, their limits, the form with its sourced
//! defaults ([`form`]; a sourced set per currency in [`defaults`]: United States, United
//! Kingdom, Germany), the cost model ([`model`]), a fractional CTO now and a full-time CTO later
//! ([`switch`]), the values of each input that change the cheapest option ([`flips`]), and low
//! and high bands from the sources' ranges ([`bands`]). Amounts are in the visitor's currency.

pub mod bands;
pub mod chart;
pub mod defaults;
pub mod flips;
pub mod form;
pub mod model;
pub mod report;
pub mod scenarios;
pub mod switch;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use crate::domain::locale::{NumberFormat, NumberProblem, read_number, write_number};

/// Hours in a working day, for day rates and days a week.
pub const HOURS_PER_DAY: f64 = 8.0;
/// Weeks in a month on average (52 / 12).
pub const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;
/// Hours of a full-time role each month (40 a week).
pub const FULL_TIME_HOURS_PER_MONTH: f64 = 40.0 * WEEKS_PER_MONTH;

/// The shortest and longest horizons the calculator compares over, in months.
pub const HORIZON_MONTHS: (u32, u32) = (3, 60);

/// How the recruiting fee for a full-time CTO is set.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum RecruitingFee {
    /// A share of the first year's salary, in percent.
    PercentOfSalary(f64),
    /// A fixed search fee.
    Fixed(f64),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FullTime {
    /// Base salary a year.
    pub salary: f64,
    pub bonus_percent: f64,
    /// Benefits and payroll taxes, as a percentage of salary.
    pub overhead_percent: f64,
    /// Equity granted, as a percentage of the company: shown apart from cash.
    pub equity_percent: f64,
    pub valuation: f64,
    pub recruiting: RecruitingFee,
    pub months_to_hire: f64,
    pub months_to_productive: f64,
}

/// How a fractional CTO is paid: one mode at a time.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum FractionalPricing {
    Hourly {
        hours_per_week: f64,
        rate: f64,
    },
    Daily {
        days_per_week: f64,
        day_rate: f64,
    },
    /// A monthly retainer covering about `hours_per_week`.
    Retainer {
        monthly: f64,
        hours_per_week: f64,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fractional {
    pub pricing: FractionalPricing,
    pub equity_percent: f64,
    pub months_to_productive: f64,
}

/// How a consulting firm is paid.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum ConsultingPricing {
    Days {
        day_rate: f64,
        days_per_month: f64,
    },
    /// A fixed fee for a project, spread evenly over its months.
    Project {
        fee: f64,
        months: f64,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Consulting {
    pub pricing: ConsultingPricing,
    /// Account management and other overhead, as a percentage of the fees.
    pub overhead_percent: f64,
    pub months_to_productive: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InHouse {
    pub hires: f64,
    /// Salary of each hire, a year.
    pub salary_each: f64,
    pub overhead_percent: f64,
    pub recruiting_per_hire: f64,
    pub months_to_hire: f64,
    /// Training and tools for the whole team, a month, once hired.
    pub training_and_tools: f64,
    pub months_to_productive: f64,
}

/// Everything the calculator compares.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inputs {
    pub horizon_months: u32,
    pub full_time: FullTime,
    pub fractional: Fractional,
    pub consulting: Consulting,
    pub in_house: InHouse,
}

impl Default for Inputs {
    fn default() -> Self {
        Inputs {
            horizon_months: 24,
            full_time: FullTime {
                salary: 250_000.0,
                bonus_percent: 10.0,
                overhead_percent: 25.0,
                equity_percent: 1.0,
                valuation: 10_000_000.0,
                recruiting: RecruitingFee::PercentOfSalary(25.0),
                months_to_hire: 3.0,
                months_to_productive: 3.0,
            },
            fractional: Fractional {
                pricing: FractionalPricing::Hourly {
                    hours_per_week: 12.0,
                    rate: 250.0,
                },
                equity_percent: 0.0,
                months_to_productive: 1.0,
            },
            consulting: Consulting {
                pricing: ConsultingPricing::Days {
                    day_rate: 2_400.0,
                    days_per_month: 6.5,
                },
                overhead_percent: 10.0,
                months_to_productive: 1.0,
            },
            in_house: InHouse {
                hires: 2.0,
                salary_each: 130_000.0,
                overhead_percent: 25.0,
                recruiting_per_hire: 20_000.0,
                months_to_hire: 3.0,
                training_and_tools: 1_000.0,
                months_to_productive: 6.0,
            },
        }
    }
}

/// The limits of one number the visitor types, and how to name it in a message.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Used in messages: "Hourly rate must be …".
    pub label: &'static str,
    pub min: f64,
    pub max: f64,
    /// Whether only whole numbers make sense (months of a horizon): a fraction is refused,
    /// never rounded.
    pub whole: bool,
}

/// Why a typed number is refused, in GOV.UK error-message style.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldError {
    Empty(&'static str),
    NotANumber(&'static str),
    NotWhole(&'static str),
    /// What was typed, and its two readings as the visitor writes numbers.
    Ambiguous {
        label: &'static str,
        typed: String,
        small: String,
        large: String,
    },
    /// The label, and the limit as the visitor writes numbers ("5.000.000").
    TooSmall(&'static str, String),
    TooLarge(&'static str, String),
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FieldError::Empty(label) => write!(f, "Enter the {}", label.to_ascii_lowercase()),
            FieldError::NotANumber(label) => write!(f, "{label} must be a number"),
            FieldError::NotWhole(label) => write!(f, "{label} must be a whole number"),
            FieldError::Ambiguous {
                label,
                typed,
                small,
                large,
            } => write!(
                f,
                "{label} “{typed}” could mean {small} or {large}: type it as one of those"
            ),
            FieldError::TooSmall(label, min) => write!(f, "{label} must be {min} or more"),
            FieldError::TooLarge(label, max) => write!(f, "{label} must be {max} or less"),
        }
    }
}

impl Limits {
    pub const fn new(label: &'static str, min: f64, max: f64) -> Limits {
        Limits {
            label,
            min,
            max,
            whole: false,
        }
    }

    /// Limits of a number that must be whole.
    pub const fn whole(label: &'static str, min: f64, max: f64) -> Limits {
        Limits {
            whole: true,
            ..Limits::new(label, min, max)
        }
    }

    /// Reads a number as people type it where they write numbers as `format` does ("1,500",
    /// "1.500,50", "1 500", "$2,000", "12,5 %"): the number, or why it is refused. Where the
    /// text could be read two ways ("130.000" where a point is the decimal point), it asks.
    pub fn parse_in(&self, input: &str, format: NumberFormat) -> Result<f64, FieldError> {
        let value = read_number(input, format, self.whole).map_err(|problem| match problem {
            NumberProblem::Empty => FieldError::Empty(self.label),
            NumberProblem::NotANumber => FieldError::NotANumber(self.label),
            NumberProblem::NotWhole => FieldError::NotWhole(self.label),
            NumberProblem::Ambiguous { small, large } => FieldError::Ambiguous {
                label: self.label,
                typed: input.trim().to_owned(),
                small: write_number(small, format, 3),
                large: write_number(large, format, 2),
            },
            NumberProblem::TooLarge { negative: true } => self.too_small(format),
            NumberProblem::TooLarge { negative: false } => self.too_large(format),
        })?;
        if value < self.min {
            Err(self.too_small(format))
        } else if value > self.max {
            Err(self.too_large(format))
        } else {
            Ok(value)
        }
    }

    fn too_small(&self, format: NumberFormat) -> FieldError {
        FieldError::TooSmall(self.label, write_number(self.min, format, 2))
    }

    fn too_large(&self, format: NumberFormat) -> FieldError {
        FieldError::TooLarge(self.label, write_number(self.max, format, 2))
    }

    /// Reads a number as this app writes it in links ("1500", "12.5").
    pub fn parse(&self, input: &str) -> Result<f64, FieldError> {
        self.parse_in(input, NumberFormat::Point)
    }
}

/// The limits the calculator's fields enforce.
pub mod limits {
    use super::Limits;

    pub const HORIZON: Limits = Limits::whole("Horizon", 3.0, 60.0);
    pub const SWITCH: Limits = Limits::whole("Month", 0.0, 60.0);
    pub const BUDGET: Limits = Limits::new("Budget", 0.0, 10_000_000.0);
    pub const SALARY: Limits = Limits::new("Salary", 0.0, 5_000_000.0);
    pub const PERCENT: Limits = Limits::new("Percentage", 0.0, 200.0);
    pub const EQUITY: Limits = Limits::new("Equity", 0.0, 100.0);
    pub const VALUATION: Limits = Limits::new("Valuation", 0.0, 1e12);
    pub const FEE: Limits = Limits::new("Fee", 0.0, 10_000_000.0);
    pub const MONTHS: Limits = Limits::new("Months", 0.0, 36.0);
    pub const HOURS_PER_WEEK: Limits = Limits::new("Hours a week", 0.0, 80.0);
    pub const DAYS_PER_WEEK: Limits = Limits::new("Days a week", 0.0, 7.0);
    pub const DAYS_PER_MONTH: Limits = Limits::new("Days a month", 0.0, 31.0);
    pub const HOURLY_RATE: Limits = Limits::new("Hourly rate", 0.0, 10_000.0);
    pub const DAY_RATE: Limits = Limits::new("Day rate", 0.0, 50_000.0);
    pub const MONTHLY: Limits = Limits::new("Monthly amount", 0.0, 10_000_000.0);
    pub const HIRES: Limits = Limits::whole("Number of hires", 1.0, 500.0);
}
