//! The calculator's form: every number the visitor can set, with its label, limits and
//! default, and the pricing modes. It keeps the numbers of modes not in use, so switching
//! back and forth loses nothing, and turns into model [`Inputs`] for the sums.

use serde::{Deserialize, Serialize};

use super::{
    Consulting, ConsultingPricing, Fractional, FractionalPricing, FullTime, InHouse, Inputs,
    Limits, RecruitingFee, limits,
};
use crate::domain::options::Leadership;

/// How a fractional CTO is paid.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FractionalMode {
    #[default]
    Hourly,
    Daily,
    Retainer,
}

/// How a consulting firm is paid.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConsultingMode {
    #[default]
    Days,
    Project,
}

/// How the full-time CTO's recruiting fee is set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecruitingMode {
    #[default]
    Percent,
    Fixed,
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

/// One number of the form.
#[derive(Debug)]
pub struct Field {
    /// Stable: used in element ids, share links and saved scenarios.
    pub id: &'static str,
    /// `None` for settings that apply to all options (the horizon).
    pub option: Option<Leadership>,
    pub label: &'static str,
    /// The unit or period after the label: "a year", "% of salary", "months".
    pub hint: &'static str,
    pub unit: Unit,
    pub limits: Limits,
    pub default: f64,
    /// Where the default comes from, shown beside the field; empty for the horizon, which is
    /// the visitor's own choice.
    pub source: &'static str,
    pub shown_if: ShownIf,
}

