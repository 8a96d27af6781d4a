//! Methods of `str`, and the text codecs (`str.encode`, `bytes.decode`) shared with `bytes`.

use super::list::{rest, this};
use super::str_tables as tables;
use super::Methods;
use crate::bail;
use crate::error::PyResult;
use crate::object::Payload;
use crate::ops;
use crate::ops::num::{as_int, IntRef};
use crate::types::exceptions::ExcKind;
use crate::types::function::Args;
use crate::types::list::new_list;
use crate::types::str::{as_str, from_string, new_str, StrObj};
use crate::types::tuple::new_tuple;
use crate::types::type_name;
use crate::value::Value;
use crate::vm::Vm;
use spindle_bytecode::{BinOp, CmpOp};

fn s_of<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a StrObj> {
    let v = this(args, "str", method)?;
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s),
        _ => bail!(
            TypeError,
            "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ),
    }
}

/// `self` of a method that takes no other argument.
fn s_noargs<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a StrObj> {
    let s = s_of(args, method)?;
    rest(args, &format!("str.{method}"), 0, 0)?;
    Ok(s)
}

/// A str argument, or CPython's TypeError.
pub fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    match as_str(v) {
        Some(s) => Ok(s),
        None => bail!(TypeError, "{} must be str, not {}", what, arg_type_name(v)),
    }
}

/// The type name CPython's argument parser prints for a wrong argument ("None" for None).
pub fn arg_type_name(v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        type_name(v).to_string()
    }
}

// ---------------------------------------------------------------------------------------------
// Character classes (CPython's definitions, from the generated Unicode tables).

pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t'..='\r' | '\x1c'..='\x1f')
    } else {
        tables::in_table(tables::SPACE, c)
    }
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        tables::in_table(tables::ALPHA, c)
    }
}

pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        tables::in_table(tables::DECIMAL, c)
    }
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        tables::in_table(tables::DIGIT, c)
    }
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        tables::in_table(tables::NUMERIC, c)
    }
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// `str.isprintable()` for one character.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        tables::in_table(tables::PRINTABLE, c)
    }
}

/// Rust's Unicode data is newer than CPython 3.13's (15.1): characters CPython does not know are
/// unassigned there, hence not printable, and have no case.
fn known(c: char) -> bool {
    c.is_ascii() || tables::in_table(tables::PRINTABLE, c)
}

fn is_upper(c: char) -> bool {
    c.is_uppercase() && known(c)
}

fn is_lower(c: char) -> bool {
    // U+0295 is Ll in Unicode 15.1 (CPython 3.13) and Lo in Rust's newer data.
    (c.is_lowercase() && known(c)) || c == '\u{295}'
}

/// Push a case mapping of `c`, unless it maps to characters Unicode 15.1 does not have yet
/// (Rust's data is newer: such pairs are uncased in CPython 3.13).
fn push_mapped(c: char, mapped: impl Iterator<Item = char> + Clone, out: &mut String) {
    if known(c) && mapped.clone().all(known) {
        out.extend(mapped);
    } else {
        out.push(c);
    }
}

fn push_lower_simple(c: char, out: &mut String) {
    push_mapped(c, c.to_lowercase(), out);
}

fn push_upper(c: char, out: &mut String) {
    push_mapped(c, c.to_uppercase(), out);
}

fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && tables::in_table(tables::TITLECASE, c)
}

fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_titlecase(c)
}

/// Characters skipped when looking for the neighbours of a capital sigma (an approximation of
/// the Case_Ignorable property).
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '^'
            | '`'
            | '\u{a8}'
            | '\u{ad}'
            | '\u{af}'
            | '\u{b4}'
            | '\u{b7}'
            | '\u{b8}'
            | '\u{2019}'
    ) || ('\u{300}'..='\u{36f}').contains(&c)
        || ('\u{2b0}'..='\u{2ff}').contains(&c)
        || ('\u{200b}'..='\u{200f}').contains(&c)
}

/// Lower-case the character at `i`, applying the final-sigma rule.
fn push_lower(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c != '\u{3a3}' {
        push_lower_simple(c, out);
        return;
    }
    let before = chars[..i]
        .iter()
        .rev()
        .find(|c| !is_case_ignorable(**c))
        .map(|c| is_cased(*c))
        .unwrap_or(false);
    let after = chars[i + 1..]
        .iter()
        .find(|c| !is_case_ignorable(**c))
        .map(|c| is_cased(*c))
        .unwrap_or(false);
    out.push(if before && !after {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    });
}

fn push_title(c: char, out: &mut String) {
    match tables::title_special(c) {
        Some(t) => out.push_str(t),
        None => push_upper(c, out),
    }
}

// ---------------------------------------------------------------------------------------------
// Index arguments.

