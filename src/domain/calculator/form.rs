//! The calculator's form: every number the visitor can set, with its label, limits and
//! default, and the pricing modes. It keeps the numbers of modes not in use, so switching
//! back and forth loses nothing, and turns into model [`Inputs`] for the sums.

use serde::{Deserialize, Serialize};

use super::defaults::figure;
use super::{
    Consulting, ConsultingPricing, Fractional, FractionalPricing, FullTime, InHouse, Inputs,
    Limits, RecruitingFee, limits,
};
use crate::domain::form::Problem;
use crate::domain::locale::{NumberFormat, write_number};
use crate::domain::options::Leadership;
use crate::domain::preferences::Currency;
use crate::domain::route::Route;
use crate::domain::text::short;

/// A pricing mode: each choice with its id (in links and element ids) and its label; the first
/// is the default.
macro_rules! mode {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $id:literal, $label:literal;)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name {
            #[default]
            $($variant),+
        }

        impl $name {
            pub const ALL: &[$name] = &[$($name::$variant),+];

            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id),+
                }
            }

            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label),+
                }
            }

            pub fn from_id(id: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|m| m.id() == id)
            }
        }
    };
}

mode! {
    /// How a fractional CTO is paid.
    FractionalMode {
        Hourly = "hourly", "By the hour";
        Daily = "daily", "By the day";
        Retainer = "retainer", "Monthly retainer";
    }
}

mode! {
    /// How a consulting firm is paid.
    ConsultingMode {
        Days = "days", "By the day";
        Project = "project", "Fixed project fee";
    }
}

mode! {
    /// How the full-time CTO's recruiting fee is set.
    RecruitingMode {
        Percent = "percent", "Recruiting fee as a % of salary";
        Fixed = "fixed", "Fixed search fee";
    }
}

/// Which modes a field belongs to; it is shown (and checked) only then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShownIf {
    Always,
    Fractional(&'static [FractionalMode]),
    Consulting(ConsultingMode),
    Recruiting(RecruitingMode),
}

/// How a number is shown and typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Money,
    Percent,
    Plain,
}

/// Each number of the form, in the order of [`FIELDS`] (a test keeps the two in step). Code
/// names a field by this, so a misspelt field does not compile; its [`key`](FieldId::key) is
/// how the outside world spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldId {
    Horizon,
    FrHours,
    FrRate,
    FrDays,
    FrDayRate,
    FrRetainer,
    FrEquity,
    FrRamp,
    FtSalary,
    FtBonus,
    FtOverhead,
    FtEquity,
    FtValuation,
    FtRecruitPercent,
    FtRecruitFee,
    FtHire,
    FtRamp,
    CoDayRate,
    CoDays,
    CoFee,
    CoMonths,
    CoOverhead,
    CoRamp,
    IhHires,
    IhSalary,
    IhOverhead,
    IhRecruit,
    IhHire,
    IhTools,
    IhRamp,
    SwitchSearch,
}

impl FieldId {
    /// The figures that decide an option's cost most, shown first where room is short (an
    /// embed): the price and how much of it. The rest (bonus, equity, overheads, recruiting,
    /// ramp-up) are "more inputs".
    pub fn is_main(self) -> bool {
        matches!(
            self,
            FieldId::FrHours
                | FieldId::FrRate
                | FieldId::FrDays
                | FieldId::FrDayRate
                | FieldId::FrRetainer
                | FieldId::FtSalary
                | FieldId::CoDayRate
                | FieldId::CoDays
                | FieldId::CoFee
                | FieldId::CoMonths
                | FieldId::IhHires
                | FieldId::IhSalary
        )
    }

    /// Stable: used in element ids, share links and saved scenarios.
    pub fn key(self) -> &'static str {
        match self {
            FieldId::Horizon => "horizon",
            FieldId::FrHours => "fr-hours",
            FieldId::FrRate => "fr-rate",
            FieldId::FrDays => "fr-days",
            FieldId::FrDayRate => "fr-day-rate",
            FieldId::FrRetainer => "fr-retainer",
            FieldId::FrEquity => "fr-equity",
            FieldId::FrRamp => "fr-ramp",
            FieldId::FtSalary => "ft-salary",
            FieldId::FtBonus => "ft-bonus",
            FieldId::FtOverhead => "ft-overhead",
            FieldId::FtEquity => "ft-equity",
            FieldId::FtValuation => "ft-valuation",
            FieldId::FtRecruitPercent => "ft-recruit-percent",
            FieldId::FtRecruitFee => "ft-recruit-fee",
            FieldId::FtHire => "ft-hire",
            FieldId::FtRamp => "ft-ramp",
            FieldId::CoDayRate => "co-day-rate",
            FieldId::CoDays => "co-days",
            FieldId::CoFee => "co-fee",
            FieldId::CoMonths => "co-months",
            FieldId::CoOverhead => "co-overhead",
            FieldId::CoRamp => "co-ramp",
            FieldId::IhHires => "ih-hires",
            FieldId::IhSalary => "ih-salary",
            FieldId::IhOverhead => "ih-overhead",
            FieldId::IhRecruit => "ih-recruit",
            FieldId::IhHire => "ih-hire",
            FieldId::IhTools => "ih-tools",
            FieldId::IhRamp => "ih-ramp",
            FieldId::SwitchSearch => "switch-search",
        }
    }

    /// The field a share link's key names.
    pub fn from_key(key: &str) -> Option<FieldId> {
        FIELDS.iter().map(|f| f.id).find(|id| id.key() == key)
    }

    /// Where the field's number is in [`Form::values`] and in [`FIELDS`].
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn field(self) -> &'static Field {
        &FIELDS[self.index()]
    }

    /// The id of the field's input on the page: "field-fr-rate".
    pub fn element_id(self) -> String {
        format!("field-{}", self.key())
    }

    /// Checks what was typed in the field: the number to keep, or the problem shown beside it.
    pub fn check(self, text: &str, format: NumberFormat) -> Result<f64, Problem> {
        self.field()
            .limits
            .parse_in(text, format)
            .map_err(|e| Problem::new(self.element_id(), e.to_string()))
    }
}

