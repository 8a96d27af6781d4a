//! The object protocols: what `a + b`, `a < b`, `hash(a)`, `bool(a)`, `a[k]`, `a.x`, `repr(a)`
//! mean for every kind of value. The interpreter's instructions and the builtins call these; the
//! common cases (ints, floats, strs, lists) are handled first and inline, everything else falls
//! back to the general paths (including the special methods of classes defined in Python).

pub mod attr;
pub mod item;
pub mod num;
pub mod repr;

use crate::object::RangeObj;
pub use attr::{delattr, getattr, method_lookup, setattr};
pub use item::{contains, delitem, getitem, iter, len, next, setitem};
pub use repr::{repr, str_};

use crate::error::PyResult;
use crate::object::Payload;
use crate::types::function::Args;
use crate::types::list::new_list;
use crate::types::str::{as_str, as_strobj, from_string};
use crate::types::tuple::new_tuple;
use crate::types::{type_name, typeobj};
use crate::value::Value;
use crate::vm::Vm;
use crate::{bail, py_err};
use num::{as_f64, as_int, IntRef};
use spindle_bytecode::{BinOp, CmpOp, UnOp};
use std::cmp::Ordering;

/// `bool(v)`.
pub fn truthy(vm: &Vm, v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::None | Value::Null => false,
        Value::Float(f) => *f != 0.0,
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.char_len() != 0,
            Payload::List(l) => !l.is_empty(),
            Payload::Tuple(t) => !t.is_empty(),
            Payload::Dict(d) => !d.is_empty(),
            Payload::Set(s) | Payload::FrozenSet(s) => !s.is_empty(),
            Payload::BigInt(_) => true,
            Payload::Bytes(b) => !b.is_empty(),
            Payload::Range(r) => !r.is_empty(),
            Payload::Complex(r, i) => *r != 0.0 || *i != 0.0,
            Payload::NotImplemented => {
                crate::interp::generator::warn_later(
                    crate::types::exceptions::ExcKind::DeprecationWarning,
                    "NotImplemented should not be used in a boolean context".to_string(),
                    true,
                );
                true
            }
            Payload::Instance(_) => {
                if let Some(r) = vm.call_special(v, "__bool__", &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => bail!(
                            TypeError,
                            "__bool__ should return bool, returned {}",
                            type_name(&other)
                        ),
                    };
                }
                if let Some(r) = vm.call_special(v, "__len__", &[])? {
                    let n = index_of(&r)?;
                    if n < 0 {
                        bail!(ValueError, "__len__() should return >= 0");
                    }
                    return Ok(n != 0);
                }
                true
            }
            Payload::Native(_) => match vm.call_special(v, "__len__", &[])? {
                Some(r) => index_of(&r)? != 0,
                None => true,
            },
            Payload::Type(t) if t.meta.is_some() => {
                if let Some(r) = meta_special(vm, v, "__bool__", &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => bail!(
                            TypeError,
                            "__bool__ should return bool, returned {}",
                            type_name(&other)
                        ),
                    };
                }
                if let Some(r) = meta_special(vm, v, "__len__", &[])? {
                    let n = index_of(&r)?;
                    if n < 0 {
                        bail!(ValueError, "__len__() should return >= 0");
                    }
                    return Ok(n != 0);
                }
                true
            }
            _ => true,
        },
    })
}

/// An int-like value as i64 (`__index__`), or a TypeError.
pub fn index_of(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(_) => bail!(IndexError, "cannot fit 'int' into an index-sized integer"),
            Payload::Instance(i) if !i.base.is_null() && !matches!(i.base, Value::Float(_)) => {
                index_of(&i.base)
            }
            _ => bail!(
                TypeError,
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ),
        },
        _ => bail!(
            TypeError,
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ),
    }
}

