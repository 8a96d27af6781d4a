//! Methods of `set` and `frozenset`.

use super::list::{rest, this};
use super::Methods;
use crate::error::PyResult;
use crate::object::Payload;
use crate::ops;
use crate::types::function::Args;
use crate::types::set::{new_frozenset, new_set, table_from, SetObj};
use crate::types::type_name;
use crate::value::Value;
use crate::vm::Vm;
use crate::{bail, py_err};
use spindle_bytecode::BinOp;

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
    let h = ops::hash(vm, &p[0])?;
    if s.table.write().remove(h, &p[0]).is_none() {
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
    let h = ops::hash(vm, &p[0])?;
    s.table.write().remove(h, &p[0]);
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
    let mut t = crate::types::set::SetTable::default();
    t.merge(&s.table.read());
    Ok(if matches!(v.payload(), Some(Payload::FrozenSet(_))) {
        new_frozenset(t)
    } else {
        new_set(t)
    })
}

/// Apply a binary set operation to self and each argument (any iterables).
fn multi(vm: &Vm, args: Args, name: &str, op: BinOp) -> PyResult<Value> {
    let v = this(&args, "set", name)?.clone();
    args.no_kwargs(name)?;
    let mut acc = v.clone();
    let mut first = true;
    for other in &args.pos()[1..] {
        let o = match other.payload() {
            Some(Payload::Set(_) | Payload::FrozenSet(_)) => other.clone(),
            _ => new_set(table_from(vm, crate::builtins::collect(vm, other)?)?),
        };
        acc = ops::item::set_binop(vm, &acc, &o, op)?
            .ok_or_else(|| py_err!(TypeError, "set operation"))?;
        first = false;
    }
    if first {
        let s = set_of(&args, "set", name)?;
        let mut t = crate::types::set::SetTable::default();
        t.merge(&s.table.read());
        return Ok(if matches!(v.payload(), Some(Payload::FrozenSet(_))) {
            new_frozenset(t)
        } else {
            new_set(t)
        });
    }
    Ok(acc)
}

fn union(vm: &Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, "union", BinOp::Or)
}
fn intersection(vm: &Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, "intersection", BinOp::And)
}
fn difference(vm: &Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, "difference", BinOp::Sub)
}
fn symmetric_difference(vm: &Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, "symmetric_difference", BinOp::Xor)
}

fn update_with(vm: &Vm, args: Args, name: &str, op: BinOp) -> PyResult<Value> {
    let s = set_of(&args, "set", name)?;
    let r = multi(vm, args, name, op)?;
    if let Some(Payload::Set(rs) | Payload::FrozenSet(rs)) = r.payload() {
        let t = rs.table.read().clone();
        *s.table.write() = t;
    }
    Ok(Value::None)
}

fn update(vm: &Vm, args: Args) -> PyResult<Value> {
    update_with(vm, args, "update", BinOp::Or)
}
fn intersection_update(vm: &Vm, args: Args) -> PyResult<Value> {
    update_with(vm, args, "intersection_update", BinOp::And)
}
fn difference_update(vm: &Vm, args: Args) -> PyResult<Value> {
    update_with(vm, args, "difference_update", BinOp::Sub)
}
fn symmetric_difference_update(vm: &Vm, args: Args) -> PyResult<Value> {
    update_with(vm, args, "symmetric_difference_update", BinOp::Xor)
}

fn relation(vm: &Vm, args: Args, name: &str) -> PyResult<Value> {
    let v = this(&args, "set", name)?.clone();
    let p = rest(&args, name, 1, 1)?;
    let other = match p[0].payload() {
        Some(Payload::Set(_) | Payload::FrozenSet(_)) => p[0].clone(),
        _ => new_set(table_from(vm, crate::builtins::collect(vm, &p[0])?)?),
    };
    match name {
        "issubset" => ops::compare(vm, &v, &other, spindle_bytecode::CmpOp::Le),
        "issuperset" => ops::compare(vm, &v, &other, spindle_bytecode::CmpOp::Ge),
        _ => {
            let inter = ops::item::set_binop(vm, &v, &other, BinOp::And)?.unwrap_or(Value::None);
            Ok(Value::Bool(ops::len(vm, &inter)? == 0))
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
