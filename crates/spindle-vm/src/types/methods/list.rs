//! Methods of `list`, `tuple` and `range`.

use super::Methods;
use crate::bail;
use crate::error::PyResult;
use crate::object::{Payload, RangeObj};
use crate::ops;
use crate::types::function::Args;
use crate::types::list::{new_list, ListObj};
use crate::types::type_name;
use crate::value::Value;
use crate::vm::Vm;

/// The `self` argument of a method of type `ty`, or CPython's descriptor error.
pub fn this<'a>(args: &Args<'a>, ty: &str, method: &str) -> PyResult<&'a Value> {
    match args.pos().first() {
        Some(v) => Ok(v),
        None => bail!(
            TypeError,
            "unbound method {}.{}() needs an argument",
            ty,
            method
        ),
    }
}

fn list_of<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a ListObj> {
    let v = this(args, "list", method)?;
    match v.payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => bail!(
            TypeError,
            "descriptor '{}' for 'list' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ),
    }
}

/// Positional arguments after `self`, checking the count with CPython's wording.
pub fn rest<'a>(args: &Args<'a>, qual: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    args.no_kwargs(qual)?;
    let p = &args.pos()[1.min(args.pos().len())..];
    if p.len() < min || p.len() > max {
        if min == max && min == 1 {
            bail!(
                TypeError,
                "{}() takes exactly one argument ({} given)",
                qual,
                p.len()
            );
        }
        if min == max && min == 0 {
            bail!(
                TypeError,
                "{}() takes no arguments ({} given)",
                qual,
                p.len()
            );
        }
        if min == max {
            bail!(
                TypeError,
                "{} expected {} argument{}, got {}",
                qual,
                min,
                if min == 1 { "" } else { "s" },
                p.len()
            );
        }
        if p.len() < min {
            bail!(
                TypeError,
                "{} expected at least {} argument{}, got {}",
                qual,
                min,
                if min == 1 { "" } else { "s" },
                p.len()
            );
        }
        bail!(
            TypeError,
            "{} expected at most {} argument{}, got {}",
            qual,
            max,
            if max == 1 { "" } else { "s" },
            p.len()
        );
    }
    Ok(p)
}

/// An index argument as a C `Py_ssize_t` (`__index__` allowed; too-large ints raise
/// OverflowError as CPython's `PyNumber_AsSsize_t` does for methods such as `list.pop`).
pub fn ssize_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    let r = crate::ops::num::index_value(vm, v)?;
    match crate::ops::num::as_int(&r) {
        Some(crate::ops::num::IntRef::Small(i)) => Ok(i),
        _ => bail!(
            OverflowError,
            "Python int too large to convert to C ssize_t"
        ),
    }
}

/// A start/stop argument of `index()`: an integer clamped to the `Py_ssize_t` range.
pub fn slice_bound(vm: &Vm, v: &Value) -> PyResult<i64> {
    use num_traits::Signed;
    let is_index = crate::ops::num::as_int(v).is_some()
        || (matches!(v.payload(), Some(Payload::Instance(_)))
            && crate::types::typeobj::lookup(&crate::types::type_of(v), "__index__").is_some());
    if !is_index {
        bail!(
            TypeError,
            "slice indices must be integers or have an __index__ method"
        );
    }
    let r = crate::ops::num::index_value(vm, v)?;
    Ok(match crate::ops::num::as_int(&r) {
        Some(crate::ops::num::IntRef::Small(i)) => i,
        Some(crate::ops::num::IntRef::Big(b)) if b.is_negative() => i64::MIN,
        _ => i64::MAX,
    })
}

fn append(_vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(&args, "append")?;
    let p = rest(&args, "list.append", 1, 1)?;
    l.push(p[0].clone());
    Ok(Value::None)
}

fn extend(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(&args, "extend")?;
    let p = rest(&args, "list.extend", 1, 1)?;
    let items = crate::builtins::collect(vm, &p[0])?;
    l.items.write().extend(items);
    l.touch();
    Ok(Value::None)
}

