//! Plain decimals read, and numbers written, without the standard library's float parsing and
//! formatting.
//!
//! `str::parse::<f64>` brings tables for every exponent and its fast algorithms (about 10 KB of
//! brotli'd wasm), and `{}`/`{:.1}` on an `f64` another 4 KB, while the app reads and writes
//! nothing but plain decimals ("12", "12.5", ".5"). These give the very same floats and texts
//! with a few small integer routines: slow, but a figure has a handful of digits.

/// Past this many significant digits, the rest only tells whether the decimal lies exactly on a
/// halfway point between two floats (no halfway point has more than 767 significant digits):
/// the digits are cut, and a 1 stands for whatever non-zero was cut.
use std::cmp::Ordering::{self, Equal, Greater};

const MAX_DIGITS: usize = 800;

/// The number a plain decimal names: an optional `-`, then digits with at most one `.` and at
/// least one digit ("250", "-12.5", ".5", "5."). The nearest `f64`, ties to even, as
/// `str::parse::<f64>` gives (so "-0" is minus zero and too many digits before the point is
/// infinity); `None` for anything else ("", ".", "1e3", "+5", "inf", "1.2.3").
pub fn read_decimal(text: &str) -> Option<f64> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
    let digits = [whole.as_bytes(), fraction.as_bytes()].concat();
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let magnitude = nearest(&digits, -(fraction.len() as i64));
    Some(if negative { -magnitude } else { magnitude })
}

/// The number `digits × 10^exponent` names (`digits` ASCII digits, at least one), rounded as
/// [`read_decimal`] rounds (so `read_digits("125", -1)` is 12.5, and far past what an `f64`
/// holds, infinity or zero): for a reader that has taken a typed number apart itself (its
/// groups, its decimal separator, an exponent). `None` if `digits` is empty or not all digits.
pub fn read_digits(digits: &str, exponent: i64) -> Option<f64> {
    if digits.is_empty() || !digits.bytes().all(|d| d.is_ascii_digit()) {
        return None;
    }
    // Far enough out that the result is infinity or zero whatever the digits (a text cannot
    // hold 2^40 of them), near enough that no sum below overflows.
    Some(nearest(
        digits.as_bytes(),
        exponent.clamp(-(1 << 40), 1 << 40),
    ))
}

/// The `f64` nearest to `digits × 10^exponent` (digits as ASCII).
fn nearest(digits: &[u8], mut exponent: i64) -> f64 {
    let start = digits.iter().position(|&d| d != b'0');
    let end = digits.iter().rposition(|&d| d != b'0');
    let (Some(start), Some(end)) = (start, end) else {
        return 0.0;
    };
    exponent += (digits.len() - 1 - end) as i64;
    let mut digits = digits[start..=end].to_vec();
    if digits.len() > MAX_DIGITS {
        exponent += (digits.len() - MAX_DIGITS - 1) as i64;
        digits.truncate(MAX_DIGITS);
        digits.push(b'1');
    }
    // The power of ten of the first digit: far outside what an f64 holds, no need to compute.
    let leading = digits.len() as i64 - 1 + exponent;
    if leading > 309 {
        return f64::INFINITY;
    }
    if leading < -343 {
        return 0.0;
    }
    // The decimal is numerator / denominator, both whole.
    let mut numerator = Big::default();
    for &d in &digits {
        numerator.mul_add(10, u32::from(d - b'0'));
    }
    let mut denominator = Big::from(1);
    let scaled_by_ten = if exponent > 0 {
        &mut numerator
    } else {
        &mut denominator
    };
    for _ in 0..exponent.unsigned_abs() {
        scaled_by_ten.mul_add(10, 0);
    }
    // Scale by 2^shift so that the quotient has 53 bits (fewer below the smallest normal).
    let mut shift = 52 - (numerator.bits() as i64 - denominator.bits() as i64);
    let scaled = |shift: i64, extra: u32| {
        let up = shift.max(0) as u32;
        let down = (-shift).max(0) as u32;
        (numerator.shl(up), denominator.shl(down + extra))
    };
    let (a, b) = scaled(shift, 52);
    if a < b {
        shift += 1;
    }
    shift = shift.min(1074);
    let (mut remainder, divisor) = scaled(shift, 0);
    let mut quotient = 0u64;
    for bit in (0..53).rev() {
        let part = divisor.shl(bit);
        if remainder >= part {
            remainder.sub(&part);
            quotient |= 1 << bit;
        }
    }
    let twice = remainder.shl(1);
    if twice > divisor || (twice == divisor && quotient & 1 == 1) {
        quotient += 1;
        if quotient == 1 << 53 {
            quotient >>= 1;
            shift -= 1;
        }
    }
    // quotient × 2^-shift: the exponent field is 1075 - shift for a normal number (whose leading
    // bit is implied, hence the 1074), 0 below the smallest normal (shift 1074).
    if shift <= -972 {
        return f64::INFINITY;
    }
    f64::from_bits((((1074 - shift) as u64) << 52) + quotient)
}