/// One number of the form.
#[derive(Debug)]
pub struct Field {
    pub id: FieldId,
    /// `None` for settings that apply to all options (the horizon).
    pub option: Option<Leadership>,
    pub label: &'static str,
    /// The unit or period after the label: "a year", "% of salary", "months".
    pub hint: &'static str,
    pub unit: Unit,
    pub limits: Limits,
    pub shown_if: ShownIf,
}

impl Field {
    /// "Default 250,000: ctofraction.com's ….", shown beside the field: the default in
    /// `currency` and where it comes from; none for the visitor's own choices (the horizon).
    pub fn default_note(&self, currency: Currency, format: NumberFormat) -> Option<String> {
        let figure = figure(currency, self.id);
        (!figure.source.is_empty()).then(|| {
            format!(
                "Default {}: {}.",
                write_number(figure.value, format, 2),
                figure.source
            )
        })
    }

    /// The default in `currency`.
    pub fn default_in(&self, currency: Currency) -> f64 {
        figure(currency, self.id).value
    }
}

/// One row of [`FIELDS`]; positional, so the table reads as a table.
#[allow(clippy::too_many_arguments)]
const fn field(
    id: FieldId,
    option: Option<Leadership>,
    label: &'static str,
    hint: &'static str,
    unit: Unit,
    limits: Limits,
    shown_if: ShownIf,
) -> Field {
    Field {
        id,
        option,
        label,
        hint,
        unit,
        limits,
        shown_if,
    }
}

use Leadership::{Consulting as Co, Fractional as Fr, FullTime as Ft, InHouse as Ih};
use ShownIf::Always;

const HOURLY_OR_RETAINER: &[FractionalMode] = &[FractionalMode::Hourly, FractionalMode::Retainer];

/// Every number of the form, grouped by option in the order the page shows them. The defaults
/// are those of [`Inputs::default`] (a test keeps them equal).
pub const FIELDS: &[Field] = &[
    field(
        FieldId::Horizon,
        None,
        "Compare over",
        "months, 3 to 60",
        Unit::Plain,
        limits::HORIZON,
        Always,
    ),
    field(
        FieldId::FrHours,
        Some(Fr),
        "Hours a week",
        "",
        Unit::Plain,
        limits::HOURS_PER_WEEK,
        ShownIf::Fractional(HOURLY_OR_RETAINER),
    ),
    field(
        FieldId::FrRate,
        Some(Fr),
        "Hourly rate",
        "",
        Unit::Money,
        limits::HOURLY_RATE,
        ShownIf::Fractional(&[FractionalMode::Hourly]),
    ),
    field(
        FieldId::FrDays,
        Some(Fr),
        "Days a week",
        "",
        Unit::Plain,
        limits::DAYS_PER_WEEK,
        ShownIf::Fractional(&[FractionalMode::Daily]),
    ),
    field(
        FieldId::FrDayRate,
        Some(Fr),
        "Day rate",
        "",
        Unit::Money,
        limits::DAY_RATE,
        ShownIf::Fractional(&[FractionalMode::Daily]),
    ),
    field(
        FieldId::FrRetainer,
        Some(Fr),
        "Monthly retainer",
        "",
        Unit::Money,
        limits::MONTHLY,
        ShownIf::Fractional(&[FractionalMode::Retainer]),
    ),
    field(
        FieldId::FrEquity,
        Some(Fr),
        "Equity",
        "% of the company, optional",
        Unit::Percent,
        limits::EQUITY,
        Always,
    ),
    field(
        FieldId::FrRamp,
        Some(Fr),
        "Months to full productivity",
        "",
        Unit::Plain,
        limits::MONTHS,
        Always,
    ),
    field(
        FieldId::FtSalary,
        Some(Ft),
        "Base salary",
        "a year",
        Unit::Money,
        limits::SALARY,
        Always,
    ),
    field(
        FieldId::FtBonus,
        Some(Ft),
        "Bonus",
        "% of salary",
        Unit::Percent,
        limits::PERCENT,
        Always,
    ),
    field(
        FieldId::FtOverhead,
        Some(Ft),
        "Benefits and payroll taxes",
        "% of salary",
        Unit::Percent,
        limits::PERCENT,
        Always,
    ),
    field(
        FieldId::FtEquity,
        Some(Ft),
        "Equity",
        "% of the company",
        Unit::Percent,
        limits::EQUITY,
        Always,
    ),
    field(
        FieldId::FtValuation,
        Some(Ft),
        "Company valuation",
        "for valuing equity",
        Unit::Money,
        limits::VALUATION,
        Always,
    ),
    field(
        FieldId::FtRecruitPercent,
        Some(Ft),
        "Recruiting fee",
        "% of first-year salary",
        Unit::Percent,
        limits::PERCENT,
        ShownIf::Recruiting(RecruitingMode::Percent),
    ),
    field(
        FieldId::FtRecruitFee,
        Some(Ft),
        "Recruiting fee",
        "a fixed search fee",
        Unit::Money,
        limits::FEE,
        ShownIf::Recruiting(RecruitingMode::Fixed),
    ),
    field(
        FieldId::FtHire,
        Some(Ft),
        "Months to hire",
        "",
        Unit::Plain,
        limits::MONTHS,
        Always,
    ),
    field(
        FieldId::FtRamp,
        Some(Ft),
        "Months to full productivity",
        "after hiring",
        Unit::Plain,
        limits::MONTHS,
        Always,
    ),
    field(
        FieldId::CoDayRate,
        Some(Co),
        "Day rate",
        "",
        Unit::Money,
        limits::DAY_RATE,
        ShownIf::Consulting(ConsultingMode::Days),
    ),
    field(
        FieldId::CoDays,
        Some(Co),
        "Days a month",
        "",
        Unit::Plain,
        limits::DAYS_PER_MONTH,
        ShownIf::Consulting(ConsultingMode::Days),
    ),
    field(
        FieldId::CoFee,
        Some(Co),
        "Project fee",
        "",
        Unit::Money,
        limits::FEE,
        ShownIf::Consulting(ConsultingMode::Project),
    ),
    field(
        FieldId::CoMonths,
        Some(Co),
        "Project length",
        "months",
        Unit::Plain,
        limits::MONTHS,
        ShownIf::Consulting(ConsultingMode::Project),
    ),
    field(
        FieldId::CoOverhead,
        Some(Co),
        "Account management",
        "% on top of fees",
        Unit::Percent,
        limits::PERCENT,
        Always,
    ),
    field(
        FieldId::CoRamp,
        Some(Co),
        "Months to full productivity",
        "",
        Unit::Plain,
        limits::MONTHS,
        Always,
    ),
    field(
        FieldId::IhHires,
        Some(Ih),
        "Number of hires",
        "",
        Unit::Plain,
        limits::HIRES,
        Always,
    ),
    field(
        FieldId::IhSalary,
        Some(Ih),
        "Salary of each",
        "a year",
        Unit::Money,
        limits::SALARY,
        Always,
    ),
    field(
        FieldId::IhOverhead,
        Some(Ih),
        "Benefits and payroll taxes",
        "% of salary",
        Unit::Percent,
        limits::PERCENT,
        Always,
    ),
    field(
        FieldId::IhRecruit,
        Some(Ih),
        "Recruiting",
        "per hire",
        Unit::Money,
        limits::FEE,
        Always,
    ),
    field(
        FieldId::IhHire,
        Some(Ih),
        "Months to hire",
        "",
        Unit::Plain,
        limits::MONTHS,
        Always,
    ),
    field(
        FieldId::IhTools,
        Some(Ih),
        "Training and tools",
        "a month, for the team",
        Unit::Money,
        limits::MONTHLY,
        Always,
    ),
    field(
        FieldId::IhRamp,
        Some(Ih),
        "Months to full productivity",
        "after hiring",
        Unit::Plain,
        limits::MONTHS,
        Always,
    ),
    field(
        FieldId::SwitchSearch,
        None,
        "Start looking for a full-time CTO",
        "months from now",
        Unit::Plain,
        limits::SWITCH,
        Always,
    ),
];

