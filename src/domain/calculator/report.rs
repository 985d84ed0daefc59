//! The comparison in words and numbers as the page shows them: amounts, the table's rows,
//! the CSV of the same table, and the sentences for the break-even and the savings.

use super::bands::Bands;
use super::chart::short_money;
use super::form::{FIELDS, Form, Unit, mode_choices, plain};
use super::model::{BreakEven, Comparison, OptionCost, compare, saving};
use super::scenarios::Scenario;
use crate::domain::assessment::answers::format_money;
use crate::domain::locale::{NumberFormat, write_money, write_number};
use crate::domain::number::fixed;
use crate::domain::options::Leadership;
use crate::domain::preferences::Currency;
use crate::domain::text::isolate;

/// A rounded amount of money: "$16,250". Below zero shows as zero.
pub fn money(value: f64, currency: Currency) -> String {
    let rounded = value.max(0.0).round() as u64;
    format_money(rounded, currency)
}

/// "1 month", "4.5 months" ("4,5 months" where numbers are written 1.234,5).
pub fn months(value: f64, format: NumberFormat) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == 1.0 {
        "1 month".to_owned()
    } else {
        format!("{} months", write_number(rounded, format, 1))
    }
}

/// How the page writes money: the visitor's currency, and numbers as they write them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Money {
    pub currency: Currency,
    pub format: NumberFormat,
}

impl Money {
    pub fn new(currency: Currency, format: NumberFormat) -> Money {
        Money { currency, format }
    }

    /// A rounded amount: "$16,250", "16.250 €"; below zero shows as zero.
    pub fn amount(self, value: f64) -> String {
        write_money(value.max(0.0).round(), self.currency, self.format)
    }

    /// A number (not money) as the visitor writes numbers, to at most `decimals` places.
    pub fn number(self, value: f64, decimals: u32) -> String {
        write_number(value, self.format, decimals)
    }
}

/// One column of the comparison table: its heading and each option's figure, in
/// [`Leadership::ALL`] order. On a phone each option's row becomes a card, each figure labelled
/// by its column's heading.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub heading: String,
    pub cells: [String; 4],
}

/// What an option not paid for within the horizon shows instead of its nothing.
pub const NOT_IN_POST: &str = "Not yet in post";

/// "Total over 24 months", "Total over 1 month".
pub fn total_heading(horizon: u32) -> String {
    if horizon == 1 {
        "Total over 1 month".to_owned()
    } else {
        format!("Total over {horizon} months")
    }
}

/// Whether an option is within a monthly budget once it runs, and by how much: "Within by
/// $1,167 a month", "Over by $19,125 a month", "Exactly on budget".
pub fn against_budget(run_rate: f64, budget: f64, money: Money) -> String {
    let difference = (budget - run_rate).round();
    if difference == 0.0 {
        "Exactly on budget".to_owned()
    } else if difference > 0.0 {
        format!("Within by {} a month", money.amount(difference))
    } else {
        format!("Over by {} a month", money.amount(-difference))
    }
}

/// The comparison table's columns (one row per option on the page). A horizon under a year has
/// no "first year" column: its total is all there is. The budget's column shows only with a
/// budget.
pub fn table_columns(
    comparison: &Comparison,
    budget: Option<f64>,
    bands: Option<&Bands>,
    money: Money,
) -> Vec<Column> {
    let horizon = comparison.horizon_months;
    let column = |heading: String, f: &dyn Fn(&OptionCost) -> String| Column {
        heading,
        cells: std::array::from_fn(|i| f(&comparison.options[i])),
    };
    let paid = |value: fn(&OptionCost) -> f64| {
        move |c: &OptionCost| {
            if c.in_post(horizon) {
                money.amount(value(c))
            } else {
                NOT_IN_POST.to_owned()
            }
        }
    };
    let mut columns = vec![column("A month, once running".to_owned(), &|c| {
        money.amount(c.run_rate)
    })];
    if let Some(budget) = budget {
        columns.push(column("Against your budget".to_owned(), &|c| {
            against_budget(c.run_rate, budget, money)
        }));
    }
    if horizon > 12 {
        columns.push(column("First year".to_owned(), &paid(|c| c.first_year)));
    }
    columns.push(column(total_heading(horizon), &paid(|c| c.total)));
    if let Some(bands) = bands {
        columns.push(column("Low to high".to_owned(), &|c| {
            if !c.in_post(horizon) {
                return NOT_IN_POST.to_owned();
            }
            let (low, high) = bands.total(c.option);
            match (low, high) {
                (Some(low), Some(high)) => {
                    format!(
                        "{} to {}",
                        short_money(low, money),
                        short_money(high, money)
                    )
                }
                (Some(end), None) | (None, Some(end)) => {
                    format!("{}, or not yet in post", short_money(end, money))
                }
                (None, None) => NOT_IN_POST.to_owned(),
            }
        }));
    }
    columns.push(column("Per hour".to_owned(), &|c| {
        c.cost_per_hour()
            .map_or_else(|| "Not stated".to_owned(), |h| money.amount(h))
    }));
    columns.push(column("Effective after".to_owned(), &|c| {
        months(c.months_to_effective, money.format)
    }));
    columns.push(column("Equity (not cash)".to_owned(), &|c| {
        money.amount(c.equity_value)
    }));
    columns
}

