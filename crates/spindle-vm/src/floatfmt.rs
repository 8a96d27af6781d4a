//! Floats as decimal text: the shortest round-tripping `repr`, correctly rounded fixed,
//! exponent and general forms (the engines behind `repr(float)`, `format()`, `%`-formatting
//! and `round()`), following the layout rules Python documents for each presentation type.
//!
//! Decimal digits come from Rust's float formatting, which is exact: `{:.N}`/`{:.Ne}` give the
//! correctly rounded result (ties to even only when the binary value is exactly halfway), and
//! `{:e}` gives a shortest round-tripping digit string. When several shortest strings round-trip,
//! Python picks the one nearest to the true value; [`shortest`] re-derives that choice.

/// Decimal digits of a finite, non-zero, non-negative float: `value = 0.DIGITS × 10^decpt`,
/// with trailing zeros removed (at least one digit is kept).
#[derive(Debug, Clone)]
pub struct Digits {
    pub digits: String,
    pub decpt: i32,
}

/// Split Rust's `d.ddde±x` text into (digits without trailing zeros, decpt).
fn split_exp_text(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if digits.is_empty() {
        digits.push('0');
    }
    Digits {
        digits,
        decpt: exp + 1,
    }
}

/// The shortest digit string that reads back as `x` (|x| finite, non-zero), nearest to `x`
/// among equally short candidates.
pub fn shortest(x: f64) -> Digits {
    let x = x.abs();
    let short = split_exp_text(&format!("{x:e}"));
    let n = short.digits.len();
    if n <= 1 {
        return short;
    }
    // The correctly rounded n-digit decimal is the nearest n-digit candidate; it reads back
    // as x whenever any n-digit candidate does.
    let nearest_text = format!("{:.*e}", n - 1, x);
    match nearest_text.parse::<f64>() {
        Ok(back) if back == x => split_exp_text(&nearest_text),
        _ => short,
    }
}

/// `x` (finite, non-negative) correctly rounded to `n` ≥ 1 significant digits.
pub fn significant(x: f64, n: usize) -> Digits {
    if x == 0.0 {
        return Digits {
            digits: "0".into(),
            decpt: 1,
        };
    }
    split_exp_text(&format!("{:.*e}", n.max(1) - 1, x.abs()))
}

/// How a float is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `repr()`: shortest digits, exponent below 1e-4 and from 1e16.
    Repr,
    /// `e`: `precision` digits after the point, always an exponent.
    Exp,
    /// `f`: `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, exponent when it is < -4 or ≥ precision.
    General,
}

/// Options of [`format_abs`].
#[derive(Debug, Clone, Copy)]
pub struct FloatFmt {
    pub mode: Mode,
    pub precision: usize,
    /// `#`: keep trailing zeros (`g`) and always show the decimal point.
    pub alt: bool,
    /// Show `.0` for integral values (`repr`, and the empty presentation type).
    pub add_dot_0: bool,
    pub upper: bool,
}

/// Format |x| (finite) without a sign.
pub fn format_abs(x: f64, o: &FloatFmt) -> String {
    let x = x.abs();
    if o.mode == Mode::Fixed {
        let mut s = format!("{:.*}", o.precision, x);
        if o.alt && o.precision == 0 {
            s.push('.');
        }
        return s;
    }
    let d = match o.mode {
        Mode::Repr => {
            if x == 0.0 {
                Digits {
                    digits: "0".into(),
                    decpt: 1,
                }
            } else {
                shortest(x)
            }
        }
        Mode::Exp => significant(x, o.precision.saturating_add(1)),
        _ => significant(x, o.precision.max(1)),
    };
    layout(&d, o)
}

/// Place digits, decimal point, padding zeros and exponent.
fn layout(d: &Digits, o: &FloatFmt) -> String {
    let nd = d.digits.len() as i64;
    let p = o.precision.min(i32::MAX as usize) as i64;
    let mut decpt = d.decpt as i64;
    let mut vend = nd;
    let mut use_exp = false;
    match o.mode {
        Mode::Exp => {
            use_exp = true;
            vend = p + 1;
        }
        Mode::General => {
            let p = p.max(1);
            let limit = if o.add_dot_0 { p - 1 } else { p };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if o.alt {
                vend = p;
            }
        }
        Mode::Repr => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
        Mode::Fixed => {}
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && o.add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };
    let digits = d.digits.as_bytes();
    let mut s = String::with_capacity((vend - vstart) as usize + 8);
    for i in vstart..vend {
        if i == decpt {
            s.push('.');
        }
        let c = if i >= 0 && i < nd {
            digits.get(i as usize).copied().unwrap_or(b'0') as char
        } else {
            '0'
        };
        s.push(c);
    }
    if decpt == vend && o.alt {
        s.push('.');
    }
    if use_exp {
        s.push(if o.upper { 'E' } else { 'e' });
        s.push(if exp < 0 { '-' } else { '+' });
        s.push_str(&format!("{:02}", exp.abs()));
    }
    s
}

