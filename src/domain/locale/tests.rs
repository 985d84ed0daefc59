//! Numbers typed in each format, numbers written back, and the format guessed from the
//! browser's language.

use super::NumberFormat::{Comma, Point, Space};
use super::NumberProblem::{Ambiguous, Empty, NotANumber, NotWhole, TooLarge};
use super::*;
use crate::domain::number::{fixed, read_decimal};
use proptest::prelude::*;

type Read = Result<f64, NumberProblem>;

const fn amb(small: f64, large: f64) -> Read {
    Err(Ambiguous { small, large })
}

const TOO_LARGE_: Read = Err(TooLarge { negative: false });
const NAN: Read = Err(NotANumber);

/// Typed text, then how it reads with a decimal point ("1,234.5"), a decimal comma
/// ("1.234,5") and spaced groups ("1 234,5").
#[rustfmt::skip]
const TYPED: &[(&str, Read, Read, Read)] = &[
    // Both separators: the last is the decimal one, whatever the format.
    ("12.000,50",            Ok(12000.5),       Ok(12000.5),       Ok(12000.5)),
    ("12,000.50",            Ok(12000.5),       Ok(12000.5),       Ok(12000.5)),
    ("2.400,00",             Ok(2400.0),        Ok(2400.0),        Ok(2400.0)),
    ("1.234.567,89",         Ok(1234567.89),    Ok(1234567.89),    Ok(1234567.89)),
    ("1,234,567.89",         Ok(1234567.89),    Ok(1234567.89),    Ok(1234567.89)),
    ("12.000.000,5",         Ok(12000000.5),    Ok(12000000.5),    Ok(12000000.5)),
    ("1,5.3",                NAN,               NAN,               NAN),
    ("1.2,5",                NAN,               NAN,               NAN),
    ("12.000,50.3",          NAN,               NAN,               NAN),
    ("1,234.5,6",            NAN,               NAN,               NAN),
    // A comma or point that cannot group is a decimal separator.
    ("12,5",                 Ok(12.5),          Ok(12.5),          Ok(12.5)),
    ("0,5",                  Ok(0.5),           Ok(0.5),           Ok(0.5)),
    ("7,5",                  Ok(7.5),           Ok(7.5),           Ok(7.5)),
    ("1,50",                 Ok(1.5),           Ok(1.5),           Ok(1.5)),
    ("1,2345",               Ok(1.2345),        Ok(1.2345),        Ok(1.2345)),
    ("0,500",                Ok(0.5),           Ok(0.5),           Ok(0.5)),
    ("12.5",                 Ok(12.5),          Ok(12.5),          Ok(12.5)),
    ("3.4",                  Ok(3.4),           Ok(3.4),           Ok(3.4)),
    ("2.6",                  Ok(2.6),           Ok(2.6),           Ok(2.6)),
    ("0.125",                Ok(0.125),         Ok(0.125),         Ok(0.125)),
    ("1234.567",             Ok(1234.567),      Ok(1234.567),      Ok(1234.567)),
    ("1234,567",             Ok(1234.567),      Ok(1234.567),      Ok(1234.567)),
    // One that could group, and is the format's decimal separator or none of its own: ask.
    ("130.000",              amb(130.0, 130000.0), Ok(130000.0),   amb(130.0, 130000.0)),
    ("130,000",              Ok(130000.0),      amb(130.0, 130000.0), amb(130.0, 130000.0)),
    ("1.500",                amb(1.5, 1500.0),  Ok(1500.0),        amb(1.5, 1500.0)),
    ("12,500",               Ok(12500.0),       amb(12.5, 12500.0), amb(12.5, 12500.0)),
    ("-130.000",             amb(-130.0, -130000.0), Ok(-130000.0), amb(-130.0, -130000.0)),
    (".125",                 Ok(0.125),         Ok(0.125),         Ok(0.125)),
    // Groups only.
    ("1,234,567",            Ok(1234567.0),     Ok(1234567.0),     Ok(1234567.0)),
    ("1.234.567",            Ok(1234567.0),     Ok(1234567.0),     Ok(1234567.0)),
    ("12 000",               Ok(12000.0),       Ok(12000.0),       Ok(12000.0)),
    ("12\u{a0}000",          Ok(12000.0),       Ok(12000.0),       Ok(12000.0)),
    ("1\u{202f}234,5",       Ok(1234.5),        Ok(1234.5),        Ok(1234.5)),
    ("1\u{a0}234\u{a0}567,89", Ok(1234567.89),  Ok(1234567.89),    Ok(1234567.89)),
    ("1\u{2009}234",         Ok(1234.0),        Ok(1234.0),        Ok(1234.0)),
    ("1 234.5",              Ok(1234.5),        Ok(1234.5),        Ok(1234.5)),
    ("1 234,567",            Ok(1234.567),      Ok(1234.567),      Ok(1234.567)),
    ("1'234.50",             Ok(1234.5),        Ok(1234.5),        Ok(1234.5)),
    ("1’234’567",            Ok(1234567.0),     Ok(1234567.0),     Ok(1234567.0)),
    ("1,2,3",                NAN,               NAN,               NAN),
    ("12,34,567",            NAN,               NAN,               NAN),
    ("1 2",                  NAN,               NAN,               NAN),
    ("12  000",              NAN,               NAN,               NAN),
    ("1.234 567",            NAN,               NAN,               NAN),
    ("1,234 567",            NAN,               NAN,               NAN),
    ("1 234 5",              NAN,               NAN,               NAN),
    ("012,345",              Ok(12.345),        Ok(12.345),        Ok(12.345)),
    // Separators at the ends.
    ("12000,",               Ok(12000.0),       Ok(12000.0),       Ok(12000.0)),
    ("5.",                   Ok(5.0),           Ok(5.0),           Ok(5.0)),
    (",5",                   Ok(0.5),           Ok(0.5),           Ok(0.5)),
    (".5",                   Ok(0.5),           Ok(0.5),           Ok(0.5)),
    (",",                    NAN,               NAN,               NAN),
    (".",                    NAN,               NAN,               NAN),
    ("1..2",                 NAN,               NAN,               NAN),
    ("1,,2",                 NAN,               NAN,               NAN),
    (",12,000",              NAN,               NAN,               NAN),
    ("1,000,",               NAN,               NAN,               NAN),
    // Currencies, percentages and signs.
    ("$1,500",               Ok(1500.0),        amb(1.5, 1500.0),  amb(1.5, 1500.0)),
    ("€2.400",               amb(2.4, 2400.0),  Ok(2400.0),        amb(2.4, 2400.0)),
    ("12 000 €",             Ok(12000.0),       Ok(12000.0),       Ok(12000.0)),
    ("12.000\u{a0}€",        amb(12.0, 12000.0), Ok(12000.0),      amb(12.0, 12000.0)),
    ("£ 12,000",             Ok(12000.0),       amb(12.0, 12000.0), amb(12.0, 12000.0)),
    ("USD 1,500.50",         Ok(1500.5),        Ok(1500.5),        Ok(1500.5)),
    ("1.500,50 EUR",         Ok(1500.5),        Ok(1500.5),        Ok(1500.5)),
    ("gbp12",                Ok(12.0),          Ok(12.0),          Ok(12.0)),
    ("12eur",                Ok(12.0),          Ok(12.0),          Ok(12.0)),
    ("25%",                  Ok(25.0),          Ok(25.0),          Ok(25.0)),
    ("12,5 %",               Ok(12.5),          Ok(12.5),          Ok(12.5)),
    ("-5",                   Ok(-5.0),          Ok(-5.0),          Ok(-5.0)),
    ("\u{2212}5",            Ok(-5.0),          Ok(-5.0),          Ok(-5.0)),
    ("+5",                   Ok(5.0),           Ok(5.0),           Ok(5.0)),
    ("- 5",                  Ok(-5.0),          Ok(-5.0),          Ok(-5.0)),
    ("-$5",                  Ok(-5.0),          Ok(-5.0),          Ok(-5.0)),
    ("$-5",                  Ok(-5.0),          Ok(-5.0),          Ok(-5.0)),
    ("-2,5 €",               Ok(-2.5),          Ok(-2.5),          Ok(-2.5)),
    ("-0",                   Ok(0.0),           Ok(0.0),           Ok(0.0)),
    ("007",                  Ok(7.0),           Ok(7.0),           Ok(7.0)),
    (" 12000 ",              Ok(12000.0),       Ok(12000.0),       Ok(12000.0)),
    ("$5%",                  NAN,               NAN,               NAN),
    ("$5 EUR",               NAN,               NAN,               NAN),
    ("€",                    NAN,               NAN,               NAN),
    ("%",                    NAN,               NAN,               NAN),
    ("-",                    NAN,               NAN,               NAN),
    ("--5",                  NAN,               NAN,               NAN),
    ("-+5",                  NAN,               NAN,               NAN),
    ("5-",                   NAN,               NAN,               NAN),
    ("¥5",                   NAN,               NAN,               NAN),
    // Exponents and what is too large.
    ("1e9",                  Ok(1e9),           Ok(1e9),           Ok(1e9)),
    ("2,5E3",                Ok(2500.0),        Ok(2500.0),        Ok(2500.0)),
    ("1e-3",                 Ok(0.001),         Ok(0.001),         Ok(0.001)),
    ("1e308",                TOO_LARGE_,        TOO_LARGE_,        TOO_LARGE_),
    ("1e400",                TOO_LARGE_,        TOO_LARGE_,        TOO_LARGE_),
    ("1e99999999999999999999", TOO_LARGE_,      TOO_LARGE_,        TOO_LARGE_),
    ("1e-99999999999999999999", Ok(0.0),        Ok(0.0),           Ok(0.0)),
    ("-1e20",                Err(TooLarge { negative: true }), Err(TooLarge { negative: true }), Err(TooLarge { negative: true })),
    ("99999999999999999999999", TOO_LARGE_,     TOO_LARGE_,        TOO_LARGE_),
    ("999999999999999",      Ok(999999999999999.0), Ok(999999999999999.0), Ok(999999999999999.0)),
    ("1000000000000000",     TOO_LARGE_,        TOO_LARGE_,        TOO_LARGE_),
    ("1e",                   NAN,               NAN,               NAN),
    ("e5",                   NAN,               NAN,               NAN),
    ("1e5.5",                NAN,               NAN,               NAN),
    // Nothing, or not a number.
    ("",                     Err(Empty),        Err(Empty),        Err(Empty)),
    ("  ",                   Err(Empty),        Err(Empty),        Err(Empty)),
    ("\u{a0}\t",             Err(Empty),        Err(Empty),        Err(Empty)),
    ("abc",                  NAN,               NAN,               NAN),
    ("12 5",                 NAN,               NAN,               NAN),
    ("12a",                  NAN,               NAN,               NAN),
    ("inf",                  NAN,               NAN,               NAN),
    ("NaN",                  NAN,               NAN,               NAN),
    ("\u{663}",              NAN,               NAN,               NAN),
    ("1_000",                NAN,               NAN,               NAN),
];