/// Every setting of the calculator: one number per field, the modes, the monthly budget if
/// the visitor has one, and the currency the figures are in once chosen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Form {
    pub values: Vec<f64>,
    pub fractional: FractionalMode,
    pub consulting: ConsultingMode,
    pub recruiting: RecruitingMode,
    #[serde(default)]
    pub budget: Option<f64>,
    /// `None` until chosen or linked: the page then uses the visitor's currency.
    #[serde(default)]
    pub currency: Option<Currency>,
    /// How the figures were typed, kept with a scenario; `None`: the visitor's setting.
    #[serde(default)]
    pub number_format: Option<NumberFormat>,
}

impl Default for Form {
    /// The United States' defaults, in no currency yet.
    fn default() -> Self {
        Form::defaults(Currency::Usd)
    }
}

impl Form {
    /// Every default of `currency`'s sourced set, the currency not yet chosen.
    pub fn defaults(currency: Currency) -> Form {
        Form {
            values: FIELDS.iter().map(|f| f.default_in(currency)).collect(),
            fractional: FractionalMode::default(),
            consulting: ConsultingMode::default(),
            recruiting: RecruitingMode::default(),
            budget: None,
            currency: None,
            number_format: None,
        }
    }
    pub fn get(&self, id: FieldId) -> f64 {
        self.values.get(id.index()).copied().unwrap_or_default()
    }

    pub fn set(&mut self, id: FieldId, value: f64) {
        if let Some(slot) = self.values.get_mut(id.index()) {
            *slot = value;
        }
    }

    /// Whether a field is in use with the current modes.
    pub fn shows(&self, field: &Field) -> bool {
        match field.shown_if {
            ShownIf::Always => true,
            ShownIf::Fractional(modes) => modes.contains(&self.fractional),
            ShownIf::Consulting(mode) => self.consulting == mode,
            ShownIf::Recruiting(mode) => self.recruiting == mode,
        }
    }

    /// The id of the pricing mode chosen for an option; "" for an in-house team, which has none.
    pub fn mode(&self, option: Leadership) -> &'static str {
        match option {
            Leadership::Fractional => self.fractional.id(),
            Leadership::FullTime => self.recruiting.id(),
            Leadership::Consulting => self.consulting.id(),
            Leadership::InHouse => "",
        }
    }

    /// Chooses an option's pricing mode by its id; an id the option does not have changes nothing.
    pub fn choose_mode(&mut self, option: Leadership, id: &str) {
        match option {
            Leadership::Fractional => {
                self.fractional = FractionalMode::from_id(id).unwrap_or(self.fractional);
            }
            Leadership::FullTime => {
                self.recruiting = RecruitingMode::from_id(id).unwrap_or(self.recruiting);
            }
            Leadership::Consulting => {
                self.consulting = ConsultingMode::from_id(id).unwrap_or(self.consulting);
            }
            Leadership::InHouse => {}
        }
    }

    /// The model's inputs.
    pub fn to_inputs(&self) -> Inputs {
        use FieldId::*;
        let v = |id: FieldId| self.get(id);
        Inputs {
            horizon_months: v(Horizon).round().clamp(3.0, 60.0) as u32,
            full_time: FullTime {
                salary: v(FtSalary),
                bonus_percent: v(FtBonus),
                overhead_percent: v(FtOverhead),
                equity_percent: v(FtEquity),
                valuation: v(FtValuation),
                recruiting: match self.recruiting {
                    RecruitingMode::Percent => RecruitingFee::PercentOfSalary(v(FtRecruitPercent)),
                    RecruitingMode::Fixed => RecruitingFee::Fixed(v(FtRecruitFee)),
                },
                months_to_hire: v(FtHire),
                months_to_productive: v(FtRamp),
            },
            fractional: Fractional {
                pricing: match self.fractional {
                    FractionalMode::Hourly => FractionalPricing::Hourly {
                        hours_per_week: v(FrHours),
                        rate: v(FrRate),
                    },
                    FractionalMode::Daily => FractionalPricing::Daily {
                        days_per_week: v(FrDays),
                        day_rate: v(FrDayRate),
                    },
                    FractionalMode::Retainer => FractionalPricing::Retainer {
                        monthly: v(FrRetainer),
                        hours_per_week: v(FrHours),
                    },
                },
                equity_percent: v(FrEquity),
                months_to_productive: v(FrRamp),
            },
            consulting: Consulting {
                pricing: match self.consulting {
                    ConsultingMode::Days => ConsultingPricing::Days {
                        day_rate: v(CoDayRate),
                        days_per_month: v(CoDays),
                    },
                    ConsultingMode::Project => ConsultingPricing::Project {
                        fee: v(CoFee),
                        months: v(CoMonths),
                    },
                },
                overhead_percent: v(CoOverhead),
                months_to_productive: v(CoRamp),
            },
            in_house: InHouse {
                hires: v(IhHires),
                salary_each: v(IhSalary),
                overhead_percent: v(IhOverhead),
                recruiting_per_hire: v(IhRecruit),
                months_to_hire: v(IhHire),
                training_and_tools: v(IhTools),
                months_to_productive: v(IhRamp),
            },
        }
    }

    /// Checks every number against its field's limits: what a stored or shared form must pass.
    pub fn validate(&self) -> Result<(), String> {
        if self.values.len() != FIELDS.len() {
            return Err(format!(
                "{} numbers where {} were expected",
                self.values.len(),
                FIELDS.len()
            ));
        }
        for (field, value) in FIELDS.iter().zip(&self.values) {
            let ok = value.is_finite() && *value >= field.limits.min && *value <= field.limits.max;
            if !ok {
                return Err(format!("{} is out of range", field.label));
            }
        }
        let budget = limits::BUDGET;
        if let Some(b) = self.budget
            && !(b.is_finite() && b >= budget.min && b <= budget.max)
        {
            return Err("Budget is out of range".to_owned());
        }
        Ok(())
    }
}

