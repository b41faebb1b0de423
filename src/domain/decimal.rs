//! Decimal text to a number, for the configuration's prices, rates, months and the saved
//! progress's timestamps. Not `str::parse::<f64>`: its exactly-rounded algorithm brings
//! about 11 KB of tables that do not compress into every visitor's download, and nothing
//! here needs more than the 15 significant digits this gives.

/// Significant digits kept; more would overflow the `u64` accumulator.
const MAX_DIGITS: u32 = 19;

/// Reads `[+|-]digits[.digits][(e|E)[+|-]digits]` (a lone `.5` or `5.` too), with no
/// surrounding space; `None` for anything else, including `inf` and `NaN`.
///
/// Exact (correctly rounded) whenever the digits without the point fit in 2^53 and the
/// decimal exponent is within ±22 — every price, rate or timestamp a configuration holds;
/// within a few units in the last place otherwise. Overflow gives an infinity and
/// underflow zero, as the standard parser does.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut at = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            at = 1;
            true
        }
        Some(b'+') => {
            at = 1;
            false
        }
        _ => false,
    };
    let mut mantissa: u64 = 0;
    let mut kept: u32 = 0;
    // Power of ten to apply to `mantissa`: digits dropped before the point raise it,
    // digits kept after the point lower it.
    let mut exponent: i64 = 0;
    let mut any_digit = false;
    let mut after_point = false;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'0'..=b'9' => {
                any_digit = true;
                if mantissa == 0 && byte == b'0' {
                    // A leading zero adds no significant digit.
                    if after_point {
                        exponent -= 1;
                    }
                } else if kept < MAX_DIGITS {
                    mantissa = mantissa * 10 + u64::from(byte - b'0');
                    kept += 1;
                    if after_point {
                        exponent -= 1;
                    }
                } else if !after_point {
                    exponent += 1;
                }
            }
            b'.' if !after_point => after_point = true,
            _ => break,
        }
        at += 1;
    }
    if !any_digit {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(at) {
        at += 1;
        let sign = match bytes.get(at) {
            Some(b'-') => {
                at += 1;
                -1
            }
            Some(b'+') => {
                at += 1;
                1
            }
            _ => 1,
        };
        let start = at;
        let mut written: i64 = 0;
        while let Some(&byte @ b'0'..=b'9') = bytes.get(at) {
            // Saturates far beyond any exponent that still gives a finite, non-zero number.
            written = (written * 10 + i64::from(byte - b'0')).min(1_000_000);
            at += 1;
        }
        if at == start {
            return None;
        }
        exponent += sign * written;
    }
    if at != bytes.len() {
        return None;
    }
    let magnitude = scale(mantissa as f64, exponent);
    Some(if negative { -magnitude } else { magnitude })
}

/// `value × 10^exponent`. Powers of ten up to 10^22 are exact in an `f64`, so one
/// multiplication or division by such a power rounds once, correctly.
fn scale(mut value: f64, mut exponent: i64) -> f64 {
    const EXACT: i64 = 22;
    if value == 0.0 {
        return 0.0;
    }
    while exponent > EXACT {
        value *= 1e22;
        exponent -= EXACT;
        if value.is_infinite() {
            return value;
        }
    }
    while exponent < -EXACT {
        value /= 1e22;
        exponent += EXACT;
        if value == 0.0 {
            return value;
        }
    }
    let mut power = 1.0;
    for _ in 0..exponent.unsigned_abs() {
        power *= 10.0;
    }
    if exponent < 0 {
        value / power
    } else {
        value * power
    }
}

#[cfg(test)]
mod tests {
    use super::parse_decimal;

    #[test]
    fn reads_what_a_configuration_holds_exactly() {
        for (text, value) in [
            ("0", 0.0),
            ("-0", -0.0),
            ("2500", 2500.0),
            ("+12", 12.0),
            ("4.9", 4.9),
            ("-250.75", -250.75),
            (".5", 0.5),
            ("5.", 5.0),
            ("1e3", 1000.0),
            ("2.5E-2", 0.025),
            ("1795000000000", 1_795_000_000_000.0),
            ("000123.4500", 123.45),
            ("0.000001", 0.000001),
        ] {
            assert_eq!(parse_decimal(text), Some(value), "{text}");
        }
    }

    #[test]
    fn refuses_anything_that_is_not_a_decimal() {
        for text in [
            "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "12a", " 1", "1 ", "inf", "NaN", "0x10",
            "1_000", "--1", "1,5",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }

    #[test]
    fn extremes_overflow_and_underflow_like_the_standard_parser() {
        assert_eq!(parse_decimal("1e400"), Some(f64::INFINITY));
        assert_eq!(parse_decimal("-1e400"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_decimal("1e-400"), Some(0.0));
        assert_eq!(parse_decimal("9".repeat(30).as_str()), Some(1e30));
    }
}