/// A `start`/`end` argument of find/count/startswith: None or an index.
fn slice_arg(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match as_int(v) {
            Some(IntRef::Small(i)) => Ok(Some(i)),
            Some(IntRef::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(b) {
                i64::MIN
            } else {
                i64::MAX
            })),
            None => bail!(
                TypeError,
                "slice indices must be integers or None or have an __index__ method"
            ),
        },
    }
}

/// CPython's ADJUST_INDICES: (start, end) with end clamped to [0, n] and start >= 0 (but possibly
/// beyond n).
fn adjust(start: Option<i64>, end: Option<i64>, n: i64) -> (i64, i64) {
    let mut a = start.unwrap_or(0);
    let mut b = end.unwrap_or(n);
    if b > n {
        b = n;
    } else if b < 0 {
        b = (b + n).max(0);
    }
    if a < 0 {
        a = (a + n).max(0);
    }
    (a, b)
}

fn bounds(so: &StrObj, p: &[Value], first: usize) -> PyResult<(i64, i64)> {
    let start = slice_arg(p.get(first))?;
    let end = slice_arg(p.get(first + 1))?;
    Ok(adjust(start, end, so.char_len() as i64))
}

fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

// ---------------------------------------------------------------------------------------------
// Dunder methods.

fn dunder_len(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "__len__")?;
    rest(&args, "str.__len__", 0, 0)?;
    Ok(Value::Int(s.char_len() as i64))
}

fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    s_of(args, name)?;
    args.no_kwargs(name)?;
    let p = &args.pos()[1..];
    if p.len() != 1 {
        bail!(TypeError, "expected 1 argument, got {}", p.len());
    }
    Ok(&p[0])
}

fn dunder_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__contains__")?;
    Ok(Value::Bool(ops::contains(vm, &args.pos()[0], x)?))
}

fn dunder_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__getitem__")?;
    ops::getitem(vm, &args.pos()[0], x)
}

fn not_implemented() -> Value {
    crate::types::types().not_implemented.clone()
}

fn dunder_add(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__add__")?;
    if as_str(x).is_none() {
        bail!(
            TypeError,
            "can only concatenate str (not \"{}\") to str",
            type_name(x)
        );
    }
    ops::binary_op(vm, &args.pos()[0], x, BinOp::Add)
}

fn dunder_mul(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__mul__")?;
    let n = ops::index_of(x)?;
    ops::binary_op(vm, &args.pos()[0], &Value::Int(n), BinOp::Mul)
}

fn dunder_mod(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__mod__")?;
    crate::format::percent_format(vm, &args.pos()[0], x)
}

fn dunder_rmod(_vm: &Vm, args: Args) -> PyResult<Value> {
    one_arg(&args, "__rmod__")?;
    Ok(not_implemented())
}

fn cmp(args: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let x = one_arg(args, name)?;
    let a = s_of(args, name)?.as_str();
    let Some(b) = as_str(x) else {
        return Ok(not_implemented());
    };
    let o = a.cmp(b);
    Ok(Value::Bool(ops::ord_matches(o, op)))
}

fn dunder_eq(_vm: &Vm, args: Args) -> PyResult<Value> {
    cmp(&args, "__eq__", CmpOp::Eq)
}
fn dunder_ne(_vm: &Vm, args: Args) -> PyResult<Value> {
    cmp(&args, "__ne__", CmpOp::Ne)
}
fn dunder_lt(_vm: &Vm, args: Args) -> PyResult<Value> {
    cmp(&args, "__lt__", CmpOp::Lt)
}
fn dunder_le(_vm: &Vm, args: Args) -> PyResult<Value> {
    cmp(&args, "__le__", CmpOp::Le)
}
fn dunder_gt(_vm: &Vm, args: Args) -> PyResult<Value> {
    cmp(&args, "__gt__", CmpOp::Gt)
}
fn dunder_ge(_vm: &Vm, args: Args) -> PyResult<Value> {
    cmp(&args, "__ge__", CmpOp::Ge)
}

fn dunder_hash(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_noargs(&args, "__hash__")?;
    Ok(Value::Int(s.hash()))
}

fn dunder_repr(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_noargs(&args, "__repr__")?;
    Ok(from_string(crate::types::str::repr_str(s.as_str())))
}

fn dunder_str(_vm: &Vm, args: Args) -> PyResult<Value> {
    s_noargs(&args, "__str__")?;
    Ok(args.pos()[0].clone())
}

fn dunder_format(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__format__")?;
    let spec = match as_str(x) {
        Some(s) => s,
        None => bail!(
            TypeError,
            "__format__() argument must be str, not {}",
            type_name(x)
        ),
    };
    Ok(from_string(crate::format::format_value(
        vm,
        &args.pos()[0],
        spec,
    )?))
}

