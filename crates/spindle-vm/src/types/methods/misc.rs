//! Methods of `object`, `type`, `bytes`, `slice`, iterators, generators and dict views.

use super::list::{rest, this};
use super::Methods;
use crate::bail;
use crate::error::PyResult;
use crate::object::{native, NativeObject, Payload};
use crate::ops;
use crate::types::dict::DictObj;
use crate::types::function::Args;
use crate::types::tuple::new_tuple;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A slice bound or length as an arbitrary-precision int (`__index__` allowed).
fn slice_big(vm: &Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    let ok = ops::num::as_int(v).is_some()
        || (v.instance().is_some()
            && crate::types::typeobj::lookup(&crate::types::type_of(v), "__index__").is_some());
    if !ok {
        bail!(
            TypeError,
            "slice indices must be integers or None or have an __index__ method"
        );
    }
    let r = ops::num::index_value(vm, v)?;
    match ops::num::as_int(&r) {
        Some(i) => Ok(i.to_big()),
        None => bail!(
            TypeError,
            "slice indices must be integers or None or have an __index__ method"
        ),
    }
}

/// `slice.indices(length)`, in arbitrary precision as CPython computes it.
fn slice_indices(vm: &Vm, args: Args) -> PyResult<Value> {
    use num_bigint::BigInt;
    use num_traits::{Signed, Zero};
    let v = this(&args, "slice", "indices")?;
    let p = rest(&args, "slice.indices", 1, 1)?;
    let Some(Payload::Slice(s)) = v.payload() else {
        bail!(TypeError, "indices() on a non-slice")
    };
    let r = ops::num::index_value(vm, &p[0])?;
    let length = match ops::num::as_int(&r) {
        Some(i) => i.to_big(),
        None => bail!(
            TypeError,
            "'{}' object cannot be interpreted as an integer",
            crate::types::type_name(&p[0])
        ),
    };
    if length.is_negative() {
        bail!(ValueError, "length should not be negative");
    }
    let step = if s[2].is_none() {
        BigInt::from(1)
    } else {
        slice_big(vm, &s[2])?
    };
    if step.is_zero() {
        bail!(ValueError, "slice step cannot be zero");
    }
    let back = step.is_negative();
    let (lower, upper) = if back {
        (BigInt::from(-1), &length - 1)
    } else {
        (BigInt::zero(), length.clone())
    };
    let bound = |x: &Value, default: &BigInt| -> PyResult<BigInt> {
        if x.is_none() {
            return Ok(default.clone());
        }
        let mut i = slice_big(vm, x)?;
        if i.is_negative() {
            i += &length;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let start = bound(&s[0], if back { &upper } else { &lower })?;
    let stop = bound(&s[1], if back { &lower } else { &upper })?;
    Ok(new_tuple(vec![
        ops::num::big_to_value(start),
        ops::num::big_to_value(stop),
        ops::num::big_to_value(step),
    ]))
}

pub fn slice_methods() -> Methods {
    vec![("indices", slice_indices)]
}

fn iter_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "iterator", "__next__")?;
    match ops::next(vm, v)? {
        Some(x) => Ok(x),
        None => Err(crate::error::PyErr::with_args(
            crate::types::exceptions::ExcKind::StopIteration,
            vec![],
        )),
    }
}

fn iter_iter(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args, "iterator", "__iter__")?.clone())
}

fn iter_length_hint(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "iterator", "__length_hint__")?;
    match v.payload() {
        Some(Payload::Iter(i)) => Ok(Value::Int(i.length_hint().unwrap_or(0) as i64)),
        _ => Ok(Value::Int(0)),
    }
}

pub fn iterator_methods() -> Methods {
    vec![
        ("__next__", iter_next),
        ("__iter__", iter_iter),
        ("__length_hint__", iter_length_hint),
    ]
}

fn gen_send(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(&args, "generator", "send")?;
    let g = crate::interp::generator::check_generator(g, "send")?;
    let p = rest(&args, "generator.send", 1, 1)?;
    crate::interp::generator::gen_send(vm, g, p[0].clone())
}