#[test]
fn typed_numbers_read_in_each_format() {
    assert!(TYPED.len() >= 40);
    for &(text, point, comma, space) in TYPED {
        for (format, expected) in [(Point, point), (Comma, comma), (Space, space)] {
            assert_eq!(
                read_number(text, format, false),
                expected,
                "{text:?} in {format:?}"
            );
        }
    }
}

#[test]
fn whole_numbers_refuse_a_fraction_but_not_zero_decimals() {
    let cases = [
        ("12", Point, Ok(12.0)),
        ("12.0", Point, Ok(12.0)),
        ("12,0", Comma, Ok(12.0)),
        ("12,00", Point, Ok(12.0)),
        ("12.", Point, Ok(12.0)),
        ("1.000", Comma, Ok(1000.0)),
        ("1e2", Point, Ok(100.0)),
        ("12.5", Point, Err(NotWhole)),
        ("12,5", Comma, Err(NotWhole)),
        ("12,5", Point, Err(NotWhole)),
        ("0,5", Space, Err(NotWhole)),
        ("1e-1", Point, Err(NotWhole)),
        ("-2.5", Point, Err(NotWhole)),
        // Still asked: the caller may say which reading is whole.
        ("1.500", Point, amb(1.5, 1500.0)),
        ("", Point, Err(Empty)),
        ("x", Point, Err(NotANumber)),
        ("1e20", Point, TOO_LARGE_),
    ];
    for (text, format, expected) in cases {
        assert_eq!(
            read_number(text, format, true),
            expected,
            "{text:?} in {format:?}"
        );
    }
}

