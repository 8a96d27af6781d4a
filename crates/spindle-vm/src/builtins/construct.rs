//! Calling a type: constructing built-in values (`int("12")`, `list(it)`, `range(3)`...),
//! instances of classes defined in Python, and classes themselves (`__build_class__`,
//! `type(name, bases, ns)`).

use crate::error::PyResult;
use crate::interp::eval::{run_frame, Exit};
use crate::interp::frame::Frame;
use crate::object::{InstanceObj, Payload, RangeObj};
use crate::ops::{self, num};
use crate::types::dict::{as_dict, DictObj};
use crate::types::exceptions::new_exception_of;
use crate::types::function::Args;
use crate::types::iter::{new_iter, IterState};
use crate::types::list::new_list;
use crate::types::set::{new_frozenset, new_set, table_from};
use crate::types::str::{as_str, from_string, new_str};
use crate::types::tuple::new_tuple;
use crate::types::typeobj::{self, as_type, compute_mro, lookup, BaseKind, TypeAttrs, TypeObj};
use crate::types::{type_name, type_of, types};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::{bail, py_err};
use num_bigint::BigInt;
use parking_lot::RwLock;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;

/// Is `v` callable?
pub fn callable_value(v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod(_) | Payload::Type(_),
        ) => true,
        Some(Payload::Instance(_)) => lookup(&type_of(v), "__call__").is_some(),
        _ => false,
    }
}