/// The cheapest option over the horizon, among those in post.
#[derive(Debug, Clone, PartialEq)]
pub enum Cheapest {
    /// One option costs least; the next cheapest and how much more it costs, if any other is
    /// in post.
    One {
        option: Leadership,
        total: f64,
        next: Option<(Leadership, f64)>,
    },
    /// Two or more cost the same, to the unit of currency.
    Tied {
        options: Vec<Leadership>,
        total: f64,
    },
    /// Nothing is paid for within the horizon.
    None,
}

/// Which option costs least over the horizon. Totals equal to the unit count as the same.
pub fn cheapest(comparison: &Comparison) -> Cheapest {
    let horizon = comparison.horizon_months;
    let mut ranked: Vec<(Leadership, f64)> = comparison
        .options
        .iter()
        .filter(|c| c.in_post(horizon))
        .map(|c| (c.option, c.total.round()))
        .collect();
    ranked.sort_by(|a, b| a.1.total_cmp(&b.1));
    let Some(&(first, total)) = ranked.first() else {
        return Cheapest::None;
    };
    let tied: Vec<Leadership> = ranked
        .iter()
        .filter(|(_, t)| *t == total)
        .map(|(o, _)| *o)
        .collect();
    if tied.len() > 1 {
        return Cheapest::Tied {
            options: tied,
            total,
        };
    }
    Cheapest::One {
        option: first,
        total,
        next: ranked.get(1).map(|&(o, t)| (o, t - total)),
    }
}

/// "a fractional CTO and a consulting firm", "a, b and c".
fn and_list(options: &[Leadership]) -> String {
    let names: Vec<&str> = options.iter().map(|o| o.in_sentence()).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => (*last).to_owned(),
        None => String::new(),
    }
}

