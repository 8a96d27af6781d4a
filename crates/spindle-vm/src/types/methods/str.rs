//! Methods of `str`.

use super::list::{rest, this};
use super::Methods;
use crate::error::PyResult;
use crate::object::Payload;
use crate::ops;
use crate::types::function::Args;
use crate::types::list::new_list;
use crate::types::str::{as_str, from_string, new_str, StrObj};
use crate::types::tuple::new_tuple;
use crate::types::type_name;
use crate::value::Value;
use crate::vm::Vm;
use crate::bail;

fn s_of<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a StrObj> {
    let v = this(args, "str", method)?;
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s),
        _ => bail!(TypeError, "descriptor '{}' for 'str' objects doesn't apply to a '{}' object", method, type_name(v)),
    }
}

/// A str argument, or CPython's TypeError.
pub fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    match as_str(v) {
        Some(s) => Ok(s),
        None => bail!(TypeError, "{} must be str, not {}", what, type_name(v)),
    }
}

fn join(vm: &Vm, args: Args) -> PyResult<Value> {
    let sep = s_of(&args, "join")?.as_str();
    let p = rest(&args, "str.join", 1, 1)?;
    let items = crate::builtins::collect(vm, &p[0])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match as_str(it) {
            Some(s) => out.push_str(s),
            None => bail!(TypeError, "sequence item {}: expected str instance, {} found", i, type_name(it)),
        }
    }
    Ok(from_string(out))
}

fn split_impl(args: &Args, name: &str, right: bool) -> PyResult<Value> {
    let s = s_of(args, name)?.as_str();
    args.only_kwargs(name, &["sep", "maxsplit"])?;
    let p = &args.pos()[1..];
    if p.len() > 2 {
        bail!(TypeError, "{}() takes at most 2 arguments ({} given)", name, p.len());
    }
    let sep = p.first().or_else(|| args.kw("sep")).filter(|v| !v.is_none());
    let maxsplit = match p.get(1).or_else(|| args.kw("maxsplit")) {
        Some(v) => ops::index_of(v)?,
        None => -1,
    };
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let parts: Vec<String> = match sep {
        None => {
            let mut out: Vec<String> = Vec::new();
            if right {
                let mut rest = s.trim_end();
                while !rest.is_empty() {
                    if out.len() == max {
                        out.push(rest.to_string());
                        rest = "";
                        break;
                    }
                    match rest.rfind(char::is_whitespace) {
                        Some(i) => {
                            let w = &rest[i..];
                            let c = w.chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                            out.push(rest[i + c..].to_string());
                            rest = rest[..i].trim_end();
                        }
                        None => {
                            out.push(rest.to_string());
                            rest = "";
                        }
                    }
                }
                let _ = rest;
                out.reverse();
            } else {
                let mut rest = s.trim_start();
                while !rest.is_empty() {
                    if out.len() == max {
                        out.push(rest.to_string());
                        break;
                    }
                    match rest.find(char::is_whitespace) {
                        Some(i) => {
                            out.push(rest[..i].to_string());
                            rest = rest[i..].trim_start();
                        }
                        None => {
                            out.push(rest.to_string());
                            rest = "";
                        }
                    }
                }
            }
            out
        }
        Some(sepv) => {
            let sep = str_arg(sepv, "must be str or None")?;
            if sep.is_empty() {
                bail!(ValueError, "empty separator");
            }
            if right {
                let mut v: Vec<String> = s.rsplitn(if max == usize::MAX { usize::MAX } else { max + 1 }, sep).map(|x| x.to_string()).collect();
                v.reverse();
                v
            } else {
                s.splitn(if max == usize::MAX { usize::MAX } else { max + 1 }, sep).map(|x| x.to_string()).collect()
            }
        }
    };
    Ok(new_list(parts.into_iter().map(from_string).collect()))
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
        Some(v) => Some(str_arg(v, "strip arg")?.chars().collect()),
    };
    let pred = |c: char| match &chars {
        None => c.is_whitespace(),
        Some(cs) => cs.contains(&c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
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

fn upper(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(from_string(s_of(&args, "upper")?.as_str().to_uppercase()))
}

fn lower(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(from_string(s_of(&args, "lower")?.as_str().to_lowercase()))
}

fn replace(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "replace")?.as_str();
    let p = rest(&args, "replace", 2, 3)?;
    let old = str_arg(&p[0], "replace() argument 1")?;
    let new = str_arg(&p[1], "replace() argument 2")?;
    let count = match p.get(2) {
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
    let n = so.char_len() as i64;
    let norm = |v: Option<&Value>, d: i64| -> PyResult<i64> {
        Ok(match v {
            None | Some(Value::None) => d,
            Some(v) => {
                let i = ops::index_of(v)?;
                if i < 0 {
                    (i + n).max(0)
                } else {
                    i.min(n)
                }
            }
        })
    };
    let (a, b) = (norm(p.get(1), 0)?, norm(p.get(2), n)?);
    let sub = if a <= b { so.substr(a as usize, b as usize) } else { "" };
    if a > n {
        return Ok(Value::Bool(false));
    }
    let check = |x: &str| if start { sub.starts_with(x) } else { sub.ends_with(x) };
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
                    None => bail!(TypeError, "tuple for {}with must only contain str, not {}", if start { "starts" } else { "ends" }, type_name(it)),
                }
            }
            Ok(Value::Bool(false))
        }
        _ => bail!(
            TypeError,
            "{}with first arg must be str or a tuple of str, not {}",
            if start { "starts" } else { "ends" },
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
    let sub = str_arg(&p[0], "must be str")?;
    let n = so.char_len() as i64;
    let norm = |v: Option<&Value>, d: i64| -> PyResult<i64> {
        Ok(match v {
            None | Some(Value::None) => d,
            Some(v) => {
                let i = ops::index_of(v)?;
                if i < 0 {
                    (i + n).max(0)
                } else {
                    i.min(n)
                }
            }
        })
    };
    let (a, b) = (norm(p.get(1), 0)?, norm(p.get(2), n)?);
    if a > b {
        return Ok(None);
    }
    let hay = so.substr(a as usize, b as usize);
    let found = if right { hay.rfind(sub) } else { hay.find(sub) };
    Ok(found.map(|byte| hay[..byte].chars().count() + a as usize))
}

