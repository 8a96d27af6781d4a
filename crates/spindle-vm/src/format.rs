//! String formatting: the format-specification mini-language (`format()`, f-strings,
//! `str.format`) and `%`-formatting, as the Python documentation ("Format Specification
//! Mini-Language", "printf-style String Formatting") defines them.

use crate::error::PyResult;
use crate::object::Payload;
use crate::ops::num::{self, as_int, IntRef};
use crate::ops::{self, repr::float_repr};
use crate::types::function::Args;
use crate::types::str::{as_str, StrObj};
use crate::types::type_name;
use crate::value::Value;
use crate::vm::Vm;
use crate::{bail, py_err};
use num_bigint::BigInt;

/// A parsed format specification.
#[derive(Debug, Default, Clone)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// "Unknown format code 'X' for object of type 'T'".
pub fn unknown_code(ty: char, v: &Value) -> crate::error::PyErr {
    let tn = type_name(v);
    if (ty as u32) > 32 && (ty as u32) < 128 {
        py_err!(
            ValueError,
            "Unknown format code '{}' for object of type '{}'",
            ty,
            tn
        )
    } else {
        py_err!(
            ValueError,
            "Unknown format code '\\x{:x}' for object of type '{}'",
            ty as u32,
            tn
        )
    }
}

/// Read a run of ASCII digits as a width or precision.
fn spec_integer(cs: &[char], i: &mut usize) -> PyResult<Option<usize>> {
    let start = *i;
    let mut n: usize = 0;
    while *i < cs.len() && cs[*i].is_ascii_digit() {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(cs[*i] as usize - '0' as usize))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(|| py_err!(ValueError, "Too many decimal digits in format string"))?;
        *i += 1;
    }
    Ok(if *i > start { Some(n) } else { None })
}

/// Parse a format spec for a value `v` whose presentation type defaults to `default_ty`.
pub fn parse_spec_for(spec: &str, v: &Value, default_ty: Option<char>) -> PyResult<Spec> {
    let cs: Vec<char> = spec.chars().collect();
    let mut s = Spec {
        ty: default_ty,
        ..Spec::default()
    };
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if cs.len() >= 2 && is_align(cs[1]) {
        s.fill = Some(cs[0]);
        s.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        s.align = Some(cs[0]);
        i = 1;
    }
    if let Some(&c) = cs.get(i) {
        if matches!(c, '+' | '-' | ' ') {
            s.sign = Some(c);
            i += 1;
        }
    }
    if cs.get(i) == Some(&'z') {
        s.z = true;
        i += 1;
    }
    if cs.get(i) == Some(&'#') {
        s.alt = true;
        i += 1;
    }
    if s.fill.is_none() && cs.get(i) == Some(&'0') {
        s.zero = true;
        i += 1;
    }
    s.width = spec_integer(&cs, &mut i)?;
    if let Some(w) = s.width {
        crate::error::check_alloc_items(w, 4)?;
    }
    if cs.get(i) == Some(&',') {
        s.grouping = Some(',');
        i += 1;
    }
    if cs.get(i) == Some(&'_') {
        if s.grouping.is_some() {
            bail!(ValueError, "Cannot specify both ',' and '_'.");
        }
        s.grouping = Some('_');
        i += 1;
    }
    if cs.get(i) == Some(&',') && s.grouping == Some('_') {
        bail!(ValueError, "Cannot specify both ',' and '_'.");
    }
    if cs.get(i) == Some(&'.') {
        i += 1;
        match spec_integer(&cs, &mut i)? {
            Some(p) => s.precision = Some(p),
            None => bail!(ValueError, "Format specifier missing precision"),
        }
    }
    if cs.len() - i > 1 {
        bail!(
            ValueError,
            "Invalid format specifier '{}' for object of type '{}'",
            spec,
            type_name(v)
        );
    }
    if i < cs.len() {
        s.ty = Some(cs[i]);
    }
    if let Some(g) = s.grouping {
        let ok = match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            let t = s.ty.unwrap_or('\0');
            if (t as u32) > 32 && (t as u32) < 128 {
                bail!(ValueError, "Cannot specify '{}' with '{}'.", g, t);
            }
            bail!(
                ValueError,
                "Cannot specify '{}' with '\\x{:x}'.",
                g,
                t as u32
            );
        }
    }
    Ok(s)
}

