//! Plain decimals read without the standard library's float parser.
//!
//! `str::parse::<f64>` brings tables for every exponent and its fast algorithms (about 10 KB of
//! brotli'd wasm), while the forms take nothing but plain decimals ("12", "12.5", ".5"). This
//! reads those, to the very same `f64`, with a few small integer routines: slow, but a typed
//! figure has a handful of digits.

/// Past this many significant digits, the rest only tells whether the decimal lies exactly on a
/// halfway point between two floats (no halfway point has more than 767 significant digits):
/// the digits are cut, and a 1 stands for whatever non-zero was cut.
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

/// A whole number of any size, little-endian in 32-bit words, without leading zero words (so
/// the derived order of `(length, words from the top)` is the numeric order).
#[derive(Default, Clone, PartialEq, Eq)]
struct Big(Vec<u32>);

impl From<u32> for Big {
    fn from(n: u32) -> Big {
        let mut big = Big::default();
        big.mul_add(0, n);
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
    fn partial_cmp(&self, other: &Big) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Big {
    fn cmp(&self, other: &Big) -> std::cmp::Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

#[cfg(test)]
mod tests {
    use super::read_decimal;
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

    proptest! {
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