fn dunder_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    s_noargs(&args, "__iter__")?;
    ops::iter(vm, &args.pos()[0])
}

fn dunder_getnewargs(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_noargs(&args, "__getnewargs__")?;
    Ok(new_tuple(vec![new_str(s.as_str())]))
}

fn dunder_sizeof(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_noargs(&args, "__sizeof__")?;
    let per = if s.is_ascii() {
        1
    } else {
        match s.as_str().chars().map(|c| c as u32).max().unwrap_or(0) {
            0..=0xff => 1,
            0x100..=0xffff => 2,
            _ => 4,
        }
    };
    let header = if s.is_ascii() { 40 } else { 56 };
    Ok(Value::Int((header + per * (s.char_len() + 1)) as i64))
}

// ---------------------------------------------------------------------------------------------
// join / split / strip.

fn join(vm: &Vm, args: Args) -> PyResult<Value> {
    let sep = s_of(&args, "join")?.as_str();
    let p = rest(&args, "str.join", 1, 1)?;
    let items = match p[0].payload() {
        Some(Payload::List(l)) => l.snapshot(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => {
            let it = match ops::iter(vm, &p[0]) {
                Ok(it) => it,
                Err(e) if e.matches(ExcKind::TypeError) => {
                    bail!(TypeError, "can only join an iterable")
                }
                Err(e) => return Err(e),
            };
            let mut v = Vec::new();
            while let Some(x) = ops::next(vm, &it)? {
                v.push(x);
            }
            v
        }
    };
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match as_str(it) {
            Some(s) => out.push_str(s),
            None => bail!(
                TypeError,
                "sequence item {}: expected str instance, {} found",
                i,
                type_name(it)
            ),
        }
    }
    Ok(from_string(out))
}

/// Parse `(sep=None, maxsplit=-1)`.
fn split_args<'a>(args: &Args<'a>, name: &str) -> PyResult<(Option<&'a Value>, usize)> {
    args.only_kwargs(name, &["sep", "maxsplit"])?;
    let p = &args.pos()[1..];
    if p.len() > 2 {
        bail!(
            TypeError,
            "{}() takes at most 2 arguments ({} given)",
            name,
            p.len()
        );
    }
    if !p.is_empty() && args.kw("sep").is_some() {
        bail!(
            TypeError,
            "argument for {}() given by name ('sep') and position (1)",
            name
        );
    }
    if p.len() >= 2 && args.kw("maxsplit").is_some() {
        bail!(
            TypeError,
            "argument for {}() given by name ('maxsplit') and position (2)",
            name
        );
    }
    let sep = p
        .first()
        .or_else(|| args.kw("sep"))
        .filter(|v| !v.is_none());
    let maxsplit = match p.get(1).or_else(|| args.kw("maxsplit")) {
        Some(v) => ops::index_of(v)?,
        None => -1,
    };
    Ok((
        sep,
        if maxsplit < 0 {
            usize::MAX
        } else {
            maxsplit as usize
        },
    ))
}

