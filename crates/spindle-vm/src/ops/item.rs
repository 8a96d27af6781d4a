//! Containers: `a[k]`, `a[k] = v`, `del a[k]`, `len(a)`, `x in a`, `iter(a)`, `next(it)`, and
//! the in-place operators of mutable built-ins (`list += ...`, `set |= ...`).

use crate::error::PyResult;
use crate::object::{Payload, RangeObj};
use crate::ops::eq;
use crate::ops::num::{as_int, IntRef};
use crate::types::function::Args;
use crate::types::iter::{new_iter, IterState};
use crate::types::list::new_list;
use crate::types::methods::bytearray as buffer;
use crate::types::methods::misc::{as_view, view_contains, view_iter, view_len_of};
use crate::types::set::{new_frozenset, new_set, SetTable};
use crate::types::str::{as_strobj, from_string, new_str};
use crate::types::tuple::new_tuple;
use crate::types::{type_name, type_of, typeobj};
use crate::value::Value;
use crate::vm::Vm;
use crate::{bail, py_err};
use spindle_bytecode::BinOp;

/// Normalize an index for a sequence of length `len` (negative from the end).
fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        None
    } else {
        Some(i as usize)
    }
}

fn index_value(v: &Value, what: &str) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(_)) => bail!(IndexError, "cannot fit 'int' into an index-sized integer"),
        None => bail!(
            TypeError,
            "{} indices must be integers or slices, not {}",
            what,
            type_name(v)
        ),
    }
}

/// `seq * obj` or `obj * seq` for a built-in sequence and an instance with `__index__`.
pub fn repeat_by_index(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let seq = |v: &Value| {
        v.instance().is_none()
            && matches!(
                v.payload(),
                Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_))
            )
    };
    let has_index =
        |v: &Value| v.instance().is_some() && typeobj::lookup(&type_of(v), "__index__").is_some();
    if seq(a) && has_index(b) {
        let n = crate::ops::num::index_value(vm, b)?;
        return crate::ops::binary_op(vm, a, &n, op).map(Some);
    }
    if seq(b) && has_index(a) && !op.is_inplace() {
        let n = crate::ops::num::index_value(vm, a)?;
        return crate::ops::binary_op(vm, &n, b, op).map(Some);
    }
    Ok(None)
}

/// Resolve slice bounds for a sequence of `len` items: (start, stop, step, count).
pub fn slice_indices(vm: &Vm, s: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let get = |v: &Value| -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        let converted;
        let v = if as_int(v).is_none()
            && v.instance().is_some()
            && typeobj::lookup(&type_of(v), "__index__").is_some()
        {
            converted = crate::ops::num::index_value(vm, v)?;
            &converted
        } else {
            v
        };
        match as_int(v) {
            Some(IntRef::Small(i)) => Ok(Some(i)),
            Some(IntRef::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            })),
            None => bail!(
                TypeError,
                "slice indices must be integers or None or have an __index__ method"
            ),
        }
    };
    let step = get(&s[2])?.unwrap_or(1);
    if step == 0 {
        bail!(ValueError, "slice step cannot be zero");
    }
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) => {
                if i < 0 {
                    (i + len).max(lower)
                } else {
                    i.min(upper)
                }
            }
        }
    };
    let start = clamp(get(&s[0])?, if step < 0 { upper } else { lower });
    let stop = clamp(get(&s[1])?, if step < 0 { lower } else { upper });
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

fn slice_of<T: Clone>(items: &[T], start: i64, step: i64, count: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(count);
    let mut i = start;
    for _ in 0..count {
        if let Some(v) = items.get(i as usize) {
            out.push(v.clone());
        }
        i += step;
    }
    out
}