/// Whether an option's pricing mode is among its main inputs: how a fractional CTO or a firm
/// charges is; how a full-time CTO is recruited is a detail.
pub fn mode_is_main(option: Leadership) -> bool {
    option != Leadership::FullTime
}

/// The pricing modes an option is offered in, as (id, label); none for an in-house team.
pub fn mode_choices(option: Leadership) -> Vec<(&'static str, &'static str)> {
    match option {
        Leadership::Fractional => FractionalMode::ALL
            .iter()
            .map(|m| (m.id(), m.label()))
            .collect(),
        Leadership::FullTime => RecruitingMode::ALL
            .iter()
            .map(|m| (m.id(), m.label()))
            .collect(),
        Leadership::Consulting => ConsultingMode::ALL
            .iter()
            .map(|m| (m.id(), m.label()))
            .collect(),
        Leadership::InHouse => Vec::new(),
    }
}

/// What is typed in each field, valid or not, and the problem with it if any: the calculator's
/// draft. The form keeps the last valid numbers, so the results stay on screen meanwhile.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    texts: Vec<String>,
    problems: Vec<Option<Problem>>,
    budget: String,
    budget_problem: Option<Problem>,
}

/// The id of the budget's field, which its problem links to.
pub const BUDGET_FIELD: &str = "field-budget";

/// How the budget is named where a message names a field.
const BUDGET_NAME: &str = "Your monthly budget";

impl Draft {
    /// Every number of the form as it is shown in its field, written as the visitor writes
    /// numbers, with no problems.
    pub fn of(form: &Form, format: NumberFormat) -> Draft {
        Draft {
            texts: form
                .values
                .iter()
                .map(|v| write_number(*v, format, 2))
                .collect(),
            problems: vec![None; FIELDS.len()],
            budget: form
                .budget
                .map(|b| write_number(b, format, 2))
                .unwrap_or_default(),
            budget_problem: None,
        }
    }

    /// The draft once the visitor writes numbers another way: the usable figures written the
    /// new way, and what a field holds that was refused kept as typed and read again the new
    /// way ("130.000", refused as ambiguous where a point is the decimal point, is 130,000 where
    /// a comma is). Gives the form
    /// with the figures that now read.
    pub fn in_format(&self, form: &Form, format: NumberFormat) -> (Draft, Form) {
        let mut draft = Draft::of(form, format);
        let mut form = form.clone();
        for field in FIELDS {
            if self.problem(field.id).is_some()
                && let Some(value) = draft.edit(field.id, self.text(field.id).to_owned(), format)
            {
                form.set(field.id, value);
            }
        }
        if self.budget_problem.is_some()
            && let Some(budget) = draft.edit_budget(self.budget.clone(), format)
        {
            form.budget = budget;
        }
        (draft, form)
    }

    /// The budget as typed.
    pub fn budget_text(&self) -> &str {
        &self.budget
    }

    pub fn budget_problem(&self) -> Option<&Problem> {
        self.budget_problem.as_ref()
    }

    /// Takes what was typed as the budget: `Some` of the budget to keep when it reads (none
    /// when the field is empty: the budget is optional), `None` when it is refused.
    pub fn edit_budget(&mut self, text: String, format: NumberFormat) -> Option<Option<f64>> {
        let read = if text.trim().is_empty() {
            Ok(None)
        } else {
            super::limits::BUDGET.parse_in(&text, format).map(Some)
        };
        self.budget = text;
        match read {
            Ok(budget) => {
                self.budget_problem = None;
                Some(budget)
            }
            Err(e) => {
                self.budget_problem = Some(Problem::new(BUDGET_FIELD, e.to_string()));
                None
            }
        }
    }

    pub fn text(&self, id: FieldId) -> &str {
        &self.texts[id.index()]
    }

    pub fn problem(&self, id: FieldId) -> Option<&Problem> {
        self.problems[id.index()].as_ref()
    }

    /// Whether any field in use with the form's modes holds what it cannot use (a refused
    /// field of a pricing mode not chosen changes nothing on screen).
    pub fn has_problems(&self, form: &Form) -> bool {
        !self.refused(form).is_empty()
    }

    /// The names of the fields in use whose text is refused, in the order of the form, each
    /// with its option where labels repeat ("Fractional CTO: Day rate"); the budget last.
    pub fn refused(&self, form: &Form) -> Vec<String> {
        FIELDS
            .iter()
            .zip(&self.problems)
            .filter(|(f, _)| form.shows(f))
            .filter_map(|(f, p)| {
                let name = match f.option {
                    Some(option) => format!("{}: {}", option.name(), f.label),
                    None => f.label.to_owned(),
                };
                p.as_ref().map(|_| name)
            })
            .chain(self.budget_problem.as_ref().map(|_| BUDGET_NAME.to_owned()))
            .collect()
    }

