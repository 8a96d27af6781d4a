//! Methods of `set` and `frozenset`.

use super::list::{rest, this};
use super::Methods;
use crate::bail;
use crate::error::PyResult;
use crate::object::Payload;
use crate::ops;
use crate::types::function::Args;
use crate::types::set::{as_set, new_frozenset, new_set, SetObj, SetTable};
use crate::types::type_name;
use crate::value::Value;
use crate::vm::Vm;

fn set_of<'a>(args: &Args<'a>, ty: &str, method: &str) -> PyResult<&'a SetObj> {
    let v = this(args, ty, method)?;
    match v.payload() {
        Some(Payload::Set(s) | Payload::FrozenSet(s)) => Ok(s),
        _ => bail!(
            TypeError,
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            method,
            ty,
            type_name(v)
        ),
    }
}

fn add(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_of(&args, "set", "add")?;
    let p = rest(&args, "set.add", 1, 1)?;
    s.add(vm, p[0].clone())?;
    Ok(Value::None)
}

fn remove(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_of(&args, "set", "remove")?;
    let p = rest(&args, "set.remove", 1, 1)?;
    let frozen = crate::types::set::set_key(&p[0]);
    let key = frozen.as_ref().unwrap_or(&p[0]);
    let h = ops::hash(vm, key)?;
    if !obj_discard(vm, s, h, key)? {
        return Err(crate::error::PyErr::with_args(
            crate::types::exceptions::ExcKind::KeyError,
            vec![p[0].clone()],
        ));
    }
    Ok(Value::None)
}

fn discard(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_of(&args, "set", "discard")?;
    let p = rest(&args, "set.discard", 1, 1)?;
    let frozen = crate::types::set::set_key(&p[0]);
    let key = frozen.as_ref().unwrap_or(&p[0]);
    let h = ops::hash(vm, key)?;
    obj_discard(vm, s, h, key)?;
    Ok(Value::None)
}

fn pop(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_of(&args, "set", "pop")?;
    rest(&args, "set.pop", 0, 0)?;
    match s.table.write().pop() {
        Some(v) => Ok(v),
        None => Err(crate::error::PyErr::with_args(
            crate::types::exceptions::ExcKind::KeyError,
            vec![crate::types::str::new_str("pop from an empty set")],
        )),
    }
}

fn clear(_vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_of(&args, "set", "clear")?;
    *s.table.write() = Default::default();
    Ok(Value::None)
}

fn copy(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "set", "copy")?;
    let s = set_of(&args, "set", "copy")?;
    rest(&args, "set.copy", 0, 0)?;
    if matches!(v.payload(), Some(Payload::FrozenSet(_))) && v.instance().is_none() {
        return Ok(v.clone());
    }
    Ok(same_kind(v, table_copy(s)))
}

/// A copy of a set's table.
fn table_copy(s: &SetObj) -> SetTable {
    let mut t = SetTable::default();
    t.merge(&s.table.read());
    t
}

/// A new set of the base type of `v` (`set` or `frozenset`).
fn same_kind(v: &Value, t: SetTable) -> Value {
    if matches!(v.payload(), Some(Payload::FrozenSet(_))) {
        new_frozenset(t)
    } else {
        new_set(t)
    }
}

/// The elements of an iterable argument, each with its hash.
fn hashed_items(vm: &Vm, other: &Value) -> PyResult<Vec<(i64, Value)>> {
    if let Some(o) = as_set(other) {
        return Ok(o.table.read().iter().map(|(h, k)| (h, k.clone())).collect());
    }
    let items = crate::builtins::collect(vm, other)?;
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        let h = ops::hash(vm, &v)?;
        out.push((h, v));
    }
    Ok(out)
}

/// Is `key` (with hash `h`) in `t`, comparing with Python `__eq__` where needed?
fn table_has(vm: &Vm, t: &SetTable, h: i64, key: &Value) -> PyResult<Option<Value>> {
    if t.contains(h, key) {
        return Ok(Some(key.clone()));
    }
    for c in t.undecided(h, key) {
        if ops::eq(vm, &c, key)? {
            return Ok(Some(c));
        }
    }
    Ok(None)
}

/// Add `key` to `t` unless an equal key is there.
fn table_add(vm: &Vm, t: &mut SetTable, h: i64, key: Value) -> PyResult<()> {
    if table_has(vm, t, h, &key)?.is_none() {
        t.add(h, key);
    }
    Ok(())
}