/// One row of [`FIELDS`]; positional, so the table reads as a table.
#[allow(clippy::too_many_arguments)]
const fn field(
    id: &'static str,
    option: Option<Leadership>,
    label: &'static str,
    hint: &'static str,
    unit: Unit,
    limits: Limits,
    default: f64,
    source: &'static str,
    shown_if: ShownIf,
) -> Field {
    Field {
        id,
        option,
        label,
        hint,
        unit,
        limits,
        default,
        source,
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
        "horizon",
        None,
        "Compare over",
        "months, 3 to 60",
        Unit::Plain,
        limits::HORIZON,
        24.0,
        "",
        Always,
    ),
    field(
        "fr-hours",
        Some(Fr),
        "Hours a week",
        "",
        Unit::Plain,
        limits::HOURS_PER_WEEK,
        15.0,
        "10–25 hours a week: gun.io",
        ShownIf::Fractional(HOURLY_OR_RETAINER),
    ),
    field(
        "fr-rate",
        Some(Fr),
        "Hourly rate",
        "",
        Unit::Money,
        limits::HOURLY_RATE,
        250.0,
        "$150–500 an hour: dancumberlandlabs.com, a firm that sells fractional CTO services",
        ShownIf::Fractional(&[FractionalMode::Hourly]),
    ),
    field(
        "fr-days",
        Some(Fr),
        "Days a week",
        "",
        Unit::Plain,
        limits::DAYS_PER_WEEK,
        1.5,
        "1 to 3 days a week: kompella.io, which sells the service",
        ShownIf::Fractional(&[FractionalMode::Daily]),
    ),
    field(
        "fr-day-rate",
        Some(Fr),
        "Day rate",
        "",
        Unit::Money,
        limits::DAY_RATE,
        2_000.0,
        "$1,500–3,000 a day: datamcfly.com",
        ShownIf::Fractional(&[FractionalMode::Daily]),
    ),
    field(
        "fr-retainer",
        Some(Fr),
        "Monthly retainer",
        "",
        Unit::Money,
        limits::MONTHLY,
        10_000.0,
        "$3–15k a month: dancumberlandlabs.com",
        ShownIf::Fractional(&[FractionalMode::Retainer]),
    ),
    field(
        "fr-equity",
        Some(Fr),
        "Equity",
        "% of the company, optional",
        Unit::Percent,
        limits::EQUITY,
        0.0,
        "optional in published comparisons",
        Always,
    ),
    field(
        "fr-ramp",
        Some(Fr),
        "Months to full productivity",
        "",
        Unit::Plain,
        limits::MONTHS,
        1.0,
        "our assumption: weeks, not a hire's months",
        Always,
    ),
    field(
        "ft-salary",
        Some(Ft),
        "Base salary",
        "a year",
        Unit::Money,
        limits::SALARY,
        250_000.0,
        "ctofraction.com's conservative base case; US median for IT managers $164,070 (bls.gov, 2022)",
        Always,
    ),
    field(
        "ft-bonus",
        Some(Ft),
        "Bonus",
        "% of salary",
        Unit::Percent,
        limits::PERCENT,
        10.0,
        "10%, or 20–25%: pocketctopartners.com",
        Always,
    ),
    field(
        "ft-overhead",
        Some(Ft),
        "Benefits and payroll taxes",
        "% of salary",
        Unit::Percent,
        limits::PERCENT,
        25.0,
        "20–30% in published comparisons; benefits are 31.7% of pay (bls.gov)",
        Always,
    ),
    field(
        "ft-equity",
        Some(Ft),
        "Equity",
        "% of the company",
        Unit::Percent,
        limits::EQUITY,
        1.0,
        "0.5–2% in published comparisons",
        Always,
    ),
    field(
        "ft-valuation",
        Some(Ft),
        "Company valuation",
        "for valuing equity",
        Unit::Money,
        limits::VALUATION,
        10_000_000.0,
        "our assumption",
        Always,
    ),
    field(
        "ft-recruit-percent",
        Some(Ft),
        "Recruiting fee",
        "% of first-year salary",
        Unit::Percent,
        limits::PERCENT,
        25.0,
        "25–30% of first-year pay in published comparisons",
        ShownIf::Recruiting(RecruitingMode::Percent),
    ),
    field(
        "ft-recruit-fee",
        Some(Ft),
        "Recruiting fee",
        "a fixed search fee",
        Unit::Money,
        limits::FEE,
        40_000.0,
        "$25–50k search fee in published comparisons",
        ShownIf::Recruiting(RecruitingMode::Fixed),
    ),
    field(
        "ft-hire",
        Some(Ft),
        "Months to hire",
        "",
        Unit::Plain,
        limits::MONTHS,
        3.0,
        "about 90 days in published comparisons",
        Always,
    ),
    field(
        "ft-ramp",
        Some(Ft),
        "Months to full productivity",
        "after hiring",
        Unit::Plain,
        limits::MONTHS,
        3.0,
        "about 90 days in published comparisons",
        Always,
    ),
    field(
        "co-day-rate",
        Some(Co),
        "Day rate",
        "",
        Unit::Money,
        limits::DAY_RATE,
        2_400.0,
        "consultants bill $150–300 an hour (pocketctopartners.com); a firm's day rate is our assumption",
        ShownIf::Consulting(ConsultingMode::Days),
    ),
    field(
        "co-days",
        Some(Co),
        "Days a month",
        "",
        Unit::Plain,
        limits::DAYS_PER_MONTH,
        6.0,
        "our assumption",
        ShownIf::Consulting(ConsultingMode::Days),
    ),
    field(
        "co-fee",
        Some(Co),
        "Project fee",
        "",
        Unit::Money,
        limits::FEE,
        60_000.0,
        "our assumption",
        ShownIf::Consulting(ConsultingMode::Project),
    ),
    field(
        "co-months",
        Some(Co),
        "Project length",
        "months",
        Unit::Plain,
        limits::MONTHS,
        3.0,
        "our assumption",
        ShownIf::Consulting(ConsultingMode::Project),
    ),
    field(
        "co-overhead",
        Some(Co),
        "Account management",
        "% on top of fees",
        Unit::Percent,
        limits::PERCENT,
        10.0,
        "our assumption",
        Always,
    ),
    field(
        "co-ramp",
        Some(Co),
        "Months to full productivity",
        "",
        Unit::Plain,
        limits::MONTHS,
        1.0,
        "our assumption",
        Always,
    ),
    field(
        "ih-hires",
        Some(Ih),
        "Number of hires",
        "",
        Unit::Plain,
        limits::HIRES,
        2.0,
        "our assumption",
        Always,
    ),
    field(
        "ih-salary",
        Some(Ih),
        "Salary of each",
        "a year",
        Unit::Money,
        limits::SALARY,
        130_000.0,
        "a first engineer costs €150k+ in the first year: lukahorvat.dev",
        Always,
    ),
    field(
        "ih-overhead",
        Some(Ih),
        "Benefits and payroll taxes",
        "% of salary",
        Unit::Percent,
        limits::PERCENT,
        25.0,
        "as for a full-time CTO",
        Always,
    ),
    field(
        "ih-recruit",
        Some(Ih),
        "Recruiting",
        "per hire",
        Unit::Money,
        limits::FEE,
        20_000.0,
        "our assumption",
        Always,
    ),
    field(
        "ih-hire",
        Some(Ih),
        "Months to hire",
        "",
        Unit::Plain,
        limits::MONTHS,
        3.0,
        "as for a full-time CTO",
        Always,
    ),
    field(
        "ih-tools",
        Some(Ih),
        "Training and tools",
        "a month, for the team",
        Unit::Money,
        limits::MONTHLY,
        1_000.0,
        "our assumption",
        Always,
    ),
    field(
        "ih-ramp",
        Some(Ih),
        "Months to full productivity",
        "after hiring",
        Unit::Plain,
        limits::MONTHS,
        6.0,
        "our assumption",
        Always,
    ),
];