/// Parse a format spec (no default presentation type).
pub fn parse_spec(spec: &str) -> PyResult<Spec> {
    parse_spec_for(spec, &Value::None, None)
}

/// Insert grouping separators every `every` digits into a string of digits.
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Pad `sign + body` to the spec's width with its fill and alignment.
fn pad(spec: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero && default_align == '>' {
        '='
    } else {
        default_align
    });
    let len = sign.chars().count() + body.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        return format!("{sign}{body}");
    }
    let padn = width - len;
    let f = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    match align {
        '<' => format!("{sign}{body}{}", f(padn)),
        '^' => format!("{}{sign}{body}{}", f(padn / 2), f(padn - padn / 2)),
        '=' => format!("{sign}{}{body}", f(padn)),
        _ => format!("{}{sign}{body}", f(padn)),
    }
}

fn sign_str(spec: &Spec, negative: bool) -> &'static str {
    if negative {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// Zero padding with grouping: CPython inserts separators into the zero padding too.
fn grouped_zero_pad(
    spec: &Spec,
    sign: &str,
    digits: &str,
    rest: &str,
    sep: char,
    every: usize,
) -> String {
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    if fill == '0' && align == '=' {
        if let Some(w) = spec.width {
            let avail = w.saturating_sub(sign.len() + rest.chars().count());
            let mut d = digits.to_string();
            loop {
                let g = group(&d, sep, every);
                if g.len() >= avail {
                    return format!("{sign}{g}{rest}");
                }
                d.insert(0, '0');
            }
        }
    }
    pad(
        spec,
        sign,
        &format!("{}{}", group(digits, sep, every), rest),
        '>',
    )
}

/// `format(int, spec)`.
fn format_int(_vm: &Vm, v: &Value, i: &IntRef, spec_s: &str) -> PyResult<String> {
    let spec = parse_spec_for(spec_s, v, Some('d'))?;
    let ty = spec.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = num::int_to_f64(i)?;
        return format_float_spec(&spec, f, v);
    }
    if !matches!(ty, 'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') {
        return Err(unknown_code(ty, v));
    }
    if spec.precision.is_some() {
        bail!(
            ValueError,
            "Precision not allowed in integer format specifier"
        );
    }
    if spec.z {
        bail!(
            ValueError,
            "Negative zero coercion (z) not allowed in integer format specifier"
        );
    }
    let big = i.to_big();
    let negative = num_traits::Signed::is_negative(&big);
    let mag = num_traits::Signed::abs(&big);
    let (digits, prefix) = match ty {
        'd' | 'n' => (mag.to_string(), ""),
        'b' => (mag.to_str_radix(2), "0b"),
        'o' => (mag.to_str_radix(8), "0o"),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        'c' => {
            if spec.sign.is_some() {
                bail!(
                    ValueError,
                    "Sign not allowed with integer format specifier 'c'"
                );
            }
            if spec.alt {
                bail!(
                    ValueError,
                    "Alternate form (#) not allowed with integer format specifier 'c'"
                );
            }
            let c = big
                .to_string()
                .parse::<u32>()
                .ok()
                .and_then(char::from_u32)
                .ok_or_else(|| py_err!(OverflowError, "%c arg not in range(0x110000)"))?;
            return Ok(pad(&spec, "", &c.to_string(), '>'));
        }
        _ => return Err(unknown_code(ty, v)),
    };
    let sign = sign_str(&spec, negative);
    let prefix = if spec.alt { prefix } else { "" };
    let full_sign = format!("{sign}{prefix}");
    match spec.grouping {
        Some(sep) => {
            if sep == ',' && !matches!(ty, 'd' | 'n') {
                bail!(ValueError, "Cannot specify ',' with '{}'.", ty);
            }
            let every = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
            Ok(grouped_zero_pad(&spec, &full_sign, &digits, "", sep, every))
        }
        None => Ok(pad(&spec, &full_sign, &digits, '>')),
    }
}