#[test]
fn numbers_are_written_in_each_format() {
    let cases = [
        (250_000.0, Point, 0, "250,000"),
        (250_000.0, Comma, 0, "250.000"),
        (250_000.0, Space, 0, "250\u{a0}000"),
        (12.5, Point, 2, "12.5"),
        (12.5, Comma, 2, "12,5"),
        (12.5, Space, 2, "12,5"),
        (1234.567, Point, 2, "1,234.57"),
        (1234.5, Space, 2, "1\u{a0}234,5"),
        (-1234.5, Comma, 2, "-1.234,5"),
        (1_234_567.891, Comma, 2, "1.234.567,89"),
        (999.999, Point, 2, "1,000"),
        (1000.0, Point, 2, "1,000"),
        (100.0, Point, 2, "100"),
        (12.30, Point, 2, "12.3"),
        (0.05, Comma, 2, "0,05"),
        (123.0, Space, 0, "123"),
        (1e12, Point, 0, "1,000,000,000,000"),
        (0.0, Point, 2, "0"),
        (-0.0, Point, 2, "0"),
        (-0.001, Point, 2, "0"),
        // Ties to even, as `fixed`.
        (0.5, Point, 0, "0"),
        (1.5, Point, 0, "2"),
        (2.5, Point, 0, "2"),
        (0.125, Point, 2, "0.12"),
        (f64::INFINITY, Point, 2, "inf"),
        (f64::NAN, Comma, 2, "NaN"),
    ];
    for (value, format, decimals, expected) in cases {
        assert_eq!(
            write_number(value, format, decimals),
            expected,
            "{value} in {format:?} to {decimals}"
        );
    }
}