/// Split on runs of whitespace (left to right), at most `max` times.
pub fn split_whitespace(s: &str, max: usize, space: impl Fn(char) -> bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(&space);
    while !rest.is_empty() {
        if out.len() == max {
            out.push(rest);
            break;
        }
        match rest.find(&space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(&space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

/// Split on runs of whitespace from the right, at most `max` times (result in order).
pub fn rsplit_whitespace(s: &str, max: usize, space: impl Fn(char) -> bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(&space);
    while !rest.is_empty() {
        if out.len() == max {
            out.push(rest);
            break;
        }
        match rest.rfind(&space) {
            Some(i) => {
                let w = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                out.push(&rest[i + w..]);
                rest = rest[..i].trim_end_matches(&space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

fn split_impl(args: &Args, name: &str, right: bool) -> PyResult<Value> {
    let s = s_of(args, name)?.as_str();
    let (sep, max) = split_args(args, name)?;
    let parts: Vec<&str> = match sep {
        None => {
            if right {
                rsplit_whitespace(s, max, is_space)
            } else {
                split_whitespace(s, max, is_space)
            }
        }
        Some(sepv) => {
            let Some(sep) = as_str(sepv) else {
                bail!(TypeError, "must be str or None, not {}", type_name(sepv))
            };
            if sep.is_empty() {
                bail!(ValueError, "empty separator");
            }
            let n = max.saturating_add(1);
            if right {
                let mut v: Vec<&str> = s.rsplitn(n, sep).collect();
                v.reverse();
                v
            } else {
                s.splitn(n, sep).collect()
            }
        }
    };
    Ok(new_list(parts.into_iter().map(new_str).collect()))
}

fn split(_vm: &Vm, args: Args) -> PyResult<Value> {
    split_impl(&args, "split", false)
}

fn rsplit(_vm: &Vm, args: Args) -> PyResult<Value> {
    split_impl(&args, "rsplit", true)
}

fn strip_impl(args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = s_of(args, name)?.as_str();
    let p = rest(args, name, 0, 1)?;
    let chars: Option<Vec<char>> = match p.first() {
        None | Some(Value::None) => None,
        Some(v) => match as_str(v) {
            Some(x) => Some(x.chars().collect()),
            None => bail!(TypeError, "{} arg must be None or str", name),
        },
    };
    let pred = |c: char| match &chars {
        None => is_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == s.len() {
        return Ok(args.pos()[0].clone());
    }
    Ok(new_str(r))
}

fn strip(_vm: &Vm, args: Args) -> PyResult<Value> {
    strip_impl(&args, "strip", true, true)
}
fn lstrip(_vm: &Vm, args: Args) -> PyResult<Value> {
    strip_impl(&args, "lstrip", true, false)
}
fn rstrip(_vm: &Vm, args: Args) -> PyResult<Value> {
    strip_impl(&args, "rstrip", false, true)
}

// ---------------------------------------------------------------------------------------------
// Case.

fn upper(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_noargs(&args, "upper")?.as_str();
    if s.is_ascii() {
        return Ok(from_string(s.to_ascii_uppercase()));
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(c, &mut out);
    }
    Ok(from_string(out))
}

fn lower(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_noargs(&args, "lower")?.as_str();
    if s.is_ascii() {
        return Ok(from_string(s.to_ascii_lowercase()));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower(&chars, i, &mut out);
    }
    Ok(from_string(out))
}

fn casefold(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_noargs(&args, "casefold")?.as_str();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match tables::casefold_special(c) {
            Some(f) => out.push_str(f),
            None => push_lower_simple(c, &mut out),
        }
    }
    Ok(from_string(out))
}

fn capitalize(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_noargs(&args, "capitalize")?.as_str();
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(chars[0], &mut out);
        } else {
            push_lower(&chars, i, &mut out);
        }
    }
    Ok(from_string(out))
}

fn title(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_noargs(&args, "title")?.as_str();
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for i in 0..chars.len() {
        let c = chars[i];
        if prev_cased {
            push_lower(&chars, i, &mut out);
        } else {
            push_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    Ok(from_string(out))
}

fn swapcase(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_noargs(&args, "swapcase")?.as_str();
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        let c = chars[i];
        if is_upper(c) {
            push_lower(&chars, i, &mut out);
        } else if is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Ok(from_string(out))
}

// ---------------------------------------------------------------------------------------------
// Predicates.

fn pred(args: &Args, name: &str, f: fn(char) -> bool) -> PyResult<Value> {
    let s = s_noargs(args, name)?.as_str();
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

fn isdigit(_vm: &Vm, args: Args) -> PyResult<Value> {
    pred(&args, "isdigit", is_digit)
}
fn isdecimal(_vm: &Vm, args: Args) -> PyResult<Value> {
    pred(&args, "isdecimal", is_decimal)
}
fn isnumeric(_vm: &Vm, args: Args) -> PyResult<Value> {
    pred(&args, "isnumeric", is_numeric)
}
fn isalpha(_vm: &Vm, args: Args) -> PyResult<Value> {
    pred(&args, "isalpha", is_alpha)
}
fn isalnum(_vm: &Vm, args: Args) -> PyResult<Value> {
    pred(&args, "isalnum", is_alnum)
}
fn isspace(_vm: &Vm, args: Args) -> PyResult<Value> {
    pred(&args, "isspace", is_space)
}

fn isascii(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(s_noargs(&args, "isascii")?.is_ascii()))
}

fn isprintable(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        s_noargs(&args, "isprintable")?
            .as_str()
            .chars()
            .all(is_printable),
    ))
}

fn isupper(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_noargs(&args, "isupper")?.as_str();
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        if is_upper(c) {
            cased = true;
        }
    }
    Ok(Value::Bool(cased))
}

fn islower(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_noargs(&args, "islower")?.as_str();
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        if is_lower(c) {
            cased = true;
        }
    }
    Ok(Value::Bool(cased))
}

fn istitle(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_noargs(&args, "istitle")?.as_str();
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

/// Is `s` a valid identifier (keywords included)?
pub fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => {
            let start = if c.is_ascii() {
                c == '_' || c.is_ascii_alphabetic()
            } else {
                tables::in_table(tables::XID_START, c)
            };
            start
                && cs.all(|c| {
                    if c.is_ascii() {
                        c == '_' || c.is_ascii_alphanumeric()
                    } else {
                        tables::in_table(tables::XID_CONTINUE, c)
                    }
                })
        }
        None => false,
    }
}

fn isidentifier(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(is_identifier(
        s_noargs(&args, "isidentifier")?.as_str(),
    )))
}

// ---------------------------------------------------------------------------------------------
// Searching.

fn replace(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "replace")?.as_str();
    args.only_kwargs("replace", &["count"])?;
    let p = &args.pos()[1..];
    if p.len() < 2 {
        bail!(
            TypeError,
            "replace() takes at least 2 positional arguments ({} given)",
            p.len()
        );
    }
    if p.len() + args.kwargs().count() > 3 {
        bail!(
            TypeError,
            "replace() takes at most 3 arguments ({} given)",
            p.len() + args.kwargs().count()
        );
    }
    if p.len() == 3 && args.kw("count").is_some() {
        bail!(
            TypeError,
            "argument for replace() given by name ('count') and position (3)"
        );
    }
    let old = str_arg(&p[0], "replace() argument 1")?;
    let new = str_arg(&p[1], "replace() argument 2")?;
    let count = match p.get(2).or_else(|| args.kw("count")) {
        Some(c) => ops::index_of(c)?,
        None => -1,
    };
    if count < 0 {
        return Ok(from_string(s.replace(old, new)));
    }
    Ok(from_string(s.replacen(old, new, count as usize)))
}

fn affix(args: &Args, name: &str, start: bool) -> PyResult<Value> {
    let so = s_of(args, name)?;
    let p = rest(args, name, 1, 3)?;
    let (a, b) = bounds(so, p, 1)?;
    let n = so.char_len() as i64;
    let sub = if a <= b && a <= n {
        so.substr(a as usize, b as usize)
    } else {
        ""
    };
    let check = |x: &str| {
        if a > n || b - a < char_count(x) as i64 {
            return false;
        }
        if start {
            sub.starts_with(x)
        } else {
            sub.ends_with(x)
        }
    };
    let what = if start { "startswith" } else { "endswith" };
    match p[0].payload() {
        Some(Payload::Str(x)) => Ok(Value::Bool(check(x.as_str()))),
        Some(Payload::Tuple(t)) => {
            for it in t.iter() {
                match as_str(it) {
                    Some(x) => {
                        if check(x) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    None => bail!(
                        TypeError,
                        "tuple for {} must only contain str, not {}",
                        what,
                        type_name(it)
                    ),
                }
            }
            Ok(Value::Bool(false))
        }
        _ => bail!(
            TypeError,
            "{} first arg must be str or a tuple of str, not {}",
            what,
            type_name(&p[0])
        ),
    }
}

fn startswith(_vm: &Vm, args: Args) -> PyResult<Value> {
    affix(&args, "startswith", true)
}
fn endswith(_vm: &Vm, args: Args) -> PyResult<Value> {
    affix(&args, "endswith", false)
}

fn find_impl(args: &Args, name: &str, right: bool) -> PyResult<Option<usize>> {
    let so = s_of(args, name)?;
    let p = rest(args, name, 1, 3)?;
    let sub = str_arg(&p[0], &format!("{name}() argument 1"))?;
    let (a, b) = bounds(so, p, 1)?;
    if b - a < char_count(sub) as i64 || a > so.char_len() as i64 {
        return Ok(None);
    }
    let hay = so.substr(a as usize, b as usize);
    let found = if right { hay.rfind(sub) } else { hay.find(sub) };
    Ok(found.map(|byte| char_count(&hay[..byte]) + a as usize))
}

fn find(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(&args, "find", false)?
            .map(|i| i as i64)
            .unwrap_or(-1),
    ))
}
fn rfind(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(&args, "rfind", true)?
            .map(|i| i as i64)
            .unwrap_or(-1),
    ))
}
fn index(_vm: &Vm, args: Args) -> PyResult<Value> {
    match find_impl(&args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => bail!(ValueError, "substring not found"),
    }
}
fn rindex(_vm: &Vm, args: Args) -> PyResult<Value> {
    match find_impl(&args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => bail!(ValueError, "substring not found"),
    }
}

