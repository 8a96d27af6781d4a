//! Methods of `object`, `type`, `bytes`, `slice`, iterators, generators and dict views.

use super::list::{rest, this};
use super::Methods;
use crate::error::PyResult;
use crate::object::{native, NativeObject, Payload};
use crate::ops;
use crate::types::dict::DictObj;
use crate::types::function::Args;
use crate::types::list::new_list;
use crate::types::str::from_string;
use crate::types::tuple::new_tuple;
use crate::types::{type_name, type_of, typeobj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::{bail, py_err};

fn object_init(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_new(_vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = this(&args, "object", "__new__")?;
    let Some(c) = cls.obj().filter(|o| matches!(o.payload, Payload::Type(_))) else {
        bail!(
            TypeError,
            "object.__new__(X): X is not a type object ({})",
            type_name(cls)
        );
    };
    let kind = typeobj::as_type(c).map(|t| t.base_kind);
    if kind == Some(typeobj::BaseKind::Exception) {
        return Ok(Value::Obj(crate::types::exceptions::new_exception_of(
            c.clone(),
            args.pos()[1..].to_vec(),
        )));
    }
    Ok(Value::from_obj(Payload::Instance(
        crate::object::InstanceObj {
            class: parking_lot::RwLock::new(c.clone()),
            dict: crate::types::dict::new_dict_obj(),
        },
    )))
}

fn object_repr(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "object", "__repr__")?;
    Ok(from_string(ops::repr::default_repr(v)))
}

fn object_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "object", "__str__")?;
    Ok(from_string(ops::repr(vm, v)?))
}

fn object_eq(_vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        bail!(
            TypeError,
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        );
    }
    Ok(if p[0].is(&p[1]) {
        Value::Bool(true)
    } else {
        crate::types::types().not_implemented.clone()
    })
}

fn object_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        bail!(
            TypeError,
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        );
    }
    let r = ops::compare(vm, &p[0], &p[1], spindle_bytecode::CmpOp::Eq)?;
    Ok(Value::Bool(!ops::truthy(vm, &r)?))
}

fn object_hash(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "object", "__hash__")?;
    Ok(Value::Int(crate::hash::hash_pointer(
        v.obj().map(|o| o.addr()).unwrap_or(0),
    )))
}

fn object_format(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let spec = p.get(1).and_then(crate::types::str::as_str).unwrap_or("");
    if !spec.is_empty() {
        bail!(
            TypeError,
            "unsupported format string passed to {}.__format__",
            type_name(&p[0])
        );
    }
    Ok(from_string(ops::str_(vm, &p[0])?))
}

fn object_setattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 3 {
        bail!(
            TypeError,
            "expected 2 arguments, got {}",
            p.len().saturating_sub(1)
        );
    }
    let name = crate::types::str::as_str(&p[1])
        .ok_or_else(|| py_err!(TypeError, "attribute name must be string"))?;
    match p[0].payload() {
        Some(Payload::Instance(i)) => {
            let ty = i.class.read().clone();
            ops::attr::object_setattr(vm, &p[0], &ty, &i.dict, name, p[2].clone())?;
        }
        _ => ops::setattr(vm, &p[0], name, p[2].clone())?,
    }
    Ok(Value::None)
}

fn object_getattribute(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        bail!(
            TypeError,
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        );
    }
    let name = crate::types::str::as_str(&p[1])
        .ok_or_else(|| py_err!(TypeError, "attribute name must be string"))?;
    match ops::attr::getattr_opt(vm, &p[0], name)? {
        Some(v) => Ok(v),
        None => bail!(
            AttributeError,
            "'{}' object has no attribute '{}'",
            type_name(&p[0]),
            name
        ),
    }
}

fn object_delattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let name = p
        .get(1)
        .and_then(crate::types::str::as_str)
        .ok_or_else(|| py_err!(TypeError, "attribute name must be string"))?;
    if let Some(Payload::Instance(i)) = p[0].payload() {
        if let Payload::Dict(d) = &i.dict.payload {
            if d.remove_str(name).is_some() {
                return Ok(Value::None);
            }
        }
        bail!(
            AttributeError,
            "'{}' object has no attribute '{}'",
            type_name(&p[0]),
            name
        );
    }
    ops::delattr(vm, &p[0], name)?;
    Ok(Value::None)
}

pub fn object_methods() -> Methods {
    vec![
        ("__init__", object_init),
        ("__new__", object_new),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__hash__", object_hash),
        ("__format__", object_format),
        ("__setattr__", object_setattr),
        ("__getattribute__", object_getattribute),
        ("__delattr__", object_delattr),
    ]
}