#[test]
fn money_is_written_with_the_symbol_where_the_format_puts_it() {
    use Currency::{Eur, Gbp, Usd};
    let cases = [
        (12_000.0, Usd, Point, "$12,000"),
        (12_000.0, Eur, Point, "€12,000"),
        (12_000.0, Gbp, Point, "£12,000"),
        (12_000.0, Eur, Comma, "12.000\u{a0}€"),
        (12_000.0, Eur, Space, "12\u{a0}000\u{a0}€"),
        (12_000.0, Usd, Comma, "12.000\u{a0}$"),
        (12_000.0, Gbp, Space, "12\u{a0}000\u{a0}£"),
        (-500.0, Usd, Point, "-$500"),
        (-500.0, Eur, Comma, "-500\u{a0}€"),
        (-1_234_567.0, Eur, Space, "-1\u{a0}234\u{a0}567\u{a0}€"),
        (0.0, Usd, Point, "$0"),
        (-0.4, Usd, Point, "$0"),
        (999.6, Gbp, Point, "£1,000"),
        (1_234_567.5, Usd, Point, "$1,234,568"),
    ];
    for (amount, currency, format, expected) in cases {
        assert_eq!(write_money(amount, currency, format), expected, "{amount}");
    }
}

#[test]
fn formats_have_stable_codes_and_examples_in_their_own_format() {
    assert_eq!(NumberFormat::default(), Point);
    for format in NumberFormat::ALL {
        assert_eq!(NumberFormat::from_code(format.code()), Some(format));
        assert_eq!(
            NumberFormat::from_code(&format.code().to_ascii_uppercase()),
            Some(format)
        );
        assert_eq!(
            serde_json::to_string(&format).unwrap(),
            format!("\"{}\"", format.code())
        );
        assert!(format.label().starts_with(format.example()));
        assert_eq!(read_number(format.example(), format, false), Ok(1234.56));
        assert_eq!(write_number(1234.56, format, 2), format.example());
    }
    assert_eq!(
        NumberFormat::ALL.map(NumberFormat::code),
        ["point", "comma", "space"]
    );
    assert_eq!(NumberFormat::from_code("apostrophe"), None);
    assert_eq!(NumberFormat::from_code(""), None);
}

#[test]
fn guesses_the_number_format_from_the_browser_language() {
    let cases = [
        ("", Point),
        ("--", Point),
        ("en", Point),
        ("en-US", Point),
        ("en-GB", Point),
        ("EN_gb", Point),
        ("en-IE", Point),
        ("en-IN", Point),
        ("en-CA", Point),
        ("en-CH", Point),
        // English follows the region.
        ("en-DE", Comma),
        ("en-NL", Comma),
        ("en-SE", Space),
        ("en-ZA", Space),
        ("de", Comma),
        ("de-DE", Comma),
        ("de-AT", Space),
        ("de-CH", Point),
        ("de-LI", Point),
        // Other languages keep their own format abroad, as Intl does.
        ("de-US", Comma),
        ("pl-GB", Space),
        ("zh-DE", Point),
        ("it", Comma),
        ("it-CH", Point),
        ("nl-BE", Comma),
        ("fr", Space),
        ("fr-FR", Space),
        ("fr-BE", Space),
        ("fr-CA", Space),
        ("fr-CH", Space),
        ("fr-LU", Comma),
        ("es", Comma),
        ("es-ES", Comma),
        ("es-AR", Comma),
        ("es-MX", Point),
        ("es-US", Point),
        ("es-419", Point),
        ("pt-BR", Comma),
        ("pt-PT", Space),
        ("da-DK", Comma),
        ("id", Comma),
        ("tr-TR", Comma),
        ("sv-SE", Space),
        ("fi", Space),
        ("nb-NO", Space),
        ("cs-CZ", Space),
        ("ru", Space),
        ("uk-UA", Space),
        ("sr-Latn-RS", Comma),
        ("zh-Hant-TW", Point),
        ("ja-JP", Point),
        ("he", Point),
    ];
    for (tag, format) in cases {
        assert_eq!(NumberFormat::guess_from_language(tag), format, "{tag}");
    }
}