fn gen_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(&args, "generator", "__next__")?;
    let g = crate::interp::generator::check_generator(g, "__next__")?;
    crate::interp::generator::gen_send(vm, g, Value::None)
}

fn gen_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(&args, "generator", "close")?;
    let g = crate::interp::generator::check_generator(g, "close")?;
    rest(&args, "generator.close", 0, 0)?;
    crate::interp::generator::gen_close(vm, g)
}

fn gen_throw(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(&args, "generator", "throw")?;
    let g = crate::interp::generator::check_generator(g, "throw")?;
    let p = rest(&args, "throw", 1, 3)?;
    let exc = crate::interp::coroutine::throw_args(vm, p)?;
    crate::interp::generator::gen_throw(vm, g, exc)
}

pub fn generator_methods() -> Methods {
    vec![
        ("send", gen_send),
        ("__next__", gen_next),
        ("__iter__", iter_iter),
        ("close", gen_close),
        ("throw", gen_throw),
    ]
}

/// A `dict_keys` / `dict_values` / `dict_items` view.
pub struct DictView {
    pub dict: ObjRef,
    pub kind: u8,
}

impl NativeObject for DictView {
    fn type_name(&self) -> &'static str {
        match self.kind {
            0 => "dict_keys",
            1 => "dict_values",
            _ => "dict_items",
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn dict_view(d: &Value, _dict: &DictObj, kind: u8) -> Value {
    match d.obj() {
        Some(o) => Value::from_obj(Payload::Native(Box::new(DictView {
            dict: o.clone(),
            kind,
        }))),
        None => Value::None,
    }
}

/// The items a dict view currently shows.
pub fn view_items(v: &DictView) -> Vec<Value> {
    let Payload::Dict(d) = &v.dict.payload else {
        return vec![];
    };
    match v.kind {
        0 => d.keys(),
        1 => d.values(),
        _ => d
            .items()
            .into_iter()
            .map(|(k, v)| new_tuple(vec![k, v]))
            .collect(),
    }
}

pub fn as_view(v: &Value) -> Option<&DictView> {
    native::<DictView>(v)
}

fn view_len(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "dict_keys", "__len__")?;
    match as_view(v).map(|dv| &dv.dict.payload) {
        Some(Payload::Dict(d)) => Ok(Value::Int(d.len() as i64)),
        _ => bail!(TypeError, "not a dict view"),
    }
}

/// The length of the dict behind a view.
pub fn view_len_of(v: &DictView) -> usize {
    match &v.dict.payload {
        Payload::Dict(d) => d.len(),
        _ => 0,
    }
}

/// A fresh iterator over a view.
pub fn view_iter(v: &DictView) -> Value {
    use crate::types::iter::{new_iter, IterState};
    new_iter(IterState::dict(v.dict.clone(), v.kind))
}

/// `item in view`.
pub fn view_contains(vm: &Vm, v: &DictView, item: &Value) -> PyResult<bool> {
    let Payload::Dict(d) = &v.dict.payload else {
        return Ok(false);
    };
    match v.kind {
        0 => Ok(d.get(vm, item)?.is_some()),
        1 => {
            for x in d.values() {
                if x.is(item) || ops::eq(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            let Some(Payload::Tuple(t)) = item.payload() else {
                return Ok(false);
            };
            if t.len() != 2 {
                return Ok(false);
            }
            match d.get(vm, &t[0])? {
                Some(x) => Ok(x.is(&t[1]) || ops::eq(vm, &x, &t[1])?),
                None => Ok(false),
            }
        }
    }
}

/// `repr(view)`.
pub fn view_repr(vm: &Vm, v: &DictView) -> PyResult<String> {
    let items = view_items(v);
    let mut parts = Vec::with_capacity(items.len());
    for it in &items {
        parts.push(ops::repr(vm, it)?);
    }
    Ok(format!("{}([{}])", v.type_name(), parts.join(", ")))
}

/// A keys or items view as a new set (for set algebra and comparisons); None for other values.
pub fn setlike_view(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    match as_view(v) {
        Some(dv) if dv.kind != 1 => {
            let t = crate::types::set::table_from(vm, view_items(dv))?;
            Ok(Some(crate::types::set::new_set(t)))
        }
        _ => Ok(None),
    }
}

fn view_isdisjoint(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "dict_keys", "isdisjoint")?;
    let p = rest(&args, "isdisjoint", 1, 1)?;
    let Some(dv) = as_view(v) else {
        bail!(TypeError, "not a dict view")
    };
    let it = ops::iter(vm, &p[0])?;
    while let Some(x) = ops::next(vm, &it)? {
        if view_contains(vm, dv, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn view_reversed(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "dict_keys", "__reversed__")?;
    let Some(dv) = as_view(v) else {
        bail!(TypeError, "not a dict view")
    };
    Ok(crate::types::iter::new_iter(
        crate::types::iter::IterState::dict_reversed(dv.dict.clone(), dv.kind),
    ))
}

fn view_iter_m(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "dict_keys", "__iter__")?;
    let Some(dv) = as_view(v) else {
        bail!(TypeError, "not a dict view")
    };
    Ok(view_iter(dv))
}

pub fn view_methods() -> Methods {
    vec![
        ("__len__", view_len),
        ("__iter__", view_iter_m),
        ("__reversed__", view_reversed),
        ("isdisjoint", view_isdisjoint),
    ]
}

pub fn values_view_methods() -> Methods {
    vec![
        ("__len__", view_len),
        ("__iter__", view_iter_m),
        ("__reversed__", view_reversed),
    ]
}

fn property_with(args: &Args, name: &str, slot: usize) -> PyResult<Value> {
    let v = this(args, "property", name)?;
    let p = rest(args, name, 1, 1)?;
    let Some(Payload::Property(parts)) = v.payload() else {
        bail!(TypeError, "{}() on a non-property", name)
    };
    let mut parts = (**parts).clone();
    parts[slot] = p[0].clone();
    Ok(Value::from_obj(Payload::Property(Box::new(parts))))
}

fn property_getter(_vm: &Vm, args: Args) -> PyResult<Value> {
    property_with(&args, "getter", 0)
}
fn property_setter(_vm: &Vm, args: Args) -> PyResult<Value> {
    property_with(&args, "setter", 1)
}
fn property_deleter(_vm: &Vm, args: Args) -> PyResult<Value> {
    property_with(&args, "deleter", 2)
}

fn property_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "property", "__get__")?;
    let p = rest(&args, "__get__", 1, 2)?;
    let Some(Payload::Property(parts)) = v.payload() else {
        bail!(TypeError, "__get__() on a non-property")
    };
    if p[0].is_none() {
        return Ok(v.clone());
    }
    vm.call(&parts[0], Args::new(&p[..1]))
}

fn property_set_name(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "property", "__set_name__")?;
    let p = rest(&args, "__set_name__", 2, 2)?;
    if let Some(Payload::Property(parts)) = v.payload() {
        *parts.name.write() = p[1].clone();
    }
    Ok(Value::None)
}

fn property_set(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "property", "__set__")?;
    let p = rest(&args, "__set__", 2, 2)?;
    crate::ops::attr::property_store(vm, v, &p[0], Some(p[1].clone()))?;
    Ok(Value::None)
}

fn property_delete(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "property", "__delete__")?;
    let p = rest(&args, "__delete__", 1, 1)?;
    crate::ops::attr::property_store(vm, v, &p[0], None)?;
    Ok(Value::None)
}

pub fn property_methods() -> Methods {
    vec![
        ("getter", property_getter),
        ("setter", property_setter),
        ("deleter", property_deleter),
        ("__get__", property_get),
        ("__set__", property_set),
        ("__delete__", property_delete),
        ("__set_name__", property_set_name),
    ]
}

// The bytearray type lives in `bytearray.rs`; these names stay here for existing callers.
pub use super::bytearray::{
    as_bytearray, byte_value, bytearray_methods, bytes_from_args, bytes_like, new_bytearray,
    ByteArray,
};

/// Native objects that cannot be hashed (bytearray, dict views).
pub fn native_unhashable(v: &Value) -> bool {
    as_bytearray(v).is_some() || as_view(v).is_some()
}