/// Native equality for built-in values; None when Python code would have to decide.
pub fn eq_native(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::None, Value::None) => Some(true),
        (Value::Null, _) | (_, Value::Null) => Some(false),
        _ => {
            if a.instance().is_some() || b.instance().is_some() {
                // Classes decide equality in Python (their __eq__ may be overridden).
                return if a.is(b) { Some(true) } else { None };
            }
            if let (Some(x), Some(y)) = (as_str(a), as_str(b)) {
                return Some(x == y);
            }
            if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
                return Some(cmp_ints(&x, &y) == Ordering::Equal);
            }
            if let (Some(x), Some(Ok(y))) = (as_int(a), as_f64(b)) {
                if matches!(b, Value::Float(_)) {
                    return Some(num::cmp_int_float(&x, y) == Some(Ordering::Equal));
                }
            }
            if let (Some(Ok(x)), Some(y)) = (as_f64(a), as_int(b)) {
                if matches!(a, Value::Float(_)) {
                    return Some(num::cmp_int_float(&y, x) == Some(Ordering::Equal));
                }
            }
            if let Some(r) = crate::types::methods::complex::compare_eq(a, b) {
                return Some(r);
            }
            match (a.payload(), b.payload()) {
                (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
                    if x.len() != y.len() {
                        return Some(false);
                    }
                    for (p, q) in x.iter().zip(y.iter()) {
                        if !p.is(q) && !eq_native(p, q)? {
                            return Some(false);
                        }
                    }
                    Some(true)
                }
                (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => Some(x == y),
                _ if a.instance().is_some() || b.instance().is_some() => {
                    if a.is(b) {
                        Some(true)
                    } else {
                        None
                    }
                }
                (
                    Some(
                        Payload::List(_)
                        | Payload::Dict(_)
                        | Payload::Set(_)
                        | Payload::FrozenSet(_),
                    ),
                    _,
                ) => None,
                (Some(Payload::Complex(r1, i1)), Some(Payload::Complex(r2, i2))) => {
                    Some(r1 == r2 && i1 == i2)
                }
                (Some(Payload::Range(_)), Some(Payload::Range(_))) => None,
                (Some(Payload::Slice(_)), _) => None,
                (Some(Payload::Native(_)), Some(_)) | (Some(_), Some(Payload::Native(_))) => {
                    if a.is(b) {
                        Some(true)
                    } else {
                        None
                    }
                }
                (Some(Payload::Exception(_)), _) | (_, Some(Payload::Exception(_))) => {
                    Some(a.is(b))
                }
                (Some(_), Some(_)) => Some(a.is(b)),
                _ => Some(false),
            }
        }
    }
}

fn cmp_ints(a: &IntRef, b: &IntRef) -> Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(y),
        _ => a.to_big().cmp(&b.to_big()),
    }
}

/// `a == b` as a bool.
pub fn eq(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = eq_native(a, b) {
        return Ok(r);
    }
    let r = compare(vm, a, b, CmpOp::Eq)?;
    truthy(vm, &r)
}

/// Rich comparison `a <op> b`.
pub fn compare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    // Fast paths.
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Ok(Value::Bool(ord_matches(x.cmp(y), op))),
        (Value::Float(x), Value::Float(y)) => return Ok(Value::Bool(float_cmp(*x, *y, op))),
        _ => {}
    }
    let a_inst = a.instance().is_some();
    let b_inst = b.instance().is_some();
    if !a_inst && !b_inst {
        if let Some(r) = compare_builtin(vm, a, b, op)? {
            return Ok(r);
        }
        if matches!(op, CmpOp::Eq | CmpOp::Ne)
            && (crate::modules::weakref::is_ref(a) || crate::modules::weakref::is_ref(b))
        {
            let (x, y) = if crate::modules::weakref::is_ref(a) {
                (a, b)
            } else {
                (b, a)
            };
            let name = if op == CmpOp::Eq { "__eq__" } else { "__ne__" };
            if let Some(r) = try_binary_special(vm, x, name, y)? {
                return Ok(r);
            }
        }
        return compare_fallback(a, b, op);
    }
    // Special methods of classes (reflected when the left operand declines).
    let (name, rname) = cmp_names(op);
    let b_first = b_inst && (!a_inst || is_proper_subclass(b, a));
    if op == CmpOp::Ne {
        return compare_ne(vm, a, b, a_inst, b_inst, b_first);
    }
    if b_first {
        if let Some(r) = try_binary_special(vm, b, rname, a)? {
            return Ok(r);
        }
    }
    if a_inst {
        if let Some(r) = try_binary_special(vm, a, name, b)? {
            return Ok(r);
        }
    } else if let Some(r) = compare_builtin(vm, a, b, op)? {
        return Ok(r);
    }
    if b_inst && !b_first {
        if let Some(r) = try_binary_special(vm, b, rname, a)? {
            return Ok(r);
        }
    }
    compare_fallback(a, b, op)
}

