//! Sourced defaults for each currency: for every field of the calculator's form, the default,
//! the low and high ends of what the sources say (for low / base / high bands), and the source
//! shown beside the field.
//!
//! Each currency has its own country's figures: US dollars the United States, pounds the United
//! Kingdom, euros Germany (the euro area's largest economy, where German salary surveys, the
//! consultancies' association BDU and the interim managers' association DDIM publish figures).
//! A money figure is never a US figure converted in silence: where no figure for the country was
//! found, the default is marked "our assumption" and the note says what it rests on.
//!
//! Like for like: the fractional CTO's default hours (12 a week, 52 a month; 1.5 days a week of
//! 8 hours) are the consulting firm's default days (6.5 a month of 8 hours), and the fractional
//! default's monthly cost lies within the range of monthly fees the app states for the
//! currency ([`Leadership::typical_cost`](crate::domain::options::Leadership::typical_cost)).
//!
//! Pages read for these figures (all checked on the date of [`CHECKED`]):
//! - gun.io/news/2022/05/what-is-a-fractional-cto (10–25 hours a week)
//! - dancumberlandlabs.com/blog/fractional-cto-cost ($150–500 an hour, $3–15k a month;
//!   UK £100–400 an hour, £5–15k a month; a firm that sells fractional CTO services)
//! - kompella.io/thinking/fractional-cto-cost-guide (1–3 days a week; a seller)
//! - datamcfly.com/blog/fractional-cto-cost ($1,500–3,000 a day; equity 0.5–2%)
//! - pocketctopartners.com/guides/cto-cost-comparison (updated February 2026: fractional
//!   $5–15k a month, consultants $150–300 an hour, bonus 10% or 20–25%, base salary
//!   $150–220k at seed, $200–280k at Series A, $250–350k at Series B+: the US salary's high
//!   end; a seller)
//! - ctofraction.com/blog/how-much-should-you-pay-for-a-fractional-cto ($250k base, Dec 2024)
//! - bls.gov/ooh/management/computer-and-information-systems-managers.htm ($171,200, May 2024)
//! - bls.gov/news.release/ecec.nr0.htm (benefits 29.8% of compensation, June 2025: about 42%
//!   on top of wages)
//! - ler.me/occupations/software-developers (BLS OEWS 2024: mean $144,570, 10th percentile
//!   $79,850, 90th $211,450)
//! - daniel-haynes.com/insights/fractional-cto-vs-full-time-cost-analysis (Jan 2026: 3–6
//!   months to full productivity)
//! - knowledgelib.io (outsource vs in-house development, checked March 2026 by market-figures:
//!   hiring a developer takes 45–90 days)
//! - UK: threatshub.org/blog/uk-government-on-the-lookout-for-bargain-priced-cto (2025: the
//!   government's CTO post £100,000–162,500; London CTOs £130–160k, a second-hand estimate);
//!   cooply.com/blog/fractional-cto-vs-full-time-cto (31 Jan 2026: 1–3 days a week);
//!   kimtasso.com/consultancy-fee-rates (UK government consultancy rates, £700 junior to
//!   £1,750 managing consultant a day; no year found); ucas.com/explore/career-page/6.1/2134
//!   (programmers, from ONS ASHE: normal pay £47,634, experienced up to £78,593; no year
//!   found); HMRC's employer National Insurance, 15% above £5,000 a year from 6 April 2025
//!   (charteredaccountants.ie, pmaaccountants.co.uk, lewisbrownlee.co.uk summaries of the
//!   Budget); workplace pension minimum 3% employer contribution (auto-enrolment).
//! - Germany: interimcto.de/insights/cto-as-a-service-vs-fulltime (Berlin 2024: CTO salary
//!   €130–180k, +30% costs, recruiting €15–25k, 3–6 months to productivity; CTO as a service
//!   €1,200–1,800 a day, about €10k a month for 2 days a week, €15k for 3; a seller);
//!   loskan.io/wissen/was-ist/fractional-cto-teilzeit-cto (1–2 days a week; a seller);
//!   verbaende.com DDIM press release (2023: interim managers' average day rate about €1,256,
//!   €1,000–2,500 by task); produktion.de/wirtschaft/was-kostet-ein-berater-112.html (BDU fee
//!   survey for 2022: project leads €1,950 a day on average, €900–2,700);
//!   gehalt.de/news/146-000-euro-im-jahr-fuer-den-chief-technology-officer (Compensation
//!   Partner 2016: CTO average €146,295, quartiles €97,870 and €169,322);
//!   computerwoche.de/a/das-verdienen-softwareentwickler-in-deutschland,3614325 (kununu,
//!   April 2023: developers €56,688 on average, over 10 years' experience €67,275);
//!   pervushin.de/blog/fractional-vs-vollzeit-tech-lead (2025: headhunters 20–30% of the
//!   annual salary); social-insurance ceilings for 2026 (gmb-beratung.de, cdh.de: pension and
//!   unemployment €101,400 a year, health and care €69,750).
//!
//! Employer social charges in Germany (2026): pension 9.3%, unemployment 1.3%, health 7.3% plus
//! half the average additional rate (2.9%: 1.45%), care 1.8%: about 19.9%, with accident
//! insurance and levies about 21% of pay below the ceilings. On €140,000 the capped amounts are
//! 9.3% × 101,400 + 1.3% × 101,400 + 8.75% × 69,750 + 1.8% × 69,750 = €18,107 (12.9%), about
//! 14% with accident insurance and levies. In the UK, employer NI on £140,000 is 15% × 135,000
//! = £20,250 (14.5%); on £60,000, 15% × 55,000 = £8,250 (13.75%).

