//! Calling a type: constructing built-in values (`int("12")`, `list(it)`, `range(3)`...),
//! instances of classes defined in Python, and classes themselves (`__build_class__`,
//! `type(name, bases, ns)`).

use crate::error::PyResult;
use crate::object::{Payload, RangeObj};
use crate::ops::{self, num};
use crate::types::dict::DictObj;
use crate::types::function::Args;
use crate::types::iter::{new_iter, IterState};
use crate::types::list::new_list;
use crate::types::set::{new_frozenset, new_set, table_from};
use crate::types::str::{from_string, new_str};
use crate::types::tuple::new_tuple;
use crate::types::typeobj::{self, as_type, lookup, BaseKind};
use crate::types::{type_name, type_of, types};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::{bail, py_err};
use num_bigint::BigInt;

/// Is `v` callable?
pub fn callable_value(v: &Value) -> bool {
    match v.raw_payload() {
        Some(
            Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod(_) | Payload::Type(_),
        ) => true,
        Some(Payload::Instance(_) | Payload::Native(_)) => {
            lookup(&type_of(v), "__call__").is_some()
        }
        _ => false,
    }
}

/// `isinstance(obj, cls)`.
pub fn isinstance(vm: &Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    match cls.raw_payload() {
        Some(Payload::Type(t)) => {
            let c = cls
                .obj()
                .cloned()
                .ok_or_else(|| py_err!(SystemError, "type"))?;
            let ot = type_of(obj);
            if ObjRef::ptr_eq(&ot, &c) {
                return Ok(true);
            }
            if t.meta.is_none() {
                return Ok(typeobj::is_subtype(&ot, &c));
            }
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

/// `issubclass(sub, cls)`, running a metaclass's `__subclasscheck__`.
pub fn subclass_check(vm: &Vm, sub: &ObjRef, cls: &Value, fname: &str) -> PyResult<bool> {
    match cls.raw_payload() {
        Some(Payload::Type(t)) => {
            let c = cls
                .obj()
                .cloned()
                .ok_or_else(|| py_err!(SystemError, "type"))?;
            if t.meta.is_some() {
                if let Some(check) = lookup(&type_of(cls), "__subclasscheck__") {
                    if !matches!(check.raw_payload(), Some(Payload::Builtin(_))) {
                        let r =
                            vm.call(&check, Args::new(&[cls.clone(), Value::Obj(sub.clone())]))?;
                        return ops::truthy(vm, &r);
                    }
                }
            }
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
        return super::class::call_class(vm, tv, &tobj, t, args);
    }
    let p = args.pos();
    let tys = types();
    let is = |o: &ObjRef| ObjRef::ptr_eq(&tobj, o);
    match t.base_kind {
        BaseKind::Object => {
            if !p.is_empty() || args.has_kwargs() {
                bail!(TypeError, "object() takes no arguments");
            }
            Ok(crate::types::instance::new_instance(
                tys.object.clone(),
                Value::Null,
            ))
        }
        BaseKind::Type => {
            if p.len() == 1 && !args.has_kwargs() {
                return Ok(Value::Obj(type_of(&p[0])));
            }
            if p.len() != 3 {
                bail!(TypeError, "type() takes 1 or 3 arguments");
            }
            super::class::type_three_args(vm, &tobj, args)
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
        BaseKind::Complex => super::numparse::complex_new(vm, &args),
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
                        let (enc, errs) = (
                            p.get(1).or_else(|| args.kw("encoding")),
                            p.get(2).or_else(|| args.kw("errors")),
                        );
                        return crate::types::methods::str::str_decode_object(v, enc, errs);
                    }
                    Ok(from_string(ops::str_(vm, v)?))
                }
            }
        }
        BaseKind::Bytes => crate::types::methods::bytes::construct(vm, &args),
        BaseKind::Tuple => {
            no_kwargs(&args, "tuple")?;
            let p = args.range("tuple", 0, 1)?;
            match p.first() {
                None => Ok(new_tuple(vec![])),
                Some(v) => {
                    // An exact tuple is returned as is; a subclass instance is copied.
                    if let Some(Payload::Tuple(_)) = v.raw_payload() {
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
            // Arguments with `__index__` stand for the ints they return.
            let p = &args
                .pos()
                .iter()
                .map(|v| match v.instance() {
                    Some(_) => crate::ops::num::index_value(vm, v),
                    None => Ok(v.clone()),
                })
                .collect::<PyResult<Vec<Value>>>()?[..];
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
        BaseKind::Exception => crate::types::methods::exception::construct(vm, &tobj, &args, true),
        BaseKind::StaticMethod => Ok(Value::from_obj(Payload::StaticMethod(
            args.range("staticmethod", 1, 1)?[0].clone(),
        ))),
        BaseKind::ClassMethod => Ok(Value::from_obj(Payload::ClassMethod(
            args.range("classmethod", 1, 1)?[0].clone(),
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
            let name = if fget.is_none() {
                Value::None
            } else {
                ops::attr::getattr_opt(vm, &fget, "__name__")?.unwrap_or(Value::None)
            };
            Ok(Value::from_obj(Payload::Property(Box::new(
                crate::object::PropertyObj::new([fget, get(1, "fset"), get(2, "fdel"), doc], name),
            ))))
        }
        BaseKind::Iterator => iterator_new(vm, &t.name(), args),
        BaseKind::Native if &*t.name() == "super" => crate::types::slots::super_new(vm, args),
        BaseKind::Native if &*t.name() == "ReferenceType" => {
            crate::modules::weakref::new_ref(vm, args)
        }
        BaseKind::Native if &*t.name() == "memoryview" => {
            crate::types::methods::memoryview::construct(vm, &args)
        }
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
            if p.len() + args.kwargs().count() > 2 {
                bail!(
                    TypeError,
                    "enumerate() takes at most 2 arguments ({} given)",
                    p.len() + args.kwargs().count()
                );
            }
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
            let start = match start {
                Value::Bool(b) => Value::Int(b as i64),
                other => other,
            };
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
    super::numparse::int_new(vm, args)
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
    super::numparse::parse_int_str(vm, s, base, orig)
}

/// `float(x)`.
pub fn float_new(vm: &Vm, v: &Value) -> PyResult<Value> {
    super::numparse::float_new(vm, v)
}

/// Parse a float literal string with Python's rules.
pub fn parse_float(s: &str) -> Option<f64> {
    super::numparse::parse_float_text(s)
}
