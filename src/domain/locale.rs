//! Numbers as people type and read them where they live: "1,234.5" in the US and Britain,
//! "1.234,5" in Germany, "1 234,5" in France.
//!
//! [`read_number`] reads what a visitor types in their own format, and what they type in the
//! other one when that can mean only one thing ("12.000,50" is 12000.5 whatever the format);
//! when it could mean two ("130.000": 130, or 130,000 written the German way) it does not
//! guess but gives both, for the form to ask. [`write_number`] and [`write_money`] write
//! numbers in the visitor's format, and what they write reads back as the same number.
//!
//! As in [`super::number`], no float is parsed or formatted by the standard library.

use serde::{Deserialize, Serialize};

use super::number::{fixed, read_digits};
use super::preferences::Currency;

/// How the visitor writes numbers: which character separates the decimals, and which groups
/// the thousands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NumberFormat {
    /// "1,234.5": comma groups, point decimals (English, Chinese, Japanese, Hebrew, Swiss
    /// German with its apostrophe groups...). The sources' own format, so the default.
    #[default]
    Point,
    /// "1.234,5": point groups, comma decimals (German, Dutch, Spanish, Italian, Portuguese,
    /// Danish, Indonesian, Turkish...).
    Comma,
    /// "1 234,5": space groups, comma decimals (French, Finnish, Swedish, Norwegian, Polish,
    /// Czech, Slovak, Russian, Ukrainian...).
    Space,
}

/// The group separator [`NumberFormat::Space`] writes: the no-break space, so a number never
/// breaks across lines. Every font has it (the narrow U+202F French typesetting prefers is
/// missing from some), and it is what Intl writes for Swedish, Finnish, Norwegian, Polish,
/// Czech... Reading takes every space.
pub const GROUP_SPACE: char = '\u{a0}';

/// Characters read as a space between groups: the space, the no-break space, the narrow
/// no-break space (what browsers write for French) and the thin space.
const SPACES: [char; 4] = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];

/// Characters read as an apostrophe between groups ("1'234.50", Swiss): the typewriter one and
/// the typographic one. Never a decimal separator anywhere, so taken in every format.
const APOSTROPHES: [char; 2] = ['\'', '’'];

/// Languages written "1.234,5" (whatever the region but where [`NumberFormat::guess_from_language`]
/// says otherwise).
const COMMA_LANGUAGES: &[&str] = &[
    "de", "nl", "es", "it", "pt", "da", "id", "tr", "el", "ro", "hr", "sl", "sr", "bs", "mk", "is",
    "ca", "gl", "eu", "vi", "az", "lb",
];

/// Languages written "1 234,5".
const SPACE_LANGUAGES: &[&str] = &[
    "fr", "fi", "sv", "nb", "nn", "no", "pl", "cs", "sk", "ru", "uk", "be", "bg", "hu", "et", "lv",
    "lt", "kk", "hy", "ka", "uz", "sq", "af",
];

/// For English, which people set their browser to in every country: the countries that do not
/// write "1,234.5" (the rest, and no country, do).
const COMMA_REGIONS: &[&str] = &[
    "DE", "AT", "BE", "NL", "LU", "DK", "ES", "IT", "GR", "RO", "HR", "SI", "RS", "IS", "TR", "ID",
    "VN", "BR", "AR", "CL", "CO",
];
const SPACE_REGIONS: &[&str] = &[
    "FR", "FI", "SE", "NO", "PL", "CZ", "SK", "PT", "HU", "EE", "LV", "LT", "BG", "RU", "UA", "ZA",
];

/// Where Spanish is written "1,234.5" (Latin America as a whole, "419", too, as browsers do).
const POINT_SPANISH_REGIONS: &[&str] = &[
    "MX", "US", "419", "PE", "GT", "HN", "NI", "PA", "SV", "DO", "PR",
];

impl NumberFormat {
    pub const ALL: [NumberFormat; 3] = [
        NumberFormat::Point,
        NumberFormat::Comma,
        NumberFormat::Space,
    ];