use super::form::FieldId;
use crate::domain::preferences::Currency;

/// The day the figures were last checked against their sources, written once: the source
/// texts say "checked 2 Dec 2026".
macro_rules! checked_on {
    () => {
        "2 Dec 2026"
    };
}

/// A source text ending with the day it was checked.
macro_rules! source {
    ($text:literal) => {
        concat!($text, "; checked ", checked_on!())
    };
}

/// The day the figures were last checked against their sources.
pub const CHECKED: &str = "2 December 2026";

/// The short form of [`CHECKED`], as the source texts say it.
pub const CHECKED_SHORT: &str = checked_on!();

/// One field's default in one currency, with the range of its sources.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    pub value: f64,
    /// The low end of what the sources say (or of our assumption).
    pub low: f64,
    /// The high end.
    pub high: f64,
    /// Shown beside the field: the source, the figure's year, and the day it was checked.
    /// Empty for the horizon, which is the visitor's own choice.
    pub source: &'static str,
}

const fn fig(value: f64, low: f64, high: f64, source: &'static str) -> Figure {
    Figure {
        value,
        low,
        high,
        source,
    }
}

/// Where the defaults for a currency are drawn from.
pub fn region(currency: Currency) -> &'static str {
    match currency {
        Currency::Usd => "the United States",
        Currency::Gbp => "the United Kingdom",
        Currency::Eur => "Germany, for the euro area",
    }
}

/// The default of a field in a currency, with its range and source.
pub fn figure(currency: Currency, id: FieldId) -> Figure {
    match currency {
        Currency::Usd => usd(id),
        Currency::Gbp => gbp(id),
        Currency::Eur => eur(id),
    }
}

/// The horizon is the visitor's own choice: the same everywhere, with no source.
const HORIZON: Figure = fig(24.0, 24.0, 24.0, "");
/// When to start looking for a full-time CTO: the visitor's own plan, not a market figure.
const SWITCH_SEARCH: Figure = fig(12.0, 12.0, 12.0, "");