/// The index of a field by id.
pub fn field_index(id: &str) -> Option<usize> {
    FIELDS.iter().position(|f| f.id == id)
}

/// Every setting of the calculator: one number per field, and the modes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Form {
    pub values: Vec<f64>,
    pub fractional: FractionalMode,
    pub consulting: ConsultingMode,
    pub recruiting: RecruitingMode,
}

impl Default for Form {
    fn default() -> Self {
        Form {
            values: FIELDS.iter().map(|f| f.default).collect(),
            fractional: FractionalMode::default(),
            consulting: ConsultingMode::default(),
            recruiting: RecruitingMode::default(),
        }
    }
}

impl Form {
    pub fn get(&self, id: &str) -> f64 {
        field_index(id)
            .and_then(|i| self.values.get(i).copied())
            .unwrap_or_default()
    }

    pub fn set(&mut self, id: &str, value: f64) {
        if let Some(i) = field_index(id) {
            self.values[i] = value;
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

    /// The model's inputs.
    pub fn to_inputs(&self) -> Inputs {
        let v = |id| self.get(id);
        Inputs {
            horizon_months: v("horizon").round().clamp(3.0, 60.0) as u32,
            full_time: FullTime {
                salary: v("ft-salary"),
                bonus_percent: v("ft-bonus"),
                overhead_percent: v("ft-overhead"),
                equity_percent: v("ft-equity"),
                valuation: v("ft-valuation"),
                recruiting: match self.recruiting {
                    RecruitingMode::Percent => {
                        RecruitingFee::PercentOfSalary(v("ft-recruit-percent"))
                    }
                    RecruitingMode::Fixed => RecruitingFee::Fixed(v("ft-recruit-fee")),
                },
                months_to_hire: v("ft-hire"),
                months_to_productive: v("ft-ramp"),
            },
            fractional: Fractional {
                pricing: match self.fractional {
                    FractionalMode::Hourly => FractionalPricing::Hourly {
                        hours_per_week: v("fr-hours"),
                        rate: v("fr-rate"),
                    },
                    FractionalMode::Daily => FractionalPricing::Daily {
                        days_per_week: v("fr-days"),
                        day_rate: v("fr-day-rate"),
                    },
                    FractionalMode::Retainer => FractionalPricing::Retainer {
                        monthly: v("fr-retainer"),
                        hours_per_week: v("fr-hours"),
                    },
                },
                equity_percent: v("fr-equity"),
                months_to_productive: v("fr-ramp"),
            },
            consulting: Consulting {
                pricing: match self.consulting {
                    ConsultingMode::Days => ConsultingPricing::Days {
                        day_rate: v("co-day-rate"),
                        days_per_month: v("co-days"),
                    },
                    ConsultingMode::Project => ConsultingPricing::Project {
                        fee: v("co-fee"),
                        months: v("co-months"),
                    },
                },
                overhead_percent: v("co-overhead"),
                months_to_productive: v("co-ramp"),
            },
            in_house: InHouse {
                hires: v("ih-hires"),
                salary_each: v("ih-salary"),
                overhead_percent: v("ih-overhead"),
                recruiting_per_hire: v("ih-recruit"),
                months_to_hire: v("ih-hire"),
                training_and_tools: v("ih-tools"),
                months_to_productive: v("ih-ramp"),
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
        Ok(())
    }
}

/// The version of the calculator's share-link format; links carry it as `v`.
pub const SHARE_VERSION: &str = "1";

impl FractionalMode {
    pub const ALL: [FractionalMode; 3] = [
        FractionalMode::Hourly,
        FractionalMode::Daily,
        FractionalMode::Retainer,
    ];

    pub fn id(self) -> &'static str {
        match self {
            FractionalMode::Hourly => "hourly",
            FractionalMode::Daily => "daily",
            FractionalMode::Retainer => "retainer",
        }
    }
}

impl ConsultingMode {
    pub const ALL: [ConsultingMode; 2] = [ConsultingMode::Days, ConsultingMode::Project];

    pub fn id(self) -> &'static str {
        match self {
            ConsultingMode::Days => "days",
            ConsultingMode::Project => "project",
        }
    }
}

impl RecruitingMode {
    pub const ALL: [RecruitingMode; 2] = [RecruitingMode::Percent, RecruitingMode::Fixed];

    pub fn id(self) -> &'static str {
        match self {
            RecruitingMode::Percent => "percent",
            RecruitingMode::Fixed => "fixed",
        }
    }
}

/// "1500", "12.5": a number as it goes in a link or a field.
pub fn plain(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded.fract() == 0.0 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded}")
    }
}

