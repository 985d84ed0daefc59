//! The comparison in words and numbers as the page shows them: amounts, the table's rows,
//! the CSV of the same table, and the sentences for the break-even and the savings.

use super::form::{Form, decimals};
use super::model::{BreakEven, Comparison, OptionCost, compare, saving};
use super::scenarios::Scenario;
use crate::domain::assessment::answers::format_money;
use crate::domain::number::fixed;
use crate::domain::options::Leadership;
use crate::domain::preferences::Currency;
use crate::domain::text::isolate;

/// A rounded amount of money: "$16,250". Below zero shows as zero.
pub fn money(value: f64, currency: Currency) -> String {
    let rounded = value.max(0.0).round() as u64;
    format_money(rounded, currency)
}

/// "1.5", "12": a number to one decimal place, with no ".0".
pub fn one_decimal(value: f64) -> String {
    decimals(value, 1)
}

/// "1 month", "4.5 months".
pub fn months(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == 1.0 {
        "1 month".to_owned()
    } else {
        format!("{} months", one_decimal(rounded))
    }
}

/// The rows of the comparison table, as (heading, value per option). The CSV uses the same.
pub fn table_rows(comparison: &Comparison, currency: Currency) -> Vec<(String, [String; 4])> {
    let row = |f: &dyn Fn(&OptionCost) -> String| -> [String; 4] {
        std::array::from_fn(|i| f(&comparison.options[i]))
    };
    vec![
        (
            "Monthly run-rate".to_owned(),
            row(&|c| money(c.run_rate, currency)),
        ),
        (
            "First year".to_owned(),
            row(&|c| money(c.first_year, currency)),
        ),
        (
            format!("Total over {} months", comparison.horizon_months),
            row(&|c| money(c.total, currency)),
        ),
        (
            "Cost per hour".to_owned(),
            row(&|c| {
                c.cost_per_hour()
                    .map_or_else(|| "Not stated".to_owned(), |h| money(h, currency))
            }),
        ),
        (
            "Months until effective".to_owned(),
            row(&|c| months(c.months_to_effective)),
        ),
        (
            "Equity granted (not cash)".to_owned(),
            row(&|c| money(c.equity_value, currency)),
        ),
    ]
}

/// One CSV cell, quoted when it holds a comma, a quote or a line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The comparison table as CSV, the same numbers as on screen.
pub fn table_csv(comparison: &Comparison, currency: Currency) -> String {
    let line = |cells: Vec<String>| {
        cells
            .iter()
            .map(|t| csv_field(t))
            .collect::<Vec<_>>()
            .join(",")
    };
    let heading = std::iter::once(String::new())
        .chain(Leadership::ALL.iter().map(|o| o.name().to_owned()))
        .collect();
    let mut lines = vec![line(heading)];
    for (heading, values) in table_rows(comparison, currency) {
        lines.push(line(std::iter::once(heading).chain(values).collect()));
    }
    lines.join("\r\n") + "\r\n"
}

/// Where a fractional CTO stops costing less than a full-time one.
pub fn break_even_sentence(comparison: &Comparison) -> String {
    match comparison.break_even {
        BreakEven::Hours(hours) => format!(
            "Break-even: above {} hours a week of a fractional CTO (at its effective hourly rate), a full-time CTO costs less over {} months.",
            fixed(hours, 1),
            comparison.horizon_months,
        ),
        BreakEven::Never => format!(
            "Break-even: within a working week, a fractional CTO costs less than a full-time CTO over {} months.",
            comparison.horizon_months,
        ),
    }
}