fn count(_vm: &Vm, args: Args) -> PyResult<Value> {
    let so = s_of(&args, "count")?;
    let p = rest(&args, "count", 1, 3)?;
    let sub = str_arg(&p[0], "count() argument 1")?;
    let (a, b) = bounds(so, p, 1)?;
    if a > so.char_len() as i64 || b < a {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(b - a + 1));
    }
    Ok(Value::Int(
        so.substr(a as usize, b as usize).matches(sub).count() as i64,
    ))
}

fn partition_impl(args: &Args, name: &str, right: bool) -> PyResult<Value> {
    let s = s_of(args, name)?.as_str();
    let p = rest(args, &format!("str.{name}"), 1, 1)?;
    let Some(sep) = as_str(&p[0]) else {
        bail!(TypeError, "must be str, not {}", type_name(&p[0]))
    };
    if sep.is_empty() {
        bail!(ValueError, "empty separator");
    }
    let found = if right { s.rfind(sep) } else { s.find(sep) };
    Ok(match found {
        Some(i) => new_tuple(vec![
            new_str(&s[..i]),
            p[0].clone(),
            new_str(&s[i + sep.len()..]),
        ]),
        None => {
            if right {
                new_tuple(vec![new_str(""), new_str(""), args.pos()[0].clone()])
            } else {
                new_tuple(vec![args.pos()[0].clone(), new_str(""), new_str("")])
            }
        }
    })
}

