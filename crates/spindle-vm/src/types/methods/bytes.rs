//! Methods of `bytes`.

use super::list::{rest, this};
use super::str::{codec_args, decode_bytes, rsplit_whitespace, split_whitespace};
use super::Methods;
use crate::bail;
use crate::error::PyResult;
use crate::object::Payload;
use crate::ops;
use crate::ops::num::{as_int, IntRef};
use crate::types::exceptions::ExcKind;
use crate::types::function::Args;
use crate::types::list::new_list;
use crate::types::str::{as_str, from_string};
use crate::types::tuple::new_tuple;
use crate::types::type_name;
use crate::value::Value;
use crate::vm::Vm;
use spindle_bytecode::CmpOp;
use std::borrow::Cow;

fn b_of<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a [u8]> {
    let v = this(args, "bytes", method)?;
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b),
        _ => bail!(
            TypeError,
            "descriptor '{}' for 'bytes' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ),
    }
}

fn b_noargs<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a [u8]> {
    let b = b_of(args, method)?;
    rest(args, &format!("bytes.{method}"), 0, 0)?;
    Ok(b)
}

/// `bytes(...)`: an exact bytes argument is returned as is.
pub fn construct(vm: &Vm, args: &Args) -> PyResult<Value> {
    if let [v] = args.pos() {
        if !args.has_kwargs() {
            if let Value::Obj(o) = v {
                if let Payload::Bytes(_) = o.payload {
                    return Ok(v.clone());
                }
            }
        }
    }
    // An object's `__bytes__` result is returned as is (it may be a subclass of bytes).
    let p = args.pos();
    if p.len() == 1 && !args.has_kwargs() && p[0].instance().is_some() {
        if let Some(r) = vm.call_special(&p[0], "__bytes__", &[])? {
            if let Some(Payload::Bytes(_)) = r.payload() {
                return Ok(r);
            }
            bail!(
                TypeError,
                "__bytes__ returned non-bytes (type {})",
                type_name(&r)
            );
        }
    }
    Ok(new_bytes(super::bytearray::bytes_from_args(
        vm, "bytes", args,
    )?))
}

pub fn new_bytes(v: Vec<u8>) -> Value {
    Value::from_obj(Payload::Bytes(v.into_boxed_slice()))
}

/// The bytes of a bytes-like argument (`bytes`, `bytearray`, `memoryview`): borrowed for bytes,
/// copied for the mutable buffers.
pub fn as_bytes(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(Cow::Borrowed(b)),
        Some(Payload::Native(_)) => super::bytearray::bytes_like(v).map(Cow::Owned),
        _ => None,
    }
}

/// A bytes-like argument, or "a bytes-like object is required, not 'T'".
fn buf_arg(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    match as_bytes(v) {
        Some(b) => Ok(b),
        None => bail!(
            TypeError,
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ),
    }
}

/// A search argument: bytes-like or an int in range(256).
fn sub_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(v) {
        return Ok(b.to_vec());
    }
    match as_int(v) {
        Some(IntRef::Small(i)) if (0..256).contains(&i) => Ok(vec![i as u8]),
        Some(_) => bail!(ValueError, "byte must be in range(0, 256)"),
        None => bail!(
            TypeError,
            "argument should be integer or bytes-like object, not '{}'",
            type_name(v)
        ),
    }
}

fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

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

fn bounds(n: usize, p: &[Value]) -> PyResult<(i64, i64)> {
    let n = n as i64;
    let mut a = slice_arg(p.get(1))?.unwrap_or(0);
    let mut b = slice_arg(p.get(2))?.unwrap_or(n);
    if b > n {
        b = n;
    } else if b < 0 {
        b = (b + n).max(0);
    }
    if a < 0 {
        a = (a + n).max(0);
    }
    Ok((a, b))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

// ---------------------------------------------------------------------------------------------

fn dunder_len(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(b_noargs(&args, "__len__")?.len() as i64))
}

fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    b_of(args, name)?;
    args.no_kwargs(name)?;
    let p = &args.pos()[1..];
    if p.len() != 1 {
        bail!(TypeError, "expected 1 argument, got {}", p.len());
    }
    Ok(&p[0])
}

fn dunder_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__getitem__")?;
    ops::getitem(vm, &args.pos()[0], x)
}