/// Fixed-point digits of |x| with `prec` decimals.
fn fixed(x: f64, prec: usize) -> String {
    format!("{:.*}", prec, x.abs())
}

/// Scientific digits of |x| with `prec` decimals, Python style exponent (`e+05`).
fn sci(x: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, x.abs());
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let out = format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// General format ('g'): `prec` significant digits.
fn general(x: f64, prec: usize, alt: bool, upper: bool, repr_style: bool) -> String {
    let p = prec.max(1);
    if x == 0.0 {
        let mut s = if alt {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".to_string()
        };
        if repr_style && !s.contains('.') {
            s.push_str(".0");
        }
        return s;
    }
    let s = format!("{:.*e}", p - 1, x.abs());
    let (_, e) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = e.parse().unwrap_or(0);
    let mut out = if exp >= -4 && exp < p as i32 {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let mut f = format!("{:.*}", decimals, x.abs());
        if !alt && f.contains('.') {
            f = f.trim_end_matches('0').trim_end_matches('.').to_string();
        }
        if repr_style && !f.contains('.') {
            f.push_str(".0");
        }
        f
    } else {
        let mut m = sci(x, p - 1, false);
        if !alt {
            if let Some((mant, ex)) = m.clone().split_once('e') {
                let mant = if mant.contains('.') {
                    mant.trim_end_matches('0').trim_end_matches('.')
                } else {
                    mant
                };
                m = format!("{mant}e{ex}");
            }
        }
        m
    };
    if upper {
        out = out.to_uppercase();
    }
    out
}

fn format_float_spec(spec: &Spec, f: f64, v: &Value) -> PyResult<String> {
    let ty = spec.ty;
    let negative = f.is_sign_negative() && !(spec.z && (f == 0.0 || fixed_is_zero(f, spec)));
    let negative = negative && !f.is_nan();
    let mut body = if f.is_nan() || f.is_infinite() {
        let s = if f.is_nan() { "nan" } else { "inf" };
        let s = if matches!(ty, Some('E' | 'F' | 'G')) {
            s.to_uppercase()
        } else {
            s.to_string()
        };
        let s = if ty == Some('%') { format!("{s}%") } else { s };
        return Ok(pad(spec, sign_str(spec, negative), &s, '>'));
    } else {
        match ty {
            Some('f' | 'F') => fixed(f, spec.precision.unwrap_or(6)),
            Some('e' | 'E') => sci(f, spec.precision.unwrap_or(6), ty == Some('E')),
            Some('g' | 'G' | 'n') => general(
                f,
                spec.precision.unwrap_or(6),
                spec.alt,
                ty == Some('G'),
                false,
            ),
            Some('%') => format!("{}%", fixed(f * 100.0, spec.precision.unwrap_or(6))),
            None => match spec.precision {
                Some(p) => general(f, p, spec.alt, false, true),
                None => float_repr(f.abs()),
            },
            Some(other) => return Err(unknown_code(other, v)),
        }
    };
    if spec.alt
        && !body.contains('.')
        && !body.contains('e')
        && matches!(ty, Some('f' | 'F' | '%') | None)
    {
        if let Some(stripped) = body.strip_suffix('%') {
            body = format!("{stripped}.%");
        } else {
            body.push('.');
        }
    }
    let sign = sign_str(spec, negative);
    match spec.grouping {
        Some(sep) => {
            let split = body.find(['.', 'e', 'E', '%']).unwrap_or(body.len());
            let (int_part, rest) = body.split_at(split);
            Ok(grouped_zero_pad(spec, sign, int_part, rest, sep, 3))
        }
        None => Ok(pad(spec, sign, &body, '>')),
    }
}