/// The query of a share link: `v=1&fr=hourly&...&horizon=24&fr-hours=15&...`.
pub fn share_query(form: &Form) -> String {
    let mut parts = vec![
        format!("v={SHARE_VERSION}"),
        format!("fr={}", form.fractional.id()),
        format!("co={}", form.consulting.id()),
        format!("rec={}", form.recruiting.id()),
    ];
    for (field, value) in FIELDS.iter().zip(&form.values) {
        parts.push(format!("{}={}", field.id, plain(*value)));
    }
    parts.join("&")
}

/// Reads a calculator address's query: a share link (`v=1&...`), or the self-assessment's
/// pre-fill (`hours=12&months=24&budget=8000&currency=EUR`). Starts from the defaults and
/// returns, beside the form, every part it could not use, in words.
pub fn read_query(query: &str) -> (Form, Vec<String>) {
    let mut form = Form::default();
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
            // Read elsewhere (the currency) or shown only (the budget).
            "currency" | "budget" => {}
            "fr" => match FractionalMode::ALL.into_iter().find(|m| m.id() == value) {
                Some(mode) => form.fractional = mode,
                None => problems.push(mode_problem()),
            },
            "co" => match ConsultingMode::ALL.into_iter().find(|m| m.id() == value) {
                Some(mode) => form.consulting = mode,
                None => problems.push(mode_problem()),
            },
            "rec" => match RecruitingMode::ALL.into_iter().find(|m| m.id() == value) {
                Some(mode) => form.recruiting = mode,
                None => problems.push(mode_problem()),
            },
            // From the self-assessment: hours of a fractional CTO a week, and months of need.
            "hours" | "months" => {
                let (id, limits) = if key == "hours" {
                    ("fr-hours", limits::HOURS_PER_WEEK)
                } else {
                    ("horizon", limits::HORIZON)
                };
                match limits.parse(value) {
                    Ok(number) => {
                        form.set(id, number);
                        if key == "hours" {
                            form.fractional = FractionalMode::Hourly;
                        }
                    }
                    Err(e) => problems.push(format!("{e} (from the link)")),
                }
            }
            _ => match field_index(key) {
                Some(i) => match FIELDS[i].limits.parse(value) {
                    Ok(number) => form.values[i] = number,
                    Err(e) => problems.push(format!("{e} (from the link)")),
                },
                None => problems.push(format!("“{}” is not a setting of the calculator", short(key))),
            },
        }
    }
    (form, problems)
}

fn short(text: &str) -> String {
    let cut: String = text.chars().take(40).collect();
    if cut.len() < text.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

/// The monthly budget the self-assessment passed along, if any.
pub fn budget_from_query(query: &str) -> Option<u64> {
    query
        .split('&')
        .find_map(|p| p.strip_prefix("budget="))
        .and_then(|v| v.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_but_the_horizon_cites_a_source() {
        for field in FIELDS {
            assert_eq!(
                field.source.is_empty(),
                field.id == "horizon",
                "{}",
                field.id
            );
        }
        assert!(FIELDS.iter().any(|f| f.source.contains("our assumption")));
    }

    #[test]
    fn the_form_defaults_are_the_model_defaults() {
        assert_eq!(Form::default().to_inputs(), Inputs::default());
        assert!(Form::default().validate().is_ok());
        for field in FIELDS {
            assert!(
                field.limits.parse(&plain(field.default)).is_ok(),
                "{}",
                field.id
            );
        }
    }

    #[test]
    fn a_share_link_round_trips() {
        let mut form = Form::default();
        form.set("fr-rate", 312.5);
        form.fractional = FractionalMode::Daily;
        form.consulting = ConsultingMode::Project;
        let (read, problems) = read_query(&share_query(&form));
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(read, form);
    }

    #[test]
    fn the_self_assessment_prefills_hours_and_horizon() {
        let (form, problems) = read_query("currency=EUR&budget=8000&hours=12&months=12");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(form.get("fr-hours"), 12.0);
        assert_eq!(form.get("horizon"), 12.0);
        assert_eq!(form.fractional, FractionalMode::Hourly);
        assert_eq!(budget_from_query("currency=EUR&budget=8000"), Some(8000));
    }

    #[test]
    fn a_broken_link_says_what_is_wrong_and_keeps_the_defaults() {
        let (form, problems) = read_query("v=1&fr-hours=500&fr=weekly&nope=1&ft-salary");
        assert_eq!(form.get("fr-hours"), 15.0);
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