/// `a != b` with instances: each side's `__ne__`, where `object.__ne__` inverts `__eq__`.
fn compare_ne(
    vm: &Vm,
    a: &Value,
    b: &Value,
    a_inst: bool,
    b_inst: bool,
    b_first: bool,
) -> PyResult<Value> {
    let try_side = |x: &Value, y: &Value| -> PyResult<Option<Value>> {
        if let Some(r) = try_binary_special(vm, x, "__ne__", y)? {
            return Ok(Some(r));
        }
        // object.__ne__: invert a user __eq__ unless it returns NotImplemented.
        let ty = crate::types::type_of(x);
        if let Some(ne) = typeobj::lookup(&ty, "__ne__") {
            if crate::builtins::class::is_object_method(&ne) {
                if let Some(r) = try_binary_special(vm, x, "__eq__", y)? {
                    return Ok(Some(Value::Bool(!truthy(vm, &r)?)));
                }
            }
        }
        Ok(None)
    };
    if b_first {
        if let Some(r) = try_side(b, a)? {
            return Ok(r);
        }
    }
    if a_inst {
        if let Some(r) = try_side(a, b)? {
            return Ok(r);
        }
    } else if let Some(r) = compare_builtin(vm, a, b, CmpOp::Ne)? {
        return Ok(r);
    }
    if b_inst && !b_first {
        if let Some(r) = try_side(b, a)? {
            return Ok(r);
        }
    }
    compare_fallback(a, b, CmpOp::Ne)
}

/// When both sides decline: identity for `==`/`!=`, a TypeError for orderings.
fn compare_fallback(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match op {
        CmpOp::Eq => Ok(Value::Bool(a.is(b))),
        CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
        _ => bail!(
            TypeError,
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ),
    }
}

/// Does the left operand's built-in operation accept `b`? CPython's numeric slots decline a
/// right operand higher in the tower (int + float is float's `__radd__`), so a float or
/// complex subclass's reflected method gets its turn.
fn left_accepts(a: &Value, b: &Value) -> bool {
    let base = b.unwrap_base();
    let b_float = matches!(base, Value::Float(_));
    let b_complex = matches!(base.raw_payload(), Some(Payload::Complex(..)));
    match a {
        Value::Int(_) | Value::Bool(_) => !(b_float || b_complex),
        Value::Float(_) => !b_complex,
        _ => {
            if matches!(a.raw_payload(), Some(Payload::BigInt(_))) {
                !(b_float || b_complex)
            } else {
                true
            }
        }
    }
}

/// Does `b`'s class define `name` differently from `a`'s?
fn overrides(b: &Value, a: &Value, name: &str) -> bool {
    let fb = typeobj::lookup(&crate::types::type_of(b), name);
    let fa = typeobj::lookup(&crate::types::type_of(a), name);
    match (fb, fa) {
        (Some(x), Some(y)) => !x.is(&y),
        (Some(_), None) => true,
        _ => false,
    }
}

fn is_proper_subclass(b: &Value, a: &Value) -> bool {
    let tb = crate::types::type_of(b);
    let ta = crate::types::type_of(a);
    !crate::value::ObjRef::ptr_eq(&ta, &tb) && typeobj::is_subtype(&tb, &ta)
}

/// Call the special method `name` of `obj`'s class with one argument; None when the class does
/// not define it or it returns NotImplemented (the caller then tries the reflected form).
fn try_binary_special(vm: &Vm, obj: &Value, name: &str, arg: &Value) -> PyResult<Option<Value>> {
    Ok(vm
        .call_special(obj, name, std::slice::from_ref(arg))?
        .filter(|r| !is_not_implemented(r)))
}

pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::NotImplemented))
}

fn cmp_names(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
    }
}