fn fixed_is_zero(f: f64, spec: &Spec) -> bool {
    match spec.ty {
        Some('f' | 'F') => fixed(f, spec.precision.unwrap_or(6))
            .chars()
            .all(|c| c == '0' || c == '.'),
        _ => false,
    }
}

fn format_str(s: &StrObj, spec_s: &str, v: &Value) -> PyResult<String> {
    let spec = parse_spec_for(spec_s, v, Some('s'))?;
    match spec.ty {
        None | Some('s') => {}
        Some(other) => return Err(unknown_code(other, v)),
    }
    if spec.sign == Some(' ') {
        bail!(ValueError, "Space not allowed in string format specifier");
    }
    if spec.sign.is_some() {
        bail!(ValueError, "Sign not allowed in string format specifier");
    }
    if spec.z {
        bail!(
            ValueError,
            "Negative zero coercion (z) not allowed in string format specifier"
        );
    }
    if spec.alt {
        bail!(
            ValueError,
            "Alternate form (#) not allowed in string format specifier"
        );
    }
    if spec.grouping.is_some() {
        bail!(
            ValueError,
            "Cannot specify '{}' with 's'.",
            spec.grouping.unwrap_or(',')
        );
    }
    if spec.align == Some('=') {
        bail!(
            ValueError,
            "'=' alignment not allowed in string format specifier"
        );
    }
    let body = match spec.precision {
        Some(p) => s.substr(0, p).to_string(),
        None => s.as_str().to_string(),
    };
    Ok(pad(&spec, "", &body, '<'))
}

/// `object.__format__`: `str(v)` for an empty spec, a TypeError otherwise.
fn default_format(vm: &Vm, v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return ops::str_(vm, v);
    }
    bail!(
        TypeError,
        "unsupported format string passed to {}.__format__",
        type_name(v)
    )
}

/// `format(v, spec)`.
pub fn format_value(vm: &Vm, v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Bool(b) if spec.is_empty() => return Ok(if *b { "True" } else { "False" }.into()),
        Value::Float(f) => {
            if spec.is_empty() {
                return Ok(float_repr(*f));
            }
            let s = parse_spec_for(spec, v, None)?;
            if let Some(t) = s.ty {
                if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
                    return Err(unknown_code(t, v));
                }
            }
            return format_float_spec(&s, *f, v);
        }
        _ => {}
    }
    if let Some(i) = as_int(v) {
        if spec.is_empty() {
            return ops::repr::int_repr(v);
        }
        return format_int(vm, v, &i, spec);
    }
    match v.payload() {
        Some(Payload::Str(s)) => {
            if spec.is_empty() {
                return Ok(s.as_str().to_string());
            }
            format_str(s, spec, v)
        }
        Some(Payload::Complex(..)) if spec.is_empty() => ops::str_(vm, v),
        Some(Payload::Instance(_)) => {
            match vm.call_special(v, "__format__", &[crate::types::str::new_str(spec)])? {
                Some(r) => match as_str(&r) {
                    Some(s) => Ok(s.to_string()),
                    None => bail!(
                        TypeError,
                        "__format__ must return a str, not {}",
                        type_name(&r)
                    ),
                },
                None => default_format(vm, v, spec),
            }
        }
        _ => default_format(vm, v, spec),
    }
}

/// `round(x, n)` for floats: correctly rounded through decimal formatting.
pub fn round_float(x: f64, n: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if n > 320 {
        return x;
    }
    if n >= 0 {
        let s = format!("{:.*}", n as usize, x);
        return s.parse().unwrap_or(x);
    }
    if n < -320 {
        return 0.0f64.copysign(x);
    }
    let p = 10f64.powi((-n) as i32);
    let y = x / p;
    let r = num::round_half_even(y) * p;
    if r.is_finite() {
        r
    } else {
        x
    }
}