/// Capitalises the first letter: "a fractional CTO" becomes "A fractional CTO".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The results in a few words, above the figures and read out after a pause in typing: the
/// cheapest, by how much, and whether it is within the budget.
pub fn summary(comparison: &Comparison, budget: Option<f64>, money: Money) -> Vec<String> {
    let horizon = comparison.horizon_months;
    let over = if horizon == 1 {
        "Over 1 month".to_owned()
    } else {
        format!("Over {horizon} months")
    };
    let mut lines = Vec::new();
    let cheapest_option = match cheapest(comparison) {
        Cheapest::One {
            option,
            total,
            next,
        } => {
            lines.push(match next {
                Some((next, more)) if more > 0.0 => format!(
                    "{over}, {} costs least: {}, {} less than {}.",
                    option.in_sentence(),
                    money.amount(total),
                    money.amount(more),
                    next.in_sentence()
                ),
                _ => format!(
                    "{over}, {} costs {}.",
                    option.in_sentence(),
                    money.amount(total)
                ),
            });
            Some(option)
        }
        Cheapest::Tied { options, total } => {
            lines.push(format!(
                "{over}, {} cost the same: {} each.",
                and_list(&options),
                money.amount(total)
            ));
            options.first().copied()
        }
        Cheapest::None => {
            lines.push(format!(
                "{over}, no option is in post yet: every hire takes longer than that."
            ));
            None
        }
    };
    let waiting: Vec<Leadership> = comparison
        .options
        .iter()
        .filter(|c| !c.in_post(horizon))
        .map(|c| c.option)
        .collect();
    if !waiting.is_empty() && cheapest_option.is_some() {
        let verb = if waiting.len() == 1 { "is" } else { "are" };
        lines.push(format!(
            "{} {verb} not yet in post within {} months: compare over longer to include {}.",
            capitalised(&and_list(&waiting)),
            horizon,
            if waiting.len() == 1 { "it" } else { "them" }
        ));
    }
    if let (Some(budget), Some(option)) = (budget, cheapest_option) {
        let run_rate = comparison.get(option).run_rate;
        // Within as the table's column says: the difference rounded to the unit.
        let fits = |run_rate: f64| (budget - run_rate).round() >= 0.0;
        let within = comparison
            .options
            .iter()
            .filter(|c| fits(c.run_rate))
            .count();
        // Named, not "it": with a tie, the first of those that cost the same.
        let status = if fits(run_rate) {
            format!(
                "At {} a month, {} is within your budget of {}.",
                money.amount(run_rate),
                option.in_sentence(),
                money.amount(budget)
            )
        } else {
            format!(
                "At {} a month, {} is over your budget of {} by {}.",
                money.amount(run_rate),
                option.in_sentence(),
                money.amount(budget),
                money.amount(run_rate - budget)
            )
        };
        let others = match within {
            0 => " No option is within it.".to_owned(),
            4 => " Every option is within it.".to_owned(),
            1 => " 1 of the 4 options is within it.".to_owned(),
            n => format!(" {n} of the 4 options are within it."),
        };
        lines.push(status + others.as_str());
    }
    lines
}

/// The table's rows: a heading row, then one per option.
fn summary_rows(
    comparison: &Comparison,
    budget: Option<f64>,
    bands: Option<&Bands>,
    money: Money,
    lines: &mut Vec<Vec<String>>,
) {
    let columns = table_columns(comparison, budget, bands, money);
    lines.push(
        std::iter::once("Option".to_owned())
            .chain(columns.iter().map(|c| c.heading.clone()))
            .collect(),
    );
    for option in Leadership::ALL {
        lines.push(
            std::iter::once(option.name().to_owned())
                .chain(columns.iter().map(|c| c.cells[option.index()].clone()))
                .collect(),
        );
    }
}

/// The comparison as CSV: first the table as on screen, then every figure it was worked out
/// from, then the cost so far at the end of each month (plain numbers, for a spreadsheet's
/// own charts), with any further lines (`extra`: the switch, the budget) beside the options.
pub fn table_csv(
    form: &Form,
    comparison: &Comparison,
    bands: Option<&Bands>,
    extra: &[(String, Vec<f64>)],
    money: Money,
) -> String {
    let mut lines = Vec::new();
    summary_rows(comparison, form.budget, bands, money, &mut lines);
    lines.push(Vec::new());
    let row = |cells: [&str; 4]| cells.map(str::to_owned).to_vec();
    lines.push(row(["Your figures", "For", "Value", "Unit"]));
    lines.push(row(["Currency", "All", money.currency.code(), ""]));
    if let Some(budget) = form.budget {
        lines.push(row([
            "Monthly budget",
            "All",
            &plain(budget),
            money.currency.code(),
        ]));
    }
    for option in Leadership::ALL {
        let mode = mode_choices(option)
            .into_iter()
            .find(|(id, _)| *id == form.mode(option));
        if let Some((_, label)) = mode {
            lines.push(row(["Priced", option.name(), label, ""]));
        }
    }
    for field in FIELDS.iter().filter(|f| form.shows(f)) {
        let unit = match field.unit {
            Unit::Money => format!("{} {}", money.currency.code(), field.hint),
            Unit::Percent if field.hint.starts_with('%') => field.hint.to_owned(),
            Unit::Percent => format!("% {}", field.hint),
            Unit::Plain => field.hint.to_owned(),
        };
        lines.push(row([
            field.label,
            field.option.map_or("All", |o| o.name()),
            &plain(form.get(field.id)),
            unit.trim(),
        ]));
    }
    lines.push(Vec::new());
    let mut heading = vec![format!(
        "Cost so far at the end of each month ({})",
        money.currency.code()
    )];
    heading.extend(Leadership::ALL.iter().map(|o| o.name().to_owned()));
    heading.extend(extra.iter().map(|(name, _)| name.clone()));
    lines.push(heading);
    let cumulative: Vec<Vec<f64>> = comparison
        .options
        .iter()
        .map(OptionCost::cumulative)
        .collect();
    for month in 0..comparison.horizon_months as usize {
        let mut cells = vec![format!("Month {}", month + 1)];
        cells.extend(
            cumulative
                .iter()
                .chain(extra.iter().map(|(_, values)| values))
                .map(|values| whole(values.get(month).copied().unwrap_or(0.0))),
        );
        lines.push(cells);
    }
    csv_text(&lines)
}