#[test]
fn language_tags_split_into_language_and_region() {
    let cases = [
        ("zh-Hant-TW", "zh", Some("TW")),
        ("es-419", "es", Some("419")),
        ("EN_gb", "en", Some("GB")),
        ("de", "de", None),
        ("", "", None),
        ("sr-Latn", "sr", None),
    ];
    for (tag, language, region) in cases {
        let (l, r) = language_and_region(tag);
        assert_eq!((l.as_str(), r.as_deref()), (language, region), "{tag}");
    }
}

/// Whole numbers of cents up to 1e12 in money, most below a million, where a single group
/// separator can be taken for a decimal one.
fn any_cents() -> impl Strategy<Value = u64> {
    prop_oneof![0u64..1_000, 0u64..100_000_000, 0u64..=100_000_000_000_000]
}

fn any_format() -> impl Strategy<Value = NumberFormat> {
    proptest::sample::select(NumberFormat::ALL.to_vec())
}

/// `x` rounded to 2 decimals, as the app keeps it.
fn to_cents(x: f64) -> f64 {
    read_decimal(&fixed(x, 2)).map_or(x, |v| if v == 0.0 { 0.0 } else { v })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn a_written_number_reads_back_in_its_format(
        cents in any_cents(), format in any_format(), negative in any::<bool>(),
    ) {
        let value = cents as f64 / 100.0 * if negative { -1.0 } else { 1.0 };
        let value = if value == 0.0 { 0.0 } else { value };
        let text = write_number(value, format, 2);
        prop_assert_eq!(read_number(&text, format, false), Ok(value), "{}", text);
    }

    #[test]
    fn any_number_written_to_2_decimals_reads_back_rounded(
        value in prop_oneof![0.0..1e6f64, 0.0..=1e12f64], format in any_format(),
    ) {
        let text = write_number(value, format, 2);
        prop_assert_eq!(read_number(&text, format, false), Ok(to_cents(value)), "{}", text);
    }

    /// Read in another format, a written number is the same number or a question whose
    /// answers include it: never another number.
    #[test]
    fn a_number_written_in_one_format_is_never_misread_in_another(
        value in prop_oneof![-1e6..1e6f64, -1e12..=1e12f64], written in any_format(), read in any_format(),
    ) {
        let text = write_number(value, written, 2);
        let expected = to_cents(value);
        match read_number(&text, read, false) {
            Ok(v) => prop_assert_eq!(v, expected, "{}", text),
            Err(Ambiguous { small, large }) => {
                prop_assert!(small == expected || large == expected, "{}", text);
            }
            other => prop_assert!(false, "{} read as {:?}", text, other),
        }
    }

    #[test]
    fn written_money_reads_back_as_the_amount(
        amount in prop_oneof![-1_000_000i64..1_000_000, -1_000_000_000_000i64..=1_000_000_000_000],
        currency in proptest::sample::select(Currency::ALL.to_vec()),
        format in any_format(),
    ) {
        let text = write_money(amount as f64, currency, format);
        prop_assert_eq!(read_number(&text, format, true), Ok(amount as f64), "{}", text);
    }

    #[test]
    fn reading_never_panics_and_gives_a_finite_figure_below_the_limit(
        text in "\\PC{0,30}", format in any_format(), whole in any::<bool>(),
    ) {
        check_reading(&text, format, whole)?;
    }

    #[test]
    fn reading_numberlike_text_never_panics(
        text in "[-−+$€£%0-9.,' \u{a0}\u{202f}’eEuUsSdD]{0,20}",
        format in any_format(),
        whole in any::<bool>(),
    ) {
        check_reading(&text, format, whole)?;
    }
}

fn check_reading(text: &str, format: NumberFormat, whole: bool) -> Result<(), TestCaseError> {
    match read_number(text, format, whole) {
        Ok(v) => {
            prop_assert!(v.is_finite() && v.abs() < TOO_LARGE, "{text:?}: {v}");
            prop_assert!(!whole || v.fract() == 0.0, "{text:?}: {v}");
            prop_assert!(!v.is_sign_negative() || v != 0.0, "{text:?}: -0");
        }
        Err(Ambiguous { small, large }) => {
            prop_assert!(small.abs() <= large.abs(), "{text:?}: {small} {large}");
        }
        Err(_) => {}
    }
    Ok(())
}