    /// A short stable id for storage and links (what serde writes too).
    pub fn code(self) -> &'static str {
        match self {
            NumberFormat::Point => "point",
            NumberFormat::Comma => "comma",
            NumberFormat::Space => "space",
        }
    }

    /// The format a [`NumberFormat::code`] names, in any case.
    pub fn from_code(code: &str) -> Option<NumberFormat> {
        NumberFormat::ALL
            .into_iter()
            .find(|f| f.code().eq_ignore_ascii_case(code))
    }

    /// A number written in this format: "1,234.56", "1.234,56", "1 234,56".
    pub fn example(self) -> &'static str {
        match self {
            NumberFormat::Point => "1,234.56",
            NumberFormat::Comma => "1.234,56",
            NumberFormat::Space => "1\u{a0}234,56",
        }
    }

    /// For a choice between formats: the example, then in words what tells them apart.
    pub fn label(self) -> &'static str {
        match self {
            NumberFormat::Point => "1,234.56 (decimal point)",
            NumberFormat::Comma => "1.234,56 (decimal comma)",
            NumberFormat::Space => "1\u{a0}234,56 (decimal comma, spaces between thousands)",
        }
    }

    /// The character written before the decimals.
    pub fn decimal_separator(self) -> char {
        match self {
            NumberFormat::Point => '.',
            NumberFormat::Comma | NumberFormat::Space => ',',
        }
    }

    /// The character written between groups of thousands.
    pub fn group_separator(self) -> char {
        match self {
            NumberFormat::Point => ',',
            NumberFormat::Comma => '.',
            NumberFormat::Space => GROUP_SPACE,
        }
    }

    /// The separator of this format's groups, as [`read_number`] tells separators apart.
    fn group(self) -> Separator {
        match self {
            NumberFormat::Point => Separator::Comma,
            NumberFormat::Comma => Separator::Point,
            NumberFormat::Space => Separator::Space,
        }
    }

    /// A first guess from the browser's language tag ("de-DE", "fr", "en-GB"), before the
    /// visitor has chosen; "1,234.5" for anything unknown.
    ///
    /// The language decides, as the browser's own `Intl.NumberFormat` does: a German reader in
    /// the US ("de-US") still writes "1.234,5". Except for the languages written both ways in
    /// different countries: English follows the region ("en-DE" is most likely someone living
    /// in Germany, reading in English, whose bank and payslip write "1.234,5"; Intl agrees),
    /// and so do Spanish (Mexico and the US write "1,234.5"), German and Italian in
    /// Switzerland and Liechtenstein ("1'234.5"), German in Austria and Portuguese in Portugal
    /// ("1 234,5") and French in Luxembourg ("1.234,5").
    pub fn guess_from_language(tag: &str) -> NumberFormat {
        let (language, region) = language_and_region(tag);
        let region = region.as_deref().unwrap_or_default();
        let in_regions = |regions: &[&str]| regions.contains(&region);
        match language.as_str() {
            "en" if in_regions(COMMA_REGIONS) => NumberFormat::Comma,
            "en" if in_regions(SPACE_REGIONS) => NumberFormat::Space,
            "es" if in_regions(POINT_SPANISH_REGIONS) => NumberFormat::Point,
            "de" | "it" if matches!(region, "CH" | "LI") => NumberFormat::Point,
            "de" if region == "AT" => NumberFormat::Space,
            "pt" if region == "PT" => NumberFormat::Space,
            "fr" if region == "LU" => NumberFormat::Comma,
            l if COMMA_LANGUAGES.contains(&l) => NumberFormat::Comma,
            l if SPACE_LANGUAGES.contains(&l) => NumberFormat::Space,
            _ => NumberFormat::Point,
        }
    }
}

/// A language tag's language, in lower case, and its region, in upper case, if it has one
/// ("zh-Hant-TW" gives "zh" and "TW"; "es-419" gives "es" and "419"; "EN_gb", "en" and "GB").
pub fn language_and_region(tag: &str) -> (String, Option<String>) {
    let mut parts = tag.split(['-', '_']);
    let language = parts.next().unwrap_or_default().to_ascii_lowercase();
    let region = parts
        // A region subtag is two letters or three digits ("419", Latin America).
        .find(|p| {
            (p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
                || (p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
        })
        .map(str::to_ascii_uppercase);
    (language, region)
}

/// Why a typed number was not read. The caller words it, naming its field.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberProblem {
    /// Nothing but spaces: "Enter the salary".
    Empty,
    /// Not a number in any format: letters, two signs, separators with nothing between them,
    /// groups that are not of three digits ("1,2,3"; Indian grouping, "12,34,567", too: the
    /// app offers no format that writes it, and the strict groups are what catch a mistyped
    /// "1,2345"): "Salary must be a number".
    NotANumber,
    /// A fraction where the caller asked for a whole number ("12.5" months): "Horizon must be
    /// a whole number of months". "12.0" is 12, whole.
    NotWhole,
    /// Two readings, as the text would be read in this format or in the other ("130.000" with
    /// a decimal point: 130, or 130,000 with point groups). The caller asks which: "Did you
    /// mean 130 or 130,000?", both written with [`write_number`]. Given whether or not the
    /// caller asked for a whole number.
    Ambiguous { small: f64, large: f64 },
    /// [`TOO_LARGE`] or more, either way (`negative` for "-1e20"): beyond any figure a form
    /// takes, and past 15 digits before the point an `f64` no longer holds every digit
    /// typed. The caller says its limit: "Salary must be 5,000,000 or less" ("or more" when
    /// `negative`).
    TooLarge { negative: bool },
}

/// The size from which [`read_number`] gives [`NumberProblem::TooLarge`]: a 16th digit before
/// the point.
pub const TOO_LARGE: f64 = 1e15;

/// A separator between digits, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Separator {
    Point,
    Comma,
    /// Any of [`SPACES`]: one kind, as a typed number mixes them without meaning to.
    Space,
    /// Either of [`APOSTROPHES`].
    Apostrophe,
}