// Assumptions shared by every country: nothing published to draw on, or not money.
const FR_EQUITY: Figure = fig(
    0.0,
    0.0,
    1.0,
    source!("optional in published comparisons (2024–26); none is our assumption"),
);
const FR_RAMP: Figure = fig(
    1.0,
    0.5,
    2.0,
    source!("our assumption (2026): weeks, not a hire's months"),
);
const CO_DAYS: Figure = fig(
    6.5,
    5.4,
    13.5,
    source!(
        "our assumption (2026): the fractional CTO's 12 hours a week (52 a month), so both buy the same hours"
    ),
);
const CO_MONTHS: Figure = fig(3.0, 1.0, 6.0, source!("our assumption (2026)"));
const CO_OVERHEAD: Figure = fig(10.0, 0.0, 20.0, source!("our assumption (2026)"));
const CO_RAMP: Figure = fig(1.0, 0.5, 2.0, source!("our assumption (2026)"));
const IH_HIRES: Figure = fig(2.0, 1.0, 4.0, source!("our assumption (2026)"));
const IH_RAMP: Figure = fig(6.0, 3.0, 9.0, source!("our assumption (2026)"));

/// United States, in US dollars: the figures of `market-figures.md`.
fn usd(id: FieldId) -> Figure {
    use FieldId::*;
    match id {
        Horizon => HORIZON,
        SwitchSearch => SWITCH_SEARCH,
        FrHours => fig(
            12.0,
            10.0,
            25.0,
            source!("10–25 hours a week: gun.io (2022)"),
        ),
        FrRate => fig(
            250.0,
            150.0,
            500.0,
            source!(
                "$150–500 an hour: dancumberlandlabs.com, a firm that sells fractional CTO services; no year found"
            ),
        ),
        FrDays => fig(
            1.5,
            1.0,
            3.0,
            source!("1 to 3 days a week: kompella.io, which sells the service; no year found"),
        ),
        FrDayRate => fig(
            2_000.0,
            1_500.0,
            3_000.0,
            source!("$1,500–3,000 a day: datamcfly.com; no year found"),
        ),
        FrRetainer => fig(
            10_000.0,
            3_000.0,
            15_000.0,
            source!(
                "$3–15k a month: dancumberlandlabs.com; $5–15k: pocketctopartners.com (2026); both sell the service"
            ),
        ),
        FrEquity => FR_EQUITY,
        FrRamp => FR_RAMP,
        FtSalary => fig(
            250_000.0,
            171_200.0,
            350_000.0,
            source!(
                "ctofraction.com's conservative base case (2024); US median for IT managers $171,200 (bls.gov, 2024)"
            ),
        ),
        FtBonus => fig(
            10.0,
            10.0,
            25.0,
            source!("10%, or 20–25%: pocketctopartners.com (2026)"),
        ),
        FtOverhead => fig(
            25.0,
            20.0,
            42.0,
            source!(
                "20–30% in published comparisons; benefits add 42% to US private pay (bls.gov, June 2025)"
            ),
        ),
        FtEquity => fig(
            1.0,
            0.5,
            2.0,
            source!("0.5–2% in published comparisons (datamcfly.com; no year found)"),
        ),
        FtValuation => fig(
            10_000_000.0,
            5_000_000.0,
            20_000_000.0,
            source!("our assumption (2026), for valuing equity only"),
        ),
        FtRecruitPercent => fig(
            25.0,
            25.0,
            30.0,
            source!("25–30% of first-year pay in published comparisons (2024–26)"),
        ),
        FtRecruitFee => fig(
            40_000.0,
            25_000.0,
            50_000.0,
            source!("$25–50k search fee in published comparisons (2024–26)"),
        ),
        FtHire => fig(
            3.0,
            2.0,
            6.0,
            source!("about 90 days in published comparisons (2024–26)"),
        ),
        FtRamp => fig(
            3.0,
            3.0,
            6.0,
            source!("3–6 months: daniel-haynes.com (2026); about 90 days in other comparisons"),
        ),
        CoDayRate => fig(
            2_400.0,
            1_200.0,
            2_400.0,
            source!(
                "consultants bill $150–300 an hour (pocketctopartners.com, 2026); a firm's day rate is our assumption"
            ),
        ),
        CoDays => CO_DAYS,
        CoFee => fig(
            60_000.0,
            15_000.0,
            120_000.0,
            source!("our assumption (2026)"),
        ),
        CoMonths => CO_MONTHS,
        CoOverhead => CO_OVERHEAD,
        CoRamp => CO_RAMP,
        IhHires => IH_HIRES,
        IhSalary => fig(
            130_000.0,
            80_000.0,
            211_000.0,
            source!(
                "US software developers: mean $144,570, 10% earn under $79,850, 10% over $211,450 (BLS, 2024)"
            ),
        ),
        IhOverhead => fig(
            25.0,
            20.0,
            42.0,
            source!(
                "as for a full-time CTO; benefits add 42% to US private pay (bls.gov, June 2025)"
            ),
        ),
        IhRecruit => fig(
            20_000.0,
            10_000.0,
            30_000.0,
            source!("our assumption (2026)"),
        ),
        IhHire => fig(
            3.0,
            1.5,
            3.0,
            source!("hiring a developer takes 45–90 days (knowledgelib.io, 2026)"),
        ),
        IhTools => fig(1_000.0, 500.0, 2_000.0, source!("our assumption (2026)")),
        IhRamp => IH_RAMP,
    }
}