/// A rounded amount with no symbol or separators, as spreadsheets read it: "16250".
fn whole(value: f64) -> String {
    fixed(value.round(), 0)
}

/// Lines of cells as CSV text, with Windows line ends as spreadsheets expect.
fn csv_text(lines: &[Vec<String>]) -> String {
    lines
        .iter()
        .map(|cells| {
            cells
                .iter()
                .map(|t| csv_field(t))
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect::<Vec<_>>()
        .join("\r\n")
        + "\r\n"
}

/// One CSV cell, quoted when it holds a comma, a quote or a line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// Where a fractional CTO stops costing less than a full-time one.
pub fn break_even_sentence(comparison: &Comparison, format: NumberFormat) -> String {
    let horizon = comparison.horizon_months;
    if !comparison.get(Leadership::FullTime).in_post(horizon) {
        return format!(
            "Break-even: none within {horizon} months, as a full-time CTO would not yet be in post."
        );
    }
    match comparison.break_even {
        BreakEven::Hours(hours) if hours >= 0.05 => format!(
            "Break-even: above {} hours a week of a fractional CTO (at its effective hourly rate), a full-time CTO costs less over {horizon} months.",
            write_number(hours, format, 1),
        ),
        BreakEven::Hours(_) => format!(
            "Break-even: none, as a full-time CTO costs nothing over {horizon} months with these figures."
        ),
        BreakEven::Never => format!(
            "Break-even: within a working week, a fractional CTO costs less than a full-time CTO over {horizon} months.",
        ),
    }
}

/// What option `a` saves against option `b` over the horizon, or what more it costs.
pub fn saving_sentence(
    comparison: &Comparison,
    a: Leadership,
    b: Leadership,
    money: Money,
) -> String {
    if a == b {
        return "Choose two different options to compare.".to_owned();
    }
    let months = comparison.horizon_months;
    let waiting: Vec<Leadership> = [a, b]
        .into_iter()
        .filter(|o| !comparison.get(*o).in_post(months))
        .collect();
    if !waiting.is_empty() {
        let verb = if waiting.len() == 1 { "is" } else { "are" };
        return format!(
            "{} {verb} not yet in post within {months} months, so the two cannot be compared over this horizon.",
            capitalised(&and_list(&waiting))
        );
    }
    let s = saving(comparison.get(a), comparison.get(b));
    let amount = money.amount(s.amount.abs());
    if s.amount.round() == 0.0 {
        return format!(
            "{} and {} cost the same over {months} months.",
            capitalised(a.in_sentence()),
            b.in_sentence()
        );
    }
    let percent = s
        .percent
        .filter(|p| p.abs() >= 0.5)
        .map(|p| format!(" ({}%)", fixed(p.abs(), 0)))
        .unwrap_or_default();
    if s.amount > 0.0 {
        format!(
            "{} saves {amount}{percent} against {} over {months} months.",
            a.name(),
            b.in_sentence(),
        )
    } else {
        format!(
            "{} costs {amount}{percent} more than {} over {months} months.",
            a.name(),
            b.in_sentence(),
        )
    }
}

/// A saved scenario's figures in a line: the two totals people compare most.
/// Each scenario is in its own currency; `fallback` is for those saved before scenarios kept one.
pub fn scenario_summary(form: &Form, fallback: Money) -> String {
    let c = compare(&form.to_inputs());
    let money = Money::new(
        form.currency.unwrap_or(fallback.currency),
        form.number_format.unwrap_or(fallback.format),
    );
    summary(&c, None, money).swap_remove(0)
}

/// Two saved scenarios side by side: a heading for each ("Lean (12 months)"), then a row per
/// option with its total over each scenario's own horizon.
pub fn scenarios_side_by_side(
    a: &Scenario,
    b: &Scenario,
    fallback: Money,
) -> ([String; 2], Vec<(String, [String; 2])>) {
    let (fa, fb) = (a.form().0, b.form().0);
    let (ca, cb) = (compare(&fa.to_inputs()), compare(&fb.to_inputs()));
    let in_own = |f: &Form| {
        Money::new(
            f.currency.unwrap_or(fallback.currency),
            f.number_format.unwrap_or(fallback.format),
        )
    };
    let (ma, mb) = (in_own(&fa), in_own(&fb));
    let total = |c: &Comparison, o: Leadership, m: Money| {
        let cost = c.get(o);
        if cost.in_post(c.horizon_months) {
            m.amount(cost.total)
        } else {
            NOT_IN_POST.to_owned()
        }
    };
    let headings = [
        format!("{} ({} months)", isolate(&a.name), ca.horizon_months),
        format!("{} ({} months)", isolate(&b.name), cb.horizon_months),
    ];
    let rows = Leadership::ALL
        .iter()
        .map(|&o| {
            (
                format!("{}, total", o.name()),
                [total(&ca, o, ma), total(&cb, o, mb)],
            )
        })
        .collect();
    (headings, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calculator::{
        Consulting, ConsultingPricing, Fractional, FractionalPricing, FullTime, InHouse, Inputs,
        RecruitingFee,
    };

    /// Figures written out here, so these tests do not move when the defaults do: a
    /// fractional CTO at 15 hours a week and 250 an hour (16,250 a month), a full-time CTO at
    /// 250,000 with 10% bonus and 25% benefits (28,125 a month, hired after 3 months, a 25%
    /// fee), a firm at 2,400 a day for 6 days a month plus 10% (15,840), two in-house hires at
    /// 130,000 with 25% and 1,000 of tools (28,083.33, hired after 3 months, 20,000 each).
    fn known(horizon_months: u32) -> Inputs {
        Inputs {
            horizon_months,
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
                    hours_per_week: 15.0,
                    rate: 250.0,
                },
                equity_percent: 0.0,
                months_to_productive: 1.0,
            },
            consulting: Consulting {
                pricing: ConsultingPricing::Days {
                    day_rate: 2_400.0,
                    days_per_month: 6.0,
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

    const USD: Money = Money {
        currency: Currency::Usd,
        format: NumberFormat::Point,
    };

    #[test]
    fn amounts_and_months_read_as_on_the_page() {
        assert_eq!(money(16_249.6, Currency::Usd), "$16,250");
        assert_eq!(money(-3.0, Currency::Eur), "€0");
        use NumberFormat::{Comma, Point};
        assert_eq!(months(1.0, Point), "1 month");
        assert_eq!(months(0.96, Point), "1 month");
        assert_eq!(months(4.5, Point), "4.5 months");
        assert_eq!(months(4.5, Comma), "4,5 months");
        assert_eq!(months(6.0, Point), "6 months");
        assert_eq!(months(0.0, Point), "0 months");
    }

    #[test]
    fn the_table_has_a_column_per_figure_and_a_row_per_option() {
        let columns = table_columns(&compare(&known(24)), None, None, USD);
        let headings: Vec<&str> = columns.iter().map(|c| c.heading.as_str()).collect();
        assert_eq!(
            headings,
            [
                "A month, once running",
                "First year",
                "Total over 24 months",
                "Per hour",
                "Effective after",
                "Equity (not cash)"
            ]
        );
        assert_eq!(
            columns[0].cells,
            ["$16,250", "$28,125", "$15,840", "$28,083"]
        );
        assert_eq!(
            columns[4].cells,
            ["1 month", "6 months", "1 month", "9 months"]
        );
    }

    /// Where numbers are written 1.234,5 every figure of the table is; an end of a range whose
    /// hire takes longer than the horizon is said to be not yet in post, never "$0".
    #[test]
    fn the_table_writes_numbers_as_the_visitor_does_and_no_range_starts_at_nothing() {
        use crate::domain::calculator::bands::bands;
        use crate::domain::calculator::form::FieldId;
        let mut form = Form::defaults(Currency::Eur);
        form.set(FieldId::Horizon, 3.0);
        form.set(FieldId::FtHire, 2.5);
        form.set(FieldId::FtRamp, 4.5);
        let comparison = compare(&form.to_inputs());
        let bands = bands(&form, Currency::Eur);
        let euro = Money::new(Currency::Eur, NumberFormat::Comma);
        let columns = table_columns(&comparison, None, Some(&bands), euro);
        let column = |heading: &str| {
            columns
                .iter()
                .find(|c| c.heading == heading)
                .unwrap_or_else(|| panic!("no {heading}"))
                .cells
                .clone()
        };
        let range = column("Low to high");
        let full_time = &range[Leadership::FullTime.index()];
        assert!(
            full_time.ends_with("k\u{a0}€, or not yet in post") && !full_time.contains(" to "),
            "{full_time}"
        );
        assert!(range.iter().all(|cell| !cell.starts_with("0")), "{range:?}");
        let fractional = &range[Leadership::Fractional.index()];
        assert!(
            fractional.contains(",") && fractional.contains("k\u{a0}€ to "),
            "{fractional}"
        );
        assert_eq!(
            column("Effective after")[Leadership::FullTime.index()],
            "7 months"
        );
        assert!(column("Total over 3 months")[0].ends_with("\u{a0}€"));
    }

    /// A horizon under a year has no "first year" (it was the horizon's total under that
    /// name), and a hire that takes the whole horizon is not yet in post, not free.
    #[test]
    fn a_short_horizon_labels_by_the_horizon_and_says_who_is_not_in_post() {
        let comparison = compare(&known(3));
        let columns = table_columns(&comparison, None, None, USD);
        assert!(columns.iter().all(|c| c.heading != "First year"));
        let total = columns
            .iter()
            .find(|c| c.heading == "Total over 3 months")
            .unwrap();
        assert_eq!(
            total.cells,
            ["$48,750", NOT_IN_POST, "$47,520", NOT_IN_POST]
        );
        let (fr, ft) = (Leadership::Fractional, Leadership::FullTime);
        assert_eq!(
            saving_sentence(&comparison, fr, ft, USD),
            "A full-time CTO is not yet in post within 3 months, so the two cannot be compared over this horizon."
        );
        assert_eq!(
            break_even_sentence(&comparison, NumberFormat::Point),
            "Break-even: none within 3 months, as a full-time CTO would not yet be in post."
        );
        assert_eq!(
            summary(&comparison, None, USD),
            [
                "Over 3 months, a consulting firm costs least: $47,520, $1,230 less than a fractional CTO.",
                "A full-time CTO and an in-house team are not yet in post within 3 months: compare over longer to include them."
            ]
        );
        // Hired half-way through the last month: in post, and paid for half a month.
        let mut inputs = known(3);
        inputs.full_time.months_to_hire = 2.5;
        let comparison = compare(&inputs);
        assert!(comparison.get(ft).in_post(3));
        assert_eq!(
            table_columns(&comparison, None, None, USD)[1].cells[1],
            "$76,563"
        );
    }

    #[test]
    fn equal_and_zero_totals_cost_the_same_and_save_nothing() {
        let mut inputs = known(12);
        inputs.fractional.pricing = FractionalPricing::Hourly {
            hours_per_week: 0.0,
            rate: 0.0,
        };
        inputs.consulting.pricing = ConsultingPricing::Days {
            day_rate: 0.0,
            days_per_month: 0.0,
        };
        let comparison = compare(&inputs);
        let (fr, co) = (Leadership::Fractional, Leadership::Consulting);
        assert_eq!(
            saving_sentence(&comparison, fr, co, USD),
            "A fractional CTO and a consulting firm cost the same over 12 months."
        );
        assert_eq!(
            summary(&comparison, None, USD)[0],
            "Over 12 months, a fractional CTO and a consulting firm cost the same: $0 each."
        );
        // Everything at zero: all four the same, and no "saves $0" anywhere.
        let mut nothing = inputs.clone();
        nothing.full_time.salary = 0.0;
        nothing.full_time.recruiting = RecruitingFee::Fixed(0.0);
        nothing.in_house.hires = 0.0;
        nothing.in_house.training_and_tools = 0.0;
        let comparison = compare(&nothing);
        assert_eq!(
            summary(&comparison, None, USD)[0],
            "Over 12 months, a fractional CTO, a full-time CTO, a consulting firm and an in-house team cost the same: $0 each."
        );
        for a in Leadership::ALL {
            for b in Leadership::ALL.into_iter().filter(|b| *b != a) {
                let sentence = saving_sentence(&comparison, a, b, USD);
                assert!(sentence.contains("cost the same"), "{sentence}");
            }
        }
    }

    #[test]
    fn the_budget_is_a_column_and_a_line_of_the_summary() {
        let comparison = compare(&known(24));
        let columns = table_columns(&comparison, Some(16_000.0), None, USD);
        assert_eq!(columns[1].heading, "Against your budget");
        assert_eq!(
            columns[1].cells,
            [
                "Over by $250 a month",
                "Over by $12,125 a month",
                "Within by $160 a month",
                "Over by $12,083 a month"
            ]
        );
        assert_eq!(against_budget(9_000.0, 9_000.4, USD), "Exactly on budget");
        assert_eq!(
            summary(&comparison, Some(16_000.0), USD),
            [
                "Over 24 months, a consulting firm costs least: $380,160, $9,840 less than a fractional CTO.",
                "At $15,840 a month, a consulting firm is within your budget of $16,000. 1 of the 4 options is within it."
            ]
        );
        assert_eq!(
            summary(&comparison, Some(9_000.0), USD)[1],
            "At $15,840 a month, a consulting firm is over your budget of $9,000 by $6,840. No option is within it."
        );
    }

    #[test]
    fn the_csv_has_the_table_the_figures_and_each_month() {
        let form = Form::default();
        let csv = table_csv(&form, &compare(&known(24)), None, &[], USD);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "Option,\"A month, once running\",First year,Total over 24 months,Per hour,Effective after,Equity (not cash)"
        );
        assert_eq!(
            lines[1],
            "Fractional CTO,\"$16,250\",\"$195,000\",\"$390,000\",$250,1 month,$0"
        );
        assert_eq!(lines[5], "", "a blank line after the table");
        assert_eq!(lines[6], "Your figures,For,Value,Unit");
        assert_eq!(lines[7], "Currency,All,USD,");
        assert_eq!(lines[8], "Priced,Fractional CTO,By the hour,");
        assert!(
            lines.contains(&"Base salary,Full-time CTO,250000,USD a year"),
            "{csv}"
        );
        assert!(
            lines.contains(&"Bonus,Full-time CTO,10,% of salary"),
            "{csv}"
        );
        assert!(
            !lines
                .iter()
                .any(|l| l.starts_with("Day rate,Fractional CTO")),
            "only the figures in use: {csv}"
        );
        let months = lines
            .iter()
            .position(|l| l.starts_with("Cost so far at the end of each month (USD),"))
            .unwrap();
        assert_eq!(
            lines[months],
            "Cost so far at the end of each month (USD),Fractional CTO,Full-time CTO,Consulting firm,In-house team"
        );
        assert_eq!(lines[months + 1], "Month 1,16250,0,15840,0");
        // The fee (62,500) and the first salary (28,125) in month 4.
        assert_eq!(lines[months + 4], "Month 4,65000,90625,63360,68083");
        assert_eq!(lines[months + 24], "Month 24,390000,653125,380160,629750");
        assert_eq!(
            lines.len(),
            months + 26,
            "24 months and the closing line break"
        );
        assert_eq!(csv_field("Not stated"), "Not stated");
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn the_sentences_say_who_costs_less() {
        let comparison = compare(&known(24));
        assert_eq!(
            break_even_sentence(&comparison, NumberFormat::Point),
            "Break-even: above 25.1 hours a week of a fractional CTO (at its effective hourly rate), a full-time CTO costs less over 24 months."
        );
        let (fr, ft) = (Leadership::Fractional, Leadership::FullTime);
        assert_eq!(
            saving_sentence(&comparison, fr, ft, USD),
            "Fractional CTO saves $263,125 (40%) against a full-time CTO over 24 months."
        );
        assert_eq!(
            saving_sentence(
                &comparison,
                ft,
                fr,
                Money::new(Currency::Gbp, NumberFormat::Point)
            ),
            "Full-time CTO costs £263,125 (67%) more than a fractional CTO over 24 months."
        );
        assert_eq!(
            saving_sentence(&comparison, fr, fr, USD),
            "Choose two different options to compare."
        );
    }
}