    /// Takes what was typed in a field: the number to keep when it is valid; otherwise the
    /// field's problem is kept beside the text.
    pub fn edit(&mut self, id: FieldId, text: String, format: NumberFormat) -> Option<f64> {
        let checked = id.check(&text, format);
        self.texts[id.index()] = text;
        match checked {
            Ok(value) => {
                self.problems[id.index()] = None;
                Some(value)
            }
            Err(problem) => {
                self.problems[id.index()] = Some(problem);
                None
            }
        }
    }
}

/// The version of the calculator's share-link format; links carry it as `v`.
pub const SHARE_VERSION: &str = "1";

/// "1500", "12.5": a number as it goes in a link or a field.
pub fn plain(value: f64) -> String {
    decimals(value, 2)
}

/// A number rounded to at most `places` decimals, with no ".0" on whole numbers.
/// Rounded as the fields show numbers ([`write_number`]: the exact value, ties to even), so
/// a figure kept in a link or a scenario shows as it did when it was typed.
pub fn decimals(value: f64, places: u32) -> String {
    let text = crate::domain::number::fixed(value, places);
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        &text
    };
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// The query of a share link: `v=1&fr=hourly&...&horizon=24&fr-hours=12&...`.
pub fn share_query(form: &Form) -> String {
    let mut parts = vec![
        format!("v={SHARE_VERSION}"),
        format!("fr={}", form.fractional.id()),
        format!("co={}", form.consulting.id()),
        format!("rec={}", form.recruiting.id()),
    ];
    for (field, value) in FIELDS.iter().zip(&form.values) {
        parts.push(format!("{}={}", field.id.key(), plain(*value)));
    }
    if let Some(budget) = form.budget {
        parts.push(format!("budget={}", plain(budget)));
    }
    if let Some(format) = form.number_format {
        parts.push(format!("format={}", format.code()));
    }
    if let Some(currency) = form.currency {
        parts.push(format!("currency={}", currency.code()));
    }
    parts.join("&")
}

/// Reads a calculator address's query: a share link (`v=1&...`), or the self-assessment's
/// pre-fill (`hours=12&months=24&budget=8000&currency=EUR`). Starts from the defaults and
/// returns, beside the form, every part it could not use, in words.
pub fn read_query(query: &str) -> (Form, Vec<String>) {
    // What the link does not set is the default of the currency it names.
    let currency = query
        .split('&')
        .find_map(|p| p.strip_prefix("currency="))
        .and_then(Currency::from_code)
        .unwrap_or_default();
    let mut form = Form::defaults(currency);
    let mut problems = Vec::new();
    if query.len() > 4_000 {
        problems.push(
            "the link is far longer than any link this app makes, so it was not read".to_owned(),
        );
        return (form, problems);
    }
    for part in query.split('&').filter(|p| !p.is_empty()) {
        let Some((key, value)) = part.split_once('=') else {
            problems.push(format!(
                "part of the link (“{}”) is not in the form name=value",
                short(part)
            ));
            continue;
        };
        let mode_problem = || format!("“{}” is not a pricing mode this app knows", short(value));
        match key {
            "v" if value == SHARE_VERSION => {}
            "v" => problems.push(format!(
                "the link is in format “{}”, and this version of the app reads format {SHARE_VERSION}",
                short(value)
            )),
            "currency" => match Currency::from_code(value) {
                Some(currency) => form.currency = Some(currency),
                None => problems.push(format!(
                    "“{}” is not a currency this app knows (it knows USD, EUR and GBP)",
                    short(value)
                )),
            },
            "format" => match NumberFormat::from_code(value) {
                Some(format) => form.number_format = Some(format),
                None => problems.push(format!(
                    "“{}” is not a way of writing numbers this app knows",
                    short(value)
                )),
            },
            "budget" => match limits::BUDGET.parse(value) {
                Ok(budget) => form.budget = Some(budget),
                Err(e) => problems.push(format!("{e} (from the link)")),
            },
            "fr" => match FractionalMode::from_id(value) {
                Some(mode) => form.fractional = mode,
                None => problems.push(mode_problem()),
            },
            "co" => match ConsultingMode::from_id(value) {
                Some(mode) => form.consulting = mode,
                None => problems.push(mode_problem()),
            },
            "rec" => match RecruitingMode::from_id(value) {
                Some(mode) => form.recruiting = mode,
                None => problems.push(mode_problem()),
            },
            // From the self-assessment: hours of a fractional CTO a week, and months of need.
            "hours" | "months" => {
                let id = if key == "hours" {
                    FieldId::FrHours
                } else {
                    FieldId::Horizon
                };
                match id.field().limits.parse(value) {
                    Ok(number) => {
                        form.set(id, number);
                        if key == "hours" {
                            form.fractional = FractionalMode::Hourly;
                        }
                    }
                    Err(e) => problems.push(format!("{e} (from the link)")),
                }
            }
            _ => match FieldId::from_key(key) {
                Some(id) => match id.field().limits.parse(value) {
                    Ok(number) => form.set(id, number),
                    Err(e) => problems.push(format!("{e} (from the link)")),
                },
                None => problems.push(format!("“{}” is not a setting of the calculator", short(key))),
            },
        }
    }
    (form, problems)
}

/// A link to the calculator with these figures and currency, on the page at `here` (the
/// current address; whatever follows its "#" is replaced).
pub fn share_link(here: &str, form: &Form, currency: Currency) -> String {
    let base = here.split('#').next().unwrap_or_default();
    // The number format is the reader's own setting, never the sender's.
    let form = Form {
        currency: Some(currency),
        number_format: None,
        ..form.clone()
    };
    format!("{base}{}?{}", Route::Calculator.href(), share_query(&form),)
}

/// The query in an address's hash (`#/calculator?v=1&…`), where a share link or the
/// self-assessment put one; empty when there is none.
pub fn query_of_hash(hash: &str) -> &str {
    hash.split_once('?')
        .map(|(_, q)| q.split('#').next().unwrap_or_default())
        .unwrap_or_default()
}