fn find(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(&args, "find", false)?.map(|i| i as i64).unwrap_or(-1)))
}
fn rfind(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(&args, "rfind", true)?.map(|i| i as i64).unwrap_or(-1)))
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
    let s = s_of(&args, "count")?.as_str();
    let p = rest(&args, "count", 1, 3)?;
    let sub = str_arg(&p[0], "must be str")?;
    if sub.is_empty() {
        return Ok(Value::Int(s.chars().count() as i64 + 1));
    }
    Ok(Value::Int(s.matches(sub).count() as i64))
}

fn format(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "format")?.as_str();
    Ok(from_string(crate::format::str_format(vm, s, &args.pos()[1..], &args)?))
}

fn pred(args: &Args, name: &str, f: fn(char) -> bool) -> PyResult<Value> {
    let s = s_of(args, name)?.as_str();
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

fn isdigit(_vm: &Vm, args: Args) -> PyResult<Value> {
    pred(&args, "isdigit", |c| c.is_ascii_digit() || c.is_numeric() && c.to_digit(10).is_some())
}
fn isdecimal(_vm: &Vm, args: Args) -> PyResult<Value> {
    pred(&args, "isdecimal", |c| c.is_ascii_digit())
}
fn isnumeric(_vm: &Vm, args: Args) -> PyResult<Value> {
    pred(&args, "isnumeric", |c| c.is_numeric())
}
fn isalpha(_vm: &Vm, args: Args) -> PyResult<Value> {
    pred(&args, "isalpha", |c| c.is_alphabetic())
}
fn isalnum(_vm: &Vm, args: Args) -> PyResult<Value> {
    pred(&args, "isalnum", |c| c.is_alphanumeric())
}
fn isspace(_vm: &Vm, args: Args) -> PyResult<Value> {
    pred(&args, "isspace", |c| c.is_whitespace())
}

fn isupper(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "isupper")?.as_str();
    Ok(Value::Bool(s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase())))
}

fn islower(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "islower")?.as_str();
    Ok(Value::Bool(s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase())))
}

fn isidentifier(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "isidentifier")?.as_str();
    let mut cs = s.chars();
    let ok = match cs.next() {
        Some(c) => (c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric()),
        None => false,
    };
    Ok(Value::Bool(ok))
}

