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
        'd' | 'n' => (int_decimal(&mag)?, ""),
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
            let n = match i {
                IntRef::Small(n) => *n,
                IntRef::Big(_) => {
                    bail!(OverflowError, "Python int too large to convert to C long")
                }
            };
            if !(0..0x110000).contains(&n) {
                bail!(OverflowError, "%c arg not in range(0x110000)");
            }
            let c = char::from_u32(n as u32).ok_or_else(|| {
                py_err!(
                    ValueError,
                    "surrogate code points are not supported by Spindle strings yet"
                )
            })?;
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

/// Format a finite or non-finite |f| for a float presentation type, without sign or padding.
/// `ty` is one of None, e E f F g G n %.
fn float_body(f: f64, ty: Option<char>, precision: Option<usize>, alt: bool) -> String {
    use crate::floatfmt::{format_abs, FloatFmt, Mode};
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    if !f.is_finite() {
        let s = if f.is_nan() { "nan" } else { "inf" };
        let s = if upper {
            s.to_uppercase()
        } else {
            s.to_string()
        };
        return if ty == Some('%') { format!("{s}%") } else { s };
    }
    let (mode, p, add_dot_0) = match ty {
        None => match precision {
            None => (Mode::Repr, 0, true),
            Some(p) => (Mode::General, p, true),
        },
        Some('e' | 'E') => (Mode::Exp, precision.unwrap_or(6), false),
        Some('f' | 'F' | '%') => (Mode::Fixed, precision.unwrap_or(6), false),
        _ => (Mode::General, precision.unwrap_or(6), false),
    };
    let x = if ty == Some('%') { f * 100.0 } else { f };
    if !x.is_finite() {
        // 1e308 * 100 overflows to inf.
        return float_body(x, ty, precision, alt);
    }
    let o = FloatFmt {
        mode,
        precision: p,
        alt,
        add_dot_0,
        upper,
    };
    let mut s = format_abs(x, &o);
    if ty == Some('%') {
        s.push('%');
    }
    s
}

/// Does this formatted number show only zero digits (for the `z` option)?
fn shows_zero(body: &str) -> bool {
    let mantissa = body.split(['e', 'E']).next().unwrap_or(body);
    mantissa.chars().all(|c| matches!(c, '0' | '.' | '%'))
}

/// Check a precision against CPython's limit.
fn check_precision(spec: &Spec) -> PyResult<()> {
    match spec.precision {
        Some(p) if p > i32::MAX as usize => bail!(ValueError, "precision too big"),
        Some(p) => crate::error::check_alloc_items(p, 2),
        None => Ok(()),
    }
}

fn format_float_spec(spec: &Spec, f: f64, v: &Value) -> PyResult<String> {
    let ty = spec.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_code(t, v));
        }
    }
    check_precision(spec)?;
    let body = float_body(f, ty, spec.precision, spec.alt);
    let mut negative = f.is_sign_negative() && !f.is_nan();
    if negative && spec.z && f.is_finite() && shows_zero(&body) {
        negative = false;
    }
    let sign = sign_str(spec, negative);
    match spec.grouping {
        Some(sep) if f.is_finite() => {
            let split = body.find(['.', 'e', 'E', '%']).unwrap_or(body.len());
            let (int_part, rest) = body.split_at(split);
            Ok(grouped_zero_pad(spec, sign, int_part, rest, sep, 3))
        }
        _ => Ok(pad(spec, sign, &body, '>')),
    }
}