#[inline]
pub fn ord_matches(o: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

pub fn float_cmp(x: f64, y: f64, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

fn opt_ord(o: Option<Ordering>, op: CmpOp) -> bool {
    match o {
        Some(o) => ord_matches(o, op),
        None => op == CmpOp::Ne,
    }
}

/// Comparison of built-in values; Ok(None) when neither side knows how.
fn compare_builtin(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    // Bound methods are equal when they bind the same function to the same object.
    if let (Some(Payload::BoundMethod(x)), Some(Payload::BoundMethod(y))) =
        (a.raw_payload(), b.raw_payload())
    {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            let same = x.1.is(&y.1) && (x.0.is(&y.0) || eq(vm, &x.0, &y.0)?);
            return Ok(Some(Value::Bool(same == (op == CmpOp::Eq))));
        }
    }
    if matches!(a.payload(), Some(Payload::Native(_)))
        || matches!(b.payload(), Some(Payload::Native(_)))
    {
        if let Some(r) = item::view_compare(vm, a, b, op)? {
            return Ok(Some(r));
        }
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return Ok(Some(Value::Bool(ord_matches(cmp_ints(&x, &y), op))));
    }
    match (a, b) {
        (Value::Float(x), _) => {
            if let Some(y) = as_int(b) {
                let o = num::cmp_int_float(&y, *x).map(|o| o.reverse());
                return Ok(Some(Value::Bool(opt_ord(o, op))));
            }
            if let Some(Payload::Complex(..)) = b.payload() {
                return Ok(complex_eq(a, b, op));
            }
        }
        (_, Value::Float(y)) => {
            if let Some(x) = as_int(a) {
                return Ok(Some(Value::Bool(opt_ord(num::cmp_int_float(&x, *y), op))));
            }
        }
        (Value::None, Value::None) => {
            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(Some(Value::Bool(op == CmpOp::Eq)));
            }
        }
        _ => {}
    }
    if let (Some(x), Some(y)) = (as_strobj(a), as_strobj(b)) {
        return Ok(Some(Value::Bool(ord_matches(
            x.as_str().cmp(y.as_str()),
            op,
        ))));
    }
    match (a.payload(), b.payload()) {
        (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
            let (x, y) = (x.to_vec(), y.to_vec());
            return seq_compare(vm, &x, &y, op).map(Some);
        }
        (Some(Payload::List(x)), Some(Payload::List(y))) => {
            let (x, y) = (x.snapshot(), y.snapshot());
            return seq_compare(vm, &x, &y, op).map(Some);
        }
        (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => {
            return Ok(Some(Value::Bool(ord_matches(x.cmp(y), op))));
        }
        (Some(Payload::Dict(x)), Some(Payload::Dict(y))) => {
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(None);
            }
            let (xi, yl) = (x.items(), y.len());
            let mut equal = xi.len() == yl;
            if equal {
                for (k, v) in xi {
                    match y.get(vm, &k)? {
                        Some(w) => {
                            if !v.is(&w) && !eq(vm, &v, &w)? {
                                equal = false;
                                break;
                            }
                        }
                        None => {
                            equal = false;
                            break;
                        }
                    }
                }
            }
            return Ok(Some(Value::Bool(equal == (op == CmpOp::Eq))));
        }
        (
            Some(Payload::Set(x) | Payload::FrozenSet(x)),
            Some(Payload::Set(y) | Payload::FrozenSet(y)),
        ) => {
            let (xv, yv) = (x.table.read().values(), y.table.read().values());
            let x_in_y = all_in(vm, &xv, y)?;
            let y_in_x = all_in(vm, &yv, x)?;
            let (lx, ly) = (xv.len(), yv.len());
            let r = match op {
                CmpOp::Eq => lx == ly && x_in_y,
                CmpOp::Ne => !(lx == ly && x_in_y),
                CmpOp::Le => x_in_y,
                CmpOp::Lt => x_in_y && lx < ly,
                CmpOp::Ge => y_in_x,
                CmpOp::Gt => y_in_x && lx > ly,
            };
            return Ok(Some(Value::Bool(r)));
        }
        (Some(Payload::Range(x)), Some(Payload::Range(y))) => {
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(None);
            }
            let (lx, ly) = (x.len(), y.len());
            let same =
                lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)));
            return Ok(Some(Value::Bool(same == (op == CmpOp::Eq))));
        }
        (Some(Payload::Complex(..)), _) => return Ok(complex_eq(a, b, op)),
        (_, Some(Payload::Complex(..))) => return Ok(complex_eq(a, b, op)),
        (Some(Payload::Slice(x)), Some(Payload::Slice(y))) => {
            let (x, y) = (x.to_vec(), y.to_vec());
            return seq_compare(vm, &x, &y, op).map(Some);
        }
        _ => {}
    }
    Ok(None)
}

fn complex_eq(a: &Value, b: &Value, op: CmpOp) -> Option<Value> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return None;
    }
    let equal = crate::types::methods::complex::compare_eq(a, b)?;
    Some(Value::Bool(equal == (op == CmpOp::Eq)))
}