/// `isinstance(obj, cls)`.
pub fn isinstance(vm: &Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    match cls.payload() {
        Some(Payload::Type(_)) => {
            let c = cls
                .obj()
                .cloned()
                .ok_or_else(|| py_err!(SystemError, "type"))?;
            if let Some(check) = lookup(&type_of(cls), "__instancecheck__") {
                if !matches!(check.payload(), Some(Payload::Builtin(_))) {
                    let r = vm.call(&check, Args::new(&[cls.clone(), obj.clone()]))?;
                    return ops::truthy(vm, &r);
                }
            }
            Ok(typeobj::is_subtype(&type_of(obj), &c))
        }
        Some(Payload::Tuple(items)) => {
            for it in items.iter() {
                if isinstance(vm, obj, it)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => bail!(
            TypeError,
            "isinstance() arg 2 must be a type, a tuple of types, or a union"
        ),
    }
}

/// `issubclass(sub, cls)`. (`vm` will run `__subclasscheck__` once metaclasses exist.)
#[allow(clippy::only_used_in_recursion)]
pub fn subclass_check(vm: &Vm, sub: &ObjRef, cls: &Value, fname: &str) -> PyResult<bool> {
    match cls.payload() {
        Some(Payload::Type(_)) => {
            let c = cls
                .obj()
                .cloned()
                .ok_or_else(|| py_err!(SystemError, "type"))?;
            Ok(typeobj::is_subtype(sub, &c))
        }
        Some(Payload::Tuple(items)) => {
            for it in items.iter() {
                if subclass_check(vm, sub, it, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => bail!(
            TypeError,
            "{}() arg 2 must be a class, a tuple of classes, or a union",
            fname
        ),
    }
}

/// Modular inverse of a modulo m, if it exists.
pub fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    use num_traits::{One, Signed, Zero};
    let m_abs = m.abs();
    let g = a.mod_floor(&m_abs).extended_gcd(&m_abs);
    if !g.gcd.is_one() {
        return None;
    }
    let r = g.x.mod_floor(&m_abs);
    if r.is_zero() && !m_abs.is_one() {
        return None;
    }
    Some(r)
}

fn no_kwargs(args: &Args, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        bail!(TypeError, "{}() takes no keyword arguments", name);
    }
    Ok(())
}

/// Call a type object.
pub fn call_type(vm: &Vm, tv: &Value, args: Args) -> PyResult<Value> {
    let Some(tobj) = tv.obj().cloned() else {
        bail!(SystemError, "call_type")
    };
    let Some(t) = as_type(&tobj) else {
        bail!(SystemError, "call_type")
    };
    if !t.is_builtin() {
        return call_class(vm, tv, &tobj, t, args);
    }
    let p = args.pos();
    let tys = types();
    let is = |o: &ObjRef| ObjRef::ptr_eq(&tobj, o);
    match t.base_kind {
        BaseKind::Object => {
            if !p.is_empty() || args.has_kwargs() {
                bail!(TypeError, "object() takes no arguments");
            }
            let cls = tys.object.clone();
            Ok(Value::from_obj(Payload::Instance(InstanceObj {
                class: RwLock::new(cls),
                dict: crate::types::dict::new_dict_obj(),
            })))
        }
        BaseKind::Type => {
            if p.len() == 1 && !args.has_kwargs() {
                return Ok(Value::Obj(type_of(&p[0])));
            }
            if p.len() != 3 {
                bail!(TypeError, "type() takes 1 or 3 arguments");
            }
            let name = as_str(&p[0]).ok_or_else(|| {
                py_err!(
                    TypeError,
                    "type.__new__() argument 1 must be str, not {}",
                    type_name(&p[0])
                )
            })?;
            let bases = crate::types::tuple::as_tuple(&p[1])
                .ok_or_else(|| {
                    py_err!(
                        TypeError,
                        "type.__new__() argument 2 must be tuple, not {}",
                        type_name(&p[1])
                    )
                })?
                .to_vec();
            let Some(ns) = as_dict(&p[2]) else {
                bail!(
                    TypeError,
                    "type.__new__() argument 3 must be dict, not {}",
                    type_name(&p[2])
                );
            };
            let nsd = DictObj::from_table(ns.snapshot());
            if nsd.get_str("__module__").is_none() {
                nsd.set_str("__module__", new_str("__main__"));
            }
            let nso = ObjRef::new(Payload::Dict(nsd));
            new_class(vm, name, &bases, nso, false)
        }
        BaseKind::Int if is(&tys.int) => int_new(vm, &args),
        BaseKind::Bool => {
            no_kwargs(&args, "bool")?;
            let p = args.range("bool", 0, 1)?;
            Ok(Value::Bool(match p.first() {
                Some(v) => ops::truthy(vm, v)?,
                None => false,
            }))
        }
        BaseKind::Float => {
            no_kwargs(&args, "float")?;
            let p = args.range("float", 0, 1)?;
            match p.first() {
                None => Ok(Value::Float(0.0)),
                Some(v) => float_new(vm, v),
            }
        }
        BaseKind::Complex => {
            let re = p
                .first()
                .or_else(|| args.kw("real"))
                .cloned()
                .unwrap_or(Value::Int(0));
            let im = p
                .get(1)
                .or_else(|| args.kw("imag"))
                .cloned()
                .unwrap_or(Value::Int(0));
            let part = |v: &Value| -> PyResult<(f64, f64)> {
                match v.payload() {
                    Some(Payload::Complex(r, i)) => Ok((*r, *i)),
                    _ => match num::as_f64(v) {
                        Some(r) => Ok((r?, 0.0)),
                        None => bail!(
                            TypeError,
                            "complex() first argument must be a string or a number, not '{}'",
                            type_name(v)
                        ),
                    },
                }
            };
            let (a, b) = part(&re)?;
            let (c, d) = part(&im)?;
            Ok(Value::from_obj(Payload::Complex(a - d, b + c)))
        }
        BaseKind::Str => {
            let p = args.range("str", 0, 3);
            let p = match p {
                Ok(p) => p,
                Err(_) => args.pos(),
            };
            match p.first().or_else(|| args.kw("object")) {
                None => Ok(new_str("")),
                Some(v) => {
                    if p.len() > 1 || args.kw("encoding").is_some() || args.kw("errors").is_some() {
                        if let Some(Payload::Bytes(b)) = v.payload() {
                            let (enc, errs) = (
                                p.get(1).or_else(|| args.kw("encoding")),
                                p.get(2).or_else(|| args.kw("errors")),
                            );
                            return crate::types::methods::str::str_from_bytes(b, enc, errs);
                        }
                        bail!(TypeError, "decoding str is not supported");
                    }
                    Ok(from_string(ops::str_(vm, v)?))
                }
            }
        }
        BaseKind::Bytes => {
            let p = args.pos();
            match p.first() {
                None => Ok(Value::from_obj(Payload::Bytes(Box::new([])))),
                Some(v) => match v.payload() {
                    Some(Payload::Str(s)) => {
                        if p.len() < 2 && args.kw("encoding").is_none() {
                            bail!(TypeError, "string argument without an encoding");
                        }
                        let (enc, errs) = (
                            p.get(1).or_else(|| args.kw("encoding")),
                            p.get(2).or_else(|| args.kw("errors")),
                        );
                        crate::types::methods::str::bytes_from_str(s.as_str(), enc, errs)
                    }
                    Some(Payload::Bytes(b)) => Ok(Value::from_obj(Payload::Bytes(b.clone()))),
                    _ => {
                        if let Value::Int(n) = v {
                            if *n < 0 {
                                bail!(ValueError, "negative count");
                            }
                            crate::error::check_alloc(*n as usize)?;
                            return Ok(Value::from_obj(Payload::Bytes(
                                vec![0u8; *n as usize].into_boxed_slice(),
                            )));
                        }
                        let items = crate::builtins::collect(vm, v)?;
                        let mut out = Vec::with_capacity(items.len());
                        for it in items {
                            match it {
                                Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                                Value::Int(_) => {
                                    bail!(ValueError, "bytes must be in range(0, 256)")
                                }
                                other => bail!(
                                    TypeError,
                                    "'{}' object cannot be interpreted as an integer",
                                    type_name(&other)
                                ),
                            }
                        }
                        Ok(Value::from_obj(Payload::Bytes(out.into_boxed_slice())))
                    }
                },
            }
        }
        BaseKind::Tuple => {
            no_kwargs(&args, "tuple")?;
            let p = args.range("tuple", 0, 1)?;
            match p.first() {
                None => Ok(new_tuple(vec![])),
                Some(v) => {
                    if let Some(Payload::Tuple(_)) = v.payload() {
                        return Ok(v.clone());
                    }
                    Ok(new_tuple(crate::builtins::collect(vm, v)?))
                }
            }
        }
        BaseKind::List => {
            no_kwargs(&args, "list")?;
            let p = args.range("list", 0, 1)?;
            match p.first() {
                None => Ok(new_list(vec![])),
                Some(v) => Ok(new_list(crate::builtins::collect(vm, v)?)),
            }
        }
        BaseKind::Dict => {
            let p = args.range("dict", 0, 1);
            let p = match p {
                Ok(p) => p,
                Err(_) if args.pos().len() <= 1 => args.pos(),
                Err(e) => return Err(e),
            };
            let d = DictObj::new();
            if let Some(src) = p.first() {
                crate::types::methods::dict::update_from(vm, &d, src)?;
            }
            for (k, v) in args.kwargs() {
                d.set_str(k, v.clone());
            }
            Ok(Value::from_obj(Payload::Dict(d)))
        }
        BaseKind::Set | BaseKind::FrozenSet => {
            let name = if t.base_kind == BaseKind::Set {
                "set"
            } else {
                "frozenset"
            };
            no_kwargs(&args, name)?;
            let p = args.range(name, 0, 1)?;
            let items = match p.first() {
                None => vec![],
                Some(v) => crate::builtins::collect(vm, v)?,
            };
            let table = table_from(vm, items)?;
            Ok(if t.base_kind == BaseKind::Set {
                new_set(table)
            } else {
                new_frozenset(table)
            })
        }
        BaseKind::Range => {
            no_kwargs(&args, "range")?;
            let p = args.pos();
            let as_i = |v: &Value| -> PyResult<i128> {
                match num::as_int(v) {
                    Some(num::IntRef::Small(i)) => Ok(i as i128),
                    Some(num::IntRef::Big(b)) => match i128::try_from(b) {
                        Ok(i) if i.unsigned_abs() < (1u128 << 100) => Ok(i),
                        _ => bail!(
                            OverflowError,
                            "Python int too large to convert to C ssize_t"
                        ),
                    },
                    None => bail!(
                        TypeError,
                        "'{}' object cannot be interpreted as an integer",
                        type_name(v)
                    ),
                }
            };
            let (start, stop, step) = match p.len() {
                1 => (0, as_i(&p[0])?, 1),
                2 => (as_i(&p[0])?, as_i(&p[1])?, 1),
                3 => (as_i(&p[0])?, as_i(&p[1])?, as_i(&p[2])?),
                0 => bail!(TypeError, "range expected at least 1 argument, got 0"),
                n => bail!(TypeError, "range expected at most 3 arguments, got {}", n),
            };
            if step == 0 {
                bail!(ValueError, "range() arg 3 must not be zero");
            }
            Ok(Value::from_obj(Payload::Range(Box::new(RangeObj {
                start,
                stop,
                step,
            }))))
        }
        BaseKind::Slice => {
            no_kwargs(&args, "slice")?;
            let p = args.range("slice", 1, 3)?;
            let (a, b, c) = match p.len() {
                1 => (Value::None, p[0].clone(), Value::None),
                2 => (p[0].clone(), p[1].clone(), Value::None),
                _ => (p[0].clone(), p[1].clone(), p[2].clone()),
            };
            Ok(Value::from_obj(Payload::Slice(Box::new([a, b, c]))))
        }
        BaseKind::Exception => {
            args.no_kwargs(&t.name())?;
            Ok(Value::Obj(new_exception_of(tobj.clone(), p.to_vec())))
        }
        BaseKind::StaticMethod => Ok(Value::from_obj(Payload::StaticMethod(
            args.one("staticmethod")?.clone(),
        ))),
        BaseKind::ClassMethod => Ok(Value::from_obj(Payload::ClassMethod(
            args.one("classmethod")?.clone(),
        ))),
        BaseKind::Property => {
            let get = |i: usize, k: &str| {
                p.get(i)
                    .or_else(|| args.kw(k))
                    .cloned()
                    .unwrap_or(Value::None)
            };
            let fget = get(0, "fget");
            let mut doc = get(3, "doc");
            if doc.is_none() && !fget.is_none() {
                doc = ops::attr::getattr_opt(vm, &fget, "__doc__")?.unwrap_or(Value::None);
            }
            Ok(Value::from_obj(Payload::Property(Box::new([
                fget,
                get(1, "fset"),
                get(2, "fdel"),
                doc,
            ]))))
        }
        BaseKind::Iterator => iterator_new(vm, &t.name(), args),
        BaseKind::Native if &*t.name() == "bytearray" => {
            let data = crate::types::methods::misc::bytes_from_args(vm, "bytearray", &args)?;
            Ok(crate::types::methods::misc::new_bytearray(data))
        }
        BaseKind::NoneType | BaseKind::NotImplemented | BaseKind::Ellipsis => {
            if !p.is_empty() || args.has_kwargs() {
                bail!(TypeError, "{} takes no arguments", t.name());
            }
            Ok(match t.base_kind {
                BaseKind::NoneType => Value::None,
                BaseKind::NotImplemented => crate::types::types().not_implemented.clone(),
                _ => crate::types::types().ellipsis.clone(),
            })
        }
        _ => bail!(TypeError, "cannot create '{}' instances", t.name()),
    }
}

fn iterator_new(vm: &Vm, name: &str, args: Args) -> PyResult<Value> {
    let p = args.pos();
    match name {
        "enumerate" => {
            args.only_kwargs("enumerate", &["iterable", "start"])?;
            let Some(it) = p.first().or_else(|| args.kw("iterable")) else {
                bail!(
                    TypeError,
                    "enumerate() missing required argument 'iterable'"
                );
            };
            let start = p
                .get(1)
                .or_else(|| args.kw("start"))
                .cloned()
                .unwrap_or(Value::Int(0));
            if num::as_int(&start).is_none() {
                bail!(
                    TypeError,
                    "'{}' object cannot be interpreted as an integer",
                    type_name(&start)
                );
            }
            Ok(new_iter(IterState::Enumerate {
                it: ops::iter(vm, it)?,
                count: start,
            }))
        }
        "zip" => {
            args.only_kwargs("zip", &["strict"])?;
            let strict = match args.kw("strict") {
                Some(s) => ops::truthy(vm, s)?,
                None => false,
            };
            let mut its = Vec::with_capacity(p.len());
            for v in p.iter() {
                its.push(ops::iter(vm, v)?);
            }
            if its.is_empty() {
                return Ok(new_iter(IterState::Exhausted));
            }
            Ok(new_iter(IterState::Zip { its, strict }))
        }
        "map" => {
            args.no_kwargs("map")?;
            if p.len() < 2 {
                bail!(TypeError, "map() must have at least two arguments.");
            }
            let mut its = Vec::new();
            for v in &p[1..] {
                its.push(ops::iter(vm, v)?);
            }
            Ok(new_iter(IterState::Map {
                func: p[0].clone(),
                its,
            }))
        }
        "filter" => {
            args.no_kwargs("filter")?;
            if p.len() != 2 {
                bail!(TypeError, "filter expected 2 arguments, got {}", p.len());
            }
            Ok(new_iter(IterState::Filter {
                func: p[0].clone(),
                it: ops::iter(vm, &p[1])?,
            }))
        }
        _ => bail!(TypeError, "cannot create '{}' instances", name),
    }
}

/// `int(x=0)`, `int(x, base=10)`.
fn int_new(vm: &Vm, args: &Args) -> PyResult<Value> {
    args.only_kwargs("int", &["base"])?;
    let p = args.pos();
    if p.len() > 2 {
        bail!(
            TypeError,
            "int() takes at most 2 arguments ({} given)",
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
        let b = ops::index_of(&b)?;
        if b != 0 && !(2..=36).contains(&b) {
            bail!(ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        let s = match x.payload() {
            Some(Payload::Str(s)) => s.as_str().to_string(),
            Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).to_string(),
            _ => match crate::types::methods::misc::as_bytearray(x) {
                Some(b) => String::from_utf8_lossy(&b.data.read()).to_string(),
                None => bail!(
                    TypeError,
                    "int() can't convert non-string with explicit base"
                ),
            },
        };
        return parse_int(&s, b as u32, x, vm);
    }
    match x {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => num::float_to_int(*f),
        _ => match x.payload() {
            Some(Payload::BigInt(_)) => Ok(x.clone()),
            Some(Payload::Str(s)) => parse_int(s.as_str(), 10, x, vm),
            Some(Payload::Bytes(b)) => parse_int(&String::from_utf8_lossy(b), 10, x, vm),
            Some(Payload::Native(_)) if crate::types::methods::misc::as_bytearray(x).is_some() => {
                let d = crate::types::methods::misc::bytes_like(x).unwrap_or_default();
                parse_int(&String::from_utf8_lossy(&d), 10, x, vm)
            }
            _ => {
                for m in ["__int__", "__index__", "__trunc__"] {
                    if let Some(r) = vm.call_special(x, m, &[])? {
                        return Ok(r);
                    }
                }
                bail!(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '{}'", type_name(x))
            }
        },
    }
}

/// Map Unicode decimal digits (category Nd) to their ASCII forms, as int() and float() accept them.
pub fn unicode_digits_to_ascii(s: &str) -> String {
    const ZEROS: [u32; 67] = [
        0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
        0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
        0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
        0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
        0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60,
        0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0,
        0x1e950, 0x1fbf0,
    ];
    s.chars()
        .map(|c| {
            let u = c as u32;
            if u < 0x80 {
                return c;
            }
            let i = ZEROS.partition_point(|z| *z <= u);
            if i > 0 && u - ZEROS[i - 1] < 10 {
                char::from(b'0' + (u - ZEROS[i - 1]) as u8)
            } else {
                c
            }
        })
        .collect()
}

/// Parse an int literal string with Python's rules.
pub fn parse_int(s: &str, base: u32, orig: &Value, vm: &Vm) -> PyResult<Value> {
    let err = || -> crate::error::PyErr {
        let r = ops::repr(vm, orig).unwrap_or_default();
        py_err!(
            ValueError,
            "invalid literal for int() with base {}: {}",
            base,
            r
        )
    };
    let ascii;
    let s = if s.is_ascii() {
        s
    } else {
        ascii = unicode_digits_to_ascii(s);
        ascii.as_str()
    };
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let (radix, digits) = {
        let pref = |p: &str| lower.starts_with(p);
        if (base == 16 || base == 0) && pref("0x") {
            (16, &body[2..])
        } else if (base == 8 || base == 0) && pref("0o") {
            (8, &body[2..])
        } else if (base == 2 || base == 0) && pref("0b") {
            (2, &body[2..])
        } else if base == 0 {
            if body.len() > 1 && body.starts_with('0') && body.chars().any(|c| c != '0' && c != '_')
            {
                return Err(err());
            }
            (10, body)
        } else {
            (base, body)
        }
    };
    let digits = if radix != base && base != 0 {
        body
    } else {
        digits
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| radix != 10 || base == 0)
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(err());
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(radix)) {
        return Err(err());
    }
    let limit = crate::vm::int_max_str_digits();
    if radix == 10 && limit > 0 && clean.len() > limit {
        bail!(
            ValueError,
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            limit,
            clean.len()
        );
    }
    let v = match i64::from_str_radix(&clean, radix) {
        Ok(i) => Value::Int(if neg { -i } else { i }),
        Err(_) => {
            let b = BigInt::parse_bytes(clean.as_bytes(), radix).ok_or_else(err)?;
            num::big_to_value(if neg { -b } else { b })
        }
    };
    Ok(v)
}

/// `float(x)`.
pub fn float_new(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(f) => Ok(Value::Float(*f)),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        _ => match v.payload() {
            Some(Payload::BigInt(_)) => Ok(Value::Float(num::as_f64(v).unwrap_or(Ok(0.0))?)),
            Some(Payload::Str(s)) => match parse_float(s.as_str()) {
                Some(f) => Ok(Value::Float(f)),
                None => bail!(
                    ValueError,
                    "could not convert string to float: {}",
                    ops::repr(vm, v)?
                ),
            },
            _ if crate::types::methods::misc::bytes_like(v).is_some() => {
                let d = crate::types::methods::misc::bytes_like(v).unwrap_or_default();
                match std::str::from_utf8(&d).ok().and_then(parse_float) {
                    Some(f) => Ok(Value::Float(f)),
                    None => bail!(
                        ValueError,
                        "could not convert string to float: {}",
                        ops::repr(vm, v)?
                    ),
                }
            }
            _ => {
                if let Some(r) = vm.call_special(v, "__float__", &[])? {
                    return Ok(r);
                }
                if let Some(r) = vm.call_special(v, "__index__", &[])? {
                    return float_new(vm, &r);
                }
                bail!(
                    TypeError,
                    "float() argument must be a string or a real number, not '{}'",
                    type_name(v)
                )
            }
        },
    }
}

/// Parse a float literal string with Python's rules.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, rest) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match rest {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    if rest.is_empty()
        || rest.starts_with(['_', '+', '-'])
        || rest.ends_with('_')
        || rest.contains("__")
    {
        return None;
    }
    if rest.contains('_') {
        let b = rest.as_bytes();
        for (i, c) in b.iter().enumerate() {
            if *c == b'_'
                && !(i > 0
                    && b[i - 1].is_ascii_digit()
                    && b.get(i + 1).map(|x| x.is_ascii_digit()).unwrap_or(false))
            {
                return None;
            }
        }
    }
    let clean: String = rest.chars().filter(|c| *c != '_').collect();
    if !clean
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'))
    {
        return None;
    }
    clean.parse::<f64>().ok().map(|f| sign * f)
}

/// Create a class: `type(name, bases, ns)` and the `class` statement.
pub fn new_class(
    vm: &Vm,
    name: &str,
    bases: &[Value],
    ns: ObjRef,
    immortal: bool,
) -> PyResult<Value> {
    let tys = types();
    let mut base_refs: Vec<ObjRef> = Vec::new();
    for b in bases {
        match b.obj().filter(|o| matches!(o.payload, Payload::Type(_))) {
            Some(o) => base_refs.push(o.clone()),
            None => bail!(TypeError, "bases must be types"),
        }
    }
    if base_refs.is_empty() {
        base_refs.push(tys.object.clone());
    }
    let mut kind = BaseKind::Object;
    for b in &base_refs {
        let Some(bt) = as_type(b) else { continue };
        if !bt.subclassable {
            bail!(
                TypeError,
                "type '{}' is not an acceptable base type",
                bt.name()
            );
        }
        match bt.base_kind {
            BaseKind::Object => {}
            BaseKind::Exception => kind = BaseKind::Exception,
            other => {
                if kind != BaseKind::Object && kind != other {
                    bail!(TypeError, "multiple bases have instance lay-out conflict");
                }
                kind = other;
            }
        }
    }
    if !matches!(kind, BaseKind::Object | BaseKind::Exception) {
        bail!(
            TypeError,
            "Spindle cannot subclass the built-in type '{}' yet (classes issue)",
            base_refs
                .iter()
                .filter_map(|b| as_type(b))
                .map(|t| t.name())
                .next()
                .unwrap_or_default()
        );
    }
    let nsv = Value::Obj(ns.clone());
    let nsd = as_dict(&nsv).ok_or_else(|| py_err!(SystemError, "namespace"))?;
    let module: Arc<str> = nsd
        .get_str("__module__")
        .and_then(|m| as_str(&m).map(Arc::from))
        .unwrap_or_else(|| Arc::from("__main__"));
    let qualname: Arc<str> = match nsd.get_str("__qualname__") {
        Some(q) => match as_str(&q) {
            Some(s) => Arc::from(s),
            None => bail!(
                TypeError,
                "type __qualname__ must be a str, not {}",
                type_name(&q)
            ),
        },
        None => Arc::from(name),
    };
    nsd.remove_str("__qualname__");
    let classcell = nsd.remove_str("__classcell__");
    let tobj = TypeObj {
        name: RwLock::new(Arc::from(name)),
        qualname: RwLock::new(qualname),
        module,
        bases: RwLock::new(base_refs.clone()),
        mro: RwLock::new(Vec::new()),
        attrs: TypeAttrs::Dict(ns),
        base_kind: kind,
        subclassable: true,
        version: AtomicU64::new(0),
    };
    let cls = if immortal {
        ObjRef::new_immortal(Payload::Type(Box::new(tobj)))
    } else {
        ObjRef::new(Payload::Type(Box::new(tobj)))
    };
    let mro = compute_mro(&cls, &base_refs).map_err(|m| py_err!(TypeError, "{}", m))?;
    if let Some(t) = as_type(&cls) {
        *t.mro.write() = mro;
    }
    if let Some(Payload::Cell(c)) = classcell.as_ref().and_then(|c| c.payload()) {
        *c.value.write() = Value::Obj(cls.clone());
    }
    // Wrap plain functions named __new__/__init_subclass__/__class_getitem__ as the data model
    // says (implicit staticmethod/classmethod).
    for (n, wrap_static) in [
        ("__new__", true),
        ("__init_subclass__", false),
        ("__class_getitem__", false),
    ] {
        if let Some(f) = nsd.get_str(n) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                let w = if wrap_static {
                    Payload::StaticMethod(f)
                } else {
                    Payload::ClassMethod(f)
                };
                nsd.set_str(n, Value::from_obj(w));
            }
        }
    }
    // __set_name__ on attributes, then the parent's __init_subclass__.
    for (k, v) in nsd.items() {
        if let Some(sn) = lookup(&type_of(&v), "__set_name__") {
            if matches!(v.payload(), Some(Payload::Instance(_))) {
                vm.call(
                    &sn,
                    Args::new(&[v.clone(), Value::Obj(cls.clone()), k.clone()]),
                )?;
            }
        }
    }
    let clsv = Value::Obj(cls.clone());
    if let Some(parent) = base_refs.first() {
        if let Some(f) = lookup(parent, "__init_subclass__") {
            if let Some(Payload::ClassMethod(inner)) = f.payload() {
                vm.call(inner, Args::new(std::slice::from_ref(&clsv)))?;
            }
        }
    }
    Ok(clsv)
}

/// `__build_class__(func, name, *bases, **kwds)`: the `class` statement.
pub fn build_class(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() < 2 {
        bail!(TypeError, "__build_class__: not enough arguments");
    }
    let Some(Payload::Function(f)) = p[0].payload() else {
        bail!(TypeError, "__build_class__: func must be a function")
    };
    let Some(name) = as_str(&p[1]) else {
        bail!(TypeError, "__build_class__: name is not a string")
    };
    let bases = &p[2..];
    if let Some(meta) = args.kw("metaclass") {
        if !meta.is(&Value::Obj(types().type_.clone())) {
            bail!(TypeError, "custom metaclasses are not supported yet");
        }
    }
    let ns = crate::types::dict::new_dict_obj();
    let code = f.code_vm();
    let mut frame = Frame::new(
        f.code.clone(),
        f.globals.clone(),
        f.builtins.clone(),
        Some(ns.clone()),
    );
    let nlocals = code.code.varnames.len();
    let ncellvars = code.code.cellvars.len();
    for (i, cell) in f.closure.iter().enumerate() {
        frame.slots[nlocals + ncellvars + i] = Value::Obj(cell.clone());
    }
    vm.enter()?;
    let r = run_frame(vm, &mut frame);
    vm.leave();
    let cell = match r? {
        Exit::Return(v) => v,
        Exit::Yield(_) => Value::None,
    };
    if let (Some(Payload::Cell(_)), Some(d)) = (cell.payload(), as_dict(&Value::Obj(ns.clone()))) {
        d.set_str("__classcell__", cell.clone());
    }
    let immortal = !code.code.qualname.contains("<locals>");
    new_class(vm, name, bases, ns, immortal)
}

/// Instantiate a class defined in Python.
fn call_class(vm: &Vm, tv: &Value, tobj: &ObjRef, t: &TypeObj, args: Args) -> PyResult<Value> {
    let new = lookup(tobj, "__new__");
    let user_new = new
        .as_ref()
        .filter(|n| !matches!(n.payload(), Some(Payload::Builtin(_))));
    let init = lookup(tobj, "__init__");
    let user_init = init
        .as_ref()
        .filter(|n| !matches!(n.payload(), Some(Payload::Builtin(_))));
    let inst = match user_new {
        Some(n) => {
            let f = match n.payload() {
                Some(Payload::StaticMethod(inner)) => inner.clone(),
                _ => n.clone(),
            };
            let mut v = Vec::with_capacity(args.values.len() + 1);
            v.push(tv.clone());
            v.extend(args.values.iter().cloned());
            let r = vm.call(
                &f,
                Args {
                    values: &v,
                    kwnames: args.kwnames,
                },
            )?;
            if !typeobj::is_subtype(&type_of(&r), tobj) {
                return Ok(r);
            }
            r
        }
        None => {
            if user_init.is_none() && (!args.values.is_empty()) && t.base_kind == BaseKind::Object {
                bail!(TypeError, "{}() takes no arguments", t.name());
            }
            match t.base_kind {
                BaseKind::Exception => {
                    if args.has_kwargs() && user_init.is_none() {
                        bail!(TypeError, "{}() takes no keyword arguments", t.name());
                    }
                    Value::Obj(new_exception_of(tobj.clone(), args.pos().to_vec()))
                }
                _ => Value::from_obj(Payload::Instance(InstanceObj {
                    class: RwLock::new(tobj.clone()),
                    dict: crate::types::dict::new_dict_obj(),
                })),
            }
        }
    };
    if let Some(i) = user_init {
        let mut v = Vec::with_capacity(args.values.len() + 1);
        v.push(inst.clone());
        v.extend(args.values.iter().cloned());
        let r = vm.call(
            i,
            Args {
                values: &v,
                kwnames: args.kwnames,
            },
        )?;
        if !r.is_none() {
            bail!(
                TypeError,
                "__init__() should return None, not '{}'",
                type_name(&r)
            );
        }
    }
    Ok(inst)
}