/// Remove the key equal to `key` from `t`; true when one was there.
fn table_discard(vm: &Vm, t: &mut SetTable, h: i64, key: &Value) -> PyResult<bool> {
    match table_has(vm, t, h, key)? {
        Some(k) => Ok(t.remove(h, &k).is_some()),
        None => Ok(false),
    }
}

/// `t |= other`.
fn union_into(vm: &Vm, t: &mut SetTable, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        let ot = o.table.read().clone();
        t.merge(&ot);
        return Ok(());
    }
    for (h, k) in hashed_items(vm, other)? {
        table_add(vm, t, h, k)?;
    }
    Ok(())
}

/// `t & other` as a new table (CPython iterates the smaller set, or the iterable).
fn intersect(vm: &Vm, t: &SetTable, other: &Value) -> PyResult<SetTable> {
    let mut out = SetTable::default();
    if let Some(o) = as_set(other) {
        let ot = o.table.read().clone();
        let (small, big) = if ot.len() > t.len() {
            (t, &ot)
        } else {
            (&ot, t)
        };
        for (h, k) in small.iter() {
            if table_has(vm, big, h, k)?.is_some() {
                table_add(vm, &mut out, h, k.clone())?;
            }
        }
        return Ok(out);
    }
    for (h, k) in hashed_items(vm, other)? {
        if table_has(vm, t, h, &k)?.is_some() {
            table_add(vm, &mut out, h, k)?;
        }
    }
    Ok(out)
}

/// `t -= other`.
fn difference_into(vm: &Vm, t: &mut SetTable, other: &Value) -> PyResult<()> {
    for (h, k) in hashed_items(vm, other)? {
        table_discard(vm, t, h, &k)?;
    }
    Ok(())
}

/// `t ^= other` (an iterable is made a set first, as CPython does).
fn symdiff_into(vm: &Vm, t: &mut SetTable, other: &Value) -> PyResult<()> {
    let items = if as_set(other).is_some() || matches!(other.payload(), Some(Payload::Dict(_))) {
        hashed_items(vm, other)?
    } else {
        let mut tmp = SetTable::default();
        for (h, k) in hashed_items(vm, other)? {
            table_add(vm, &mut tmp, h, k)?;
        }
        tmp.iter().map(|(h, k)| (h, k.clone())).collect()
    };
    for (h, k) in items {
        if !table_discard(vm, t, h, &k)? {
            t.add(h, k);
        }
    }
    Ok(())
}

fn union(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "set", "union")?.clone();
    let s = set_of(&args, "set", "union")?;
    args.no_kwargs("union")?;
    let mut t = table_copy(s);
    for other in args.pos().get(1..).unwrap_or(&[]) {
        union_into(vm, &mut t, other)?;
    }
    Ok(same_kind(&v, t))
}

fn intersection(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "set", "intersection")?.clone();
    let s = set_of(&args, "set", "intersection")?;
    args.no_kwargs("intersection")?;
    let mut t = table_copy(s);
    for other in args.pos().get(1..).unwrap_or(&[]) {
        t = intersect(vm, &t, other)?;
    }
    Ok(same_kind(&v, t))
}

fn difference(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "set", "difference")?.clone();
    let s = set_of(&args, "set", "difference")?;
    args.no_kwargs("difference")?;
    let mut t = table_copy(s);
    for other in args.pos().get(1..).unwrap_or(&[]) {
        difference_into(vm, &mut t, other)?;
    }
    Ok(same_kind(&v, t))
}

fn symmetric_difference(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "set", "symmetric_difference")?.clone();
    let s = set_of(&args, "set", "symmetric_difference")?;
    let p = rest(&args, "set.symmetric_difference", 1, 1)?;
    let mut t = table_copy(s);
    symdiff_into(vm, &mut t, &p[0])?;
    Ok(same_kind(&v, t))
}

/// Remove the key equal to `key` from the set (no lock is held while `__eq__` runs).
fn obj_discard(vm: &Vm, s: &SetObj, h: i64, key: &Value) -> PyResult<bool> {
    if s.table.write().remove(h, key).is_some() {
        return Ok(true);
    }
    match s.python_equal(vm, h, key)? {
        Some(k) => Ok(s.table.write().remove(h, &k).is_some()),
        None => Ok(false),
    }
}