/// As `format!("{x:.places}")`: the exact value rounded to `places` decimals, halves to even
/// ("-0.0" for a negative number that rounds to zero, "NaN", "inf", "-inf").
pub fn fixed(x: f64, places: u32) -> String {
    written(x, |magnitude| {
        let (mut whole, remainder) = scaled(magnitude, places);
        let odd = whole.0.first().is_some_and(|w| w & 1 == 1);
        if remainder == Some(Greater) || (remainder == Some(Equal) && odd) {
            whole.mul_add(1, 1);
        }
        with_point(&whole, places)
    })
}

/// As `x.to_string()` below 2^53 (about 9e15, far past any figure the app shows): the fewest
/// decimals that read back as `x`, the nearest to `x` of those (the higher on a tie; "0.1", "12.5", "-0"). From
/// 2^53 up it writes every digit of the whole number (the standard library writes its first 17
/// and zeros).
pub fn shortest(x: f64) -> String {
    written(x, |magnitude| {
        for places in 0.. {
            let (whole, remainder) = scaled(magnitude, places);
            if remainder.is_none() {
                return trimmed(with_point(&whole, places));
            }
            let mut above = whole.clone();
            above.mul_add(1, 1);
            let reads_back =
                |whole: &Big| read_decimal(&with_point(whole, places)) == Some(magnitude);
            let nearer = match remainder {
                // On a tie the standard library takes the one above.
                Some(Ordering::Less) => [&whole, &above],
                _ => [&above, &whole],
            };
            if let Some(found) = nearer.into_iter().find(|w| reads_back(w)) {
                return trimmed(with_point(found, places));
            }
        }
        unreachable!("every float is a decimal with at most 1074 places")
    })
}

/// The sign, then `magnitude(|x|)`; the standard library's words for what is not a number.
fn written(x: f64, magnitude: impl FnOnce(f64) -> String) -> String {
    let sign = if x.is_sign_negative() && !x.is_nan() {
        "-"
    } else {
        ""
    };
    if x.is_nan() {
        "NaN".to_owned()
    } else if x.is_infinite() {
        format!("{sign}inf")
    } else {
        format!("{sign}{}", magnitude(x.abs()))
    }
}

/// `x × 10^places` (x finite, not negative), cut to a whole number, and how what was cut
/// compares with a half (`None` when nothing was cut).
fn scaled(x: f64, places: u32) -> (Big, Option<Ordering>) {
    let bits = x.to_bits();
    let (exponent, fraction) = ((bits >> 52) as i64, bits & ((1 << 52) - 1));
    // x = mantissa × 2^power, exactly.
    let (mantissa, power) = match exponent {
        0 => (fraction, -1074),
        e => (fraction | 1 << 52, e - 1075),
    };
    let mut n = Big::from(mantissa);
    for _ in 0..places {
        n.mul_add(10, 0);
    }
    if power >= 0 {
        return (n.shl(power as u32), None);
    }
    let cut = (-power) as u32;
    let whole = n.shr(cut);
    let mut remainder = n;
    remainder.sub(&whole.shl(cut));
    if remainder == Big::default() {
        return (whole, None);
    }
    let half = Big::from(1).shl(cut - 1);
    (whole, Some(remainder.cmp(&half)))
}