/// United Kingdom, in pounds sterling.
fn gbp(id: FieldId) -> Figure {
    use FieldId::*;
    match id {
        Horizon => HORIZON,
        SwitchSearch => SWITCH_SEARCH,
        FrHours => fig(
            12.0,
            10.0,
            25.0,
            source!(
                "10–25 hours a week: gun.io (US, 2022); UK firms say 1–3 days (cooply.com, 2026)"
            ),
        ),
        FrRate => fig(
            200.0,
            100.0,
            400.0,
            source!(
                "£100–400 an hour: dancumberlandlabs.com, a firm that sells fractional CTO services; no year found"
            ),
        ),
        FrDays => fig(
            1.5,
            1.0,
            3.0,
            source!(
                "1–3 days a week: cooply.com, a UK firm that sells technology services (Jan 2026)"
            ),
        ),
        FrDayRate => fig(
            1_600.0,
            800.0,
            3_200.0,
            source!(
                "8 hours at £100–400 (dancumberlandlabs.com, a seller; no year found); no UK day-rate survey found"
            ),
        ),
        FrRetainer => fig(
            10_000.0,
            5_000.0,
            15_000.0,
            source!(
                "£5–15k a month: dancumberlandlabs.com, a firm that sells fractional CTO services; no year found"
            ),
        ),
        FrEquity => FR_EQUITY,
        FrRamp => FR_RAMP,
        FtSalary => fig(
            140_000.0,
            100_000.0,
            162_500.0,
            source!(
                "the UK government's CTO post £100,000–162,500 (2025); London £130–160k, an estimate (threatshub.org)"
            ),
        ),
        FtBonus => fig(
            10.0,
            10.0,
            25.0,
            source!("our assumption from US figures: 10%, or 20–25% (pocketctopartners.com, 2026)"),
        ),
        FtOverhead => fig(
            20.0,
            17.0,
            25.0,
            source!(
                "employer NI 15% above £5,000 from 6 Apr 2025 (HMRC), plus a pension: 5% is our assumption"
            ),
        ),
        FtEquity => fig(
            1.0,
            0.5,
            2.0,
            source!("0.5–2% in published US comparisons (datamcfly.com; no year found)"),
        ),
        FtValuation => fig(
            8_000_000.0,
            4_000_000.0,
            16_000_000.0,
            source!("our assumption (2026), for valuing equity only"),
        ),
        FtRecruitPercent => fig(
            25.0,
            25.0,
            30.0,
            source!(
                "25–30% of first-year pay in published US comparisons (2024–26); our assumption for the UK"
            ),
        ),
        FtRecruitFee => fig(
            35_000.0,
            25_000.0,
            40_000.0,
            source!(
                "our assumption (2026): 25% of the default salary; no UK search-fee figure found"
            ),
        ),
        FtHire => fig(
            3.0,
            2.0,
            6.0,
            source!(
                "about 90 days in published US comparisons (2024–26); our assumption for the UK"
            ),
        ),
        FtRamp => fig(
            3.0,
            3.0,
            6.0,
            source!("3–6 months: daniel-haynes.com (2026); our assumption for the UK"),
        ),
        CoDayRate => fig(
            1_500.0,
            1_000.0,
            1_750.0,
            source!(
                "UK government consultancy rates £1,000–1,750 a day (kimtasso.com; no year found); £1,500 is our assumption"
            ),
        ),
        CoDays => CO_DAYS,
        CoFee => fig(
            45_000.0,
            12_000.0,
            90_000.0,
            source!("our assumption (2026)"),
        ),
        CoMonths => CO_MONTHS,
        CoOverhead => CO_OVERHEAD,
        CoRamp => CO_RAMP,
        IhHires => IH_HIRES,
        IhSalary => fig(
            60_000.0,
            47_000.0,
            79_000.0,
            source!(
                "UK programmers: normal pay £47,634, experienced up to £78,593 (ONS ASHE via ucas.com; no year found)"
            ),
        ),
        IhOverhead => fig(
            18.0,
            16.0,
            25.0,
            source!(
                "employer NI 15% above £5,000 from 6 Apr 2025 (HMRC), plus a pension of 3% or more"
            ),
        ),
        IhRecruit => fig(
            12_000.0,
            9_000.0,
            15_000.0,
            source!("our assumption (2026): 15–25% of salary, a usual agency fee"),
        ),
        IhHire => fig(
            3.0,
            1.5,
            3.0,
            source!("45–90 days in the US (knowledgelib.io, 2026); our assumption for the UK"),
        ),
        IhTools => fig(800.0, 400.0, 1_600.0, source!("our assumption (2026)")),
        IhRamp => IH_RAMP,
    }
}