/// `format(complex, spec)`.
pub fn format_complex(re: f64, im: f64, spec_s: &str) -> PyResult<String> {
    let v = crate::types::methods::complex::new((re, im));
    if spec_s.is_empty() {
        return Ok(crate::types::methods::complex::repr(re, im));
    }
    let spec = parse_spec_for(spec_s, &v, None)?;
    if let Some(t) = spec.ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
            return Err(unknown_code(t, &v));
        }
    }
    if spec.zero || spec.fill == Some('0') {
        bail!(
            ValueError,
            "Zero padding is not allowed in complex format specifier"
        );
    }
    if spec.align == Some('=') {
        bail!(
            ValueError,
            "'=' alignment flag is not allowed in complex format specifier"
        );
    }
    check_precision(&spec)?;
    let (skip_re, parens) = match spec.ty {
        None => {
            let skip = re == 0.0 && re.is_sign_positive();
            (skip, !skip)
        }
        Some(_) => (false, false),
    };
    let ty = match spec.ty {
        Some('n') => Some('g'),
        None if spec.precision.is_some() => Some('g'),
        t => t,
    };
    // The parts never get ".0" added, unlike a float formatted without a type.
    let part = |x: f64| -> String {
        if ty.is_none() {
            if x.is_finite() {
                crate::floatfmt::format_abs(
                    x,
                    &crate::floatfmt::FloatFmt {
                        mode: crate::floatfmt::Mode::Repr,
                        precision: 0,
                        alt: spec.alt,
                        add_dot_0: false,
                        upper: false,
                    },
                )
            } else {
                float_body(x, None, None, spec.alt)
            }
        } else {
            float_body(x, ty, spec.precision, spec.alt)
        }
    };
    let neg = |x: f64, body: &str| {
        x.is_sign_negative() && !x.is_nan() && !(spec.z && x.is_finite() && shows_zero(body))
    };
    let re_body = part(re);
    let im_body = part(im);
    let mut out = String::new();
    if parens {
        out.push('(');
    }
    if !skip_re {
        out.push_str(sign_str(&spec, neg(re, &re_body)));
        out.push_str(&re_body);
    }
    let im_neg = neg(im, &im_body);
    if skip_re {
        out.push_str(sign_str(&spec, im_neg));
    } else {
        out.push(if im_neg { '-' } else { '+' });
    }
    out.push_str(&im_body);
    out.push('j');
    if parens {
        out.push(')');
    }
    let body = match spec.grouping {
        Some(sep) => group_complex(&out, sep),
        None => out,
    };
    Ok(pad(
        &Spec {
            sign: None,
            ..spec.clone()
        },
        "",
        &body,
        '>',
    ))
}

/// Apply digit grouping to the integer parts of both numbers in a formatted complex.
fn group_complex(s: &str, sep: char) -> String {
    let mut out = String::new();
    let mut run = String::new();
    let mut in_fraction = false;
    for c in s.chars() {
        if c.is_ascii_digit() && !in_fraction {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            out.push_str(&group(&run, sep, 3));
            run.clear();
        }
        match c {
            '.' | 'e' | 'E' => in_fraction = true,
            '+' | '-' | '(' | 'j' => in_fraction = matches!(c, '+' | '-') && in_exponent(&out),
            _ => {}
        }
        out.push(c);
    }
    if !run.is_empty() {
        out.push_str(&group(&run, sep, 3));
    }
    out
}