fn capitalize(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "capitalize")?.as_str();
    let mut cs = s.chars();
    let out = match cs.next() {
        Some(c) => c.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
        None => String::new(),
    };
    Ok(from_string(out))
}

fn title(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "title")?.as_str();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    Ok(from_string(out))
}

fn swapcase(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "swapcase")?.as_str();
    let out: String = s
        .chars()
        .flat_map(|c| {
            if c.is_uppercase() {
                c.to_lowercase().collect::<Vec<_>>()
            } else {
                c.to_uppercase().collect::<Vec<_>>()
            }
        })
        .collect();
    Ok(from_string(out))
}

fn pad(args: &Args, name: &str, align: char) -> PyResult<Value> {
    let so = s_of(args, name)?;
    let p = rest(args, name, 1, 2)?;
    let width = ops::index_of(&p[0])?;
    let fill = match p.get(1) {
        Some(f) => {
            let fs = str_arg(f, "The fill character")?;
            let mut cs = fs.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => bail!(TypeError, "The fill character must be exactly one character long"),
            }
        }
        None => ' ',
    };
    let n = so.char_len() as i64;
    if width <= n {
        return Ok(new_str(so.as_str()));
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
    let f = fill.to_string();
    Ok(from_string(format!("{}{}{}", f.repeat(l), so.as_str(), f.repeat(r))))
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
    let p = rest(&args, "zfill", 1, 1)?;
    let width = ops::index_of(&p[0])?;
    let n = so.char_len() as i64;
    if width <= n {
        return Ok(new_str(so.as_str()));
    }
    let s = so.as_str();
    let zeros = "0".repeat((width - n) as usize);
    let out = match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    };
    Ok(from_string(out))
}

fn partition_impl(args: &Args, name: &str, right: bool) -> PyResult<Value> {
    let s = s_of(args, name)?.as_str();
    let p = rest(args, name, 1, 1)?;
    let sep = str_arg(&p[0], "must be str")?;
    if sep.is_empty() {
        bail!(ValueError, "empty separator");
    }
    let found = if right { s.rfind(sep) } else { s.find(sep) };
    Ok(match found {
        Some(i) => new_tuple(vec![new_str(&s[..i]), new_str(sep), new_str(&s[i + sep.len()..])]),
        None => {
            if right {
                new_tuple(vec![new_str(""), new_str(""), new_str(s)])
            } else {
                new_tuple(vec![new_str(s), new_str(""), new_str("")])
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

fn splitlines(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "splitlines")?.as_str();
    let keep = match args.pos().get(1).or_else(|| args.kw("keepends")) {
        Some(k) => ops::truthy(vm, k)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        let is_break = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = b + c.len_utf8();
            if c == '\r' && chars.get(i + 1).map(|x| x.1) == Some('\n') {
                end += 1;
                i += 1;
            }
            out.push(new_str(if keep { &s[start..end] } else { &s[start..b] }));
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(new_str(&s[start..]));
    }
    Ok(new_list(out))
}

fn encode(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "encode")?.as_str();
    Ok(Value::from_obj(Payload::Bytes(s.as_bytes().to_vec().into_boxed_slice())))
}

fn removeprefix(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "removeprefix")?.as_str();
    let p = rest(&args, "removeprefix", 1, 1)?;
    let x = str_arg(&p[0], "removeprefix() argument")?;
    Ok(new_str(s.strip_prefix(x).unwrap_or(s)))
}

fn removesuffix(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = s_of(&args, "removesuffix")?.as_str();
    let p = rest(&args, "removesuffix", 1, 1)?;
    let x = str_arg(&p[0], "removesuffix() argument")?;
    Ok(new_str(s.strip_suffix(x).unwrap_or(s)))
}

fn casefold(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(from_string(s_of(&args, "casefold")?.as_str().to_lowercase().replace('ß', "ss")))
}

pub fn methods() -> Methods {
    vec![
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("upper", upper),
        ("lower", lower),
        ("replace", replace),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("format", format),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("isidentifier", isidentifier),
        ("capitalize", capitalize),
        ("title", title),
        ("swapcase", swapcase),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("splitlines", splitlines),
        ("encode", encode),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("casefold", casefold),
    ]
}