fn dunder_contains(_vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__contains__")?;
    let b = b_of(&args, "__contains__")?;
    let sub = match as_bytes(x) {
        Some(s) => s.to_vec(),
        None => match as_int(x) {
            Some(IntRef::Small(i)) if (0..256).contains(&i) => vec![i as u8],
            Some(_) => bail!(ValueError, "byte must be in range(0, 256)"),
            None => bail!(
                TypeError,
                "a bytes-like object is required, not '{}'",
                type_name(x)
            ),
        },
    };
    Ok(Value::Bool(find_bytes(b, &sub).is_some()))
}

fn dunder_add(_vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__add__")?;
    let b = b_of(&args, "__add__")?;
    let Some(y) = as_bytes(x) else {
        bail!(TypeError, "can't concat {} to bytes", type_name(x))
    };
    let mut v = b.to_vec();
    v.extend_from_slice(&y);
    Ok(new_bytes(v))
}

fn dunder_mul(_vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__mul__")?;
    let b = b_of(&args, "__mul__")?;
    let n = ops::index_of(x)?;
    if n <= 0 {
        return Ok(new_bytes(Vec::new()));
    }
    crate::error::check_alloc_items(b.len(), n as usize)?;
    Ok(new_bytes(b.repeat(n as usize)))
}

fn cmp(args: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let x = one_arg(args, name)?;
    let a = b_of(args, name)?;
    let Some(b) = as_bytes(x) else {
        return Ok(crate::types::types().not_implemented.clone());
    };
    Ok(Value::Bool(ops::ord_matches(a.cmp(&*b), op)))
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

fn dunder_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    b_noargs(&args, "__hash__")?;
    Ok(Value::Int(ops::hash(vm, &args.pos()[0])?))
}

fn dunder_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    b_noargs(&args, "__iter__")?;
    ops::iter(vm, &args.pos()[0])
}

fn dunder_repr(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(from_string(ops::repr::bytes_repr(b_noargs(
        &args, "__repr__",
    )?)))
}

/// `str(b)` is the bytes repr, also for subclasses with their own `__repr__`.
fn dunder_str(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(from_string(ops::repr::bytes_repr(b_noargs(
        &args, "__str__",
    )?)))
}

fn dunder_getnewargs(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = b_noargs(&args, "__getnewargs__")?;
    Ok(new_tuple(vec![new_bytes(b.to_vec())]))
}

fn dunder_bytes(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = b_noargs(&args, "__bytes__")?;
    let v = &args.pos()[0];
    if v.instance().is_some() {
        // A subclass instance: an exact bytes copy.
        return Ok(new_bytes(b.to_vec()));
    }
    Ok(v.clone())
}

fn dunder_mod(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__mod__")?;
    let b = b_of(&args, "__mod__")?;
    Ok(new_bytes(percent_format(vm, b, x)?))
}

fn dunder_rmod(_vm: &Vm, args: Args) -> PyResult<Value> {
    one_arg(&args, "__rmod__")?;
    Ok(crate::types::types().not_implemented.clone())
}

// ---------------------------------------------------------------------------------------------

fn decode(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = b_of(&args, "decode")?;
    let (codec, errors) = codec_args(&args, "decode")?;
    Ok(from_string(decode_bytes(b, codec, errors)?))
}

pub fn hex(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = b_of(&args, "hex")?;
    args.only_kwargs("hex", &["sep", "bytes_per_sep"])?;
    let p = &args.pos()[1..];
    if p.len() > 2 {
        bail!(
            TypeError,
            "hex() takes at most 2 arguments ({} given)",
            p.len()
        );
    }
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let Some(sepv) = p.first().or_else(|| args.kw("sep")) else {
        return Ok(from_string(digits.concat()));
    };
    let sep: String = match (as_str(sepv), as_bytes(sepv)) {
        (Some(s), _) => s.to_string(),
        (_, Some(b)) => b.iter().map(|c| *c as char).collect(),
        _ => {
            if ops::len(_vm, sepv)? != 1 {
                bail!(ValueError, "sep must be length 1.");
            }
            bail!(TypeError, "sep must be str or bytes.")
        }
    };
    if sep.chars().count() != 1 {
        bail!(ValueError, "sep must be length 1.");
    }
    let per = match p.get(1).or_else(|| args.kw("bytes_per_sep")) {
        Some(v) => ops::index_of(v)?,
        None => 1,
    };
    if per == 0 || digits.is_empty() {
        return Ok(from_string(digits.concat()));
    }
    let k = per.unsigned_abs() as usize;
    let groups: Vec<String> = if per > 0 {
        // Grouped from the right.
        let first = digits.len() % k;
        let mut g = Vec::new();
        if first > 0 {
            g.push(digits[..first].concat());
        }
        g.extend(digits[first..].chunks(k).map(|c| c.concat()));
        g
    } else {
        digits.chunks(k).map(|c| c.concat()).collect()
    };
    Ok(from_string(groups.join(&sep)))
}