fn partition(_vm: &Vm, args: Args) -> PyResult<Value> {
    partition_impl(&args, "partition", false)
}
fn rpartition(_vm: &Vm, args: Args) -> PyResult<Value> {
    partition_impl(&args, "rpartition", true)
}

fn removeprefix(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "removeprefix")?.as_str();
    let p = rest(&args, "str.removeprefix", 1, 1)?;
    let x = str_arg(&p[0], "removeprefix() argument")?;
    match s.strip_prefix(x) {
        Some(r) if !x.is_empty() => Ok(new_str(r)),
        _ => Ok(args.pos()[0].clone()),
    }
}

fn removesuffix(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "removesuffix")?.as_str();
    let p = rest(&args, "str.removesuffix", 1, 1)?;
    let x = str_arg(&p[0], "removesuffix() argument")?;
    match s.strip_suffix(x) {
        Some(r) if !x.is_empty() => Ok(new_str(r)),
        _ => Ok(args.pos()[0].clone()),
    }
}

// ---------------------------------------------------------------------------------------------
// Formatting and layout.

fn format(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "format")?.as_str();
    let src = crate::format::FieldSource::Args {
        pos: &args.pos()[1..],
        args: &args,
    };
    Ok(from_string(crate::format::str_format(vm, s, &src)?))
}

fn format_map(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "format_map")?.as_str();
    let p = rest(&args, "str.format_map", 1, 1)?;
    let src = crate::format::FieldSource::Mapping(&p[0]);
    Ok(from_string(crate::format::str_format(vm, s, &src)?))
}

/// A padding width; one that could never be allocated raises MemoryError.
fn width_arg(v: &Value) -> PyResult<i64> {
    let w = ops::index_of(v)?;
    if w > 0 {
        crate::error::check_alloc_items(w as usize, 4)?;
    }
    Ok(w)
}

fn pad(args: &Args, name: &str, align: char) -> PyResult<Value> {
    let so = s_of(args, name)?;
    let p = rest(args, name, 1, 2)?;
    let width = width_arg(&p[0])?;
    let fill = match p.get(1) {
        Some(f) => {
            let Some(fs) = as_str(f) else {
                bail!(
                    TypeError,
                    "The fill character must be a unicode character, not {}",
                    type_name(f)
                )
            };
            let mut cs = fs.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => bail!(
                    TypeError,
                    "The fill character must be exactly one character long"
                ),
            }
        }
        None => ' ',
    };
    let n = so.char_len() as i64;
    if width <= n {
        return Ok(args.pos()[0].clone());
    }
    let total = (width - n) as usize;
    let (l, r) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            let l = total / 2 + (total & width as usize & 1);
            (l, total - l)
        }
    };
    let mut out = String::with_capacity(so.as_str().len() + total * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(so.as_str());
    out.extend(std::iter::repeat_n(fill, r));
    Ok(from_string(out))
}

fn center(_vm: &Vm, args: Args) -> PyResult<Value> {
    pad(&args, "center", '^')
}
fn ljust(_vm: &Vm, args: Args) -> PyResult<Value> {
    pad(&args, "ljust", '<')
}
fn rjust(_vm: &Vm, args: Args) -> PyResult<Value> {
    pad(&args, "rjust", '>')
}

fn zfill(_vm: &Vm, args: Args) -> PyResult<Value> {
    let so = s_of(&args, "zfill")?;
    let p = rest(&args, "str.zfill", 1, 1)?;
    let width = width_arg(&p[0])?;
    let n = so.char_len() as i64;
    if width <= n {
        return Ok(args.pos()[0].clone());
    }
    let s = so.as_str();
    crate::error::check_alloc((width - n) as usize)?;
    let zeros = "0".repeat((width - n) as usize);
    let out = match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    };
    Ok(from_string(out))
}