/// Add `key` to the set unless an equal key is there.
fn obj_add(vm: &Vm, s: &SetObj, h: i64, key: Value) -> PyResult<()> {
    if s.table.read().contains(h, &key) || s.python_equal(vm, h, &key)?.is_some() {
        return Ok(());
    }
    s.table.write().add(h, key);
    Ok(())
}

fn update_with(
    vm: &Vm,
    args: Args,
    name: &str,
    f: fn(&Vm, &SetObj, &Value) -> PyResult<()>,
) -> PyResult<Value> {
    let s = set_of(&args, "set", name)?;
    args.no_kwargs(name)?;
    for other in args.pos().get(1..).unwrap_or(&[]) {
        f(vm, s, other)?;
    }
    Ok(Value::None)
}

fn update(vm: &Vm, args: Args) -> PyResult<Value> {
    fn f(vm: &Vm, s: &SetObj, other: &Value) -> PyResult<()> {
        if let Some(o) = as_set(other) {
            let ot = o.table.read().clone();
            s.table.write().merge(&ot);
            return Ok(());
        }
        for (h, k) in hashed_items(vm, other)? {
            obj_add(vm, s, h, k)?;
        }
        Ok(())
    }
    update_with(vm, args, "update", f)
}
fn intersection_update(vm: &Vm, args: Args) -> PyResult<Value> {
    fn f(vm: &Vm, s: &SetObj, other: &Value) -> PyResult<()> {
        let mine = s.table.read().clone();
        let t = intersect(vm, &mine, other)?;
        *s.table.write() = t;
        Ok(())
    }
    update_with(vm, args, "intersection_update", f)
}
fn difference_update(vm: &Vm, args: Args) -> PyResult<Value> {
    fn f(vm: &Vm, s: &SetObj, other: &Value) -> PyResult<()> {
        for (h, k) in hashed_items(vm, other)? {
            obj_discard(vm, s, h, &k)?;
        }
        Ok(())
    }
    update_with(vm, args, "difference_update", f)
}
fn symmetric_difference_update(vm: &Vm, args: Args) -> PyResult<Value> {
    fn f(vm: &Vm, s: &SetObj, other: &Value) -> PyResult<()> {
        let mut t = s.table.read().clone();
        symdiff_into(vm, &mut t, other)?;
        *s.table.write() = t;
        Ok(())
    }
    rest(&args, "set.symmetric_difference_update", 1, 1)?;
    update_with(vm, args, "symmetric_difference_update", f)
}

fn relation(vm: &Vm, args: Args, name: &str) -> PyResult<Value> {
    let s = set_of(&args, "set", name)?;
    let p = rest(&args, &format!("set.{name}"), 1, 1)?;
    let mine = s.table.read().clone();
    match name {
        "issubset" => {
            let other = match as_set(&p[0]) {
                Some(o) => o.table.read().clone(),
                None => {
                    let mut t = SetTable::default();
                    union_into(vm, &mut t, &p[0])?;
                    t
                }
            };
            if mine.len() > other.len() {
                return Ok(Value::Bool(false));
            }
            for (h, k) in mine.iter() {
                if table_has(vm, &other, h, k)?.is_none() {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }
        "issuperset" => {
            for (h, k) in hashed_items(vm, &p[0])? {
                if table_has(vm, &mine, h, &k)?.is_none() {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }
        _ => {
            for (h, k) in hashed_items(vm, &p[0])? {
                if table_has(vm, &mine, h, &k)?.is_some() {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }
    }
}

fn issubset(vm: &Vm, args: Args) -> PyResult<Value> {
    relation(vm, args, "issubset")
}
fn issuperset(vm: &Vm, args: Args) -> PyResult<Value> {
    relation(vm, args, "issuperset")
}
fn isdisjoint(vm: &Vm, args: Args) -> PyResult<Value> {
    relation(vm, args, "isdisjoint")
}

pub fn frozenset_methods() -> Methods {
    vec![
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
    ]
}

pub fn set_methods() -> Methods {
    let mut m = frozenset_methods();
    m.extend([
        ("add", add as crate::types::function::NativeFn),
        ("remove", remove),
        ("discard", discard),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
    ]);
    m
}