/// Whether the self-assessment filled in the hours or the horizon.
pub fn prefilled_by_assessment(query: &str) -> bool {
    query
        .split('&')
        .any(|p| p.starts_with("hours=") || p.starts_with("months="))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A compact group (an embed) always shows a price: in every pricing mode, each option has
    /// a main input shown, and every input is either main or under "More inputs".
    #[test]
    fn every_option_shows_a_main_input_in_every_mode() {
        for option in Leadership::ALL {
            let modes: Vec<&str> = match mode_choices(option) {
                choices if choices.is_empty() => vec![""],
                choices => choices.into_iter().map(|(id, _)| id).collect(),
            };
            for mode in modes {
                let mut form = Form::defaults(Currency::Usd);
                form.choose_mode(option, mode);
                let main = FIELDS
                    .iter()
                    .filter(|f| f.option == Some(option) && f.id.is_main() && form.shows(f))
                    .count();
                assert!(main >= 1, "{option:?} priced {mode:?} shows no main input");
            }
        }
        assert!(!FieldId::Horizon.is_main() && !FieldId::FtBonus.is_main());
    }

    #[test]
    fn every_default_but_the_visitors_own_choices_cites_a_source() {
        for currency in Currency::ALL {
            for field in FIELDS {
                // The horizon and the month to switch are the visitor's own choices.
                assert_eq!(
                    field.default_note(currency, NumberFormat::Point).is_none(),
                    matches!(field.id, FieldId::Horizon | FieldId::SwitchSearch),
                    "{:?}",
                    field.id
                );
            }
        }
    }

    /// Each currency starts from its own country's figures, never the US ones relabelled.
    #[test]
    fn each_currency_has_its_own_defaults() {
        let salary = |c| Form::defaults(c).get(FieldId::FtSalary);
        assert_eq!(salary(Currency::Usd), 250_000.0);
        assert_eq!(salary(Currency::Gbp), 140_000.0);
        assert_eq!(salary(Currency::Eur), 140_000.0);
        assert_ne!(Form::defaults(Currency::Gbp), Form::defaults(Currency::Eur));
        let (form, _) = read_query("currency=GBP&hours=12");
        assert_eq!(
            form.get(FieldId::FtSalary),
            140_000.0,
            "a link's currency's defaults"
        );
        assert_eq!(
            FieldId::FtSalary
                .field()
                .default_note(Currency::Eur, NumberFormat::Comma)
                .unwrap()
                .split(':')
                .next(),
            Some("Default 140.000")
        );
    }

    #[test]
    fn the_form_defaults_are_the_model_defaults() {
        assert_eq!(Form::default().to_inputs(), Inputs::default());
        assert!(Form::default().validate().is_ok());
        for field in FIELDS {
            assert!(
                field
                    .limits
                    .parse(&plain(field.default_in(Currency::Usd)))
                    .is_ok(),
                "{:?}",
                field.id
            );
        }
    }

    #[test]
    fn field_ids_are_in_the_order_of_the_table_and_keys_are_unique() {
        for (index, field) in FIELDS.iter().enumerate() {
            assert_eq!(field.id.index(), index, "{:?}", field.id);
            assert_eq!(FieldId::from_key(field.id.key()), Some(field.id));
        }
        assert_eq!(FieldId::FtSalary.key(), "ft-salary");
        assert_eq!(FieldId::FrDayRate.element_id(), "field-fr-day-rate");
        assert_eq!(FieldId::from_key("ft-salaries"), None);
    }

    /// The messages beside each field, exactly as the page shows them.
    #[test]
    fn each_field_refuses_what_it_cannot_use_in_words() {
        use FieldId::*;
        let refused: &[(FieldId, &str, &str)] = &[
            (Horizon, "61", "Horizon must be 60 or less"),
            (FrHours, "81", "Hours a week must be 80 or less"),
            (FrRate, "10001", "Hourly rate must be 10,000 or less"),
            (FrDays, "8", "Days a week must be 7 or less"),
            (FrDayRate, "50001", "Day rate must be 50,000 or less"),
            (
                FrRetainer,
                "1e9",
                "Monthly amount must be 10,000,000 or less",
            ),
            (FrEquity, "101", "Equity must be 100 or less"),
            (FrRamp, "37", "Months must be 36 or less"),
            (FtSalary, "$5,000,001", "Salary must be 5,000,000 or less"),
            (FtBonus, "201%", "Percentage must be 200 or less"),
            (FtOverhead, "-1", "Percentage must be 0 or more"),
            (FtEquity, "100.5", "Equity must be 100 or less"),
            (
                FtValuation,
                "2000000000000",
                "Valuation must be 1,000,000,000,000 or less",
            ),
            (FtRecruitPercent, "lots", "Percentage must be a number"),
            (FtRecruitFee, "10000001", "Fee must be 10,000,000 or less"),
            (FtHire, "", "Enter the months"),
            (FtRamp, "  ", "Enter the months"),
            (CoDayRate, "-5", "Day rate must be 0 or more"),
            (CoDays, "32", "Days a month must be 31 or less"),
            (CoFee, "", "Enter the fee"),
            (CoMonths, "3 months", "Months must be a number"),
            (CoOverhead, "", "Enter the percentage"),
            (CoRamp, "40", "Months must be 36 or less"),
            (IhHires, "501", "Number of hires must be 500 or less"),
            (IhSalary, "", "Enter the salary"),
            (IhOverhead, "NaN", "Percentage must be a number"),
            (IhRecruit, "€10,000,001", "Fee must be 10,000,000 or less"),
            (IhHire, "36.5", "Months must be 36 or less"),
            (IhTools, "", "Enter the monthly amount"),
            (IhRamp, "-0.5", "Months must be 0 or more"),
            (SwitchSearch, "61", "Month must be 60 or less"),
        ];
        assert_eq!(refused.len(), FIELDS.len());
        for &(id, typed, message) in refused {
            assert_eq!(
                id.check(typed, NumberFormat::Point),
                Err(Problem::new(id.element_id(), message)),
                "{id:?} {typed:?}"
            );
        }
        assert_eq!(
            Horizon.check("2", NumberFormat::Point).unwrap_err().message,
            "Horizon must be 3 or more"
        );
        assert_eq!(FrRate.check("$1,500", NumberFormat::Point), Ok(1_500.0));
        assert_eq!(FtBonus.check(" 12.5% ", NumberFormat::Point), Ok(12.5));
    }

    /// What the issue found misread, now read as the visitor means it, or asked about: each
    /// field as a visitor who writes numbers each way would type it.
    #[test]
    fn numbers_are_read_as_the_visitor_writes_them() {
        use FieldId::*;
        use NumberFormat::{Comma, Point, Space};
        let message = |id: FieldId, typed: &str, format| match id.check(typed, format) {
            Ok(value) => Ok(value),
            Err(problem) => Err(problem.message),
        };
        let read: &[(FieldId, &str, NumberFormat, Result<f64, &str>)] = &[
            (FtSalary, "12.000,50", Comma, Ok(12_000.5)),
            (FtSalary, "12.000,50", Point, Ok(12_000.5)),
            (FtSalary, "12,000.50", Point, Ok(12_000.5)),
            (FtSalary, "12 000,50", Space, Ok(12_000.5)),
            (FtSalary, "12\u{202f}000,50 €", Space, Ok(12_000.5)),
            (FtSalary, "130.000", Comma, Ok(130_000.0)),
            (FtSalary, "130,000", Point, Ok(130_000.0)),
            (
                FtSalary,
                "130.000",
                Point,
                Err("Salary “130.000” could mean 130 or 130,000: type it as one of those"),
            ),
            (
                FtSalary,
                "130,000",
                Comma,
                Err("Salary “130,000” could mean 130 or 130.000: type it as one of those"),
            ),
            (FrDayRate, "2.400,00", Comma, Ok(2_400.0)),
            (FrDayRate, "€2.400", Comma, Ok(2_400.0)),
            (FrDayRate, "$2,400", Point, Ok(2_400.0)),
            (FtBonus, "12,5", Comma, Ok(12.5)),
            (FtBonus, "12,5 %", Comma, Ok(12.5)),
            (FtBonus, "12.5%", Point, Ok(12.5)),
            (FtEquity, "0,5", Comma, Ok(0.5)),
            (FtEquity, "0.5", Point, Ok(0.5)),
            (FrHours, "7,5", Comma, Ok(7.5)),
            (FrHours, "7,5", Space, Ok(7.5)),
            (FrHours, "7.5", Point, Ok(7.5)),
            (Horizon, "12", Comma, Ok(12.0)),
            (Horizon, "12,0", Comma, Ok(12.0)),
            (
                Horizon,
                "12.5",
                Point,
                Err("Horizon must be a whole number"),
            ),
            (
                Horizon,
                "12,5",
                Comma,
                Err("Horizon must be a whole number"),
            ),
            (Horizon, "3.4", Point, Err("Horizon must be a whole number")),
            (Horizon, "2.6", Point, Err("Horizon must be a whole number")),
            (Horizon, "2", Point, Err("Horizon must be 3 or more")),
            (
                IhHires,
                "1.5",
                Point,
                Err("Number of hires must be a whole number"),
            ),
            (
                IhHires,
                "0",
                Point,
                Err("Number of hires must be 1 or more"),
            ),
            (IhHires, "3", Comma, Ok(3.0)),
            (
                SwitchSearch,
                "6,5",
                Space,
                Err("Month must be a whole number"),
            ),
            (
                FtValuation,
                "1e308",
                Point,
                Err("Valuation must be 1,000,000,000,000 or less"),
            ),
            (
                FtSalary,
                "99999999999999999999999",
                Comma,
                Err("Salary must be 5.000.000 or less"),
            ),
            (
                FrRetainer,
                "1e9",
                Point,
                Err("Monthly amount must be 10,000,000 or less"),
            ),
            (IhSalary, "", Space, Err("Enter the salary")),
            (IhSalary, "lots", Space, Err("Salary must be a number")),
        ];
        for &(id, typed, format, ref expected) in read {
            assert_eq!(
                message(id, typed, format),
                expected.map_err(str::to_owned),
                "{id:?} {typed:?} {format:?}"
            );
        }
    }

    #[test]
    fn the_draft_keeps_what_was_typed_and_the_last_problem() {
        let mut draft = Draft::of(&Form::default(), NumberFormat::Point);
        assert_eq!(draft.text(FieldId::FtSalary), "250,000");
        assert_eq!(draft.text(FieldId::FrDays), "1.5");
        let german = Draft::of(&Form::default(), NumberFormat::Comma);
        assert_eq!(german.text(FieldId::FtSalary), "250.000");
        assert_eq!(german.text(FieldId::FrDays), "1,5");
        assert_eq!(
            draft.edit(FieldId::FrRate, "abc".into(), NumberFormat::Point),
            None
        );
        assert_eq!(draft.text(FieldId::FrRate), "abc");
        assert_eq!(
            draft.problem(FieldId::FrRate).map(|p| p.message.as_str()),
            Some("Hourly rate must be a number")
        );
        assert_eq!(draft.problem(FieldId::FrHours), None);
        assert_eq!(
            draft.edit(FieldId::FrRate, "300".into(), NumberFormat::Point),
            Some(300.0)
        );
        assert_eq!(draft.problem(FieldId::FrRate), None);
    }

    /// A refused budget counts as a refused field (the results are then not updated), last.
    #[test]
    fn a_refused_budget_is_named_with_the_refused_fields() {
        let form = Form {
            budget: Some(9_000.0),
            ..Form::default()
        };
        let mut draft = Draft::of(&form, NumberFormat::Comma);
        assert_eq!(draft.budget_text(), "9.000");
        assert_eq!(
            draft.edit_budget("12.500 €".into(), NumberFormat::Comma),
            Some(Some(12_500.0))
        );
        assert_eq!(
            draft.edit_budget(" ".into(), NumberFormat::Comma),
            Some(None)
        );
        assert!(!draft.has_problems(&form));
        assert_eq!(draft.edit_budget("lots".into(), NumberFormat::Comma), None);
        draft.edit(FieldId::FrRate, "abc".into(), NumberFormat::Comma);
        let refused = draft.refused(&form);
        assert_eq!(
            refused,
            ["Fractional CTO: Hourly rate", "Your monthly budget"]
        );
        assert_eq!(
            draft
                .budget_problem()
                .map(|p| (p.field.as_str(), p.message.as_str())),
            Some((BUDGET_FIELD, "Budget must be a number"))
        );
    }

    /// A change of number format writes the usable figures the new way and keeps what was
    /// refused, read again the new way.
    #[test]
    fn a_change_of_number_format_keeps_what_was_refused() {
        let form = Form::default();
        let mut draft = Draft::of(&form, NumberFormat::Point);
        draft.edit(FieldId::FrRate, "abc".into(), NumberFormat::Point);
        // Refused as ambiguous with a decimal point; 130,000 with a decimal comma.
        assert_eq!(
            draft.edit(FieldId::FtSalary, "130.000".into(), NumberFormat::Point),
            None
        );
        draft.edit_budget("9.000".into(), NumberFormat::Point);
        let (german, form) = draft.in_format(&form, NumberFormat::Comma);
        assert_eq!(german.text(FieldId::FrDays), "1,5");
        assert_eq!(german.text(FieldId::FrRate), "abc");
        assert!(german.problem(FieldId::FrRate).is_some());
        assert_eq!(german.text(FieldId::FtSalary), "130.000");
        assert_eq!(german.problem(FieldId::FtSalary), None);
        assert_eq!(form.get(FieldId::FtSalary), 130_000.0);
        assert_eq!(german.budget_text(), "9.000");
        assert_eq!(form.budget, Some(9_000.0));
        assert_eq!(german.refused(&form).len(), 1);
    }

    #[test]
    fn each_option_offers_its_pricing_modes() {
        let ids = |o| {
            mode_choices(o)
                .into_iter()
                .map(|(id, _)| id)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(Leadership::Fractional), ["hourly", "daily", "retainer"]);
        assert_eq!(ids(Leadership::FullTime), ["percent", "fixed"]);
        assert_eq!(ids(Leadership::Consulting), ["days", "project"]);
        assert!(ids(Leadership::InHouse).is_empty());
        let mut form = Form::default();
        assert_eq!(form.mode(Leadership::Fractional), "hourly");
        form.choose_mode(Leadership::Consulting, "project");
        form.choose_mode(Leadership::FullTime, "weekly");
        assert_eq!(form.consulting, ConsultingMode::Project);
        assert_eq!(form.recruiting, RecruitingMode::Percent);
        assert_eq!(form.mode(Leadership::InHouse), "");
        // Stored and linked as the same words.
        assert_eq!(
            serde_json::to_string(&FractionalMode::Retainer).unwrap(),
            "\"retainer\""
        );
    }

    #[test]
    fn defaults_are_shown_with_their_source() {
        use NumberFormat::{Comma, Point};
        assert_eq!(
            FieldId::Horizon.field().default_note(Currency::Usd, Point),
            None
        );
        assert_eq!(
            FieldId::FrDays
                .field()
                .default_note(Currency::Usd, Point)
                .as_deref(),
            Some(
                "Default 1.5: 1 to 3 days a week: kompella.io, which sells the service; no year found; checked 2 Dec 2026."
            )
        );
        let note = FieldId::FtSalary
            .field()
            .default_note(Currency::Gbp, Comma)
            .unwrap();
        assert!(note.starts_with("Default 140.000: "), "{note}");
    }

    #[test]
    fn numbers_go_in_links_and_fields_to_two_decimals() {
        assert_eq!(plain(1_500.0), "1500");
        assert_eq!(plain(312.5), "312.5");
        // The exact value, ties to even, as the fields show it.
        assert_eq!(plain(0.125), "0.12");
        assert_eq!(plain(0.135), "0.14");
        assert_eq!(plain(-0.001), "0");
        assert_eq!(decimals(0.125, 1), "0.1");
        assert_eq!(decimals(2.96, 1), "3");
    }

    #[test]
    fn a_share_link_round_trips() {
        let mut form = Form::default();
        form.set(FieldId::FrRate, 312.5);
        form.fractional = FractionalMode::Daily;
        form.consulting = ConsultingMode::Project;
        form.budget = Some(9_000.0);
        form.currency = Some(Currency::Gbp);
        let (read, problems) = read_query(&share_query(&form));
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(read, form);
    }

    #[test]
    fn the_self_assessment_prefills_hours_and_horizon() {
        let (form, problems) = read_query("currency=EUR&budget=8000&hours=12&months=12");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(form.get(FieldId::FrHours), 12.0);
        assert_eq!(form.get(FieldId::Horizon), 12.0);
        assert_eq!(form.fractional, FractionalMode::Hourly);
        assert_eq!(form.budget, Some(8000.0));
        assert_eq!(form.currency, Some(Currency::Eur));
        assert!(prefilled_by_assessment("currency=EUR&hours=12"));
        assert!(!prefilled_by_assessment("v=1&fr-hours=12"));
        let (form, problems) = read_query("currency=XYZ&budget=lots");
        assert_eq!((form.currency, form.budget), (None, None));
        assert_eq!(
            problems,
            [
                "“XYZ” is not a currency this app knows (it knows USD, EUR and GBP)",
                "Budget must be a number (from the link)"
            ]
        );
    }

    #[test]
    fn addresses_carry_the_figures_after_the_hash() {
        assert_eq!(
            query_of_hash("#/calculator?v=1&fr=daily#results"),
            "v=1&fr=daily"
        );
        assert_eq!(query_of_hash("#/calculator"), "");
        assert_eq!(query_of_hash(""), "");
        let link = share_link(
            "https://example.com/tools/cto/#/guide",
            &Form::default(),
            Currency::Eur,
        );
        assert!(
            link.starts_with("https://example.com/tools/cto/#/calculator?v=1&fr=hourly&co=days&rec=percent&horizon=24&"),
            "{link}"
        );
        assert!(
            link.ends_with("&ih-ramp=6&switch-search=12&currency=EUR"),
            "{link}"
        );
        let (read, problems) = read_query(query_of_hash(&link));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            read,
            Form {
                currency: Some(Currency::Eur),
                ..Form::default()
            }
        );
    }

    #[test]
    fn a_broken_link_says_what_is_wrong_and_keeps_the_defaults() {
        let (form, problems) = read_query("v=1&fr-hours=500&fr=weekly&nope=1&ft-salary");
        assert_eq!(form.get(FieldId::FrHours), 12.0);
        assert_eq!(FieldId::from_key("fr-hours"), Some(FieldId::FrHours));
        assert_eq!(FieldId::from_key("fr-hour"), None);
        assert_eq!(
            problems,
            [
                "Hours a week must be 80 or less (from the link)",
                "“weekly” is not a pricing mode this app knows",
                "“nope” is not a setting of the calculator",
                "part of the link (“ft-salary”) is not in the form name=value",
            ]
        );
    }
}