pub fn fromhex(_vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    args.no_kwargs("fromhex")?;
    // Called as `bytes.fromhex(s)` (type as first argument when bound to the class) or unbound.
    let s = match p {
        [v] => v,
        [_, v] => v,
        _ => bail!(
            TypeError,
            "bytes.fromhex() takes exactly one argument ({} given)",
            p.len().saturating_sub(1)
        ),
    };
    let Some(s) = as_str(s) else {
        bail!(
            TypeError,
            "fromhex() argument must be str, not {}",
            type_name(s)
        )
    };
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if cs[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = cs[i].to_digit(16).filter(|_| cs[i].is_ascii());
        let Some(hi) = hi else {
            bail!(
                ValueError,
                "non-hexadecimal number found in fromhex() arg at position {}",
                i
            )
        };
        let lo = cs
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
        let Some(lo) = lo else {
            bail!(
                ValueError,
                "non-hexadecimal number found in fromhex() arg at position {}",
                i + 1
            )
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(new_bytes(out))
}

fn map_bytes(args: &Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    Ok(new_bytes(f(b_noargs(args, name)?)))
}

fn upper(_vm: &Vm, args: Args) -> PyResult<Value> {
    map_bytes(&args, "upper", |b| b.to_ascii_uppercase())
}
fn lower(_vm: &Vm, args: Args) -> PyResult<Value> {
    map_bytes(&args, "lower", |b| b.to_ascii_lowercase())
}
fn swapcase(_vm: &Vm, args: Args) -> PyResult<Value> {
    map_bytes(&args, "swapcase", |b| {
        b.iter()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn capitalize(_vm: &Vm, args: Args) -> PyResult<Value> {
    map_bytes(&args, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn title(_vm: &Vm, args: Args) -> PyResult<Value> {
    map_bytes(&args, "title", |b| {
        let mut prev = false;
        b.iter()
            .map(|c| {
                let r = if prev {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(args: &Args, name: &str, f: fn(&u8) -> bool) -> PyResult<Value> {
    let b = b_noargs(args, name)?;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(f)))
}
fn isalpha(_vm: &Vm, args: Args) -> PyResult<Value> {
    pred(&args, "isalpha", u8::is_ascii_alphabetic)
}
fn isalnum(_vm: &Vm, args: Args) -> PyResult<Value> {
    pred(&args, "isalnum", u8::is_ascii_alphanumeric)
}
fn isdigit(_vm: &Vm, args: Args) -> PyResult<Value> {
    pred(&args, "isdigit", u8::is_ascii_digit)
}
fn isspace(_vm: &Vm, args: Args) -> PyResult<Value> {
    pred(&args, "isspace", |c| is_space(*c))
}
fn isascii(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(b_noargs(&args, "isascii")?.is_ascii()))
}
fn isupper(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = b_noargs(&args, "isupper")?;
    Ok(Value::Bool(
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
    ))
}
fn islower(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = b_noargs(&args, "islower")?;
    Ok(Value::Bool(
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
    ))
}
fn istitle(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = b_noargs(&args, "istitle")?;
    let (mut cased, mut prev) = (false, false);
    for c in b {
        if c.is_ascii_uppercase() {
            if prev {
                return Ok(Value::Bool(false));
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return Ok(Value::Bool(false));
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(Value::Bool(cased))
}

fn join(vm: &Vm, args: Args) -> PyResult<Value> {
    let sep = b_of(&args, "join")?;
    let p = rest(&args, "bytes.join", 1, 1)?;
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
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        match as_bytes(it) {
            Some(b) => out.extend_from_slice(&b),
            None => bail!(
                TypeError,
                "sequence item {}: expected a bytes-like object, {} found",
                i,
                type_name(it)
            ),
        }
    }
    Ok(new_bytes(out))
}

fn split_impl(args: &Args, name: &str, right: bool) -> PyResult<Value> {
    let b = b_of(args, name)?;
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
    let sep = p
        .first()
        .or_else(|| args.kw("sep"))
        .filter(|v| !v.is_none());
    let maxsplit = match p.get(1).or_else(|| args.kw("maxsplit")) {
        Some(v) => ops::index_of(v)?,
        None => -1,
    };
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let parts: Vec<Vec<u8>> = match sep {
        None => {
            // Bytes are split as Latin-1 text so the str helpers apply.
            let s: String = b.iter().map(|c| *c as char).collect();
            let sp = |c: char| c.is_ascii() && is_space(c as u8);
            let v = if right {
                rsplit_whitespace(&s, max, sp)
            } else {
                split_whitespace(&s, max, sp)
            };
            v.into_iter()
                .map(|x| x.chars().map(|c| c as u32 as u8).collect())
                .collect()
        }
        Some(sv) => {
            let sep = buf_arg(sv)?;
            if sep.is_empty() {
                bail!(ValueError, "empty separator");
            }
            let mut out = Vec::new();
            if right {
                let mut end = b.len();
                while out.len() < max {
                    match rfind_bytes(&b[..end], &sep) {
                        Some(i) => {
                            out.push(b[i + sep.len()..end].to_vec());
                            end = i;
                        }
                        None => break,
                    }
                }
                out.push(b[..end].to_vec());
                out.reverse();
            } else {
                let mut start = 0;
                while out.len() < max {
                    match find_bytes(&b[start..], &sep) {
                        Some(i) => {
                            out.push(b[start..start + i].to_vec());
                            start += i + sep.len();
                        }
                        None => break,
                    }
                }
                out.push(b[start..].to_vec());
            }
            out
        }
    };
    Ok(new_list(parts.into_iter().map(new_bytes).collect()))
}

fn split(_vm: &Vm, args: Args) -> PyResult<Value> {
    split_impl(&args, "split", false)
}
fn rsplit(_vm: &Vm, args: Args) -> PyResult<Value> {
    split_impl(&args, "rsplit", true)
}

fn strip_impl(args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let b = b_of(args, name)?;
    let p = rest(args, name, 0, 1)?;
    let set: Option<Cow<[u8]>> = match p.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(buf_arg(v)?),
    };
    let keep = |c: &u8| match &set {
        None => !is_space(*c),
        Some(s) => !s.contains(c),
    };
    let start = if left {
        b.iter().position(keep).unwrap_or(b.len())
    } else {
        0
    };
    let end = if right {
        b.iter().rposition(keep).map(|i| i + 1).unwrap_or(start)
    } else {
        b.len()
    };
    Ok(new_bytes(b[start..end.max(start)].to_vec()))
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

fn find_impl(args: &Args, name: &str, right: bool) -> PyResult<Option<usize>> {
    let b = b_of(args, name)?;
    let p = rest(args, name, 1, 3)?;
    let sub = sub_arg(&p[0])?;
    let (a, e) = bounds(b.len(), p)?;
    if e - a < sub.len() as i64 || a > b.len() as i64 {
        return Ok(None);
    }
    let hay = &b[a as usize..e as usize];
    let r = if right {
        rfind_bytes(hay, &sub)
    } else {
        find_bytes(hay, &sub)
    };
    Ok(r.map(|i| i + a as usize))
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
        None => bail!(ValueError, "subsection not found"),
    }
}
fn rindex(_vm: &Vm, args: Args) -> PyResult<Value> {
    match find_impl(&args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => bail!(ValueError, "subsection not found"),
    }
}

fn count(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = b_of(&args, "count")?;
    let p = rest(&args, "count", 1, 3)?;
    let sub = sub_arg(&p[0])?;
    let (a, e) = bounds(b.len(), p)?;
    if a > b.len() as i64 || e < a {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(e - a + 1));
    }
    let mut hay = &b[a as usize..e as usize];
    let mut n = 0;
    while let Some(i) = find_bytes(hay, &sub) {
        n += 1;
        hay = &hay[i + sub.len()..];
    }
    Ok(Value::Int(n))
}

fn affix(args: &Args, name: &str, start: bool) -> PyResult<Value> {
    let b = b_of(args, name)?;
    let p = rest(args, name, 1, 3)?;
    let (a, e) = bounds(b.len(), p)?;
    let check = |x: &[u8]| {
        if a > b.len() as i64 || e - a < x.len() as i64 {
            return false;
        }
        let sub = &b[a as usize..e as usize];
        if start {
            sub.starts_with(x)
        } else {
            sub.ends_with(x)
        }
    };
    if let Some(x) = as_bytes(&p[0]) {
        return Ok(Value::Bool(check(&x)));
    }
    if let Some(Payload::Tuple(t)) = p[0].payload() {
        for it in t.iter() {
            match as_bytes(it) {
                Some(x) => {
                    if check(&x) {
                        return Ok(Value::Bool(true));
                    }
                }
                None => bail!(
                    TypeError,
                    "a bytes-like object is required, not '{}'",
                    type_name(it)
                ),
            }
        }
        return Ok(Value::Bool(false));
    }
    bail!(
        TypeError,
        "{} first arg must be bytes or a tuple of bytes, not {}",
        name,
        type_name(&p[0])
    )
}

fn startswith(_vm: &Vm, args: Args) -> PyResult<Value> {
    affix(&args, "startswith", true)
}
fn endswith(_vm: &Vm, args: Args) -> PyResult<Value> {
    affix(&args, "endswith", false)
}

fn replace(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = b_of(&args, "replace")?;
    args.no_kwargs("bytes.replace")?;
    let p = &args.pos()[1..];
    if p.len() < 2 {
        bail!(
            TypeError,
            "replace() takes at least 2 positional arguments ({} given)",
            p.len()
        );
    }
    if p.len() > 3 {
        bail!(
            TypeError,
            "replace() takes at most 3 arguments ({} given)",
            p.len()
        );
    }
    let old = buf_arg(&p[0])?;
    let new = buf_arg(&p[1])?;
    let count = match p.get(2) {
        Some(c) => ops::index_of(c)?,
        None => -1,
    };
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(b.len());
    let mut done = 0;
    if old.is_empty() {
        for (i, c) in b.iter().enumerate() {
            if done < max {
                out.extend_from_slice(&new);
                done += 1;
            }
            out.push(*c);
            let _ = i;
        }
        if done < max {
            out.extend_from_slice(&new);
        }
        return Ok(new_bytes(out));
    }
    let mut rest_ = b;
    while done < max {
        match find_bytes(rest_, &old) {
            Some(i) => {
                out.extend_from_slice(&rest_[..i]);
                out.extend_from_slice(&new);
                rest_ = &rest_[i + old.len()..];
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest_);
    Ok(new_bytes(out))
}

fn pad(args: &Args, name: &str, align: char) -> PyResult<Value> {
    let b = b_of(args, name)?;
    let p = rest(args, name, 1, 2)?;
    let width = ops::index_of(&p[0])?;
    let fill = match p.get(1) {
        None => b' ',
        Some(f) => match as_bytes(f).as_deref() {
            Some([c]) => *c,
            _ => bail!(
                TypeError,
                "{}() argument 2 must be a byte string of length 1, not {}",
                name,
                type_name(f)
            ),
        },
    };
    let n = b.len() as i64;
    if width <= n {
        return Ok(new_bytes(b.to_vec()));
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
    let mut out = vec![fill; l];
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(new_bytes(out))
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
    let b = b_of(&args, "zfill")?;
    let p = rest(&args, "bytes.zfill", 1, 1)?;
    let width = ops::index_of(&p[0])?;
    let n = b.len() as i64;
    if width <= n {
        return Ok(new_bytes(b.to_vec()));
    }
    let zeros = vec![b'0'; (width - n) as usize];
    let mut out = Vec::with_capacity(width as usize);
    match b.first() {
        Some(c @ (b'+' | b'-')) => {
            out.push(*c);
            out.extend(zeros);
            out.extend_from_slice(&b[1..]);
        }
        _ => {
            out.extend(zeros);
            out.extend_from_slice(b);
        }
    }
    Ok(new_bytes(out))
}

fn partition_impl(args: &Args, name: &str, right: bool) -> PyResult<Value> {
    let b = b_of(args, name)?;
    let p = rest(args, &format!("bytes.{name}"), 1, 1)?;
    let sep = buf_arg(&p[0])?;
    if sep.is_empty() {
        bail!(ValueError, "empty separator");
    }
    let found = if right {
        rfind_bytes(b, &sep)
    } else {
        find_bytes(b, &sep)
    };
    let e = || new_bytes(Vec::new());
    Ok(match found {
        Some(i) => new_tuple(vec![
            new_bytes(b[..i].to_vec()),
            new_bytes(sep.to_vec()),
            new_bytes(b[i + sep.len()..].to_vec()),
        ]),
        None if right => new_tuple(vec![e(), e(), new_bytes(b.to_vec())]),
        None => new_tuple(vec![new_bytes(b.to_vec()), e(), e()]),
    })
}

fn partition(_vm: &Vm, args: Args) -> PyResult<Value> {
    partition_impl(&args, "partition", false)
}
fn rpartition(_vm: &Vm, args: Args) -> PyResult<Value> {
    partition_impl(&args, "rpartition", true)
}

fn splitlines(vm: &Vm, args: Args) -> PyResult<Value> {
    let b = b_of(&args, "splitlines")?;
    args.only_kwargs("splitlines", &["keepends"])?;
    let p = &args.pos()[1..];
    if p.len() > 1 {
        bail!(
            TypeError,
            "splitlines() takes at most 1 argument ({} given)",
            p.len()
        );
    }
    let keep = match p.first().or_else(|| args.kw("keepends")) {
        Some(k) => ops::truthy(vm, k)?,
        None => false,
    };
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let c = b[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && b.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(new_bytes(b[start..if keep { end } else { i }].to_vec()));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push(new_bytes(b[start..].to_vec()));
    }
    Ok(new_list(out))
}

fn expandtabs(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = b_of(&args, "expandtabs")?;
    args.only_kwargs("expandtabs", &["tabsize"])?;
    let p = &args.pos()[1..];
    if p.len() > 1 {
        bail!(
            TypeError,
            "expandtabs() takes at most 1 argument ({} given)",
            p.len()
        );
    }
    let tab = match p.first().or_else(|| args.kw("tabsize")) {
        Some(v) => ops::index_of(v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &c in b {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_bytes(out))
}

fn removeprefix(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = b_of(&args, "removeprefix")?;
    let p = rest(&args, "bytes.removeprefix", 1, 1)?;
    let x = buf_arg(&p[0])?;
    Ok(new_bytes(b.strip_prefix(&*x).unwrap_or(b).to_vec()))
}

fn removesuffix(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = b_of(&args, "removesuffix")?;
    let p = rest(&args, "bytes.removesuffix", 1, 1)?;
    let x = buf_arg(&p[0])?;
    Ok(new_bytes(b.strip_suffix(&*x).unwrap_or(b).to_vec()))
}

pub fn maketrans(_vm: &Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("maketrans")?;
    let p = args.pos();
    let p = if p.len() == 3 { &p[1..] } else { p };
    if p.len() != 2 {
        bail!(TypeError, "maketrans expected 2 arguments, got {}", p.len());
    }
    let from = buf_arg(&p[0])?;
    let to = buf_arg(&p[1])?;
    if from.len() != to.len() {
        bail!(ValueError, "maketrans arguments must have same length");
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (a, b) in from.iter().zip(to.iter()) {
        table[*a as usize] = *b;
    }
    Ok(new_bytes(table))
}

fn translate(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = b_of(&args, "translate")?;
    args.only_kwargs("translate", &["delete"])?;
    let p = &args.pos()[1..];
    if p.is_empty() || p.len() > 2 {
        bail!(
            TypeError,
            "translate expected at least 1 argument, got {}",
            p.len()
        );
    }
    let table = match &p[0] {
        Value::None => None,
        v => {
            let t = buf_arg(v)?;
            if t.len() != 256 {
                bail!(ValueError, "translation table must be 256 characters long");
            }
            Some(t)
        }
    };
    let delete: Cow<[u8]> = match p.get(1).or_else(|| args.kw("delete")) {
        Some(v) => buf_arg(v)?,
        None => Cow::Borrowed(&[]),
    };
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|c| {
            table
                .as_ref()
                .and_then(|t| t.get(*c as usize).copied())
                .unwrap_or(*c)
        })
        .collect();
    Ok(new_bytes(out))
}

pub fn methods() -> Methods {
    vec![
        ("__len__", dunder_len),
        ("__getitem__", dunder_getitem),
        ("__contains__", dunder_contains),
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
        ("__iter__", dunder_iter),
        ("__repr__", dunder_repr),
        ("__str__", dunder_str),
        ("__getnewargs__", dunder_getnewargs),
        ("__bytes__", dunder_bytes),
        ("decode", decode),
        ("hex", hex),
        ("fromhex", fromhex),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isdigit", isdigit),
        ("isspace", isspace),
        ("isascii", isascii),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("replace", replace),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("splitlines", splitlines),
        ("expandtabs", expandtabs),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("maketrans", maketrans),
        ("translate", translate),
    ]
}

// ---------------------------------------------------------------------------------------------
// `%` formatting of bytes.

/// `fmt % args` for bytes and bytearray (PEP 461). `%b`/`%s` take bytes-like objects (or
/// objects with `__bytes__`), `%c` an int or one byte, `%r`/`%a` the ASCII repr; the numeric
/// conversions are formatted by the str formatter, one conversion at a time.
pub fn percent_format(vm: &Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let is_mapping = match args.payload() {
        Some(Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_)) => false,
        Some(Payload::Dict(_)) => true,
        Some(Payload::Instance(_)) => {
            crate::types::typeobj::lookup(&crate::types::type_of(args), "__getitem__").is_some()
        }
        _ => false,
    };
    let tuple: Option<Vec<Value>> = match args.payload() {
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    };
    let mut argidx = 0usize;
    let mut used_single = false;
    let mut used_mapping = false;
    let mut next_arg = |argidx: &mut usize| -> PyResult<Value> {
        match &tuple {
            Some(t) => {
                let v = t.get(*argidx).cloned();
                *argidx += 1;
                v.ok_or_else(|| crate::py_err!(TypeError, "not enough arguments for format string"))
            }
            None => {
                if used_single {
                    bail!(TypeError, "not enough arguments for format string");
                }
                used_single = true;
                Ok(args.clone())
            }
        }
    };
    let mut out = Vec::with_capacity(fmt.len());
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        let spec_start = i;
        i += 1;
        let Some(&c1) = fmt.get(i) else {
            bail!(ValueError, "incomplete format");
        };
        if c1 == b'%' {
            out.push(b'%');
            i += 1;
            continue;
        }
        let mut key_value: Option<Value> = None;
        if c1 == b'(' {
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while i < fmt.len() && depth > 0 {
                match fmt[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                bail!(ValueError, "incomplete format key");
            }
            if !is_mapping {
                bail!(TypeError, "format requires a mapping");
            }
            let key = new_bytes(fmt.get(start..i - 1).unwrap_or_default().to_vec());
            key_value = Some(ops::getitem(vm, args, &key)?);
            used_mapping = true;
        }
        // Flags, width and precision, rebuilt as text for the str formatter.
        let mut spec = String::from("%");
        while let Some(&f) = fmt.get(i) {
            if matches!(f, b'-' | b'+' | b' ' | b'#' | b'0') {
                spec.push(f as char);
                i += 1;
            } else {
                break;
            }
        }
        let mut width: Option<i64> = None;
        if fmt.get(i) == Some(&b'*') {
            let w = next_arg(&mut argidx)?;
            let w = match as_int(&w) {
                Some(IntRef::Small(n)) => n,
                _ => bail!(TypeError, "* wants int"),
            };
            width = Some(w);
            spec.push_str(&w.to_string());
            i += 1;
        } else {
            let st = i;
            while fmt.get(i).is_some_and(|d| d.is_ascii_digit()) {
                i += 1;
            }
            if i > st {
                let digits = std::str::from_utf8(&fmt[st..i]).unwrap_or("0");
                width = digits.parse().ok();
                spec.push_str(digits);
            }
        }
        let mut precision: Option<usize> = None;
        if fmt.get(i) == Some(&b'.') {
            i += 1;
            spec.push('.');
            if fmt.get(i) == Some(&b'*') {
                let p = next_arg(&mut argidx)?;
                let p = match as_int(&p) {
                    Some(IntRef::Small(n)) => n.max(0) as usize,
                    _ => bail!(TypeError, "* wants int"),
                };
                precision = Some(p);
                spec.push_str(&p.to_string());
                i += 1;
            } else {
                let st = i;
                while fmt.get(i).is_some_and(|d| d.is_ascii_digit()) {
                    i += 1;
                }
                let digits = std::str::from_utf8(&fmt[st..i]).unwrap_or("0");
                precision = Some(digits.parse().unwrap_or(0));
                spec.push_str(digits);
            }
        }
        while fmt.get(i).is_some_and(|d| matches!(d, b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(&ty) = fmt.get(i) else {
            bail!(ValueError, "incomplete format");
        };
        i += 1;
        let v = match key_value.take() {
            Some(v) => v,
            None => next_arg(&mut argidx)?,
        };
        let left = spec.contains('-');
        let pad = |body: Vec<u8>| -> Vec<u8> {
            let w = width.map(|w| w.unsigned_abs() as usize).unwrap_or(0);
            if body.len() >= w {
                return body;
            }
            let fill = vec![b' '; w - body.len()];
            if left || width.is_some_and(|w| w < 0) {
                [body, fill].concat()
            } else {
                [fill, body].concat()
            }
        };
        match ty {
            b'b' | b's' => {
                let body = match as_bytes(&v) {
                    Some(b) => b.into_owned(),
                    None => match vm.call_special(&v, "__bytes__", &[])? {
                        Some(r) => match r.payload() {
                            Some(Payload::Bytes(b)) => b.to_vec(),
                            _ => bail!(
                                TypeError,
                                "__bytes__ returned non-bytes (type {})",
                                type_name(&r)
                            ),
                        },
                        None => bail!(
                            TypeError,
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            type_name(&v)
                        ),
                    },
                };
                let body = match precision {
                    Some(p) if p < body.len() => body[..p].to_vec(),
                    _ => body,
                };
                out.extend(pad(body));
            }
            b'r' | b'a' => {
                let r = crate::builtins::ascii_of(&ops::repr(vm, &v)?);
                let body: Vec<u8> = r.bytes().collect();
                let body = match precision {
                    Some(p) if p < body.len() => body[..p].to_vec(),
                    _ => body,
                };
                out.extend(pad(body));
            }
            b'c' => {
                let byte = match (as_bytes(&v), as_int(&v)) {
                    (Some(b), _) if b.len() == 1 => b[0],
                    (Some(_), _) => bail!(
                        TypeError,
                        "%c requires an integer in range(256) or a single byte"
                    ),
                    (_, Some(IntRef::Small(n))) if (0..256).contains(&n) => n as u8,
                    (_, Some(_)) => bail!(OverflowError, "%c arg not in range(256)"),
                    _ => bail!(
                        TypeError,
                        "%c requires an integer in range(256) or a single byte"
                    ),
                };
                out.extend(pad(vec![byte]));
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G'
                if !matches!(v, Value::Float(_))
                    && as_int(&v).is_none()
                    && !matches!(v.payload(), Some(Payload::Instance(_))) =>
            {
                bail!(TypeError, "float argument required, not {}", type_name(&v))
            }
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                spec.push(ty as char);
                let one = new_tuple(vec![v]);
                let r =
                    crate::format::percent_format(vm, &crate::types::str::from_string(spec), &one)?;
                out.extend(as_str(&r).unwrap_or("").bytes());
            }
            _ => {
                let shown = if ty.is_ascii_graphic() || ty == b' ' {
                    (ty as char).to_string()
                } else {
                    "?".to_string()
                };
                bail!(
                    ValueError,
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown,
                    ty,
                    i - 1
                );
            }
        }
        let _ = spec_start;
    }
    let leftover = match &tuple {
        Some(t) => argidx < t.len(),
        None => !used_single && !used_mapping && !is_mapping,
    };
    if leftover {
        bail!(
            TypeError,
            "not all arguments converted during bytes formatting"
        );
    }
    Ok(out)
}
