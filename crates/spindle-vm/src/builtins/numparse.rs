//! Numbers from text and from other objects: `int(x, base)`, `float(x)` and `complex(...)`
//! with Python's rules (whitespace, single underscores between digits, Unicode decimal digits,
//! base prefixes, `inf`/`nan` spellings), the str→int digit limit and CPython's messages.

use crate::error::{PyErr, PyResult};
use crate::object::Payload;
use crate::ops::{self, num};
use crate::types::function::Args;
use crate::types::type_name;
use crate::value::Value;
use crate::vm::Vm;
use crate::{bail, py_err};
use num_bigint::BigInt;

/// Python's ASCII whitespace (`Py_ISSPACE`).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Map text to the ASCII form number parsers read: Unicode decimal digits become ASCII digits,
/// Unicode whitespace becomes a space, and any other non-ASCII character becomes `?` (which no
/// parser accepts).
pub fn to_ascii_number_text(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let digits = crate::builtins::construct::unicode_digits_to_ascii(s);
    digits
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if c.is_whitespace() {
                ' '
            } else {
                '?'
            }
        })
        .collect()
}

/// Trim Python whitespace from both ends.
fn trim(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|b| !is_space(*b)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|b| !is_space(*b))
        .map_or(start, |e| e + 1);
    s.get(start..end.max(start)).unwrap_or(&[])
}

/// The value of one digit character in bases up to 36.
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 99,
    }
}

/// What went wrong parsing an int.
enum IntParseError {
    Invalid,
    TooManyDigits(usize),
}

/// Parse the ASCII text of an int in `base` (0 = from its prefix).
fn parse_int_text(text: &[u8], base: u32) -> Result<BigInt, IntParseError> {
    use IntParseError::*;
    let t = trim(text);
    let (neg, mut rest) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base;
    let prefix = |r: &[u8]| -> Option<u32> {
        match (r.first(), r.get(1).map(|c| c.to_ascii_lowercase())) {
            (Some(b'0'), Some(b'x')) => Some(16),
            (Some(b'0'), Some(b'o')) => Some(8),
            (Some(b'0'), Some(b'b')) => Some(2),
            _ => None,
        }
    };
    let mut after_prefix = false;
    match prefix(rest) {
        Some(p) if base == 0 || base == p => {
            base = p;
            rest = &rest[2..];
            after_prefix = true;
        }
        _ => {}
    }
    let mut leading_zero_rule = false;
    if base == 0 {
        base = 10;
        leading_zero_rule = rest.first() == Some(&b'0');
    }
    // An underscore may directly follow a base prefix.
    if after_prefix && rest.first() == Some(&b'_') {
        rest = &rest[1..];
    }
    if rest.is_empty() || rest[0] == b'_' || rest[rest.len() - 1] == b'_' {
        return Err(Invalid);
    }
    let mut clean = Vec::with_capacity(rest.len());
    let mut prev_underscore = false;
    for &b in rest {
        if b == b'_' {
            if prev_underscore {
                return Err(Invalid);
            }
            prev_underscore = true;
            continue;
        }
        prev_underscore = false;
        if digit_value(b) >= base {
            return Err(Invalid);
        }
        clean.push(b);
    }
    if leading_zero_rule && clean.iter().any(|b| *b != b'0') {
        return Err(Invalid);
    }
    if !base.is_power_of_two() {
        let limit = crate::vm::int_max_str_digits();
        if limit > 0 && clean.len() > limit {
            return Err(TooManyDigits(clean.len()));
        }
    }
    let v = if clean.len() <= 18 && base == 10 {
        let s = std::str::from_utf8(&clean).unwrap_or("0");
        BigInt::from(s.parse::<i64>().unwrap_or(0))
    } else {
        BigInt::parse_bytes(&clean, base).ok_or(Invalid)?
    };
    Ok(if neg { -v } else { v })
}

/// Parse an int from str text, raising CPython's ValueError; `orig` is what the message shows.
pub fn parse_int_str(vm: &Vm, s: &str, base: u32, orig: &Value) -> PyResult<Value> {
    let ascii = to_ascii_number_text(s);
    parse_int_bytes_inner(vm, ascii.as_bytes(), base, orig)
}

fn parse_int_bytes_inner(vm: &Vm, text: &[u8], base: u32, orig: &Value) -> PyResult<Value> {
    match parse_int_text(text, base) {
        Ok(v) => Ok(num::big_to_value(v)),
        Err(IntParseError::TooManyDigits(n)) => Err(py_err!(
            ValueError,
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            crate::vm::int_max_str_digits(),
            n
        )),
        Err(IntParseError::Invalid) => Err(invalid_int_literal(vm, base, orig)),
    }
}