/// Is the text just after `out` an exponent's sign (`e+`)?
fn in_exponent(out: &str) -> bool {
    matches!(out.chars().last(), Some('e' | 'E'))
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
    if v.instance().is_some() {
        return format_instance(vm, v, spec);
    }
    match v {
        Value::Bool(b) if spec.is_empty() => return Ok(if *b { "True" } else { "False" }.into()),
        Value::Float(f) => {
            if spec.is_empty() {
                return Ok(float_repr(*f));
            }
            let s = parse_spec_for(spec, v, None)?;
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
        Some(Payload::Complex(r, i)) => format_complex(*r, *i, spec),
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

/// `format()` of an instance of a class: the class's own `__format__`, else `str(v)` for an
/// empty spec, else the formatting of the built-in value it extends (`class M(int)`).
fn format_instance(vm: &Vm, v: &Value, spec: &str) -> PyResult<String> {
    if let Some(r) =
        vm.call_special_if_python(v, "__format__", &[crate::types::str::new_str(spec)])?
    {
        return match as_str(&r) {
            Some(s) => Ok(s.to_string()),
            None => bail!(
                TypeError,
                "__format__ must return a str, not {}",
                type_name(&r)
            ),
        };
    }
    if spec.is_empty() {
        return ops::str_(vm, v);
    }
    let base = v.unwrap_base();
    if base.instance().is_none() && !base.is_null() {
        return format_value(vm, base, spec);
    }
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

/// `round(x, n)` for floats: correctly rounded through decimal formatting.
pub fn round_float(x: f64, n: i64) -> f64 {
    crate::floatfmt::round_to(x, n).unwrap_or(x)
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

/// The argument cursor of `%`-formatting: a tuple is consumed item by item; any other value
/// (and the value of a `%(key)` lookup) counts as one argument.
struct PercentArgs {
    items: Vec<Value>,
    single: Option<Value>,
    /// Items consumed (tuple) or whether the single value was consumed.
    next: usize,
    tuple: bool,
}

impl PercentArgs {
    fn new(args: &Value) -> PercentArgs {
        match args.payload() {
            Some(Payload::Tuple(t)) => PercentArgs {
                items: t.to_vec(),
                single: None,
                next: 0,
                tuple: true,
            },
            _ => PercentArgs::one(args.clone()),
        }
    }

    fn one(v: Value) -> PercentArgs {
        PercentArgs {
            items: Vec::new(),
            single: Some(v),
            next: 0,
            tuple: false,
        }
    }

    fn next(&mut self) -> PyResult<Value> {
        let v = if self.tuple {
            self.items.get(self.next).cloned()
        } else if self.next == 0 {
            self.single.clone()
        } else {
            None
        };
        match v {
            Some(v) => {
                self.next += 1;
                Ok(v)
            }
            None => bail!(TypeError, "not enough arguments for format string"),
        }
    }

    fn all_used(&self) -> bool {
        if self.tuple {
            self.next >= self.items.len()
        } else {
            self.next > 0
        }
    }
}

/// A `*` width or precision argument.
fn star_arg(v: &Value, precision: bool) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(i)) if !precision || i32::try_from(i).is_ok() => Ok(i),
        Some(_) if precision => bail!(OverflowError, "Python int too large to convert to C int"),
        Some(_) => bail!(
            OverflowError,
            "Python int too large to convert to C ssize_t"
        ),
        None => bail!(TypeError, "* wants int"),
    }
}

/// Read a run of digits in a `%` spec; `what` names it in the overflow error.
fn percent_number(cs: &[char], i: &mut usize, what: &str) -> PyResult<usize> {
    let mut n: usize = 0;
    while *i < cs.len() && cs[*i].is_ascii_digit() {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(cs[*i] as usize - '0' as usize))
            .filter(|n| *n <= i32::MAX as usize)
            .ok_or_else(|| py_err!(ValueError, "{} too big", what))?;
        *i += 1;
    }
    Ok(n)
}

/// `int(v)` for `%d`: None when `v` is not a real number.
fn percent_int(vm: &Vm, v: &Value, index_only: bool) -> PyResult<Option<BigInt>> {
    if let Some(i) = as_int(v) {
        return Ok(Some(i.to_big()));
    }
    if let Value::Float(f) = v {
        if index_only {
            return Ok(None);
        }
        let iv = num::float_to_int(*f)?;
        return Ok(as_int(&iv).map(|i| i.to_big()));
    }
    if v.instance().is_none() {
        return Ok(None);
    }
    let r = if index_only {
        num::index_value(vm, v)
    } else {
        crate::builtins::numparse::int_new(vm, &Args::new(std::slice::from_ref(v)))
    };
    match r {
        Ok(iv) => Ok(as_int(&iv).map(|i| i.to_big())),
        Err(e) if e.matches(crate::types::exceptions::ExcKind::TypeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Decimal digits of |i|, with the int→str digit limit.
pub fn int_decimal(i: &BigInt) -> PyResult<String> {
    let limit = crate::vm::int_max_str_digits();
    if limit > 0 && i.bits() > 14000 {
        let v = num::big_to_value(i.clone());
        crate::ops::repr::int_repr(&v)?;
    }
    Ok(num_traits::Signed::abs(i).to_string())
}

/// `str % args`.
pub fn percent_format(vm: &Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let Some(f) = as_str(fmt) else {
        bail!(TypeError, "format requires a str")
    };
    let is_mapping = match args.payload() {
        Some(Payload::Tuple(_) | Payload::Str(_)) => false,
        Some(Payload::Dict(_) | Payload::List(_) | Payload::Range(_) | Payload::Bytes(_)) => true,
        _ => {
            args.instance().is_some()
                && crate::types::typeobj::lookup(&crate::types::type_of(args), "__getitem__")
                    .is_some()
        }
    };
    let mapping: Option<Value> = if is_mapping { Some(args.clone()) } else { None };
    let mut cursor = PercentArgs::new(args);
    let mut out = String::new();
    let cs: Vec<char> = f.chars().collect();
    let mut i = 0;
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
                Some(m) => {
                    let v = ops::getitem(vm, m, &crate::types::str::from_string(key))?;
                    cursor = PercentArgs::one(v);
                }
                None => bail!(TypeError, "format requires a mapping"),
            }
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
            let w = star_arg(&cursor.next()?, false)?;
            if w < 0 {
                spec.align = Some('<');
            }
            spec.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else if i < cs.len() && cs[i].is_ascii_digit() {
            spec.width = Some(percent_number(&cs, &mut i, "width")?);
        }
        if let Some(w) = spec.width {
            crate::error::check_alloc_items(w, 4)?;
        }
        if i < cs.len() && cs[i] == '.' {
            i += 1;
            if i < cs.len() && cs[i] == '*' {
                let p = star_arg(&cursor.next()?, true)?;
                spec.precision = Some(p.max(0) as usize);
                i += 1;
            } else {
                spec.precision = Some(percent_number(&cs, &mut i, "precision")?);
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
        let v = cursor.next()?;
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
                pad_text(&spec, &s)
            }
            'd' | 'i' | 'u' => {
                let Some(iv) = percent_int(vm, &v, false)? else {
                    bail!(
                        TypeError,
                        "%{} format: a real number is required, not {}",
                        ty,
                        type_name(&v)
                    );
                };
                int_piece(&spec, &iv, 10, "")?
            }
            'o' | 'x' | 'X' => {
                let Some(iv) = percent_int(vm, &v, true)? else {
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
                let s = int_piece(&spec, &iv, radix, if spec.alt { prefix } else { "" })?;
                if ty == 'X' {
                    s.to_uppercase()
                } else {
                    s
                }
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let Some(f) = crate::builtins::numparse::as_double(vm, &v)? else {
                    bail!(TypeError, "must be real number, not {}", type_name(&v));
                };
                check_precision(&spec)?;
                let body = float_body(f, Some(ty), Some(spec.precision.unwrap_or(6)), spec.alt);
                let sign = sign_str(&spec, f.is_sign_negative() && !f.is_nan());
                pad(&spec, sign, &body, '>')
            }
            'c' => {
                let ch = match (&v, as_str(&v)) {
                    (_, Some(s)) if s.chars().count() == 1 => s.to_string(),
                    (_, Some(_)) => bail!(TypeError, "%c requires int or char"),
                    _ => {
                        let iv = match v {
                            Value::Float(_) => None,
                            _ => num::index_value(vm, &v).ok(),
                        };
                        let Some(iv) = iv else {
                            bail!(TypeError, "%c requires int or char");
                        };
                        match as_int(&iv) {
                            Some(IntRef::Small(n)) if (0..0x110000).contains(&n) => {
                                char::from_u32(n as u32)
                                    .map(|c| c.to_string())
                                    .ok_or_else(|| {
                                        py_err!(
                                            ValueError,
                                            "surrogate code points are not supported by Spindle strings yet"
                                        )
                                    })?
                            }
                            _ => bail!(OverflowError, "%c arg not in range(0x110000)"),
                        }
                    }
                };
                pad_text(&spec, &ch)
            }
            other => {
                let shown = if (other as u32) > 32 && (other as u32) < 127 {
                    other
                } else {
                    '?'
                };
                bail!(
                    ValueError,
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown,
                    other as u32,
                    i - 1
                )
            }
        };
        out.push_str(&piece);
    }
    if mapping.is_none() && !cursor.all_used() {
        bail!(
            TypeError,
            "not all arguments converted during string formatting"
        );
    }
    Ok(crate::types::str::from_string(out))
}

/// Pad a text conversion (`%s`, `%r`, `%a`, `%c`): spaces only, left or right.
fn pad_text(spec: &Spec, s: &str) -> String {
    pad(
        &Spec {
            zero: false,
            sign: None,
            ..spec.clone()
        },
        "",
        s,
        '>',
    )
}

fn int_piece(spec: &Spec, iv: &BigInt, radix: u32, prefix: &str) -> PyResult<String> {
    let neg = num_traits::Signed::is_negative(iv);
    let mut digits = if radix == 10 {
        int_decimal(iv)?
    } else {
        num_traits::Signed::abs(iv).to_str_radix(radix)
    };
    if let Some(p) = spec.precision {
        if digits.len() < p {
            crate::error::check_alloc_items(p, 1)?;
            digits.insert_str(0, &"0".repeat(p - digits.len()));
        }
    }
    let sign = sign_str(spec, neg);
    Ok(pad(spec, &format!("{sign}{prefix}"), &digits, '>'))
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
