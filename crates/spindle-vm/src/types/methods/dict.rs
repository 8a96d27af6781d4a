//! Methods of `dict`.

use super::list::{rest, this};
use super::Methods;
use crate::error::PyResult;
use crate::object::Payload;
use crate::ops;
use crate::types::dict::DictObj;
use crate::types::function::Args;
use crate::types::iter::{new_iter, IterState};
use crate::types::tuple::new_tuple;
use crate::types::type_name;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::{bail, py_err};

fn dict_of<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a DictObj> {
    let v = this(args, "dict", method)?;
    match v.payload() {
        Some(Payload::Dict(d)) => Ok(d),
        _ => bail!(
            TypeError,
            "descriptor '{}' for 'dict' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ),
    }
}

/// `d.update(src)` for a mapping or an iterable of pairs.
pub fn update_from(vm: &Vm, d: &DictObj, src: &Value) -> PyResult<()> {
    if let Some(Payload::Dict(s)) = src.payload() {
        for (k, v) in s.items() {
            d.set(vm, k, v)?;
        }
        return Ok(());
    }
    if ops::attr::getattr_opt(vm, src, "keys")?.is_some()
        && !matches!(src.payload(), Some(Payload::List(_) | Payload::Tuple(_)))
    {
        let keys = ops::getattr(vm, src, "keys")?;
        let ks = vm.call(&keys, Args::new(&[]))?;
        for k in crate::builtins::collect(vm, &ks)? {
            let v = ops::getitem(vm, src, &k)?;
            d.set(vm, k, v)?;
        }
        return Ok(());
    }
    let it = ops::iter(vm, src)?;
    let mut i = 0;
    while let Some(item) = ops::next(vm, &it)? {
        let pair = match ops::iter(vm, &item) {
            Ok(_) => crate::builtins::collect(vm, &item)?,
            Err(_) => bail!(
                TypeError,
                "cannot convert dictionary update sequence element #{} to a sequence",
                i
            ),
        };
        if pair.len() != 2 {
            bail!(
                ValueError,
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            );
        }
        let mut p = pair.into_iter();
        if let (Some(k), Some(v)) = (p.next(), p.next()) {
            d.set(vm, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

fn get(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = dict_of(&args, "get")?;
    let p = rest(&args, "get", 1, 2)?;
    Ok(d.get(vm, &p[0])?
        .unwrap_or_else(|| p.get(1).cloned().unwrap_or(Value::None)))
}

fn keys(_vm: &Vm, args: Args) -> PyResult<Value> {
    let d = dict_of(&args, "keys")?;
    rest(&args, "dict.keys", 0, 0)?;
    Ok(crate::types::methods::misc::dict_view(&args.pos()[0], d, 0))
}

fn values(_vm: &Vm, args: Args) -> PyResult<Value> {
    let d = dict_of(&args, "values")?;
    rest(&args, "dict.values", 0, 0)?;
    Ok(crate::types::methods::misc::dict_view(&args.pos()[0], d, 1))
}

fn items(_vm: &Vm, args: Args) -> PyResult<Value> {
    let d = dict_of(&args, "items")?;
    rest(&args, "dict.items", 0, 0)?;
    Ok(crate::types::methods::misc::dict_view(&args.pos()[0], d, 2))
}

fn pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = dict_of(&args, "pop")?;
    let p = rest(&args, "pop", 1, 2)?;
    match d.remove(vm, &p[0])? {
        Some(v) => Ok(v),
        None => match p.get(1) {
            Some(dv) => Ok(dv.clone()),
            None => Err(crate::error::PyErr::with_args(
                crate::types::exceptions::ExcKind::KeyError,
                vec![p[0].clone()],
            )),
        },
    }
}

fn popitem(_vm: &Vm, args: Args) -> PyResult<Value> {
    let d = dict_of(&args, "popitem")?;
    rest(&args, "dict.popitem", 0, 0)?;
    match d.pop_last() {
        Some((k, v)) => Ok(new_tuple(vec![k, v])),
        None => Err(crate::error::PyErr::with_args(
            crate::types::exceptions::ExcKind::KeyError,
            vec![crate::types::str::new_str("popitem(): dictionary is empty")],
        )),
    }
}

fn setdefault(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = dict_of(&args, "setdefault")?;
    let p = rest(&args, "setdefault", 1, 2)?;
    if let Some(v) = d.get(vm, &p[0])? {
        return Ok(v);
    }
    let dv = p.get(1).cloned().unwrap_or(Value::None);
    d.set(vm, p[0].clone(), dv.clone())?;
    Ok(dv)
}

fn update(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = dict_of(&args, "update")?;
    let p = &args.pos()[1..];
    if p.len() > 1 {
        bail!(
            TypeError,
            "update expected at most 1 argument, got {}",
            p.len()
        );
    }
    if let Some(src) = p.first() {
        update_from(vm, d, src)?;
    }
    for (k, v) in args.kwargs() {
        d.set_str(k, v.clone());
    }
    Ok(Value::None)
}

fn copy(_vm: &Vm, args: Args) -> PyResult<Value> {
    let d = dict_of(&args, "copy")?;
    rest(&args, "dict.copy", 0, 0)?;
    Ok(Value::from_obj(Payload::Dict(DictObj::from_table(
        d.snapshot(),
    ))))
}

fn clear(_vm: &Vm, args: Args) -> PyResult<Value> {
    let d = dict_of(&args, "clear")?;
    rest(&args, "dict.clear", 0, 0)?;
    d.clear();
    Ok(Value::None)
}

fn fromkeys(vm: &Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("dict.fromkeys")?;
    let p = &args.pos()[1.min(args.pos().len())..];
    if p.is_empty() {
        bail!(TypeError, "fromkeys expected at least 1 argument, got 0");
    }
    if p.len() > 2 {
        bail!(
            TypeError,
            "fromkeys expected at most 2 arguments, got {}",
            p.len()
        );
    }
    let v = p.get(1).cloned().unwrap_or(Value::None);
    let mut cls = args.pos().first().cloned().unwrap_or(Value::None);
    if !matches!(cls.raw_payload(), Some(Payload::Type(_))) {
        // Called through an instance (`d.fromkeys(...)`): the class of the instance.
        cls = Value::Obj(crate::types::type_of(&cls));
    }
    let exact = match (&cls, cls.obj()) {
        (_, Some(o)) => ObjRef::ptr_eq(o, &crate::types::types().dict),
        _ => true,
    };
    if exact {
        let d = DictObj::new();
        for k in crate::builtins::collect(vm, &p[0])? {
            d.set(vm, k, v.clone())?;
        }
        return Ok(Value::from_obj(Payload::Dict(d)));
    }
    let d = vm.call(&cls, Args::new(&[]))?;
    for k in crate::builtins::collect(vm, &p[0])? {
        ops::setitem(vm, &d, &k, v.clone())?;
    }
    Ok(d)
}

fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = dict_of(&args, "__contains__")?;
    let p = rest(&args, "dict.__contains__", 1, 1)?;
    Ok(Value::Bool(d.get(vm, &p[0])?.is_some()))
}

fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    dict_of(&args, "__getitem__")?;
    let p = rest(&args, "dict.__getitem__", 1, 1)?;
    ops::getitem(vm, &args.pos()[0], &p[0])
}

fn len(_vm: &Vm, args: Args) -> PyResult<Value> {
    let d = dict_of(&args, "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

fn iter(_vm: &Vm, args: Args) -> PyResult<Value> {
    let d = dict_of(&args, "__iter__")?;
    let o = args.pos()[0]
        .obj()
        .cloned()
        .ok_or_else(|| py_err!(SystemError, "dict"))?;
    let _ = d;
    Ok(new_iter(IterState::dict(o, 0)))
}

pub fn methods() -> Methods {
    vec![
        ("get", get),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("pop", pop),
        ("popitem", popitem),
        ("setdefault", setdefault),
        ("update", update),
        ("copy", copy),
        ("clear", clear),
        ("fromkeys", fromkeys),
        ("__contains__", contains),
        ("__getitem__", getitem),
        ("__len__", len),
        ("__iter__", iter),
    ]
}