fn pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(&args, "pop")?;
    let p = rest(&args, "pop", 0, 1)?;
    let idx = match p.first() {
        Some(v) => Some(ssize_arg(vm, v)?),
        None => None,
    };
    let v = {
        let mut items = l.items.write();
        if items.is_empty() {
            bail!(IndexError, "pop from empty list");
        }
        let n = items.len() as i64;
        let i = match idx {
            None => n - 1,
            Some(i) if i < 0 => i.saturating_add(n),
            Some(i) => i,
        };
        if i < 0 || i >= n {
            bail!(IndexError, "pop index out of range");
        }
        items.remove(i as usize)
    };
    l.touch();
    Ok(v)
}

fn insert(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(&args, "insert")?;
    let p = rest(&args, "insert", 2, 2)?;
    let i = ssize_arg(vm, &p[0])?;
    {
        let mut items = l.items.write();
        let n = items.len() as i64;
        let i = if i < 0 {
            i.saturating_add(n).max(0)
        } else {
            i.min(n)
        };
        items.insert(i as usize, p[1].clone());
    }
    l.touch();
    Ok(Value::None)
}

fn remove(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(&args, "remove")?;
    let p = rest(&args, "list.remove", 1, 1)?;
    let items = l.snapshot();
    for (i, v) in items.iter().enumerate() {
        if v.is(&p[0]) || ops::eq(vm, v, &p[0])? {
            let removed = {
                let mut w = l.items.write();
                if i < w.len() && w[i].is(v) {
                    Some(w.remove(i))
                } else {
                    None
                }
            };
            l.touch();
            if removed.is_some() {
                return Ok(Value::None);
            }
        }
    }
    bail!(ValueError, "list.remove(x): x not in list")
}

fn index_in(
    vm: &Vm,
    items: &[Value],
    x: &Value,
    start: Option<&Value>,
    stop: Option<&Value>,
) -> PyResult<Option<usize>> {
    let n = items.len() as i64;
    let norm = |v: Option<&Value>, d: i64| -> PyResult<i64> {
        Ok(match v {
            None => d,
            Some(v) => {
                let i = slice_bound(vm, v)?;
                if i < 0 {
                    i.saturating_add(n).max(0)
                } else {
                    i.min(n)
                }
            }
        })
    };
    let (a, b) = (norm(start, 0)?, norm(stop, n)?);
    for i in a..b {
        let Some(v) = items.get(i as usize) else {
            break;
        };
        if v.is(x) || ops::eq(vm, v, x)? {
            return Ok(Some(i as usize));
        }
    }
    Ok(None)
}

fn index(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(&args, "index")?;
    let p = rest(&args, "index", 1, 3)?;
    let items = l.snapshot();
    match index_in(vm, &items, &p[0], p.get(1), p.get(2))? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => bail!(ValueError, "{} is not in list", ops::repr(vm, &p[0])?),
    }
}

fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(&args, "count")?;
    let p = rest(&args, "list.count", 1, 1)?;
    let mut n = 0;
    for v in l.snapshot() {
        if v.is(&p[0]) || ops::eq(vm, &v, &p[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(_vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(&args, "reverse")?;
    rest(&args, "list.reverse", 0, 0)?;
    l.items.write().reverse();
    l.touch();
    Ok(Value::None)
}

fn copy(_vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(&args, "copy")?;
    rest(&args, "list.copy", 0, 0)?;
    Ok(new_list(l.snapshot()))
}

fn clear(_vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(&args, "clear")?;
    rest(&args, "list.clear", 0, 0)?;
    let old = std::mem::take(&mut *l.items.write());
    l.touch();
    drop(old);
    Ok(Value::None)
}

fn sort(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(&args, "sort")?;
    if args.pos().len() > 1 {
        bail!(TypeError, "sort() takes no positional arguments");
    }
    args.only_kwargs("sort", &["key", "reverse"])?;
    let key = args.kw("key").filter(|k| !k.is_none()).cloned();
    let reverse = match args.kw("reverse") {
        Some(r) => ops::truthy(vm, r)?,
        None => false,
    };
    // Sort a snapshot with the list emptied, as CPython does, to detect modification.
    let mut items = std::mem::take(&mut *l.items.write());
    l.touch();
    let r = crate::builtins::sort::sort_values(vm, &mut items, key.as_ref(), reverse);
    let modified = {
        let mut w = l.items.write();
        let modified = !w.is_empty();
        *w = items;
        modified
    };
    l.touch();
    r?;
    if modified {
        bail!(ValueError, "list modified during sort");
    }
    Ok(Value::None)
}

pub fn methods() -> Methods {
    vec![
        ("append", append),
        ("extend", extend),
        ("pop", pop),
        ("insert", insert),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("reverse", reverse),
        ("copy", copy),
        ("clear", clear),
        ("sort", sort),
    ]
}

fn tuple_items<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a [Value]> {
    let v = this(args, "tuple", method)?;
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(t),
        _ => bail!(
            TypeError,
            "descriptor '{}' for 'tuple' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ),
    }
}

fn tuple_index(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = tuple_items(&args, "index")?;
    let p = rest(&args, "index", 1, 3)?;
    match index_in(vm, t, &p[0], p.get(1), p.get(2))? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => bail!(ValueError, "tuple.index(x): x not in tuple"),
    }
}

fn tuple_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = tuple_items(&args, "count")?;
    let p = rest(&args, "tuple.count", 1, 1)?;
    let mut n = 0;
    for v in t {
        if v.is(&p[0]) || ops::eq(vm, v, &p[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

pub fn tuple_methods() -> Methods {
    vec![("index", tuple_index), ("count", tuple_count)]
}

fn range_of<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a RangeObj> {
    let v = this(args, "range", method)?;
    match v.payload() {
        Some(Payload::Range(r)) => Ok(r),
        _ => bail!(
            TypeError,
            "descriptor '{}' for 'range' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ),
    }
}

/// Is `v` an exact `int` or a `bool` (CPython's fast path for `range` searches)?
fn exact_int(v: &Value) -> bool {
    v.instance().is_none() && crate::ops::num::as_int(v).is_some()
}

/// Positions in `r` whose element equals `x` by Python `==` (the generic sequence search);
/// stops at the first when `first`.
fn range_scan(vm: &Vm, r: &RangeObj, x: &Value, first: bool) -> PyResult<(i128, Option<i128>)> {
    let mut count = 0;
    let mut found = None;
    for i in 0..r.len() {
        let v = RangeObj::int(r.get(i));
        if ops::eq(vm, &v, x)? {
            count += 1;
            if found.is_none() {
                found = Some(i);
            }
            if first {
                break;
            }
        }
    }
    Ok((count, found))
}

fn range_index(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = range_of(&args, "index")?;
    let p = rest(&args, "range.index", 1, 1)?;
    if exact_int(&p[0]) {
        let this = args.pos()[0].clone();
        if ops::contains(vm, &this, &p[0])? {
            if let Some(i) = crate::ops::item::as_i128(&p[0]) {
                return Ok(RangeObj::int((i - r.start) / r.step));
            }
        }
        bail!(ValueError, "{} is not in range", ops::repr(vm, &p[0])?)
    }
    match range_scan(vm, r, &p[0], true)?.1 {
        Some(i) => Ok(RangeObj::int(i)),
        None => bail!(ValueError, "sequence.index(x): x not in sequence"),
    }
}

fn range_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = range_of(&args, "count")?;
    let p = rest(&args, "range.count", 1, 1)?;
    if exact_int(&p[0]) {
        let this = args.pos()[0].clone();
        return Ok(Value::Int(ops::contains(vm, &this, &p[0])? as i64));
    }
    Ok(RangeObj::int(range_scan(vm, r, &p[0], false)?.0))
}

pub fn range_methods() -> Methods {
    vec![("index", range_index), ("count", range_count)]
}