fn all_in(vm: &Vm, items: &[Value], set: &crate::types::set::SetObj) -> PyResult<bool> {
    for v in items {
        if !set.contains(vm, v)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Lexicographic comparison of two sequences.
pub fn seq_compare(vm: &Vm, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<Value> {
    for (p, q) in x.iter().zip(y.iter()) {
        if p.is(q) {
            continue;
        }
        if !eq(vm, p, q)? {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::Ne => Ok(Value::Bool(true)),
                _ => compare(vm, p, q, op),
            };
        }
    }
    Ok(Value::Bool(ord_matches(x.len().cmp(&y.len()), op)))
}

/// `hash(v)`.
pub fn hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    use crate::hash as h;
    Ok(match v {
        Value::Int(i) => h::hash_int(*i),
        Value::Bool(b) => *b as i64,
        Value::Float(f) => h::hash_float(*f),
        Value::None | Value::Null => h::NONE_HASH,
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.hash(),
            Payload::BigInt(b) => h::hash_bigint(b),
            Payload::Tuple(items) => {
                let mut hs = Vec::with_capacity(items.len());
                for it in items.iter() {
                    hs.push(hash(vm, it)?);
                }
                h::hash_tuple(hs.into_iter())
            }
            Payload::Bytes(b) => h::hash_bytes(b),
            Payload::FrozenSet(s) => frozenset_hash(&s.table.read()),
            Payload::Complex(r, i) => {
                let hr = h::hash_float(*r) as u64;
                let hi = h::hash_float(*i) as u64;
                let x = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
                if x == -1 {
                    -2
                } else {
                    x
                }
            }
            Payload::Native(_) if crate::types::methods::memoryview::as_memoryview(v).is_some() => {
                crate::types::methods::memoryview::hash(v)?
            }
            Payload::Native(_) if crate::types::methods::misc::native_unhashable(v) => {
                bail!(TypeError, "unhashable type: '{}'", type_name(v))
            }
            Payload::Native(_) if crate::modules::weakref::is_ref(v) => {
                let f = typeobj::lookup(&crate::types::type_of(v), "__hash__")
                    .ok_or_else(|| crate::py_err!(SystemError, "weakref hash"))?;
                let r = vm.call(&f, Args::new(std::slice::from_ref(v)))?;
                index_of(&r)?
            }
            Payload::Range(r) => {
                let n = r.len();
                let (a, b) = match n {
                    0 => (h::NONE_HASH, h::NONE_HASH),
                    1 => (hash(vm, &RangeObj::int(r.start))?, h::NONE_HASH),
                    _ => (
                        hash(vm, &RangeObj::int(r.start))?,
                        hash(vm, &RangeObj::int(r.step))?,
                    ),
                };
                h::hash_tuple([hash(vm, &RangeObj::int(n))?, a, b].into_iter())
            }
            Payload::List(_) | Payload::Dict(_) | Payload::Set(_) => {
                bail!(TypeError, "unhashable type: '{}'", type_name(v))
            }
            Payload::Slice(_) => {
                let s = match &o.payload {
                    Payload::Slice(s) => s.to_vec(),
                    _ => Vec::new(),
                };
                let mut hs = Vec::new();
                for it in &s {
                    hs.push(hash(vm, it)?);
                }
                h::hash_tuple(hs.into_iter())
            }
            Payload::Instance(inst) => {
                let ty = crate::types::type_of(v);
                match typeobj::lookup(&ty, "__hash__") {
                    Some(Value::None) => bail!(TypeError, "unhashable type: '{}'", type_name(v)),
                    Some(Value::Obj(f))
                        if !inst.base.is_null()
                            && matches!(&f.payload, Payload::Builtin(b) if b.owner != Some("object")) =>
                    {
                        hash(vm, &inst.base)?
                    }
                    Some(f) if !matches!(f.payload(), Some(Payload::Builtin(_))) => {
                        let r = vm.call(&f, Args::new(std::slice::from_ref(v)))?;
                        match as_int(r.unwrap_base()) {
                            Some(IntRef::Small(i)) => {
                                if i == -1 {
                                    -2
                                } else {
                                    i
                                }
                            }
                            Some(IntRef::Big(b)) => h::hash_bigint(b),
                            None => bail!(TypeError, "__hash__ method should return an integer"),
                        }
                    }
                    _ => {
                        if typeobj::lookup(&ty, "__eq__")
                            .map(|f| !matches!(f.payload(), Some(Payload::Builtin(_))))
                            .unwrap_or(false)
                        {
                            bail!(TypeError, "unhashable type: '{}'", type_name(v));
                        }
                        h::hash_pointer(o.addr())
                    }
                }
            }
            _ => h::hash_pointer(o.addr()),
        },
    })
}

/// CPython's frozenset hash (order-independent, bit-shuffled).
fn frozenset_hash(t: &crate::types::set::SetTable) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for (h, _) in t.iter() {
        hash ^= shuffle(h as u64);
    }
    // Entries that are empty or dummies do not contribute in CPython's current algorithm.
    hash ^= ((t.len() as u64).wrapping_add(1)).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

fn binop_method_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op.plain() {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        _ => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

/// `a <op> b` (in-place forms included).
#[inline]
pub fn binary_op(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let plain = op.plain();
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            if let Some(r) = num::int_binop(&IntRef::Small(*x), &IntRef::Small(*y), plain) {
                return r;
            }
        }
        (Value::Float(x), Value::Float(y)) if num::float_op(plain) => {
            return num::float_binop(*x, *y, plain)
        }
        _ => {}
    }
    binary_op_slow(vm, a, b, op)
}

/// Is `v` a class whose metaclass is not `type`? Its special methods come from the metaclass.
pub fn has_metaclass(v: &Value) -> bool {
    matches!(v.raw_payload(), Some(Payload::Type(t)) if t.meta.is_some())
}

/// Calls the special method `name` that the metaclass of the class `v` defines in Python.
pub fn meta_special(vm: &Vm, v: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    if !has_metaclass(v) {
        return Ok(None);
    }
    vm.call_special_if_python(v, name, args)
}