fn expandtabs(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "expandtabs")?.as_str();
    args.only_kwargs("expandtabs", &["tabsize"])?;
    let p = &args.pos()[1..];
    if p.len() > 1 {
        bail!(
            TypeError,
            "expandtabs() takes at most 1 argument ({} given)",
            p.len() + args.kwargs().count()
        );
    }
    if !p.is_empty() && args.kw("tabsize").is_some() {
        bail!(
            TypeError,
            "argument for expandtabs() given by name ('tabsize') and position (1)"
        );
    }
    let tab = match p.first().or_else(|| args.kw("tabsize")) {
        Some(v) => ops::index_of(v)?,
        None => 8,
    };
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(from_string(out))
}

fn splitlines(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "splitlines")?.as_str();
    args.only_kwargs("splitlines", &["keepends"])?;
    let p = &args.pos()[1..];
    if p.len() > 1 {
        bail!(
            TypeError,
            "splitlines() takes at most 1 argument ({} given)",
            p.len() + args.kwargs().count()
        );
    }
    let keep = match p.first().or_else(|| args.kw("keepends")) {
        Some(k) => ops::truthy(vm, k)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((b, c)) = it.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = b + c.len_utf8();
            if c == '\r' && it.peek().map(|x| x.1) == Some('\n') {
                it.next();
                end += 1;
            }
            out.push(new_str(if keep { &s[start..end] } else { &s[start..b] }));
            start = end;
        }
    }
    if start < s.len() {
        out.push(new_str(&s[start..]));
    }
    Ok(new_list(out))
}

// ---------------------------------------------------------------------------------------------
// translate / maketrans.

fn maketrans(vm: &Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("maketrans")?;
    let p = args.pos();
    if p.is_empty() {
        bail!(TypeError, "maketrans expected at least 1 argument, got 0");
    }
    if p.len() > 3 {
        bail!(
            TypeError,
            "maketrans expected at most 3 arguments, got {}",
            p.len()
        );
    }
    let out = crate::types::dict::new_dict_obj();
    let Payload::Dict(d) = &out.payload else {
        bail!(SystemError, "maketrans: dict")
    };
    if p.len() == 1 {
        let Some(Payload::Dict(src)) = p[0].payload() else {
            bail!(
                TypeError,
                "if you give only one argument to maketrans it must be a dict"
            );
        };
        for (k, v) in src.items() {
            let key = match (&k, as_str(&k)) {
                (_, Some(ks)) => {
                    let mut cs = ks.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => bail!(
                            ValueError,
                            "string keys in translate table must be of length 1"
                        ),
                    }
                }
                (Value::Int(_) | Value::Bool(_), None) => Value::Int(ops::index_of(&k)?),
                _ => bail!(
                    TypeError,
                    "keys in translate table must be strings or integers"
                ),
            };
            d.set(vm, key, v)?;
        }
        return Ok(Value::Obj(out));
    }
    let y = str_arg(&p[1], "maketrans() argument 2")?;
    let z = match p.get(2) {
        Some(v) => Some(str_arg(v, "maketrans() argument 3")?),
        None => None,
    };
    let Some(x) = as_str(&p[0]) else {
        bail!(
            TypeError,
            "first maketrans argument must be a string if there is a second argument"
        )
    };
    if char_count(x) != char_count(y) {
        bail!(
            ValueError,
            "the first two maketrans arguments must have equal length"
        );
    }
    for (a, b) in x.chars().zip(y.chars()) {
        d.set(vm, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = z {
        for c in z.chars() {
            d.set(vm, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Obj(out))
}

fn translate(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "translate")?.as_str();
    let p = rest(&args, "str.translate", 1, 1)?;
    let table = &p[0];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let r = match ops::getitem(vm, table, &Value::Int(c as i64)) {
            Ok(r) => r,
            Err(e) if e.matches(ExcKind::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &r {
            Value::None => {}
            _ => {
                if let Some(x) = as_str(&r) {
                    out.push_str(x);
                } else if let Some(i) = as_int(&r) {
                    let cp = match i {
                        IntRef::Small(i) => i,
                        IntRef::Big(_) => -1,
                    };
                    if !(0..0x110000).contains(&cp) {
                        bail!(ValueError, "character mapping must be in range(0x110000)");
                    }
                    match char::from_u32(cp as u32) {
                        Some(ch) => out.push(ch),
                        None => out.push('\u{fffd}'),
                    }
                } else {
                    bail!(
                        TypeError,
                        "character mapping must return integer, None or str"
                    );
                }
            }
        }
    }
    Ok(from_string(out))
}

// ---------------------------------------------------------------------------------------------
// Codecs (the codecs themselves live in `crate::codecs`).

pub use crate::codecs::Codec;

/// Encode `s` with a codec and an error handler.
pub fn encode_str(s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    crate::codecs::encode(s, codec, errors)
}

/// Decode bytes with a codec and an error handler.
pub fn decode_bytes(b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    crate::codecs::decode(b, codec, errors)
}

/// Parse `(encoding='utf-8', errors='strict')` of encode/decode.
pub fn codec_args<'a>(args: &Args<'a>, name: &str) -> PyResult<(Codec, &'a str)> {
    args.only_kwargs(name, &["encoding", "errors"])?;
    let p = &args.pos()[1.min(args.pos().len())..];
    if p.len() > 2 {
        bail!(
            TypeError,
            "{}() takes at most 2 arguments ({} given)",
            name,
            p.len() + args.kwargs().count()
        );
    }
    let enc = match p.first().or_else(|| args.kw("encoding")) {
        Some(v) => match as_str(v) {
            Some(s) => s,
            None => bail!(
                TypeError,
                "{}() argument 'encoding' must be str, not {}",
                name,
                arg_type_name(v)
            ),
        },
        None => "utf-8",
    };
    let errors = match p.get(1).or_else(|| args.kw("errors")) {
        Some(v) => match as_str(v) {
            Some(s) => s,
            None => bail!(
                TypeError,
                "{}() argument 'errors' must be str, not {}",
                name,
                arg_type_name(v)
            ),
        },
        None => "strict",
    };
    Ok((Codec::lookup(enc)?, errors))
}

fn encode(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "encode")?.as_str();
    let (codec, errors) = codec_args(&args, "encode")?;
    let b = encode_str(s, codec, errors)?;
    Ok(Value::from_obj(Payload::Bytes(b.into_boxed_slice())))
}

pub fn methods() -> Methods {
    vec![
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
        ("__getitem__", dunder_getitem),
        ("__add__", dunder_add),
        ("__mul__", dunder_mul),
        ("__rmul__", dunder_mul),
        ("__mod__", dunder_mod),
        ("__rmod__", dunder_rmod),
        ("__eq__", dunder_eq),
        ("__ne__", dunder_ne),
        ("__lt__", dunder_lt),
        ("__le__", dunder_le),
        ("__gt__", dunder_gt),
        ("__ge__", dunder_ge),
        ("__hash__", dunder_hash),
        ("__repr__", dunder_repr),
        ("__str__", dunder_str),
        ("__format__", dunder_format),
        ("__iter__", dunder_iter),
        ("__getnewargs__", dunder_getnewargs),
        ("__sizeof__", dunder_sizeof),
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("capitalize", capitalize),
        ("title", title),
        ("swapcase", swapcase),
        ("replace", replace),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("format", format),
        ("format_map", format_map),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isascii", isascii),
        ("isprintable", isprintable),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("partition", partition),
        ("rpartition", rpartition),
        ("splitlines", splitlines),
        ("maketrans", maketrans),
        ("translate", translate),
        ("encode", encode),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
    ]
}

fn opt_str_arg<'a>(
    v: Option<&'a Value>,
    fname: &str,
    what: &str,
    default: &'a str,
) -> PyResult<&'a str> {
    match v {
        None => Ok(default),
        Some(v) => match as_str(v) {
            Some(s) => Ok(s),
            None => bail!(
                TypeError,
                "{}() argument '{}' must be str, not {}",
                fname,
                what,
                arg_type_name(v)
            ),
        },
    }
}