impl Separator {
    fn of(c: char) -> Option<Separator> {
        match c {
            '.' => Some(Separator::Point),
            ',' => Some(Separator::Comma),
            c if SPACES.contains(&c) => Some(Separator::Space),
            c if APOSTROPHES.contains(&c) => Some(Separator::Apostrophe),
            _ => None,
        }
    }

    /// A point or a comma: a decimal separator in one format or another.
    fn may_be_decimal(self) -> bool {
        matches!(self, Separator::Point | Separator::Comma)
    }
}

/// A number's digits before and after its decimal separator (ASCII digits, not both empty).
struct Digits {
    whole: String,
    fraction: String,
}

impl Digits {
    fn value(&self, exponent: i64) -> f64 {
        let digits = format!("{}{}", self.whole, self.fraction);
        let exponent = exponent.saturating_sub(self.fraction.len() as i64);
        read_digits(&digits, exponent).unwrap_or(f64::NAN)
    }
}

/// Reads a number as the visitor typed it, in their `format` or, where it can only mean one
/// thing, in another. `whole` asks for a whole number (months, people).
///
/// - Around the number: spaces; one currency sign or code before or after it ("$1,500",
///   "12 000 €", "EUR 2.400") or a "%" after it ("25%" is 25); a sign before it or right
///   after a currency before it ("-5", "−5", "+5", "-$5", "$-5").
/// - Groups: the format's group separator, a space of any kind, or an apostrophe ("1'234");
///   a group separator sits between digits and is followed by exactly three, after a first
///   group of one to three digits not starting with 0 ("1,234,567", "12 000"), one kind per
///   number.
/// - Decimals: the format's decimal separator, once, after the groups ("12,5" with a decimal
///   comma). A number may start or end with it (".5", "5.").
/// - Both a point and a comma: the last one is the decimal separator, in any format
///   ("12.000,50" and "12,000.50" are both 12000.5), if the other groups validly.
/// - One point or comma that could be a group separator (three digits after it, one to
///   three before, not starting with 0) and the format's decimal separator, or a separator
///   of neither kind in the format: [`NumberProblem::Ambiguous`] ("130.000" with a decimal
///   point; "12,500" with a decimal comma). "0.125" is not: no number is grouped "0,125".
/// - The format's group separator where it cannot group ("12,5" with a decimal point, "1,50",
///   "12.5" with a decimal comma): read as the decimal separator it must be. A visitor's
///   format is a guess from their browser's language, and people type their own habit
///   whatever the browser says: "12,5" has no other reading, so refusing it would only make
///   them retype it; the form shows the figure back, written in the format, at once.
/// - Exponents ("1e9", "2,5E3"): read, and left to the caller's limits, which say how large
///   a figure may be where "must be a number" would be wrong.
pub fn read_number(text: &str, format: NumberFormat, whole: bool) -> Result<f64, NumberProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NumberProblem::Empty);
    }
    let (negative, body) = without_marks(text).ok_or(NumberProblem::NotANumber)?;
    let (mantissa, exponent) = split_exponent(body).ok_or(NumberProblem::NotANumber)?;
    let signed = |digits: &Digits| {
        let value = digits.value(exponent);
        // "-0" is 0: nothing would write it back with its sign.
        if negative && value != 0.0 {
            -value
        } else {
            value
        }
    };
    let too_large = |value: f64| !value.is_finite() || value.abs() >= TOO_LARGE;
    match read_mantissa(mantissa, format).ok_or(NumberProblem::NotANumber)? {
        Reading::One(digits) => {
            let value = signed(&digits);
            if too_large(value) {
                Err(NumberProblem::TooLarge { negative })
            } else if whole && value.fract() != 0.0 {
                Err(NumberProblem::NotWhole)
            } else {
                Ok(value)
            }
        }
        Reading::Two { small, large } => {
            let (small, large) = (signed(&small), signed(&large));
            if too_large(small) || too_large(large) {
                Err(NumberProblem::TooLarge { negative })
            } else {
                Err(NumberProblem::Ambiguous { small, large })
            }
        }
    }
}