/// Germany, in euros: the euro area's set.
fn eur(id: FieldId) -> Figure {
    use FieldId::*;
    match id {
        Horizon => HORIZON,
        SwitchSearch => SWITCH_SEARCH,
        FrHours => fig(
            12.0,
            10.0,
            25.0,
            source!(
                "10–25 hours a week: gun.io (US, 2022); German sellers offer 1–3 days (interimcto.de, 2024)"
            ),
        ),
        FrRate => fig(
            200.0,
            150.0,
            225.0,
            source!(
                "€1,200–1,800 a day ÷ 8: interimcto.de, a German firm that sells fractional CTO services (2024)"
            ),
        ),
        FrDays => fig(
            1.5,
            1.0,
            3.0,
            source!(
                "1–2 days a week (loskan.io) or 2–3 (interimcto.de, 2024): German firms that sell the service"
            ),
        ),
        FrDayRate => fig(
            1_600.0,
            1_000.0,
            2_500.0,
            source!(
                "€1,200–1,800: interimcto.de, a seller (2024); interim managers €1,000–2,500 (DDIM, 2023)"
            ),
        ),
        FrRetainer => fig(
            10_000.0,
            5_000.0,
            15_000.0,
            source!(
                "about €10k a month for 2 days a week, €15k for 3: interimcto.de, a seller of the service (2024)"
            ),
        ),
        FrEquity => FR_EQUITY,
        FrRamp => FR_RAMP,
        FtSalary => fig(
            140_000.0,
            98_000.0,
            180_000.0,
            source!(
                "Berlin €130–180k: interimcto.de, a seller (2024); German CTOs average €146,295 (Compensation Partner, 2016)"
            ),
        ),
        FtBonus => fig(
            10.0,
            10.0,
            25.0,
            source!("our assumption from US figures: 10%, or 20–25% (pocketctopartners.com, 2026)"),
        ),
        FtOverhead => fig(
            14.0,
            13.0,
            21.0,
            source!(
                "employer social insurance about 21% up to the 2026 ceilings (€101,400; health €69,750): about 14% on €140k"
            ),
        ),
        FtEquity => fig(
            1.0,
            0.5,
            2.0,
            source!("0.5–2% in published US comparisons (datamcfly.com; no year found)"),
        ),
        FtValuation => fig(
            9_000_000.0,
            4_500_000.0,
            18_000_000.0,
            source!("our assumption (2026), for valuing equity only"),
        ),
        FtRecruitPercent => fig(
            25.0,
            20.0,
            30.0,
            source!("headhunters charge 20–30% of the annual salary (pervushin.de, 2025)"),
        ),
        FtRecruitFee => fig(
            25_000.0,
            15_000.0,
            35_000.0,
            source!(
                "€15–25k: interimcto.de, a seller of fractional CTOs (2024); 25% of €140k is €35k"
            ),
        ),
        FtHire => fig(
            3.0,
            2.0,
            8.0,
            source!(
                "about 90 days in published comparisons; one search took 8 months (interimcto.de, 2024)"
            ),
        ),
        FtRamp => fig(
            3.0,
            3.0,
            6.0,
            source!(
                "3–6 months to full productivity: interimcto.de, a seller of fractional CTOs (2024)"
            ),
        ),
        CoDayRate => fig(
            1_950.0,
            900.0,
            2_700.0,
            source!(
                "consultancies' project leads €1,950 a day on average, €900–2,700 (BDU survey, 2022)"
            ),
        ),
        CoDays => CO_DAYS,
        CoFee => fig(
            50_000.0,
            13_000.0,
            100_000.0,
            source!("our assumption (2026)"),
        ),
        CoMonths => CO_MONTHS,
        CoOverhead => CO_OVERHEAD,
        CoRamp => CO_RAMP,
        IhHires => IH_HIRES,
        IhSalary => fig(
            65_000.0,
            56_000.0,
            68_000.0,
            source!(
                "German developers average €56,688, over 10 years' experience €67,275 (kununu, 2023)"
            ),
        ),
        IhOverhead => fig(
            21.0,
            20.0,
            23.0,
            source!(
                "employer social insurance about 21% of pay below the 2026 ceilings (€101,400; health €69,750)"
            ),
        ),
        IhRecruit => fig(
            13_000.0,
            10_000.0,
            19_500.0,
            source!(
                "our assumption: 20% of salary; headhunters charge 20–30% (pervushin.de, 2025)"
            ),
        ),
        IhHire => fig(
            3.0,
            1.5,
            6.0,
            source!(
                "our assumption (2026): 45–90 days in the US (knowledgelib.io), longer notice in Germany"
            ),
        ),
        IhTools => fig(900.0, 450.0, 1_800.0, source!("our assumption (2026)")),
        IhRamp => IH_RAMP,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::answers::format_money;
    use crate::domain::calculator::form::{FIELDS, Unit};
    use crate::domain::calculator::{HOURS_PER_DAY, WEEKS_PER_MONTH};
    use crate::domain::options::Leadership;

    fn mentions_a_year(text: &str) -> bool {
        let bytes = text.as_bytes();
        bytes.windows(4).any(|w| {
            w.iter().all(u8::is_ascii_digit) && (w.starts_with(b"19") || w.starts_with(b"20"))
        })
    }

    #[test]
    fn every_field_has_a_sourced_figure_in_every_currency() {
        for currency in Currency::ALL {
            for field in FIELDS {
                let f = figure(currency, field.id);
                let what = format!("{currency:?} {:?}", field.id);
                assert!(f.low <= f.value && f.value <= f.high, "{what}: {f:?}");
                let limits = field.limits;
                assert!(
                    limits.min <= f.low && f.high <= limits.max,
                    "{what}: {f:?} outside {limits:?}"
                );
                if matches!(field.id, FieldId::Horizon | FieldId::SwitchSearch) {
                    assert_eq!(f.source, "", "the visitor's own choice");
                    continue;
                }
                assert!(!f.source.is_empty(), "{what}");
                assert!(
                    f.source.ends_with(&format!("; checked {CHECKED_SHORT}")),
                    "{what}"
                );
                // The figure's year, or a plain statement that the page gives none.
                let without_checked = f.source.trim_end_matches(CHECKED_SHORT);
                assert!(
                    mentions_a_year(without_checked) || without_checked.contains("no year found"),
                    "{what}: {}",
                    f.source
                );
                assert!(
                    f.source.chars().count() <= 150,
                    "{what}: {} characters",
                    f.source.chars().count()
                );
            }
        }
    }

    /// A pound or euro field never shows a dollar figure as its own, nor another currency's:
    /// a figure from elsewhere says it is from the US.
    #[test]
    fn money_sources_are_in_their_own_currency() {
        for currency in Currency::ALL {
            for field in FIELDS.iter().filter(|f| f.unit == Unit::Money) {
                let source = figure(currency, field.id).source;
                for other in Currency::ALL.into_iter().filter(|c| *c != currency) {
                    assert!(
                        !source.contains(other.symbol()) || source.contains("US"),
                        "{currency:?} {:?}: {source}",
                        field.id
                    );
                }
            }
        }
    }

    /// `Form::default()` is the US set, which keeps the sources it cited before there was
    /// a set for each currency.
    #[test]
    fn the_us_set_is_the_form_defaults_and_keeps_their_sources() {
        use crate::domain::calculator::form::Form;
        let values: Vec<f64> = FIELDS
            .iter()
            .map(|f| figure(Currency::Usd, f.id).value)
            .collect();
        assert_eq!(Form::default().values, values);
        let kept = [
            (FieldId::FrHours, "gun.io"),
            (FieldId::FrRate, "dancumberlandlabs.com"),
            (FieldId::FrDays, "kompella.io"),
            (FieldId::FrDayRate, "datamcfly.com"),
            (FieldId::FrRetainer, "dancumberlandlabs.com"),
            (FieldId::FtSalary, "ctofraction.com"),
            (FieldId::FtSalary, "bls.gov"),
            (FieldId::FtBonus, "pocketctopartners.com"),
            (FieldId::FtOverhead, "bls.gov"),
            (FieldId::CoDayRate, "pocketctopartners.com"),
        ];
        for (id, site) in kept {
            assert!(
                figure(Currency::Usd, id).source.contains(site),
                "{id:?} {site}"
            );
        }
    }

    #[test]
    fn fractional_and_consulting_defaults_buy_the_same_hours() {
        for currency in Currency::ALL {
            let f = |id| figure(currency, id).value;
            let hourly = f(FieldId::FrHours) * WEEKS_PER_MONTH;
            let daily = f(FieldId::FrDays) * HOURS_PER_DAY * WEEKS_PER_MONTH;
            let consulting = f(FieldId::CoDays) * HOURS_PER_DAY;
            assert!((hourly - consulting).abs() <= 0.01 * hourly, "{currency:?}");
            assert!((daily - consulting).abs() <= 0.01 * daily, "{currency:?}");
            // By the day or by the hour, the same price for the same hours (within 5%).
            let by_hour = f(FieldId::FrRate) * HOURS_PER_DAY;
            assert!(
                (f(FieldId::FrDayRate) - by_hour).abs() <= 0.05 * by_hour,
                "{currency:?}"
            );
        }
    }

    #[test]
    fn the_fractional_default_costs_what_the_app_says_it_typically_costs() {
        for currency in Currency::ALL {
            let f = |id| figure(currency, id);
            let monthly = f(FieldId::FrHours).value * WEEKS_PER_MONTH * f(FieldId::FrRate).value;
            let range = f(FieldId::FrRetainer);
            assert!(
                range.low <= monthly && monthly <= range.high,
                "{currency:?}: {monthly} outside {range:?}"
            );
            let daily = f(FieldId::FrDays).value * WEEKS_PER_MONTH * f(FieldId::FrDayRate).value;
            assert!(range.low <= daily && daily <= range.high, "{currency:?}");
            let text = Leadership::Fractional.typical_cost(currency);
            for bound in [range.low, range.high] {
                let money = format_money(bound as u64, currency);
                assert!(text.contains(&money), "{text} lacks {money}");
            }
        }
    }

    #[test]
    fn each_currency_names_its_region() {
        assert_eq!(region(Currency::Usd), "the United States");
        assert_eq!(region(Currency::Gbp), "the United Kingdom");
        assert_eq!(region(Currency::Eur), "Germany, for the euro area");
        assert_eq!(CHECKED, "2 December 2026");
        assert!(CHECKED.ends_with(&CHECKED_SHORT[CHECKED_SHORT.len() - 4..]));
    }
}