fn type_mro(_vm: &Vm, args: Args) -> PyResult<Value> {
    let t = this(&args, "type", "mro")?;
    match t.obj().and_then(typeobj::as_type) {
        Some(tt) => Ok(new_list(
            tt.mro.read().iter().cloned().map(Value::Obj).collect(),
        )),
        None => bail!(TypeError, "descriptor 'mro' requires a 'type' object"),
    }
}

pub fn type_methods() -> Methods {
    vec![("mro", type_mro)]
}

fn slice_indices(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "slice", "indices")?;
    let p = rest(&args, "slice.indices", 1, 1)?;
    let Some(Payload::Slice(s)) = v.payload() else {
        bail!(TypeError, "indices() on a non-slice")
    };
    let n = ops::index_of(&p[0])?;
    if n < 0 {
        bail!(ValueError, "length should not be negative");
    }
    let (a, b, c, _) = ops::item::slice_indices(vm, s, n as usize)?;
    Ok(new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
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
    let p = rest(&args, "generator.send", 1, 1)?;
    crate::interp::generator::gen_send(vm, g, p[0].clone())
}

fn gen_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(&args, "generator", "__next__")?;
    crate::interp::generator::gen_send(vm, g, Value::None)
}

fn gen_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(&args, "generator", "close")?;
    crate::interp::generator::gen_close(vm, g)
}

fn gen_throw(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(&args, "generator", "throw")?;
    let p = rest(&args, "throw", 1, 3)?;
    let exc = match p.get(1) {
        Some(v) if !v.is_none() && !matches!(v.payload(), Some(Payload::Exception(_))) => {
            crate::interp::eval::make_exception(
                vm,
                &vm.call(&p[0], Args::new(std::slice::from_ref(v)))?,
            )?
        }
        Some(v) if !v.is_none() => crate::interp::eval::make_exception(vm, v)?,
        _ => crate::interp::eval::make_exception(vm, &p[0])?,
    };
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
    let dict = v.dict.clone();
    let len = view_len_of(v);
    new_iter(match v.kind {
        0 => IterState::DictKeys { dict, slot: 0, len },
        1 => IterState::DictValues { dict, slot: 0, len },
        _ => IterState::DictItems { dict, slot: 0, len },
    })
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
    let items = view_items(dv);
    let n = items.len() as i64;
    Ok(crate::types::iter::new_iter(
        crate::types::iter::IterState::Reversed {
            seq: new_list(items),
            index: n - 1,
        },
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

pub fn property_methods() -> Methods {
    vec![
        ("getter", property_getter),
        ("setter", property_setter),
        ("deleter", property_deleter),
        ("__get__", property_get),
    ]
}

/// A `bytearray`: a mutable sequence of bytes.
pub struct ByteArray {
    pub data: parking_lot::RwLock<Vec<u8>>,
}

impl NativeObject for ByteArray {
    fn type_name(&self) -> &'static str {
        "bytearray"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::from_obj(Payload::Native(Box::new(ByteArray {
        data: parking_lot::RwLock::new(data),
    })))
}

pub fn as_bytearray(v: &Value) -> Option<&ByteArray> {
    native::<ByteArray>(v)
}

/// The bytes of a bytes-like value (`bytes` or `bytearray`), copied.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        _ => as_bytearray(v).map(|b| b.data.read().clone()),
    }
}

/// Native objects that cannot be hashed (bytearray, dict views).
pub fn native_unhashable(v: &Value) -> bool {
    as_bytearray(v).is_some() || as_view(v).is_some()
}

/// The bytes that `bytes(...)` / `bytearray(...)` build from their arguments.
pub fn bytes_from_args(vm: &Vm, fname: &str, args: &Args) -> PyResult<Vec<u8>> {
    let p = args.pos();
    let src = p.first().or_else(|| args.kw("source"));
    let encoding = p.get(1).or_else(|| args.kw("encoding"));
    let Some(v) = src else {
        if encoding.is_some() {
            bail!(TypeError, "encoding without a string argument");
        }
        return Ok(Vec::new());
    };
    if let Some(Payload::Str(_)) = v.payload() {
        let Some(enc) = encoding else {
            bail!(TypeError, "string argument without an encoding")
        };
        let f = ops::getattr(vm, v, "encode")?;
        let r = vm.call(&f, Args::new(std::slice::from_ref(enc)))?;
        return bytes_like(&r).ok_or_else(|| py_err!(TypeError, "encoder did not return bytes"));
    }
    if encoding.is_some() {
        bail!(TypeError, "encoding without a string argument");
    }
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    if let Some(n) = crate::ops::num::as_int(v) {
        let n = match n {
            crate::ops::num::IntRef::Small(n) => n,
            crate::ops::num::IntRef::Big(_) => bail!(
                OverflowError,
                "cannot fit 'int' into an index-sized integer"
            ),
        };
        if n < 0 {
            bail!(ValueError, "negative count");
        }
        crate::error::check_alloc(n as usize)?;
        return Ok(vec![0u8; n as usize]);
    }
    let items = match crate::builtins::collect(vm, v) {
        Ok(items) => items,
        Err(e)
            if e.matches(crate::types::exceptions::ExcKind::TypeError)
                && ops::iter(vm, v).is_err() =>
        {
            bail!(
                TypeError,
                "cannot convert '{}' object to {}",
                type_name(v),
                fname
            )
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        out.push(byte_value(it)?);
    }
    Ok(out)
}

/// An int in range(256), as stored in bytes.
pub fn byte_value(v: &Value) -> PyResult<u8> {
    match crate::ops::num::as_int(v) {
        Some(crate::ops::num::IntRef::Small(i)) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => bail!(ValueError, "byte must be in range(0, 256)"),
        None => bail!(
            TypeError,
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ),
    }
}

fn ba_of<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a ByteArray> {
    let v = this(args, "bytearray", method)?;
    as_bytearray(v).ok_or_else(|| {
        py_err!(
            TypeError,
            "descriptor '{}' for 'bytearray' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        )
    })
}

fn ba_append(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "append")?;
    let p = rest(&args, "bytearray.append", 1, 1)?;
    let x = byte_value(&p[0])?;
    b.data.write().push(x);
    Ok(Value::None)
}

fn ba_extend(vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "extend")?;
    let p = rest(&args, "bytearray.extend", 1, 1)?;
    if let Some(Payload::Str(_)) = p[0].payload() {
        bail!(TypeError, "expected iterable of integers; got: 'str'");
    }
    let extra = match bytes_like(&p[0]) {
        Some(x) => x,
        None => {
            let items = crate::builtins::collect(vm, &p[0])?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                out.push(byte_value(it)?);
            }
            out
        }
    };
    b.data.write().extend(extra);
    Ok(Value::None)
}