/// `a <op> b` where an operand is a class with a metaclass defining the operator in Python.
fn meta_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (name, rname, iname) = binop_method_names(op);
    let ok = |r: Option<Value>| r.filter(|r| !is_not_implemented(r));
    if op.is_inplace() {
        if let Some(r) = ok(meta_special(vm, a, iname, std::slice::from_ref(b))?) {
            return Ok(Some(r));
        }
    }
    if let Some(r) = ok(meta_special(vm, a, name, std::slice::from_ref(b))?) {
        return Ok(Some(r));
    }
    let same_type =
        crate::value::ObjRef::ptr_eq(&crate::types::type_of(a), &crate::types::type_of(b));
    if !same_type {
        if let Some(r) = ok(meta_special(vm, b, rname, std::slice::from_ref(a))?) {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

#[cold]
fn binary_op_slow(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let plain = op.plain();
    let a_inst = a.instance().is_some();
    let b_inst = b.instance().is_some();
    if !a_inst && !b_inst && (has_metaclass(a) || has_metaclass(b)) {
        if let Some(r) = meta_binop(vm, a, b, op)? {
            return Ok(r);
        }
    }
    if !a_inst && !b_inst {
        // In-place operations on mutable built-ins mutate and return the left operand.
        if op.is_inplace() {
            if let Some(r) = item::inplace_builtin(vm, a, b, plain)? {
                return Ok(r);
            }
        }
        if let Some(r) = builtin_binop(vm, a, b, plain)? {
            return Ok(r);
        }
        return binop_type_error(a, b, op);
    }
    // CPython's order: the in-place method, then the reflected method of a right operand whose
    // class is a proper subclass of the left's, then the left's method, then the reflected one.
    let (name, rname, iname) = binop_method_names(op);
    if op.is_inplace() {
        if a_inst {
            if let Some(r) = try_binary_special(vm, a, iname, b)? {
                return Ok(r);
            }
        } else if let Some(r) = item::inplace_builtin(vm, a, b, plain)? {
            return Ok(r);
        }
    }
    // The right operand's reflected method goes first only when its class is a proper
    // subclass that overrides it; it is not tried at all when both have the same type.
    let same_type =
        crate::value::ObjRef::ptr_eq(&crate::types::type_of(a), &crate::types::type_of(b));
    let b_first = b_inst && is_proper_subclass(b, a) && overrides(b, a, rname);
    if b_first {
        if let Some(r) = try_binary_special(vm, b, rname, a)? {
            return Ok(r);
        }
    }
    if a_inst {
        if let Some(r) = try_binary_special(vm, a, name, b)? {
            return Ok(r);
        }
    } else if left_accepts(a, b) {
        // `[1] + ListSub(...)`, `1.5 + IntSub(3)`, `"%d" % obj`: the left type's operation
        // takes the right operand (instances of subclasses of built-in types as their value).
        if let Some(r) = builtin_binop(vm, a, b.unwrap_base(), plain)? {
            return Ok(r);
        }
    }
    if b_inst && !b_first && !same_type {
        if let Some(r) = try_binary_special(vm, b, rname, a)? {
            return Ok(r);
        }
    }
    if plain == BinOp::Mul {
        // `seq * obj` / `obj * seq` where obj has `__index__` (sequence repetition).
        if let Some(r) = item::repeat_by_index(vm, a, b, op)? {
            return Ok(r);
        }
    }
    binop_type_error(a, b, op)
}

/// `a <op> b` on the built-in values of both operands (the special methods of built-in
/// types: `int.__add__`, `list.__add__`...). None when the built-in types don't support it.
pub fn builtin_binop_values(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (a, b) = (a.unwrap_base(), b.unwrap_base());
    if op.is_inplace() {
        if let Some(r) = item::inplace_builtin(vm, a, b, op.plain())? {
            return Ok(Some(r));
        }
    }
    builtin_binop(vm, a, b, op.plain())
}

/// `a <op> b` for built-in values without special methods; None when unsupported.
pub fn compare_builtin_values(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    compare_builtin(vm, a.unwrap_base(), b.unwrap_base(), op)
}

fn binop_type_error(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let plain = op.plain();
    if plain == BinOp::Add {
        let what = match a.payload() {
            Some(Payload::Str(_)) => Some("str"),
            Some(Payload::List(_)) => Some("list"),
            Some(Payload::Tuple(_)) => Some("tuple"),
            _ => None,
        };
        if matches!(a.payload(), Some(Payload::Bytes(_))) {
            bail!(
                TypeError,
                "can't concat {} to {}",
                type_name(b),
                type_name(a)
            );
        }
        if let Some(w) = what {
            if w == "str" {
                bail!(
                    TypeError,
                    "can only concatenate str (not \"{}\") to str",
                    type_name(b)
                );
            }
            bail!(
                TypeError,
                "can only concatenate {w} (not \"{}\") to {w}",
                type_name(b)
            );
        }
    }
    if plain == BinOp::Mul {
        let seq = |v: &Value| {
            matches!(
                v.payload(),
                Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_))
            )
        };
        if seq(a) {
            bail!(
                TypeError,
                "can't multiply sequence by non-int of type '{}'",
                type_name(b)
            );
        }
        if seq(b) {
            bail!(
                TypeError,
                "can't multiply sequence by non-int of type '{}'",
                type_name(a)
            );
        }
    }
    if plain == BinOp::Pow {
        bail!(
            TypeError,
            "unsupported operand type(s) for {}: '{}' and '{}'",
            if op.is_inplace() {
                "**="
            } else {
                "** or pow()"
            },
            type_name(a),
            type_name(b)
        );
    }
    bail!(
        TypeError,
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        type_name(a),
        type_name(b)
    )
}