/// "1250" with 2 places is "12.50"; "5" with 2 places, "0.05".
fn with_point(whole: &Big, places: u32) -> String {
    let digits = whole.digits();
    let places = places as usize;
    let digits = format!("{digits:0>width$}", width = places + 1);
    let (int, fraction) = digits.split_at(digits.len() - places);
    if places == 0 {
        int.to_owned()
    } else {
        format!("{int}.{fraction}")
    }
}

/// "12.50" is "12.5"; "3.0" is "3".
fn trimmed(text: String) -> String {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

/// A whole number of any size, little-endian in 32-bit words, without leading zero words (so
/// the derived order of `(length, words from the top)` is the numeric order).
#[derive(Default, Clone, PartialEq, Eq)]
struct Big(Vec<u32>);

impl From<u64> for Big {
    fn from(n: u64) -> Big {
        let mut big = Big(vec![n as u32, (n >> 32) as u32]);
        big.trim();
        big
    }
}

impl Big {
    /// self × factor + add.
    fn mul_add(&mut self, factor: u32, add: u32) {
        let mut carry = u64::from(add);
        for word in &mut self.0 {
            let n = u64::from(*word) * u64::from(factor) + carry;
            *word = n as u32;
            carry = n >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
        self.trim();
    }

    fn bits(&self) -> u32 {
        self.0
            .last()
            .map_or(0, |top| 32 * self.0.len() as u32 - top.leading_zeros())
    }

    fn shl(&self, bits: u32) -> Big {
        let (words, bits) = ((bits / 32) as usize, bits % 32);
        let mut out = vec![0; words];
        let mut carry = 0u32;
        for &word in &self.0 {
            out.push((word << bits) | carry);
            carry = if bits == 0 { 0 } else { word >> (32 - bits) };
        }
        out.push(carry);
        let mut out = Big(out);
        out.trim();
        out
    }

    fn shr(&self, bits: u32) -> Big {
        let (words, bits) = ((bits / 32) as usize, bits % 32);
        let high = self.0.get(words..).unwrap_or_default();
        let mut out: Vec<u32> = high
            .iter()
            .enumerate()
            .map(|(i, &word)| {
                let next = high.get(i + 1).copied().unwrap_or(0);
                if bits == 0 {
                    word
                } else {
                    (word >> bits) | (next << (32 - bits))
                }
            })
            .collect();
        out.push(0);
        let mut out = Big(out);
        out.trim();
        out
    }

    /// The decimal digits ("0" for zero): integer formatting, not float.
    fn digits(&self) -> String {
        let mut n = self.clone();
        let mut digits = Vec::new();
        loop {
            let mut remainder = 0u64;
            for word in n.0.iter_mut().rev() {
                let value = (remainder << 32) | u64::from(*word);
                *word = (value / 10) as u32;
                remainder = value % 10;
            }
            n.trim();
            digits.push(b'0' + remainder as u8);
            if n.0.is_empty() {
                break;
            }
        }
        digits.reverse();
        String::from_utf8(digits).unwrap_or_default()
    }

    /// self - other, for other <= self.
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, word) in self.0.iter_mut().enumerate() {
            let n = i64::from(*word) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
            borrow = i64::from(n < 0);
            *word = n.rem_euclid(1 << 32) as u32;
        }
        self.trim();
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Big) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Big {
    fn cmp(&self, other: &Big) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

#[cfg(test)]
mod tests {
    use super::{fixed, read_decimal, shortest};
    use proptest::prelude::*;

    /// What the standard parser gives for a plain decimal, bit for bit.
    fn same_as_std(text: &str) -> Result<(), TestCaseError> {
        let std = text.parse::<f64>().ok().map(f64::to_bits);
        prop_assert_eq!(read_decimal(text).map(f64::to_bits), std, "{}", text);
        Ok(())
    }

    #[test]
    fn plain_decimals_read_as_the_standard_parser_reads_them() {
        for text in [
            "0",
            "-0",
            "0.5",
            ".5",
            "5.",
            "-.5",
            "250000",
            "12.5",
            "0.1",
            "0.3",
            "99.999",
            "1234.567",
            "1000000000000",
            "9007199254740993",
            "9007199254740995",
            "123456789012345678901234567890",
            "0.000000000000000000000000000001",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.000000000000000111022302462515654042363166809082031250000001",
            "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
            "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000049406564584124654",
            "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000024703282292062327",
            "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000022250738585072011",
            &"9".repeat(400),
            &format!("0.{}1", "0".repeat(400)),
            &format!("1.{}1", "0".repeat(2000)),
        ] {
            same_as_std(text).unwrap();
        }
    }

    #[test]
    fn digits_and_an_exponent_read_as_the_plain_decimal_they_name() {
        use super::read_digits;
        let cases = [
            ("125", -1, Some(12.5)),
            ("125", 0, Some(125.0)),
            ("125", 3, Some(125_000.0)),
            ("0001", -3, Some(0.001)),
            ("000", 5, Some(0.0)),
            ("1", 308, Some(1e308)),
            ("1", 309, Some(f64::INFINITY)),
            ("1", i64::MAX, Some(f64::INFINITY)),
            ("1", i64::MIN, Some(0.0)),
            ("0", i64::MAX, Some(0.0)),
            ("", 0, None),
            ("1.5", 0, None),
            ("-1", 0, None),
        ];
        for (digits, exponent, value) in cases {
            assert_eq!(read_digits(digits, exponent), value, "{digits}e{exponent}");
        }
        for text in ["1234.5678", "0.1", "99.999", "9007199254740993"] {
            let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
            let exponent = -(fraction.len() as i64);
            assert_eq!(
                read_digits(&format!("{whole}{fraction}"), exponent),
                read_decimal(text)
            );
        }
    }

    #[test]
    fn anything_but_a_plain_decimal_is_refused() {
        for text in [
            "", ".", "-", "-.", "+5", "1e3", "1E3", "inf", "NaN", "1.2.3", "--5", " 5", "5 ",
            "1,5", "٣",
        ] {
            assert_eq!(read_decimal(text), None, "{text:?}");
        }
    }

    /// The exact decimal of `a + b`, both exact decimals with the same number of places.
    fn add_decimals(a: &str, b: &str) -> String {
        let width = a.len().max(b.len());
        let (a, b) = (format!("{a:0>width$}"), format!("{b:0>width$}"));
        let mut out = Vec::new();
        let mut carry = 0;
        for (x, y) in a.bytes().rev().zip(b.bytes().rev()) {
            if x == b'.' {
                out.push(b'.');
                continue;
            }
            let sum = (x - b'0') + (y - b'0') + carry;
            out.push(b'0' + sum % 10);
            carry = sum / 10;
        }
        if carry > 0 {
            out.push(b'1');
        }
        out.reverse();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers_are_written_as_the_standard_library_writes_them() {
        for x in [
            0.0,
            -0.0,
            0.05,
            -0.04,
            0.25,
            0.35,
            1.5,
            2.5,
            12.45,
            99.999,
            380.0,
            1e15,
            1e-7,
            5e-324,
            9007199254740991.0,
            -3.25,
            // Exactly ...239.625, halfway between two shortest candidates: the higher is taken.
            70_852_874_183_239.63,
            f64::NAN,
            f64::INFINITY,
            -f64::INFINITY,
        ] {
            assert_eq!(shortest(x), x.to_string());
            for places in 0..=3 {
                assert_eq!(fixed(x, places), format!("{x:.*}", places as usize));
            }
        }
        assert_eq!(fixed(1e300, 1), format!("{:.1}", 1e300));
        assert_eq!(fixed(5e-324, 1080), format!("{:.1080}", 5e-324));
        // Past 2^53 every digit of the whole number, where the standard library pads with zeros.
        assert_eq!(shortest(2f64.powi(60)), "1152921504606846976");
    }

    proptest! {
        #[test]
        fn any_float_is_written_to_fixed_decimals_as_the_standard_library_writes_it(
            bits in any::<u64>(), places in 0usize..=3,
        ) {
            let x = f64::from_bits(bits);
            prop_assert_eq!(fixed(x, places as u32), format!("{x:.places$}"));
        }

        #[test]
        fn floats_below_2_to_the_53_are_written_as_the_standard_library_writes_them(
            bits in 0..2f64.powi(53).to_bits(), negative in any::<bool>(),
        ) {
            let x = f64::from_bits(bits) * if negative { -1.0 } else { 1.0 };
            prop_assert_eq!(shortest(x), x.to_string());
        }

        /// Coordinates, amounts and rounded figures: the numbers the app writes.
        #[test]
        fn the_apps_numbers_are_written_as_the_standard_library_writes_them(
            x in -1e13..1e13f64, hundredths in -(1i64 << 53)..(1i64 << 53), places in 0usize..=3,
        ) {
            prop_assert_eq!(shortest(x), x.to_string());
            prop_assert_eq!(fixed(x, places as u32), format!("{x:.places$}"));
            let rounded = hundredths as f64 / 100.0;
            prop_assert_eq!(shortest(rounded), rounded.to_string());
            let millionths = hundredths as f64 / 1e6;
            prop_assert_eq!(shortest(millionths), millionths.to_string());
        }

        /// The forms took a decimal when, past one `-`, it had only digits and points and the
        /// standard parser read it.
        #[test]
        fn the_same_texts_are_taken_as_before(text in "[-+.0-9eE]{0,8}") {
            let plain = text.strip_prefix('-').unwrap_or(&text);
            let before = text
                .parse::<f64>()
                .ok()
                .filter(|_| plain.chars().all(|c| c.is_ascii_digit() || c == '.'));
            prop_assert_eq!(read_decimal(&text).map(f64::to_bits), before.map(f64::to_bits));
        }

        #[test]
        fn any_plain_decimal_reads_as_the_standard_parser_reads_it(
            text in "-?[0-9]{0,25}(\\.[0-9]{0,25})?"
        ) {
            same_as_std(&text)?;
        }

        #[test]
        fn decimals_with_runs_of_zeros_or_nines_read_as_the_standard_parser_reads_them(
            text in "-?(0|9){0,3}[0-9]{0,4}(0{10,30}|9{10,30})[0-9]{0,4}(\\.(0{0,300}|9{0,30})[0-9]{0,20})?"
        ) {
            same_as_std(&text)?;
        }

        #[test]
        fn the_shortest_and_exact_decimals_of_any_float_read_back_as_that_float(
            bits in any::<u64>()
        ) {
            let x = f64::from_bits(bits).abs();
            prop_assume!(x.is_finite());
            same_as_std(&x.to_string())?;
            same_as_std(&format!("{x:.1100}"))?;
            same_as_std(&format!("{x:.3}"))?;
        }

        /// Exactly halfway between two floats the tie goes to the even one; a hair above or
        /// below, to the nearer one.
        #[test]
        fn decimals_on_or_near_a_halfway_point_read_as_the_standard_parser_reads_them(
            bits in 1u64..0x7fe0_0000_0000_0000,
        ) {
            let x = f64::from_bits(bits);
            let half_gap = (f64::from_bits(bits + 1) - x) / 2.0;
            prop_assume!(half_gap > 0.0 && half_gap.is_normal());
            let halfway = add_decimals(&format!("{x:.1100}"), &format!("{half_gap:.1100}"));
            same_as_std(&halfway)?;
            same_as_std(&format!("{halfway}1"))?;
            let cut = halfway.trim_end_matches('0');
            same_as_std(&cut[..cut.len() - 1])?;
        }
    }
}