fn invalid_int_literal(vm: &Vm, base: u32, orig: &Value) -> PyErr {
    let shown = match orig.payload() {
        Some(Payload::Str(_)) => ops::repr(vm, orig)
            .unwrap_or_default()
            .chars()
            .take(200)
            .collect::<String>(),
        _ => {
            let data = crate::types::methods::misc::bytes_like(orig).unwrap_or_default();
            let cut = &data[..data.len().min(200)];
            crate::ops::repr::bytes_repr(cut)
        }
    };
    py_err!(
        ValueError,
        "invalid literal for int() with base {}: {}",
        base,
        shown
    )
}

/// `int(x=0)`, `int(x, base=10)`.
pub fn int_new(vm: &Vm, args: &Args) -> PyResult<Value> {
    args.only_kwargs("int", &["base"])?;
    let p = args.pos();
    if p.len() > 2 {
        bail!(
            TypeError,
            "int expected at most 2 arguments, got {}",
            p.len()
        );
    }
    let base = p.get(1).or_else(|| args.kw("base")).cloned();
    let Some(x) = p.first() else {
        if base.is_some() {
            bail!(TypeError, "int() missing string argument");
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = num::index_clamped(vm, &b)?;
        if b != 0 && !(2..=36).contains(&b) {
            bail!(ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        return match x.payload() {
            Some(Payload::Str(s)) => parse_int_str(vm, s.as_str(), b as u32, x),
            _ => match crate::types::methods::misc::bytes_like(x) {
                Some(d) => parse_int_bytes_inner(vm, &d, b as u32, x),
                None => bail!(
                    TypeError,
                    "int() can't convert non-string with explicit base"
                ),
            },
        };
    }
    match x {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => num::float_to_int(*f),
        _ => match x.payload() {
            Some(Payload::BigInt(_)) => Ok(x.clone()),
            Some(Payload::Str(s)) => parse_int_str(vm, s.as_str(), 10, x),
            _ if crate::types::methods::misc::bytes_like(x).is_some() => {
                let d = crate::types::methods::misc::bytes_like(x).unwrap_or_default();
                parse_int_bytes_inner(vm, &d, 10, x)
            }
            Some(Payload::Instance(_)) => {
                for m in ["__int__", "__index__", "__trunc__"] {
                    if let Some(r) = vm.call_special(x, m, &[])? {
                        if num::as_int(&r).is_none() {
                            if m == "__trunc__" {
                                return num::index_value(vm, &r).map_err(|_| {
                                    py_err!(
                                        TypeError,
                                        "__trunc__ returned non-Integral (type {})",
                                        type_name(&r)
                                    )
                                });
                            }
                            bail!(TypeError, "{} returned non-int (type {})", m, type_name(&r));
                        }
                        return Ok(match r {
                            Value::Bool(b) => Value::Int(b as i64),
                            other => other,
                        });
                    }
                }
                bail!(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '{}'", type_name(x))
            }
            _ => bail!(
                TypeError,
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name(x)
            ),
        },
    }
}

/// Length of the longest float literal at the start of `s` (sign, digits with an optional
/// fraction and exponent, or an inf/nan spelling); 0 when there is none.
fn float_prefix_len(s: &[u8]) -> usize {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let rest = &s[i..];
    let lower: Vec<u8> = rest
        .iter()
        .take(8)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    if lower.starts_with(b"infinity") {
        return i + 8;
    }
    if lower.starts_with(b"inf") || lower.starts_with(b"nan") {
        return i + 3;
    }
    let digits_from = |mut j: usize| {
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let int_end = digits_from(i);
    let mut end = int_end;
    let mut ndigits = int_end - i;
    if s.get(end) == Some(&b'.') {
        let frac_end = digits_from(end + 1);
        ndigits += frac_end - end - 1;
        end = frac_end;
    }
    if ndigits == 0 {
        return 0;
    }
    if matches!(s.get(end), Some(b'e' | b'E')) {
        let mut j = end + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let e_end = digits_from(j);
        if e_end > j {
            end = e_end;
        }
    }
    end
}

/// The value of a float literal recognized by [`float_prefix_len`].
fn float_literal_value(s: &[u8]) -> f64 {
    let text = std::str::from_utf8(s).unwrap_or("");
    let (neg, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let lower = body.to_ascii_lowercase();
    let v = if lower.starts_with("inf") {
        f64::INFINITY
    } else if lower == "nan" {
        f64::NAN
    } else {
        // Rust's parser is correctly rounded and accepts this syntax.
        body.parse::<f64>().unwrap_or(f64::NAN)
    };
    if neg {
        -v
    } else {
        v
    }
}

/// Remove underscores that sit between two digits; None when one sits anywhere else.
fn strip_underscores(s: &[u8]) -> Option<Vec<u8>> {
    if !s.contains(&b'_') {
        return Some(s.to_vec());
    }
    let mut out = Vec::with_capacity(s.len());
    for (i, &b) in s.iter().enumerate() {
        if b == b'_' {
            let before = i > 0 && s[i - 1].is_ascii_digit();
            let after = s.get(i + 1).is_some_and(|c| c.is_ascii_digit());
            if !(before && after) {
                return None;
            }
        } else {
            out.push(b);
        }
    }
    Some(out)
}

/// Parse the whole of `s` as a float (Python's `float(str)` rules); None when invalid.
pub fn parse_float_text(s: &str) -> Option<f64> {
    let ascii = to_ascii_number_text(s);
    let t = trim(ascii.as_bytes());
    let clean = strip_underscores(t)?;
    let n = float_prefix_len(&clean);
    if n == 0 || n != clean.len() {
        return None;
    }
    Some(float_literal_value(&clean))
}

fn float_convert_error(vm: &Vm, v: &Value) -> PyErr {
    match ops::repr(vm, v) {
        Ok(r) => py_err!(ValueError, "could not convert string to float: {}", r),
        Err(e) => e,
    }
}

/// `float(x)`.
pub fn float_new(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(f) => Ok(Value::Float(*f)),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        _ => match v.payload() {
            Some(Payload::BigInt(_)) => Ok(Value::Float(num::as_f64(v).unwrap_or(Ok(0.0))?)),
            Some(Payload::Str(s)) => match parse_float_text(s.as_str()) {
                Some(f) => Ok(Value::Float(f)),
                None => Err(float_convert_error(vm, v)),
            },
            _ if crate::types::methods::misc::bytes_like(v).is_some() => {
                let d = crate::types::methods::misc::bytes_like(v).unwrap_or_default();
                match std::str::from_utf8(&d)
                    .ok()
                    .filter(|s| s.is_ascii())
                    .and_then(parse_float_text)
                {
                    Some(f) => Ok(Value::Float(f)),
                    None => Err(float_convert_error(vm, v)),
                }
            }
            Some(Payload::Instance(_)) => {
                if let Some(r) = vm.call_special(v, "__float__", &[])? {
                    return match r {
                        Value::Float(f) => Ok(Value::Float(f)),
                        _ => bail!(
                            TypeError,
                            "{}.__float__ returned non-float (type {})",
                            type_name(v),
                            type_name(&r)
                        ),
                    };
                }
                if vm.call_special(v, "__index__", &[])?.is_some() {
                    let i = num::index_value(vm, v)?;
                    return float_new(vm, &i);
                }
                bail!(
                    TypeError,
                    "float() argument must be a string or a real number, not '{}'",
                    type_name(v)
                )
            }
            _ => bail!(
                TypeError,
                "float() argument must be a string or a real number, not '{}'",
                type_name(v)
            ),
        },
    }
}

/// `PyFloat_AsDouble`: a float from a number (float, int, or an object with `__float__` or
/// `__index__`); None when the object is not a number.
pub fn as_double(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = num::as_f64(v) {
        return f.map(Some);
    }
    if let Some(Payload::Instance(_)) = v.payload() {
        if let Some(r) = vm.call_special(v, "__float__", &[])? {
            return match r {
                Value::Float(f) => Ok(Some(f)),
                _ => bail!(
                    TypeError,
                    "{}.__float__ returned non-float (type {})",
                    type_name(v),
                    type_name(&r)
                ),
            };
        }
        if let Some(r) = vm.call_special(v, "__index__", &[])? {
            return match num::as_int(&r) {
                Some(i) => num::int_to_f64(&i).map(Some),
                None => bail!(
                    TypeError,
                    "__index__ returned non-int (type {})",
                    type_name(&r)
                ),
            };
        }
    }
    Ok(None)
}

/// Why a complex literal was rejected.
pub enum ComplexParseError {
    /// An underscore outside a run of digits.
    Underscore,
    Malformed,
}

/// Parse a complex literal (`1+2j`, `(3-j)`, `inf`, ...).
pub fn parse_complex_text(s: &str) -> Result<(f64, f64), ComplexParseError> {
    let ascii = to_ascii_number_text(s);
    let clean = strip_underscores(ascii.as_bytes()).ok_or(ComplexParseError::Underscore)?;
    parse_complex_clean(&clean).ok_or(ComplexParseError::Malformed)
}

fn parse_complex_clean(s: &[u8]) -> Option<(f64, f64)> {
    let mut i = 0;
    let skip_space = |i: &mut usize| {
        while *i < s.len() && is_space(s[*i]) {
            *i += 1;
        }
    };
    skip_space(&mut i);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        skip_space(&mut i);
    }
    let is_j = |b: Option<&u8>| matches!(b, Some(b'j' | b'J'));
    let (mut re, mut im) = (0.0, 0.0);
    let n = float_prefix_len(&s[i..]);
    if n > 0 {
        let z = float_literal_value(&s[i..i + n]);
        i += n;
        match s.get(i) {
            Some(b'+' | b'-') => {
                re = z;
                let m = float_prefix_len(&s[i..]);
                if m > 0 {
                    im = float_literal_value(&s[i..i + m]);
                    i += m;
                } else {
                    im = if s[i] == b'+' { 1.0 } else { -1.0 };
                    i += 1;
                }
                if !is_j(s.get(i)) {
                    return None;
                }
                i += 1;
            }
            Some(b'j' | b'J') => {
                im = z;
                i += 1;
            }
            _ => re = z,
        }
    } else {
        match s.get(i) {
            Some(b'+') => {
                im = 1.0;
                i += 1;
            }
            Some(b'-') => {
                im = -1.0;
                i += 1;
            }
            _ => im = 1.0,
        }
        if !is_j(s.get(i)) {
            return None;
        }
        i += 1;
    }
    skip_space(&mut i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        skip_space(&mut i);
    }
    if i != s.len() {
        return None;
    }
    Some((re, im))
}

/// `complex(real=0, imag=0)`.
pub fn complex_new(vm: &Vm, args: &Args) -> PyResult<Value> {
    args.only_kwargs("complex", &["real", "imag"])?;
    let p = args.pos();
    if p.len() > 2 {
        bail!(
            TypeError,
            "complex() takes at most 2 arguments ({} given)",
            p.len()
        );
    }
    let r = p.first().or_else(|| args.kw("real")).cloned();
    let i = p.get(1).or_else(|| args.kw("imag")).cloned();
    let complex_of = |v: &Value| match v.payload() {
        Some(Payload::Complex(a, b)) => Some((*a, *b)),
        _ => None,
    };
    let r = r.unwrap_or(Value::Int(0));
    if let Some(Payload::Str(s)) = r.payload() {
        if i.is_some() {
            bail!(
                TypeError,
                "complex() can't take second arg if first is a string"
            );
        }
        return match parse_complex_text(s.as_str()) {
            Ok((a, b)) => Ok(new_complex(a, b)),
            Err(ComplexParseError::Malformed) => {
                bail!(ValueError, "complex() arg is a malformed string")
            }
            Err(ComplexParseError::Underscore) => bail!(
                ValueError,
                "could not convert string to complex: {}",
                ops::repr(vm, &r)?
            ),
        };
    }
    if let Some(iv) = &i {
        if let Some(Payload::Str(_)) = iv.payload() {
            bail!(TypeError, "complex() second arg can't be a string");
        }
    }
    // The first argument: complex, __complex__, or a real number.
    let mut cr: Option<(f64, f64)> = complex_of(&r);
    if cr.is_none() {
        if let Some(Payload::Instance(_)) = r.payload() {
            if let Some(c) = vm.call_special(&r, "__complex__", &[])? {
                match complex_of(&c) {
                    Some(z) => cr = Some(z),
                    None => bail!(
                        TypeError,
                        "__complex__ returned non-complex (type {})",
                        type_name(&c)
                    ),
                }
            }
        }
    }
    let (cr_re, cr_im, cr_complex) = match cr {
        Some((a, b)) => (a, b, true),
        None => match as_double(vm, &r)? {
            Some(f) => (f, 0.0, false),
            None => bail!(
                TypeError,
                "complex() first argument must be a string or a number, not '{}'",
                type_name(&r)
            ),
        },
    };
    let Some(iv) = i else {
        return Ok(new_complex(cr_re, cr_im));
    };
    let (mut ci_re, ci_im) = imag_part(vm, &iv)?;
    let mut re = cr_re;
    if let Some(ci_im) = ci_im {
        re -= ci_im;
    }
    if cr_complex {
        ci_re += cr_im;
    }
    Ok(new_complex(re, ci_re))
}

/// The second argument of `complex()`: (its real part, its imaginary part when complex).
fn imag_part(vm: &Vm, iv: &Value) -> PyResult<(f64, Option<f64>)> {
    if let Some(Payload::Complex(a, b)) = iv.payload() {
        return Ok((*a, Some(*b)));
    }
    match as_double(vm, iv)? {
        Some(f) => Ok((f, None)),
        None => bail!(
            TypeError,
            "complex() second argument must be a number, not '{}'",
            type_name(iv)
        ),
    }
}

pub fn new_complex(re: f64, im: f64) -> Value {
    Value::from_obj(Payload::Complex(re, im))
}