/// `str(b, encoding, errors)`.
pub fn str_from_bytes(
    b: &[u8],
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Value> {
    let enc = opt_str_arg(encoding, "str", "encoding", "utf-8")?;
    let errors = opt_str_arg(errors, "str", "errors", "strict")?;
    Ok(from_string(decode_bytes(b, Codec::lookup(enc)?, errors)?))
}

/// `bytes(s, encoding, errors)`.
pub fn bytes_from_str(
    s: &str,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Value> {
    let enc = opt_str_arg(encoding, "bytes", "encoding", "utf-8")?;
    let errors = opt_str_arg(errors, "bytes", "errors", "strict")?;
    let b = encode_str(s, Codec::lookup(enc)?, errors)?;
    Ok(Value::from_obj(Payload::Bytes(b.into_boxed_slice())))
}

/// `str(obj, encoding, errors)`: decode a bytes-like object.
pub fn str_decode_object(
    v: &Value,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Value> {
    let enc = opt_str_arg(encoding, "str", "encoding", "utf-8")?;
    let errors = opt_str_arg(errors, "str", "errors", "strict")?;
    if let Some(Payload::Str(_)) = v.payload() {
        bail!(TypeError, "decoding str is not supported");
    }
    let Some(b) = super::bytes::as_bytes(v) else {
        bail!(
            TypeError,
            "decoding to str: need a bytes-like object, {} found",
            type_name(v)
        )
    };
    Ok(from_string(decode_bytes(&b, Codec::lookup(enc)?, errors)?))
}