/// `float.hex()`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!(
        "{sign}0x{lead}.{mant:013x}p{}{}",
        if e < 0 { '-' } else { '+' },
        e.abs()
    )
}

/// `str % args`.
pub fn percent_format(vm: &Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let Some(f) = as_str(fmt) else {
        bail!(TypeError, "format requires a str")
    };
    // CPython's argument cursor: a tuple is consumed item by item; any other value (and the
    // value of a `%(key)` lookup) counts as one argument.
    let is_mapping = match args.payload() {
        Some(Payload::Tuple(_) | Payload::Str(_)) => false,
        Some(Payload::Dict(_) | Payload::List(_) | Payload::Range(_) | Payload::Bytes(_)) => true,
        Some(Payload::Instance(_)) => {
            crate::types::typeobj::lookup(&crate::types::type_of(args), "__getitem__").is_some()
        }
        _ => false,
    };
    let mapping: Option<Value> = if is_mapping { Some(args.clone()) } else { None };
    let mut cur: Value = args.clone();
    let (mut arglen, mut argidx): (i64, i64) = match args.payload() {
        Some(Payload::Tuple(t)) => (t.len() as i64, 0),
        _ => (-1, -2),
    };
    let mut out = String::new();
    let cs: Vec<char> = f.chars().collect();
    let mut i = 0;
    let next_arg = |cur: &Value, arglen: i64, argidx: &mut i64| -> PyResult<Value> {
        if *argidx < arglen {
            *argidx += 1;
            if arglen < 0 {
                return Ok(cur.clone());
            }
            if let Some(Payload::Tuple(t)) = cur.payload() {
                if let Some(v) = t.get((*argidx - 1) as usize) {
                    return Ok(v.clone());
                }
            }
        }
        bail!(TypeError, "not enough arguments for format string")
    };
    while i < cs.len() {
        let c = cs[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= cs.len() {
            bail!(ValueError, "incomplete format");
        }
        if cs[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        if cs[i] == '(' {
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while i < cs.len() && depth > 0 {
                if cs[i] == '(' {
                    depth += 1;
                } else if cs[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                bail!(ValueError, "incomplete format key");
            }
            let key: String = cs[start..i - 1].iter().collect();
            match &mapping {
                Some(m) => cur = ops::getitem(vm, m, &crate::types::str::from_string(key))?,
                None => bail!(TypeError, "format requires a mapping"),
            }
            arglen = -1;
            argidx = -2;
        }
        let mut spec = Spec::default();
        while i < cs.len() && matches!(cs[i], '-' | '+' | ' ' | '#' | '0') {
            match cs[i] {
                '-' => spec.align = Some('<'),
                '+' => spec.sign = Some('+'),
                ' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                '#' => spec.alt = true,
                _ => spec.zero = true,
            }
            i += 1;
        }
        if i < cs.len() && cs[i] == '*' {
            let w = next_arg(&cur, arglen, &mut argidx)?;
            let w = ops::index_of(&w)?;
            if w < 0 {
                spec.align = Some('<');
            }
            spec.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let st = i;
            while i < cs.len() && cs[i].is_ascii_digit() {
                i += 1;
            }
            if i > st {
                spec.width = cs[st..i].iter().collect::<String>().parse().ok();
            }
        }
        if i < cs.len() && cs[i] == '.' {
            i += 1;
            if i < cs.len() && cs[i] == '*' {
                let p = next_arg(&cur, arglen, &mut argidx)?;
                spec.precision = Some(ops::index_of(&p)?.max(0) as usize);
                i += 1;
            } else {
                let st = i;
                while i < cs.len() && cs[i].is_ascii_digit() {
                    i += 1;
                }
                spec.precision = Some(cs[st..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while i < cs.len() && matches!(cs[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= cs.len() {
            bail!(ValueError, "incomplete format");
        }
        let ty = cs[i];
        i += 1;
        if spec.align == Some('<') {
            spec.zero = false;
        }
        let v = next_arg(&cur, arglen, &mut argidx)?;
        let piece = match ty {
            's' | 'r' | 'a' => {
                let s = match ty {
                    's' => ops::str_(vm, &v)?,
                    'r' => ops::repr(vm, &v)?,
                    _ => crate::builtins::ascii_of(&ops::repr(vm, &v)?),
                };
                let s: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                pad(
                    &Spec {
                        zero: false,
                        sign: None,
                        ..spec.clone()
                    },
                    "",
                    &s,
                    '>',
                )
            }
            'd' | 'i' | 'u' => {
                let iv = match (&v, as_int(&v)) {
                    (_, Some(i)) => i.to_big(),
                    (Value::Float(f), _) => num::float_to_bigint(f.trunc()).unwrap_or_default(),
                    _ => bail!(
                        TypeError,
                        "%{} format: a real number is required, not {}",
                        ty,
                        type_name(&v)
                    ),
                };
                int_piece(&spec, &iv, 10, "", spec.precision)
            }
            'o' | 'x' | 'X' => {
                let Some(iv) = as_int(&v).map(|i| i.to_big()) else {
                    bail!(
                        TypeError,
                        "%{} format: an integer is required, not {}",
                        ty,
                        type_name(&v)
                    );
                };
                let (radix, prefix) = match ty {
                    'o' => (8, "0o"),
                    'x' => (16, "0x"),
                    _ => (16, "0X"),
                };
                let s = int_piece(
                    &spec,
                    &iv,
                    radix,
                    if spec.alt { prefix } else { "" },
                    spec.precision,
                );
                if ty == 'X' {
                    s.to_uppercase()
                } else {
                    s
                }
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match num::as_f64(&v) {
                    Some(f) => f?,
                    None => bail!(TypeError, "must be real number, not {}", type_name(&v)),
                };
                let s2 = Spec {
                    ty: Some(ty),
                    precision: Some(spec.precision.unwrap_or(6)),
                    ..spec.clone()
                };
                format_float_spec(&s2, f, &v)?
            }
            'c' => {
                let ch = match (&v, as_str(&v)) {
                    (_, Some(s)) if s.chars().count() == 1 => s.to_string(),
                    (Value::Int(i), _) => char::from_u32(*i as u32)
                        .map(|c| c.to_string())
                        .ok_or_else(|| py_err!(OverflowError, "%c arg not in range(0x110000)"))?,
                    _ => bail!(TypeError, "%c requires int or char"),
                };
                pad(
                    &Spec {
                        zero: false,
                        ..spec.clone()
                    },
                    "",
                    &ch,
                    '>',
                )
            }
            other => bail!(
                ValueError,
                "unsupported format character '{}' (0x{:x}) at index {}",
                other,
                other as u32,
                i - 1
            ),
        };
        out.push_str(&piece);
    }
    if mapping.is_none() && argidx < arglen {
        bail!(
            TypeError,
            "not all arguments converted during string formatting"
        );
    }
    Ok(crate::types::str::from_string(out))
}

fn int_piece(
    spec: &Spec,
    iv: &BigInt,
    radix: u32,
    prefix: &str,
    precision: Option<usize>,
) -> String {
    let neg = num_traits::Signed::is_negative(iv);
    let mut digits = num_traits::Signed::abs(iv).to_str_radix(radix);
    if let Some(p) = precision {
        while digits.len() < p {
            digits.insert(0, '0');
        }
    }
    let sign = sign_str(spec, neg);
    pad(spec, &format!("{sign}{prefix}"), &digits, '>')
}

/// Where `str.format` fields come from: positional and keyword arguments, or one mapping
/// (`str.format_map`).
pub enum FieldSource<'a> {
    Args {
        pos: &'a [Value],
        args: &'a Args<'a>,
    },
    Mapping(&'a Value),
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum AutoNumber {
    Init,
    Auto,
    Manual,
}

struct FormatState<'a> {
    src: &'a FieldSource<'a>,
    auto: AutoNumber,
    next: usize,
}

/// A field name's index part: all ASCII/Unicode decimal digits → Some(n).
fn field_integer(s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s {
        let Some(d) = c.to_digit(10).or_else(|| {
            if crate::types::methods::str::is_decimal(*c) {
                decimal_value(*c)
            } else {
                None
            }
        }) else {
            return Ok(None);
        };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(|| py_err!(ValueError, "Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

/// The value of a Unicode decimal digit (category Nd digits come in runs of ten from zero).
fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    let mut zero = cp;
    while zero > 0
        && crate::types::methods::str::is_decimal(char::from_u32(zero - 1).unwrap_or('x'))
        && cp - zero < 9
    {
        zero -= 1;
    }
    Some(cp - zero)
}

fn key_error(key: Value) -> crate::error::PyErr {
    crate::error::PyErr::with_args(crate::types::exceptions::ExcKind::KeyError, vec![key])
}

/// Resolve a field name (`0`, `name`, `0.attr[key]`, or empty for automatic numbering).
fn resolve_field(vm: &Vm, st: &mut FormatState, name: &[char]) -> PyResult<Value> {
    let first_end = name
        .iter()
        .position(|c| *c == '.' || *c == '[')
        .unwrap_or(name.len());
    let first = &name[..first_end];
    let mut idx = field_integer(first)?;
    let empty = first.is_empty();
    if empty || idx.is_some() {
        if st.auto == AutoNumber::Init {
            st.auto = if empty {
                AutoNumber::Auto
            } else {
                AutoNumber::Manual
            };
        }
        if st.auto == AutoNumber::Manual && empty {
            bail!(
                ValueError,
                "cannot switch from manual field specification to automatic field numbering"
            );
        }
        if st.auto == AutoNumber::Auto && !empty {
            bail!(
                ValueError,
                "cannot switch from automatic field numbering to manual field specification"
            );
        }
        if empty {
            idx = Some(st.next);
            st.next += 1;
        }
    }
    let mut obj = match idx {
        None => {
            let key: String = first.iter().collect();
            match st.src {
                FieldSource::Args { args, .. } => match args.kw(&key) {
                    Some(v) => v.clone(),
                    None => return Err(key_error(crate::types::str::from_string(key))),
                },
                FieldSource::Mapping(m) => {
                    ops::getitem(vm, m, &crate::types::str::from_string(key))?
                }
            }
        }
        Some(i) => match st.src {
            FieldSource::Args { pos, .. } => match pos.get(i) {
                Some(v) => v.clone(),
                None => bail!(
                    IndexError,
                    "Replacement index {} out of range for positional args tuple",
                    i
                ),
            },
            FieldSource::Mapping(_) => {
                bail!(ValueError, "Format string contains positional fields")
            }
        },
    };
    let rest = &name[first_end..];
    let mut k = 0;
    while k < rest.len() {
        let c = rest[k];
        k += 1;
        match c {
            '.' => {
                let st_ = k;
                while k < rest.len() && rest[k] != '.' && rest[k] != '[' {
                    k += 1;
                }
                if k == st_ {
                    bail!(ValueError, "Empty attribute in format string");
                }
                let attr: String = rest[st_..k].iter().collect();
                obj = ops::getattr(vm, &obj, &attr)?;
            }
            '[' => {
                let st_ = k;
                while k < rest.len() && rest[k] != ']' {
                    k += 1;
                }
                if k >= rest.len() {
                    bail!(ValueError, "Missing ']' in format string");
                }
                let key = &rest[st_..k];
                k += 1;
                if key.is_empty() {
                    bail!(ValueError, "Empty attribute in format string");
                }
                let keyv = match field_integer(key)? {
                    Some(n) => Value::Int(n as i64),
                    None => crate::types::str::from_string(key.iter().collect()),
                };
                obj = ops::getitem(vm, &obj, &keyv)?;
            }
            _ => bail!(
                ValueError,
                "Only '.' or '[' may follow ']' in format field specifier"
            ),
        }
    }
    Ok(obj)
}

fn render(vm: &Vm, cs: &[char], st: &mut FormatState, depth: i32) -> PyResult<String> {
    if depth <= 0 {
        bail!(ValueError, "Max string recursion exceeded");
    }
    let n = cs.len();
    let mut out = String::with_capacity(n);
    let mut i = 0;
    while i < n {
        // Literal text up to the next brace.
        let start = i;
        let mut c = '\0';
        let mut markup = false;
        while i < n {
            c = cs[i];
            i += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        if !markup {
            out.extend(&cs[start..i]);
            break;
        }
        let at_end = i >= n;
        if c == '}' && (at_end || cs[i] != '}') {
            bail!(ValueError, "Single '}}' encountered in format string");
        }
        if at_end && c == '{' {
            bail!(ValueError, "Single '{{' encountered in format string");
        }
        if cs[i] == c {
            out.extend(&cs[start..i]);
            i += 1;
            continue;
        }
        out.extend(&cs[start..i - 1]);
        // A replacement field: name, optional !conversion, optional :spec.
        let fstart = i;
        let mut c = '\0';
        while i < n {
            c = cs[i];
            i += 1;
            match c {
                '{' => bail!(ValueError, "unexpected '{{' in field name"),
                '[' => {
                    while i < n && cs[i] != ']' {
                        i += 1;
                    }
                }
                '}' | ':' | '!' => break,
                _ => {}
            }
        }
        let fname = &cs[fstart..i - 1];
        let mut conversion: Option<char> = None;
        let mut spec: &[char] = &[];
        let mut expand = false;
        if c == '!' || c == ':' {
            let mut done = false;
            if c == '!' {
                if i >= n {
                    bail!(
                        ValueError,
                        "end of string while looking for conversion specifier"
                    );
                }
                conversion = Some(cs[i]);
                i += 1;
                if i < n {
                    let c2 = cs[i];
                    i += 1;
                    if c2 == '}' {
                        done = true;
                    } else if c2 != ':' {
                        bail!(ValueError, "expected ':' after conversion specifier");
                    }
                }
            }
            if !done {
                let sstart = i;
                let mut count = 1;
                let mut found = false;
                while i < n {
                    let c3 = cs[i];
                    i += 1;
                    if c3 == '{' {
                        expand = true;
                        count += 1;
                    } else if c3 == '}' {
                        count -= 1;
                        if count == 0 {
                            spec = &cs[sstart..i - 1];
                            found = true;
                            break;
                        }
                    }
                }
                if !found {
                    bail!(ValueError, "unmatched '{{' in format spec");
                }
            }
        } else if c != '}' {
            bail!(ValueError, "expected '}}' before end of string");
        }
        let mut value = resolve_field(vm, st, fname)?;
        if let Some(cv) = conversion {
            let s = match cv {
                'r' => ops::repr(vm, &value)?,
                's' => ops::str_(vm, &value)?,
                'a' => crate::builtins::ascii_of(&ops::repr(vm, &value)?),
                other => {
                    if (other as u32) > 32 && (other as u32) < 127 {
                        bail!(ValueError, "Unknown conversion specifier {}", other);
                    }
                    bail!(
                        ValueError,
                        "Unknown conversion specifier \\x{:x}",
                        other as u32
                    );
                }
            };
            value = crate::types::str::from_string(s);
        }
        let spec_s: String = if expand {
            render(vm, spec, st, depth - 1)?
        } else {
            spec.iter().collect()
        };
        out.push_str(&format_value(vm, &value, &spec_s)?);
    }
    Ok(out)
}

/// `str.format(*args, **kwargs)` / `str.format_map(mapping)`.
pub fn str_format(vm: &Vm, fmt: &str, src: &FieldSource) -> PyResult<String> {
    let cs: Vec<char> = fmt.chars().collect();
    let mut st = FormatState {
        src,
        auto: AutoNumber::Init,
        next: 0,
    };
    render(vm, &cs, &mut st, 2)
}