/// Python's `repr(float)` / `str(float)`.
pub fn repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let body = format_abs(
        x,
        &FloatFmt {
            mode: Mode::Repr,
            precision: 0,
            alt: false,
            add_dot_0: true,
            upper: false,
        },
    );
    if x.is_sign_negative() {
        format!("-{body}")
    } else {
        body
    }
}

/// The repr digits without the `.0` of integral values (used for complex parts).
pub fn repr_no_dot0(x: f64) -> String {
    if !x.is_finite() {
        return if x.is_nan() {
            "nan".into()
        } else if x > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        };
    }
    let body = format_abs(
        x,
        &FloatFmt {
            mode: Mode::Repr,
            precision: 0,
            alt: false,
            add_dot_0: false,
            upper: false,
        },
    );
    if x.is_sign_negative() {
        format!("-{body}")
    } else {
        body
    }
}

/// `round(x, n)`: `x` correctly rounded to `n` decimal places (ties to even on exact binary
/// ties), `None` when the result overflows.
pub fn round_to(x: f64, n: i64) -> Option<f64> {
    // Beyond these, rounding cannot change a double (or always gives zero).
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || x == 0.0 || n > NDIGITS_MAX {
        return Some(x);
    }
    if n < NDIGITS_MIN {
        return Some(0.0 * x);
    }
    let r = if n >= 0 {
        format!("{:.*}", n as usize, x).parse::<f64>().unwrap_or(x)
    } else {
        round_negative(x, (-n) as u32)
    };
    if r.is_infinite() {
        return None;
    }
    // Keep the sign of a result that rounds to zero.
    Some(if r == 0.0 { 0.0f64.copysign(x) } else { r })
}

/// Round to a multiple of 10^k exactly, with ties to even.
fn round_negative(x: f64, k: u32) -> f64 {
    use num_bigint::BigInt;
    use num_integer::Integer;
    use num_traits::{Signed, Zero};
    let neg = x < 0.0;
    // |x| = m × 2^e exactly.
    let bits = x.abs().to_bits();
    let be = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if be == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), be - 1075)
    };
    let p = num_traits::pow(BigInt::from(10), k as usize);
    // q = |x| / 10^k as a fraction num/den.
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << e as u64, p.clone())
    } else {
        (BigInt::from(m), &p << (-e) as u64)
    };
    let (mut q, r) = num.div_rem(&den);
    let twice = &r << 1u32;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    if q.is_zero() {
        return if neg { -0.0 } else { 0.0 };
    }
    let v = q * p;
    let f = crate::ops::num::big_to_f64_rounded(&v);
    let f = if f.is_nan() { f64::INFINITY } else { f };
    if neg && !v.is_negative() {
        -f
    } else {
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_python() {
        assert_eq!(repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(repr(1e16), "1e+16");
        assert_eq!(repr(1e15), "1000000000000000.0");
        assert_eq!(repr(1e-5), "1e-05");
        assert_eq!(repr(0.0001), "0.0001");
        assert_eq!(repr(5e-324), "5e-324");
        assert_eq!(repr(-0.0), "-0.0");
        // Two shortest candidates (…181.2 and …181.3) are equally close: ties go to even.
        assert_eq!(repr(715125645633181.0 + 0.25), "715125645633181.2");
    }

    #[test]
    fn round_is_correctly_rounded() {
        assert_eq!(round_to(2.675, 2), Some(2.67));
        assert_eq!(round_to(0.125, 2), Some(0.12));
        assert_eq!(round_to(1250.0, -2), Some(1200.0));
        assert_eq!(round_to(1350.0, -2), Some(1400.0));
        assert_eq!(round_to(1.7976931348623157e308, -308), None);
        assert!(round_to(-0.4, 0).is_some_and(|r| r == 0.0 && r.is_sign_negative()));
    }
}