fn repeat_count(n: &Value) -> Option<PyResult<usize>> {
    match as_int(n)? {
        IntRef::Small(i) => Some(Ok(i.max(0) as usize)),
        IntRef::Big(b) => {
            if num_traits::Signed::is_negative(b) {
                Some(Ok(0))
            } else {
                Some(Err(py_err!(
                    OverflowError,
                    "cannot fit 'int' into an index-sized integer"
                )))
            }
        }
    }
}

/// Refuse a repetition whose result cannot be allocated (MemoryError, as CPython raises).
fn check_repeat_size(len: usize, n: usize) -> PyResult<()> {
    match len.checked_mul(n) {
        Some(t) => crate::error::check_alloc_items(t, std::mem::size_of::<Value>()),
        None => bail!(MemoryError, ""),
    }
}

/// Binary operations between built-in types other than int∘int and float∘float.
fn builtin_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if matches!(a.payload(), Some(Payload::Native(_)))
        || matches!(b.payload(), Some(Payload::Native(_)))
    {
        if let Some(r) = item::view_binop(vm, a, b, op)? {
            return Ok(Some(r));
        }
    }
    // Numbers.
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::And => return Ok(Some(Value::Bool(*x & *y))),
            BinOp::Or => return Ok(Some(Value::Bool(*x | *y))),
            BinOp::Xor => return Ok(Some(Value::Bool(*x ^ *y))),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return num::int_binop(&x, &y, op).transpose();
    }
    let a_num = matches!(a, Value::Float(_)) || as_int(a).is_some();
    let b_num = matches!(b, Value::Float(_)) || as_int(b).is_some();
    if a_num
        && b_num
        && op != BinOp::MatMul
        && !matches!(
            op,
            BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor
        )
    {
        let x = as_f64(a).unwrap_or(Ok(0.0))?;
        let y = as_f64(b).unwrap_or(Ok(0.0))?;
        return num::float_binop(x, y, op).map(Some);
    }
    let complex_parts = |v: &Value| -> Option<PyResult<(f64, f64)>> {
        match v.payload() {
            Some(Payload::Complex(r, i)) => Some(Ok((*r, *i))),
            _ => as_f64(v).map(|r| r.map(|r| (r, 0.0))),
        }
    };
    let a_cx = matches!(a.payload(), Some(Payload::Complex(..)));
    let b_cx = matches!(b.payload(), Some(Payload::Complex(..)));
    if (a_cx || b_cx) && complex_parts(a).is_some() && complex_parts(b).is_some() {
        let (ar, ai) = complex_parts(a).unwrap_or(Ok((0.0, 0.0)))?;
        let (br, bi) = complex_parts(b).unwrap_or(Ok((0.0, 0.0)))?;
        return crate::types::methods::complex::binop((ar, ai), (br, bi), op).transpose();
    }
    match (a.payload(), b.payload(), op) {
        (Some(Payload::Str(x)), Some(Payload::Str(y)), BinOp::Add) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            return Ok(Some(from_string(s)));
        }
        (Some(Payload::Str(s)), _, BinOp::Mul) | (_, Some(Payload::Str(s)), BinOp::Mul) => {
            let n = if matches!(a.payload(), Some(Payload::Str(_))) {
                b
            } else {
                a
            };
            if let Some(n) = repeat_count(n) {
                let n = n?;
                check_repeat_size(s.as_str().len(), n)?;
                return Ok(Some(from_string(s.as_str().repeat(n))));
            }
        }
        (Some(Payload::Str(_)), _, BinOp::Mod) => {
            return crate::format::percent_format(vm, a, b).map(Some);
        }
        (Some(Payload::Bytes(x)), _, BinOp::Mod) => {
            let r = crate::types::methods::bytes::percent_format(vm, x, b)?;
            return Ok(Some(crate::types::methods::bytes::new_bytes(r)));
        }
        (Some(Payload::List(x)), Some(Payload::List(y)), BinOp::Add) => {
            let mut v = x.snapshot();
            v.extend(y.snapshot());
            return Ok(Some(new_list(v)));
        }
        (Some(Payload::Tuple(x)), Some(Payload::Tuple(y)), BinOp::Add) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            return Ok(Some(new_tuple(v)));
        }
        (Some(Payload::Bytes(x)), Some(Payload::Bytes(y)), BinOp::Add) => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            return Ok(Some(Value::from_obj(Payload::Bytes(v.into_boxed_slice()))));
        }
        (Some(Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)), _, BinOp::Mul)
        | (_, Some(Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)), BinOp::Mul) => {
            let (seq, n) = if matches!(
                a.payload(),
                Some(Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_))
            ) {
                (a, b)
            } else {
                (b, a)
            };
            if let Some(n) = repeat_count(n) {
                let n = n?;
                return Ok(Some(match seq.payload() {
                    Some(Payload::List(l)) => {
                        let items = l.snapshot();
                        check_repeat_size(items.len(), n)?;
                        new_list(repeat_vec(&items, n))
                    }
                    Some(Payload::Tuple(t)) => {
                        check_repeat_size(t.len(), n)?;
                        new_tuple(repeat_vec(t, n))
                    }
                    Some(Payload::Bytes(bs)) => {
                        check_repeat_size(bs.len(), n)?;
                        Value::from_obj(Payload::Bytes(bs.repeat(n).into_boxed_slice()))
                    }
                    _ => return Ok(None),
                }));
            }
        }
        (
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
            _,
        ) => {
            return item::set_binop(vm, a, b, op);
        }
        (Some(Payload::Dict(x)), Some(Payload::Dict(y)), BinOp::Or) => {
            let d = crate::types::dict::DictObj::from_table(x.snapshot());
            for (k, v) in y.items() {
                d.set(vm, k, v)?;
            }
            return Ok(Some(Value::from_obj(Payload::Dict(d))));
        }
        _ => {}
    }
    Ok(None)
}