/// `obj[key]`.
/// A key for indexing a built-in sequence: an instance whose class defines `__index__` (an
/// int subclass, or any class with `__index__`) becomes the int it stands for.
fn index_key(vm: &Vm, obj: &Value, key: &Value) -> PyResult<Option<Value>> {
    if key.instance().is_none()
        || !matches!(
            obj.raw_payload(),
            Some(
                Payload::List(_)
                    | Payload::Tuple(_)
                    | Payload::Str(_)
                    | Payload::Bytes(_)
                    | Payload::Range(_)
                    | Payload::Native(_)
            )
        )
    {
        return Ok(None);
    }
    match vm.call_special(key, "__index__", &[])? {
        Some(r) => {
            let r = r.unwrap_base().clone();
            if as_int(&r).is_none() {
                bail!(
                    TypeError,
                    "__index__ returned non-int (type {})",
                    crate::types::type_name(&r)
                );
            }
            Ok(Some(r))
        }
        None => Ok(None),
    }
}

pub fn getitem(vm: &Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    if let Some(m) = crate::types::slots::proxied_mapping(obj) {
        return getitem(vm, m, key);
    }
    if let Some(k) = index_key(vm, obj, key)? {
        return getitem(vm, obj, &k);
    }
    match obj.raw_payload() {
        Some(Payload::List(l)) => {
            if let Value::Int(i) = key {
                let items = l.items.read();
                return match norm_index(*i, items.len()) {
                    Some(i) => Ok(items[i].clone()),
                    None => bail!(IndexError, "list index out of range"),
                };
            }
            if let Some(Payload::Slice(s)) = key.payload() {
                let items = l.snapshot();
                let (start, _, step, n) = slice_indices(vm, s, items.len())?;
                return Ok(new_list(slice_of(&items, start, step, n)));
            }
            let i = index_value(key, "list")?;
            let items = l.items.read();
            match norm_index(i, items.len()) {
                Some(i) => Ok(items[i].clone()),
                None => bail!(IndexError, "list index out of range"),
            }
        }
        Some(Payload::Tuple(t)) => {
            if let Some(Payload::Slice(s)) = key.payload() {
                let (start, _, step, n) = slice_indices(vm, s, t.len())?;
                return Ok(new_tuple(slice_of(t, start, step, n)));
            }
            let i = index_value(key, "tuple")?;
            match norm_index(i, t.len()) {
                Some(i) => Ok(t[i].clone()),
                None => bail!(IndexError, "tuple index out of range"),
            }
        }
        Some(Payload::Dict(d)) => match d.get(vm, key)? {
            Some(v) => Ok(v),
            None => Err(crate::error::PyErr::with_args(
                crate::types::exceptions::ExcKind::KeyError,
                vec![key.clone()],
            )),
        },
        Some(Payload::Str(s)) => {
            if let Some(Payload::Slice(sl)) = key.payload() {
                let (start, _, step, n) = slice_indices(vm, sl, s.char_len())?;
                if step == 1 {
                    return Ok(new_str(s.substr(start as usize, start as usize + n)));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                return Ok(from_string(
                    slice_of(&chars, start, step, n).into_iter().collect(),
                ));
            }
            if as_int(key).is_none() {
                bail!(
                    TypeError,
                    "string indices must be integers, not '{}'",
                    type_name(key)
                );
            }
            let i = index_value(key, "string")?;
            match norm_index(i, s.char_len()).and_then(|i| s.char_at(i)) {
                Some(c) => Ok(new_str(c.encode_utf8(&mut [0; 4]))),
                None => bail!(IndexError, "string index out of range"),
            }
        }
        Some(Payload::Range(r)) => {
            if let Some(Payload::Slice(sl)) = key.payload() {
                let sl = &index_slice(vm, sl)?;
                let (start, stop, step) = slice_indices_128(sl, r.len())?;
                return Ok(Value::from_obj(Payload::Range(Box::new(RangeObj {
                    start: r.get(start),
                    stop: r.get(stop),
                    step: r.step * step,
                }))));
            }
            let i = match as_i128(key) {
                Some(i) => i,
                None if as_int(key).is_some() => {
                    bail!(IndexError, "range object index out of range")
                }
                None => bail!(
                    TypeError,
                    "range indices must be integers or slices, not {}",
                    type_name(key)
                ),
            };
            let n = r.len();
            let i = if i < 0 { i + n } else { i };
            if i < 0 || i >= n {
                bail!(IndexError, "range object index out of range");
            }
            Ok(RangeObj::int(r.get(i)))
        }
        Some(Payload::Bytes(b)) => {
            if let Some(Payload::Slice(sl)) = key.payload() {
                let (start, _, step, n) = slice_indices(vm, sl, b.len())?;
                return Ok(Value::from_obj(Payload::Bytes(
                    slice_of(b, start, step, n).into_boxed_slice(),
                )));
            }
            let i = index_value(key, "byte")?;
            match norm_index(i, b.len()) {
                Some(i) => Ok(Value::Int(b[i] as i64)),
                None => bail!(IndexError, "index out of range"),
            }
        }
        Some(Payload::Native(_)) if buffer::is_native_buffer(obj) => buffer::getitem(vm, obj, key),
        Some(Payload::Instance(inst)) => {
            // A dict subclass that keeps dict's __getitem__ consults __missing__.
            if let Some(Payload::Dict(d)) = inst.base.raw_payload() {
                let ty = crate::types::type_of(obj);
                let builtin_getitem = typeobj::lookup(&ty, "__getitem__")
                    .is_some_and(|f| matches!(f.raw_payload(), Some(Payload::Builtin(_))));
                if builtin_getitem {
                    if let Some(v) = d.get(vm, key)? {
                        return Ok(v);
                    }
                    if let Some(m) = typeobj::lookup(&ty, "__missing__") {
                        let f = crate::ops::attr::bind(vm, m, obj, &ty)?;
                        return vm.call(
                            &f,
                            crate::types::function::Args::new(std::slice::from_ref(key)),
                        );
                    }
                    return Err(crate::error::PyErr::with_args(
                        crate::types::exceptions::ExcKind::KeyError,
                        vec![key.clone()],
                    ));
                }
            }
            match vm.call_special(obj, "__getitem__", std::slice::from_ref(key))? {
                Some(v) => Ok(v),
                None => bail!(
                    TypeError,
                    "'{}' object is not subscriptable",
                    type_name(obj)
                ),
            }
        }
        Some(Payload::Type(_)) => {
            // The metaclass's `__getitem__` comes before `__class_getitem__`.
            if let Some(v) =
                crate::ops::meta_special(vm, obj, "__getitem__", std::slice::from_ref(key))?
            {
                return Ok(v);
            }
            let tobj = obj
                .obj()
                .cloned()
                .ok_or_else(|| py_err!(SystemError, "type"))?;
            if let Some(cg) = typeobj::lookup(&tobj, "__class_getitem__") {
                let f = match cg.payload() {
                    Some(Payload::ClassMethod(f)) => f.clone(),
                    _ => cg,
                };
                let args = [obj.clone(), key.clone()];
                return vm.call(&f, Args::new(&args));
            }
            if typeobj::as_type(&tobj)
                .map(|t| t.is_builtin())
                .unwrap_or(false)
            {
                // `list[int]` and friends: a generic alias is enough to be a no-op annotation.
                return Ok(obj.clone());
            }
            bail!(
                TypeError,
                "type '{}' is not subscriptable",
                typeobj::as_type(&tobj)
                    .map(|t| t.name())
                    .unwrap_or_default()
            )
        }
        _ => bail!(
            TypeError,
            "'{}' object is not subscriptable",
            type_name(obj)
        ),
    }
}

/// Assign `new_items` to the extended slice `start::step` (`n` items) of `items`.
fn assign_extended<T>(
    items: &mut [T],
    start: i64,
    step: i64,
    n: usize,
    new_items: Vec<T>,
    what: &str,
) -> PyResult<()> {
    if new_items.len() != n {
        bail!(
            ValueError,
            "attempt to assign {} of size {} to extended slice of size {}",
            what,
            new_items.len(),
            n
        );
    }
    let mut i = start;
    for v in new_items {
        if let Some(slot) = items.get_mut(i as usize) {
            *slot = v;
        }
        i += step;
    }
    Ok(())
}

/// `obj[key] = value`.
pub fn setitem(vm: &Vm, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    if let Some(k) = index_key(vm, obj, key)? {
        return setitem(vm, obj, &k, value);
    }
    match obj.raw_payload() {
        Some(Payload::List(l)) => {
            if let Some(Payload::Slice(s)) = key.payload() {
                let new_items = match crate::builtins::collect(vm, &value) {
                    Ok(v) => v,
                    Err(e)
                        if e.matches(crate::types::exceptions::ExcKind::TypeError)
                            && super::iter(vm, &value).is_err() =>
                    {
                        bail!(TypeError, "must assign iterable to extended slice")
                    }
                    Err(e) => return Err(e),
                };
                let mut items = l.items.write();
                let (start, stop, step, n) = slice_indices(vm, s, items.len())?;
                if step == 1 {
                    let stop = stop.max(start) as usize;
                    let old: Vec<Value> = items.splice(start as usize..stop, new_items).collect();
                    drop(items);
                    l.touch();
                    drop(old);
                    return Ok(());
                }
                assign_extended(&mut items, start, step, n, new_items, "sequence")?;
                drop(items);
                l.touch();
                return Ok(());
            }
            let i = index_value(key, "list")?;
            let old = {
                let mut items = l.items.write();
                match norm_index(i, items.len()) {
                    Some(i) => std::mem::replace(&mut items[i], value),
                    None => bail!(IndexError, "list assignment index out of range"),
                }
            };
            l.touch();
            drop(old);
            Ok(())
        }
        Some(Payload::Dict(d)) => d.set(vm, key.clone(), value),
        Some(Payload::Native(_)) if buffer::is_native_buffer(obj) => {
            buffer::setitem(vm, obj, key, value)
        }
        Some(Payload::Instance(_)) => {
            match vm.call_special(obj, "__setitem__", &[key.clone(), value])? {
                Some(_) => Ok(()),
                None => bail!(
                    TypeError,
                    "'{}' object does not support item assignment",
                    type_name(obj)
                ),
            }
        }
        _ => bail!(
            TypeError,
            "'{}' object does not support item assignment",
            type_name(obj)
        ),
    }
}

/// `del obj[key]`.
pub fn delitem(vm: &Vm, obj: &Value, key: &Value) -> PyResult<()> {
    if let Some(k) = index_key(vm, obj, key)? {
        return delitem(vm, obj, &k);
    }
    match obj.raw_payload() {
        Some(Payload::List(l)) => {
            if let Some(Payload::Slice(s)) = key.payload() {
                let mut items = l.items.write();
                let (start, _, step, n) = slice_indices(vm, s, items.len())?;
                let mut idx: Vec<usize> =
                    (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                idx.sort_unstable();
                let mut removed = Vec::with_capacity(n);
                for i in idx.into_iter().rev() {
                    if i < items.len() {
                        removed.push(items.remove(i));
                    }
                }
                drop(items);
                l.touch();
                drop(removed);
                return Ok(());
            }
            let i = index_value(key, "list")?;
            let old = {
                let mut items = l.items.write();
                match norm_index(i, items.len()) {
                    Some(i) => items.remove(i),
                    None => bail!(IndexError, "list assignment index out of range"),
                }
            };
            l.touch();
            drop(old);
            Ok(())
        }
        Some(Payload::Dict(d)) => match d.remove(vm, key)? {
            Some(_) => Ok(()),
            None => Err(crate::error::PyErr::with_args(
                crate::types::exceptions::ExcKind::KeyError,
                vec![key.clone()],
            )),
        },
        Some(Payload::Native(_)) if buffer::is_native_buffer(obj) => buffer::delitem(vm, obj, key),
        Some(Payload::Instance(_)) => {
            match vm.call_special(obj, "__delitem__", std::slice::from_ref(key))? {
                Some(_) => Ok(()),
                None => bail!(
                    TypeError,
                    "'{}' object doesn't support item deletion",
                    type_name(obj)
                ),
            }
        }
        // Types with sequence or mapping slots word it differently from those without.
        Some(
            Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::Tuple(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Range(_),
        ) => bail!(
            TypeError,
            "'{}' object doesn't support item deletion",
            type_name(obj)
        ),
        _ => bail!(
            TypeError,
            "'{}' object does not support item deletion",
            type_name(obj)
        ),
    }
}

/// `len(obj)`.
pub fn len(vm: &Vm, obj: &Value) -> PyResult<usize> {
    if let Some(m) = crate::types::slots::proxied_mapping(obj) {
        return len(vm, m);
    }
    if let Some(v) = crate::ops::meta_special(vm, obj, "__len__", &[])? {
        let n = crate::ops::index_of(&v)?;
        if n < 0 {
            bail!(ValueError, "__len__() should return >= 0");
        }
        return Ok(n as usize);
    }
    Ok(match obj.raw_payload() {
        Some(Payload::Str(s)) => s.char_len(),
        Some(Payload::List(l)) => l.len(),
        Some(Payload::Tuple(t)) => t.len(),
        Some(Payload::Dict(d)) => d.len(),
        Some(Payload::Set(s) | Payload::FrozenSet(s)) => s.len(),
        Some(Payload::Range(r)) => match usize::try_from(r.len()) {
            Ok(n) if n <= i64::MAX as usize => n,
            _ => bail!(
                OverflowError,
                "Python int too large to convert to C ssize_t"
            ),
        },
        Some(Payload::Bytes(b)) => b.len(),
        Some(Payload::Native(_)) if as_view(obj).is_some() => {
            as_view(obj).map(view_len_of).unwrap_or(0)
        }
        Some(Payload::Native(_)) if buffer::is_native_buffer(obj) => buffer::len(obj)?,
        Some(Payload::Instance(_)) => match vm.call_special(obj, "__len__", &[])? {
            Some(v) => {
                let n = crate::ops::index_of(&v)?;
                if n < 0 {
                    bail!(ValueError, "__len__() should return >= 0");
                }
                n as usize
            }
            None => bail!(
                TypeError,
                "object of type '{}' has no len()",
                type_name(obj)
            ),
        },
        _ => bail!(
            TypeError,
            "object of type '{}' has no len()",
            type_name(obj)
        ),
    })
}

/// `item in container`.
pub fn contains(vm: &Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(m) = crate::types::slots::proxied_mapping(container) {
        return contains(vm, m, item);
    }
    if let Some(r) =
        crate::ops::meta_special(vm, container, "__contains__", std::slice::from_ref(item))?
    {
        return crate::ops::truthy(vm, &r);
    }
    match container.raw_payload() {
        Some(Payload::List(l)) => {
            let items = l.snapshot();
            for v in &items {
                if v.is(item) || eq(vm, v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Payload::Tuple(t)) => {
            for v in t.iter() {
                if v.is(item) || eq(vm, v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Payload::Dict(d)) => Ok(d.get(vm, item)?.is_some()),
        Some(Payload::Set(s) | Payload::FrozenSet(s)) => s.contains(vm, item),
        Some(Payload::Str(s)) => match as_strobj(item) {
            Some(sub) => Ok(s.as_str().contains(sub.as_str())),
            None => bail!(
                TypeError,
                "'in <string>' requires string as left operand, not {}",
                type_name(item)
            ),
        },
        Some(Payload::Range(r)) => match as_int(item).and_then(|_| as_i128(item)) {
            Some(i) => {
                if r.step > 0 {
                    Ok(i >= r.start && i < r.stop && (i - r.start) % r.step == 0)
                } else {
                    Ok(i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0)
                }
            }
            None if as_int(item).is_some() => Ok(false),
            None => iter_contains(vm, container, item),
        },
        Some(Payload::Bytes(b)) => match (as_int(item), item.payload()) {
            (Some(IntRef::Small(i)), _) if (0..256).contains(&i) => Ok(b.contains(&(i as u8))),
            (Some(_), _) => bail!(ValueError, "byte must be in range(0, 256)"),
            (_, Some(Payload::Bytes(sub))) => {
                Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]))
            }
            _ => bail!(
                TypeError,
                "a bytes-like object is required, not '{}'",
                type_name(item)
            ),
        },
        Some(Payload::Instance(_)) => {
            if let Some(r) =
                vm.call_special(container, "__contains__", std::slice::from_ref(item))?
            {
                return crate::ops::truthy(vm, &r);
            }
            let ty = type_of(container);
            let iterable = typeobj::lookup(&ty, "__iter__").is_some_and(|f| !f.is_none())
                || typeobj::lookup(&ty, "__getitem__").is_some();
            if !iterable {
                bail!(
                    TypeError,
                    "argument of type '{}' is not iterable",
                    type_name(container)
                );
            }
            iter_contains(vm, container, item)
        }
        Some(Payload::Iter(_) | Payload::Generator(_)) => iter_contains(vm, container, item),
        Some(Payload::Native(_)) if buffer::is_native_buffer(container) => {
            buffer::contains(vm, container, item)
        }
        Some(Payload::Native(_)) if as_view(container).is_some() => match as_view(container) {
            Some(dv) => view_contains(vm, dv, item),
            None => Ok(false),
        },
        _ => bail!(
            TypeError,
            "argument of type '{}' is not iterable",
            type_name(container)
        ),
    }
}

fn iter_contains(vm: &Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let it = iter(vm, container)?;
    while let Some(v) = next(vm, &it)? {
        if v.is(item) || eq(vm, &v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `iter(obj)`.
pub fn iter(vm: &Vm, obj: &Value) -> PyResult<Value> {
    if let Some(m) = crate::types::slots::proxied_mapping(obj) {
        return iter(vm, m);
    }
    if let Some(r) = crate::ops::meta_special(vm, obj, "__iter__", &[])? {
        return Ok(r);
    }
    let o = match obj {
        Value::Obj(o) => o.clone(),
        _ => bail!(TypeError, "'{}' object is not iterable", type_name(obj)),
    };
    let state = match &o.payload {
        Payload::List(_) => IterState::list(o.clone()),
        Payload::Tuple(_) => IterState::Tuple {
            tuple: o.clone(),
            index: 0,
        },
        Payload::Str(_) => IterState::Str {
            s: o.clone(),
            byte: 0,
        },
        Payload::Range(r) => IterState::Range {
            next: r.start,
            step: r.step,
            remaining: r.len(),
        },
        Payload::Dict(_) => IterState::dict(o.clone(), 0),
        Payload::Set(s) | Payload::FrozenSet(s) => IterState::Set {
            set: o.clone(),
            slot: 0,
            len: s.len(),
        },
        Payload::Bytes(_) => IterState::Bytes {
            bytes: o.clone(),
            index: 0,
        },
        Payload::Generator(g) if g.kind != crate::types::generator::GenKind::Generator => {
            bail!(TypeError, "'{}' object is not iterable", type_name(obj))
        }
        Payload::Iter(_) | Payload::Generator(_) => return Ok(obj.clone()),
        Payload::Native(_) if crate::interp::coroutine::is_helper(obj) => return Ok(obj.clone()),
        Payload::Native(_) if buffer::is_native_buffer(obj) => return buffer::iter(vm, obj),
        Payload::Native(_) if as_view(obj).is_some() => match as_view(obj) {
            Some(dv) => return Ok(view_iter(dv)),
            None => bail!(TypeError, "'{}' object is not iterable", type_name(obj)),
        },
        Payload::Instance(_) => {
            if let Some(Value::None) = typeobj::lookup(&type_of(obj), "__iter__") {
                bail!(TypeError, "'{}' object is not iterable", type_name(obj));
            }
            if let Some(r) = vm.call_special(obj, "__iter__", &[])? {
                let ty = type_of(&r);
                if typeobj::lookup(&ty, "__next__").is_none()
                    && !matches!(r.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
                {
                    bail!(
                        TypeError,
                        "iter() returned non-iterator of type '{}'",
                        type_name(&r)
                    );
                }
                return Ok(r);
            }
            let ty = type_of(obj);
            if typeobj::lookup(&ty, "__getitem__").is_some() {
                IterState::SeqIter {
                    seq: obj.clone(),
                    index: 0,
                }
            } else {
                bail!(TypeError, "'{}' object is not iterable", type_name(obj))
            }
        }
        _ => bail!(TypeError, "'{}' object is not iterable", type_name(obj)),
    };
    Ok(new_iter(state))
}

/// `next(it)`: Ok(None) when exhausted (no StopIteration object is created for built-in
/// iterators).
#[inline]
pub fn next(vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
    match it.raw_payload() {
        Some(Payload::Iter(i)) => i.next(vm),
        Some(Payload::Generator(_)) => crate::interp::generator::gen_next(vm, it),
        Some(Payload::Native(_)) if crate::interp::coroutine::is_helper(it) => {
            crate::interp::coroutine::helper_next_opt(vm, it)
        }
        Some(Payload::Instance(_)) => match vm.call_special(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => bail!(TypeError, "'{}' object is not an iterator", type_name(it)),
            Err(e) if e.matches(crate::types::exceptions::ExcKind::StopIteration) => Ok(None),
            Err(e) => Err(e),
        },
        _ => bail!(TypeError, "'{}' object is not an iterator", type_name(it)),
    }
}

/// In-place operators on mutable built-ins: Ok(Some(left)) when handled.
pub fn inplace_builtin(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    match (a.payload(), op) {
        (Some(Payload::List(l)), BinOp::Add) => {
            let items = crate::builtins::collect(vm, b)?;
            l.items.write().extend(items);
            l.touch();
            Ok(Some(a.clone()))
        }
        (Some(Payload::List(l)), BinOp::Mul) => {
            let Some(n) = as_int(b) else { return Ok(None) };
            let n = match n {
                IntRef::Small(i) => i.max(0) as usize,
                IntRef::Big(_) => bail!(MemoryError, ""),
            };
            let mut items = l.items.write();
            let orig = items.clone();
            crate::error::check_alloc_items(
                orig.len().saturating_mul(n),
                std::mem::size_of::<Value>(),
            )?;
            items.clear();
            for _ in 0..n {
                items.extend(orig.iter().cloned());
            }
            drop(items);
            l.touch();
            Ok(Some(a.clone()))
        }
        (Some(Payload::Set(s)), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
            if !matches!(b.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_))) {
                return Ok(None);
            }
            let Some(r) = set_binop(vm, a, b, op)? else {
                return Ok(None);
            };
            if let Some(Payload::Set(rs) | Payload::FrozenSet(rs)) = r.payload() {
                let t = rs.table.read().clone();
                *s.table.write() = t;
            }
            Ok(Some(a.clone()))
        }
        (Some(Payload::Dict(d)), BinOp::Or) => {
            crate::types::methods::dict::update_from(vm, d, b)?;
            Ok(Some(a.clone()))
        }
        (Some(Payload::Native(_)), _) if buffer::is_native_buffer(a) => {
            buffer::inplace(vm, a, b, op)
        }
        _ => Ok(None),
    }
}

/// Set algebra: `|`, `&`, `-`, `^` (result type follows the left operand).
pub fn set_binop(_vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (
        Some(Payload::Set(x) | Payload::FrozenSet(x)),
        Some(Payload::Set(y) | Payload::FrozenSet(y)),
    ) = (a.payload(), b.payload())
    else {
        return Ok(None);
    };
    let xt = x.table.read().clone();
    let yt = y.table.read().clone();
    let mut out = SetTable::default();
    match op {
        BinOp::Or => {
            out.merge(&xt);
            out.merge(&yt);
        }
        BinOp::And => {
            let (small, big) = if yt.len() > xt.len() {
                (&xt, &yt)
            } else {
                (&yt, &xt)
            };
            for (h, k) in small.iter() {
                if big.contains(h, k) {
                    out.add(h, k.clone());
                }
            }
        }
        BinOp::Sub => {
            for (h, k) in xt.iter() {
                if !yt.contains(h, k) {
                    out.add(h, k.clone());
                }
            }
        }
        BinOp::Xor => {
            // CPython copies the left operand, then toggles each element of the right.
            out.merge(&xt);
            for (h, k) in yt.iter() {
                if out.remove(h, k).is_none() {
                    out.add(h, k.clone());
                }
            }
        }
        _ => return Ok(None),
    }
    Ok(Some(
        if matches!(a.payload(), Some(Payload::FrozenSet(_))) {
            new_frozenset(out)
        } else {
            new_set(out)
        },
    ))
}

/// Set algebra with a dict keys/items view on either side (the result is always a `set`).
pub fn view_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if buffer::is_native_buffer(a) || buffer::is_native_buffer(b) {
        return buffer::binop(vm, a, b, op);
    }
    if !matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) {
        return Ok(None);
    }
    let va = crate::types::methods::misc::setlike_view(vm, a)?;
    let vb = crate::types::methods::misc::setlike_view(vm, b)?;
    if va.is_none() && vb.is_none() {
        return Ok(None);
    }
    let to_set = |v: Option<Value>, orig: &Value| -> PyResult<Value> {
        match v {
            Some(s) => Ok(s),
            None => {
                let items = crate::builtins::collect(vm, orig)?;
                Ok(new_set(crate::types::set::table_from(vm, items)?))
            }
        }
    };
    let sa = to_set(va, a)?;
    let sb = to_set(vb, b)?;
    set_binop(vm, &sa, &sb, op)
}

/// Comparisons with a dict keys/items view: as sets against sets and other such views.
pub fn view_compare(
    vm: &Vm,
    a: &Value,
    b: &Value,
    op: spindle_bytecode::CmpOp,
) -> PyResult<Option<Value>> {
    if buffer::is_native_buffer(a) || buffer::is_native_buffer(b) {
        return buffer::compare(vm, a, b, op);
    }
    let va = crate::types::methods::misc::setlike_view(vm, a)?;
    let vb = crate::types::methods::misc::setlike_view(vm, b)?;
    if va.is_none() && vb.is_none() {
        return Ok(None);
    }
    let is_set = |v: &Value| matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)));
    let sa = match va {
        Some(s) => s,
        None if is_set(a) => a.clone(),
        None => return Ok(None),
    };
    let sb = match vb {
        Some(s) => s,
        None if is_set(b) => b.clone(),
        None => return Ok(None),
    };
    crate::ops::compare(vm, &sa, &sb, op).map(Some)
}

/// An int as i128 (None for non-ints and ints beyond i128).
pub fn as_i128(v: &Value) -> Option<i128> {
    match as_int(v)? {
        IntRef::Small(i) => Some(i as i128),
        IntRef::Big(b) => i128::try_from(b).ok(),
    }
}

/// A slice's bounds with each `__index__` instance replaced by the int it stands for.
fn index_slice(vm: &Vm, s: &[Value; 3]) -> PyResult<[Value; 3]> {
    let conv = |v: &Value| -> PyResult<Value> {
        if v.instance().is_some() && typeobj::lookup(&type_of(v), "__index__").is_some() {
            crate::ops::num::index_value(vm, v)
        } else {
            Ok(v.clone())
        }
    };
    Ok([conv(&s[0])?, conv(&s[1])?, conv(&s[2])?])
}

/// Slice bounds over a range of `len` items, in 128-bit arithmetic: (start, stop, step).
fn slice_indices_128(s: &[Value; 3], len: i128) -> PyResult<(i128, i128, i128)> {
    let get = |v: &Value| -> PyResult<Option<i128>> {
        if v.is_none() {
            return Ok(None);
        }
        match as_int(v) {
            Some(_) => Ok(Some(as_i128(v).unwrap_or_else(|| {
                if let Some(IntRef::Big(b)) = as_int(v) {
                    if num_traits::Signed::is_negative(b) {
                        return i128::MIN / 4;
                    }
                }
                i128::MAX / 4
            }))),
            None => bail!(
                TypeError,
                "slice indices must be integers or None or have an __index__ method"
            ),
        }
    };
    let step = get(&s[2])?.unwrap_or(1);
    if step == 0 {
        bail!(ValueError, "slice step cannot be zero");
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i128>, default: i128| -> i128 {
        match v {
            None => default,
            Some(i) if i < 0 => (i + len).max(lower),
            Some(i) => i.min(upper),
        }
    };
    let start = clamp(get(&s[0])?, if step < 0 { upper } else { lower });
    let stop = clamp(get(&s[1])?, if step < 0 { lower } else { upper });
    Ok((start, stop, step))
}