/// The text without the currency, percent and sign around the number, and whether the sign
/// was a minus; `None` for two marks ("$5%", "$5 EUR") or two signs.
fn without_marks(text: &str) -> Option<(bool, &str)> {
    let mut rest = text;
    let mut sign = take_sign(&mut rest);
    let mut marks = 0;
    if let Some(after) = currency_prefix(rest) {
        rest = after.trim_start();
        marks += 1;
        if sign.is_none() {
            sign = take_sign(&mut rest);
        }
    }
    if let Some(before) = rest.strip_suffix('%').or_else(|| currency_suffix(rest)) {
        rest = before.trim_end();
        marks += 1;
    }
    (marks <= 1).then_some((sign == Some(true), rest))
}

/// Takes a "-", "−" or "+" off the front (and any space after it): `Some(true)` for a minus.
fn take_sign(text: &mut &str) -> Option<bool> {
    let (negative, rest) = if let Some(rest) = text.strip_prefix(['-', '\u{2212}']) {
        (true, rest)
    } else {
        (false, text.strip_prefix('+')?)
    };
    *text = rest.trim_start();
    Some(negative)
}

fn currency_prefix(text: &str) -> Option<&str> {
    Currency::ALL.into_iter().find_map(|currency| {
        text.strip_prefix(currency.symbol()).or_else(|| {
            let code = text.get(..3)?;
            code.eq_ignore_ascii_case(currency.code())
                .then(|| &text[3..])
        })
    })
}

fn currency_suffix(text: &str) -> Option<&str> {
    Currency::ALL.into_iter().find_map(|currency| {
        text.strip_suffix(currency.symbol()).or_else(|| {
            let start = text.len().checked_sub(3)?;
            let code = text.get(start..)?;
            code.eq_ignore_ascii_case(currency.code())
                .then(|| &text[..start])
        })
    })
}

/// The number before an "e" or "E" and the power of ten after it (0 without one); `None` for
/// an exponent without digits ("1e", "1e+"). Exponents too large to hold are held as ±2^40,
/// which makes any number infinite or zero.
fn split_exponent(text: &str) -> Option<(&str, i64)> {
    let Some(at) = text.find(['e', 'E']) else {
        return Some((text, 0));
    };
    let (mantissa, exponent) = (&text[..at], &text[at + 1..]);
    let (negative, digits) = match exponent.strip_prefix(['-', '\u{2212}']) {
        Some(digits) => (true, digits),
        None => (false, exponent.strip_prefix('+').unwrap_or(exponent)),
    };
    if digits.is_empty() || !digits.bytes().all(|d| d.is_ascii_digit()) {
        return None;
    }
    let magnitude = digits
        .bytes()
        .fold(0i64, |n, d| (n * 10 + i64::from(d - b'0')).min(1 << 40));
    Some((mantissa, if negative { -magnitude } else { magnitude }))
}

/// What a number's digits and separators say.
enum Reading {
    One(Digits),
    /// As the format reads it, with the separator as a decimal one, and as the other format
    /// does, with it grouping.
    Two {
        small: Digits,
        large: Digits,
    },
}