/// What option `a` saves against option `b` over the horizon, or what more it costs.
pub fn saving_sentence(
    comparison: &Comparison,
    a: Leadership,
    b: Leadership,
    currency: Currency,
) -> String {
    if a == b {
        return "Choose two different options to compare.".to_owned();
    }
    let s = saving(comparison.get(a), comparison.get(b));
    let amount = money(s.amount.abs(), currency);
    let percent = s
        .percent
        .map(|p| format!(" ({}%)", fixed(p.abs(), 0)))
        .unwrap_or_default();
    let months = comparison.horizon_months;
    if s.amount >= 0.0 {
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
pub fn scenario_summary(form: &Form, currency: Currency) -> String {
    let c = compare(&form.to_inputs());
    format!(
        "Over {} months: fractional {}, full-time {}",
        c.horizon_months,
        money(c.get(Leadership::Fractional).total, currency),
        money(c.get(Leadership::FullTime).total, currency),
    )
}

/// Two saved scenarios side by side: a heading for each ("Lean (12 months)"), then a row per
/// option with its total over each scenario's own horizon.
pub fn scenarios_side_by_side(
    a: &Scenario,
    b: &Scenario,
    currency: Currency,
) -> ([String; 2], Vec<(String, [String; 2])>) {
    let (ca, cb) = (
        compare(&a.form().0.to_inputs()),
        compare(&b.form().0.to_inputs()),
    );
    let headings = [
        format!("{} ({} months)", isolate(&a.name), ca.horizon_months),
        format!("{} ({} months)", isolate(&b.name), cb.horizon_months),
    ];
    let rows = Leadership::ALL
        .iter()
        .map(|&o| {
            (
                format!("{}, total", o.name()),
                [
                    money(ca.get(o).total, currency),
                    money(cb.get(o).total, currency),
                ],
            )
        })
        .collect();
    (headings, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calculator::Inputs;

    #[test]
    fn amounts_and_months_read_as_on_the_page() {
        assert_eq!(money(16_249.6, Currency::Usd), "$16,250");
        assert_eq!(money(-3.0, Currency::Eur), "€0");
        assert_eq!(one_decimal(1.25), "1.3");
        assert_eq!(one_decimal(2.0), "2");
        assert_eq!(one_decimal(1_500_000.0), "1500000");
        assert_eq!(months(1.0), "1 month");
        assert_eq!(months(0.96), "1 month");
        assert_eq!(months(4.5), "4.5 months");
        assert_eq!(months(6.0), "6 months");
        assert_eq!(months(0.0), "0 months");
    }

    #[test]
    fn the_csv_is_the_table_with_cells_quoted_where_needed() {
        let comparison = compare(&Inputs::default());
        let csv = table_csv(&comparison, Currency::Usd);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[0],
            ",Fractional CTO,Full-time CTO,Consulting firm,In-house team"
        );
        assert_eq!(
            lines[1],
            "Monthly run-rate,\"$13,000\",\"$28,125\",\"$17,160\",\"$28,083\""
        );
        assert_eq!(lines[3].split(',').next(), Some("Total over 24 months"));
        assert_eq!(
            lines[5],
            "Months until effective,1 month,6 months,1 month,9 months"
        );
        assert_eq!(
            lines.len(),
            8,
            "six rows, a heading and the closing line break"
        );
        assert_eq!(lines[7], "");
        assert_eq!(csv_field("Not stated"), "Not stated");
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn the_sentences_say_who_costs_less() {
        let comparison = compare(&Inputs::default());
        assert_eq!(
            break_even_sentence(&comparison),
            "Break-even: above 25.1 hours a week of a fractional CTO (at its effective hourly rate), a full-time CTO costs less over 24 months."
        );
        let (fr, ft) = (Leadership::Fractional, Leadership::FullTime);
        assert_eq!(
            saving_sentence(&comparison, fr, ft, Currency::Usd),
            "Fractional CTO saves $341,125 (52%) against a full-time CTO over 24 months."
        );
        assert_eq!(
            saving_sentence(&comparison, ft, fr, Currency::Gbp),
            "Full-time CTO costs £341,125 (109%) more than a fractional CTO over 24 months."
        );
        assert_eq!(
            saving_sentence(&comparison, fr, fr, Currency::Usd),
            "Choose two different options to compare."
        );
        assert_eq!(
            scenario_summary(&Form::default(), Currency::Usd),
            "Over 24 months: fractional $312,000, full-time $653,125"
        );
    }

    #[test]
    fn two_scenarios_compare_over_their_own_horizons() {
        let mut shorter = Form::default();
        shorter.set(crate::domain::calculator::form::FieldId::Horizon, 12.0);
        let (headings, rows) = scenarios_side_by_side(
            &Scenario::new("Defaults".into(), &Form::default()),
            &Scenario::new("Shorter".into(), &shorter),
            Currency::Usd,
        );
        assert_eq!(
            headings,
            [
                "\u{2068}Defaults\u{2069} (24 months)",
                "\u{2068}Shorter\u{2069} (12 months)"
            ]
        );
        assert_eq!(rows.len(), 4);
        assert_eq!(
            rows[0],
            (
                "Fractional CTO, total".to_owned(),
                ["$312,000".to_owned(), "$156,000".to_owned()]
            )
        );
    }
}