fn ba_pop(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "pop")?;
    let p = rest(&args, "pop", 0, 1)?;
    let idx = match p.first() {
        Some(v) => Some(ops::index_of(v)?),
        None => None,
    };
    let mut d = b.data.write();
    if d.is_empty() {
        bail!(IndexError, "pop from empty bytearray");
    }
    let n = d.len() as i64;
    let i = idx.unwrap_or(-1);
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        bail!(IndexError, "pop index out of range");
    }
    Ok(Value::Int(d.remove(i as usize) as i64))
}

fn ba_clear(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "clear")?;
    b.data.write().clear();
    Ok(Value::None)
}

fn ba_copy(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "copy")?;
    let d = b.data.read().clone();
    Ok(new_bytearray(d))
}

fn ba_reverse(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "reverse")?;
    b.data.write().reverse();
    Ok(Value::None)
}

fn ba_insert(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "insert")?;
    let p = rest(&args, "insert", 2, 2)?;
    let i = ops::index_of(&p[0])?;
    let x = byte_value(&p[1])?;
    let mut d = b.data.write();
    let n = d.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.insert(i as usize, x);
    Ok(Value::None)
}

/// Call a `bytes` method on a temporary bytes copy (read-only methods); bytes results come back
/// as bytearrays.
fn ba_via_bytes(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    let b = ba_of(args, name)?;
    let tmp = Value::from_obj(Payload::Bytes(b.data.read().clone().into_boxed_slice()));
    let mut v = vec![tmp.clone()];
    v.extend(args.pos()[1..].iter().cloned());
    let f = ops::getattr(vm, &Value::Obj(type_of(&tmp)), name)?;
    let r = vm.call(&f, Args::new(&v))?;
    Ok(match r.payload() {
        Some(Payload::Bytes(x)) => new_bytearray(x.to_vec()),
        _ => r,
    })
}

fn ba_decode(vm: &Vm, args: Args) -> PyResult<Value> {
    ba_via_bytes(vm, &args, "decode")
}

fn ba_hex(vm: &Vm, args: Args) -> PyResult<Value> {
    ba_via_bytes(vm, &args, "hex")
}

fn ba_len(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "__len__")?;
    Ok(Value::Int(b.data.read().len() as i64))
}

pub fn bytearray_methods() -> Methods {
    vec![
        ("__len__", ba_len),
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("reverse", ba_reverse),
        ("insert", ba_insert),
        ("decode", ba_decode),
        ("hex", ba_hex),
    ]
}