/// The digits and separators of a number, without sign, marks or exponent (see
/// [`read_number`] for the rules); `None` if they are not a number.
fn read_mantissa(text: &str, format: NumberFormat) -> Option<Reading> {
    // Runs of digits and the separators between them: one more run than separators, runs
    // empty where two separators, or one at an end, have nothing between them.
    let mut runs = vec![String::new()];
    let mut separators = Vec::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            runs.last_mut()?.push(c);
        } else {
            separators.push(Separator::of(c)?);
            runs.push(String::new());
        }
    }
    let read = |decimal: Option<usize>| grouped(&runs, &separators, decimal);
    let count = |kind: Separator| separators.iter().filter(|&&s| s == kind).count();
    let (points, commas) = (count(Separator::Point), count(Separator::Comma));
    let last = separators.len().checked_sub(1);
    if points > 0 && commas > 0 {
        // The last of them is the decimal separator, and the only one of its kind.
        let at = separators.iter().rposition(|s| s.may_be_decimal())?;
        let once = count(separators[at]) == 1;
        return once.then(|| read(Some(at))).flatten().map(Reading::One);
    }
    if points + commas != 1 {
        // None, or one kind more than once: it can only group ("1.234.567").
        return read(None).map(Reading::One);
    }
    let at = separators.iter().position(|s| s.may_be_decimal())?;
    if Some(at) != last {
        // Groups after it ("1.234 567"): it cannot be a decimal separator.
        return read(None).map(Reading::One);
    }
    let (as_group, as_decimal) = (read(None), read(Some(at)));
    if separators[at] == format.group() {
        // The format's own group separator groups where it can, and is the decimal separator
        // of the other format where it cannot.
        return as_group.or(as_decimal).map(Reading::One);
    }
    match (as_decimal, as_group) {
        (Some(small), Some(large)) => Some(Reading::Two { small, large }),
        (one, other) => one.or(other).map(Reading::One),
    }
}

/// The digits, if the separators group validly with `decimal` (an index into `separators`)
/// as the decimal separator, which must be the last; the others must be of one kind, none a
/// decimal separator.
fn grouped(runs: &[String], separators: &[Separator], decimal: Option<usize>) -> Option<Digits> {
    let groups = match decimal {
        Some(at) if at + 1 == separators.len() => at,
        Some(_) => return None,
        None => separators.len(),
    };
    let fraction = decimal.map_or("", |at| &runs[at + 1]);
    let (first, rest) = runs[..=groups].split_first()?;
    if let Some(&kind) = separators[..groups].first() {
        let one_kind = separators[..groups].iter().all(|&s| s == kind);
        let first_ok = (1..=3).contains(&first.len()) && !first.starts_with('0');
        if !one_kind || !first_ok || rest.iter().any(|group| group.len() != 3) {
            return None;
        }
    }
    let whole = runs[..=groups].concat();
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    Some(Digits {
        whole,
        fraction: fraction.to_owned(),
    })
}

/// A number written in `format`, rounded to at most `max_decimals` decimals with no zeros at
/// the end: "250,000", "250.000", "250 000" (a no-break space, [`GROUP_SPACE`]); 12.5 with a
/// decimal comma, "12,5". Negative numbers with a "-" (none for one that rounds to 0). Ties
/// round to even, as [`fixed`] does.
///
/// Up to 2 decimals, what it writes reads back as the number in the same format. With 3, a
/// number from 1 to 999 is written like a grouped one ("1.125") and reads back as
/// [`NumberProblem::Ambiguous`]: write a form's figures with at most 2.
pub fn write_number(value: f64, format: NumberFormat, max_decimals: u32) -> String {
    if !value.is_finite() {
        return fixed(value, 0);
    }
    let text = fixed(value.abs(), max_decimals);
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let fraction = fraction.trim_end_matches('0');
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 1);
    if value < 0.0 && (whole.bytes().any(|d| d != b'0') || !fraction.is_empty()) {
        out.push('-');
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(format.group_separator());
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(format.decimal_separator());
        out.push_str(fraction);
    }
    out
}

/// A whole amount of money written in `format`: the symbol before it with a decimal point,
/// as English writes it ("$12,000", "€12,000", "£12,000", "-$500"), after it with a decimal
/// comma, as German, French, Spanish, Italian, Polish, Swedish... write it ("12.000 €",
/// "12 000 €", "12.000 $", "-500 €"; a no-break space before the symbol). Rounded to a whole
/// amount (ties to even).
pub fn write_money(amount: f64, currency: Currency, format: NumberFormat) -> String {
    let number = write_number(amount.abs(), format, 0);
    let sign = if amount < 0.0 && number != "0" {
        "-"
    } else {
        ""
    };
    let symbol = currency.symbol();
    match format {
        NumberFormat::Point => format!("{sign}{symbol}{number}"),
        NumberFormat::Comma | NumberFormat::Space => format!("{sign}{number}\u{a0}{symbol}"),
    }
}

#[cfg(test)]
mod tests;