fn repeat_vec(items: &[Value], n: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    out
}

/// Unary operators.
pub fn unary_op(vm: &Vm, v: &Value, op: UnOp) -> PyResult<Value> {
    if op == UnOp::Not {
        return Ok(Value::Bool(!truthy(vm, v)?));
    }
    match (v, op) {
        (Value::Int(i), UnOp::Neg) => {
            return Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => num::big_to_value(-num_bigint::BigInt::from(*i)),
            })
        }
        (Value::Int(i), UnOp::Pos) => return Ok(Value::Int(*i)),
        (Value::Int(i), UnOp::Invert) => return Ok(Value::Int(!i)),
        (Value::Bool(b), _) => return unary_op(vm, &Value::Int(*b as i64), op),
        (Value::Float(f), UnOp::Neg) => return Ok(Value::Float(-f)),
        (Value::Float(f), UnOp::Pos) => return Ok(Value::Float(*f)),
        _ => {}
    }
    match (v.raw_payload(), op) {
        (Some(Payload::BigInt(b)), UnOp::Neg) => return Ok(num::big_to_value(-b)),
        (Some(Payload::BigInt(b)), UnOp::Pos) => return Ok(num::big_to_value(b.clone())),
        (Some(Payload::BigInt(b)), UnOp::Invert) => return Ok(num::big_to_value(!b)),
        (Some(Payload::Complex(r, i)), UnOp::Neg) => {
            return Ok(Value::from_obj(Payload::Complex(-r, -i)))
        }
        (Some(Payload::Complex(r, i)), UnOp::Pos) => {
            return Ok(Value::from_obj(Payload::Complex(*r, *i)))
        }
        (Some(Payload::Instance(_)), _) => {
            let name = match op {
                UnOp::Neg => "__neg__",
                UnOp::Pos => "__pos__",
                _ => "__invert__",
            };
            if let Some(r) = vm.call_special(v, name, &[])? {
                return Ok(r);
            }
        }
        (Some(Payload::Type(_)), _) if has_metaclass(v) => {
            let name = match op {
                UnOp::Neg => "__neg__",
                UnOp::Pos => "__pos__",
                _ => "__invert__",
            };
            if let Some(r) = meta_special(vm, v, name, &[])? {
                return Ok(r);
            }
        }
        _ => {}
    }
    bail!(
        TypeError,
        "bad operand type for unary {}: '{}'",
        op.symbol(),
        type_name(v)
    )
}
