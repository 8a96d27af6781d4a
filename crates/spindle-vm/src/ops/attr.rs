//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, and the method lookup behind
//! `obj.name(...)` that avoids creating a bound-method object.
//!
//! Order for instances of Python classes (the descriptor protocol): a data descriptor on the
//! type (property, or an object whose type has `__set__`), then the instance dict, then other
//! type attributes (functions become bound methods), then `__getattr__`.

use crate::error::PyResult;
use crate::object::Payload;
use crate::types::dict::as_dict;
use crate::types::function::{Args, BuiltinObj};
use crate::types::str::new_str;
use crate::types::typeobj::{self, as_type, lookup};
use crate::types::{type_name, type_of, types};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::{bail, py_err};

fn no_attr(v: &Value, name: &str) -> crate::error::PyErr {
    let err = match v.payload() {
        Some(Payload::Module(m)) => py_err!(
            AttributeError,
            "module '{}' has no attribute '{}'",
            m.name,
            name
        ),
        Some(Payload::Type(t)) => py_err!(
            AttributeError,
            "type object '{}' has no attribute '{}'",
            t.name(),
            name
        ),
        _ => py_err!(
            AttributeError,
            "'{}' object has no attribute '{}'",
            type_name(v),
            name
        ),
    };
    if let Payload::Exception(e) = &err.0.payload {
        if let Payload::Dict(d) = &e.dict.payload {
            d.set_str("name", new_str(name));
            d.set_str("obj", v.clone());
        }
    }
    err
}

/// Bind a type attribute found by lookup to `obj` (functions → bound methods, descriptors).
fn bind(vm: &Vm, attr: Value, obj: &Value, owner: &ObjRef) -> PyResult<Value> {
    match attr.payload() {
        Some(Payload::Function(_)) => Ok(Value::from_obj(Payload::BoundMethod(Box::new((
            attr.clone(),
            obj.clone(),
        ))))),
        Some(Payload::Builtin(b)) if b.owner.is_some() && b.bound.is_none() => {
            Ok(Value::from_obj(Payload::Builtin(BuiltinObj {
                name: b.name,
                owner: b.owner,
                func: b.func,
                bound: Some(obj.clone()),
            })))
        }
        Some(Payload::StaticMethod(f)) => Ok(f.clone()),
        Some(Payload::ClassMethod(f)) => Ok(Value::from_obj(Payload::BoundMethod(Box::new((
            f.clone(),
            Value::Obj(owner.clone()),
        ))))),
        Some(Payload::Property(p)) => {
            if p[0].is_none() {
                bail!(AttributeError, "property object has no getter");
            }
            vm.call(&p[0], Args::new(std::slice::from_ref(obj)))
        }
        Some(Payload::Instance(_)) => {
            let aty = type_of(&attr);
            if let Some(get) = lookup(&aty, "__get__") {
                let args = [attr.clone(), obj.clone(), Value::Obj(owner.clone())];
                return vm.call(&get, Args::new(&args));
            }
            Ok(attr)
        }
        _ => Ok(attr),
    }
}

fn is_data_descriptor(attr: &Value) -> bool {
    match attr.payload() {
        Some(Payload::Property(_)) => true,
        Some(Payload::Instance(_)) => {
            let t = type_of(attr);
            lookup(&t, "__set__").is_some() || lookup(&t, "__delete__").is_some()
        }
        _ => false,
    }
}

/// Methods of built-in types that are class methods (bound to the type on lookup).
fn is_builtin_classmethod(name: &str) -> bool {
    matches!(name, "fromkeys" | "from_bytes" | "fromhex")
}

/// `obj.name`.
pub fn getattr(vm: &Vm, obj: &Value, name: &str) -> PyResult<Value> {
    match getattr_opt(vm, obj, name)? {
        Some(v) => Ok(v),
        None => {
            if let Some(Payload::Instance(_)) = obj.payload() {
                let ty = type_of(obj);
                if let Some(ga) = lookup(&ty, "__getattr__") {
                    let args = [obj.clone(), new_str(name)];
                    return vm.call(&ga, Args::new(&args));
                }
            }
            Err(no_attr(obj, name))
        }
    }
}

/// `obj.name`, or Ok(None) when there is no such attribute.
pub fn getattr_opt(vm: &Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match obj.payload() {
        Some(Payload::Instance(inst)) => {
            let ty = inst.class.read().clone();
            let tattr = lookup(&ty, name);
            if let Some(a) = &tattr {
                if is_data_descriptor(a) {
                    return bind(vm, a.clone(), obj, &ty).map(Some);
                }
            }
            if let Some(v) = as_dict(&Value::Obj(inst.dict.clone())).and_then(|d| d.get_str(name)) {
                return Ok(Some(v));
            }
            if name == "__dict__" {
                return Ok(Some(Value::Obj(inst.dict.clone())));
            }
            if name == "__class__" {
                return Ok(Some(Value::Obj(ty)));
            }
            match tattr {
                Some(a) => bind(vm, a, obj, &ty).map(Some),
                None => Ok(None),
            }
        }
        Some(Payload::Module(m)) => {
            if let Some(v) = crate::types::dict::dict_get_str(&m.dict, name) {
                return Ok(Some(v));
            }
            if name == "__dict__" {
                return Ok(Some(Value::Obj(m.dict.clone())));
            }
            Ok(None)
        }
        Some(Payload::Type(t)) => {
            let this = obj
                .obj()
                .cloned()
                .ok_or_else(|| py_err!(SystemError, "type"))?;
            if let Some(a) = lookup(&this, name) {
                return Ok(Some(match a.payload() {
                    Some(Payload::Builtin(b))
                        if b.bound.is_none() && is_builtin_classmethod(b.name) =>
                    {
                        Value::from_obj(Payload::Builtin(BuiltinObj {
                            name: b.name,
                            owner: b.owner,
                            func: b.func,
                            bound: Some(obj.clone()),
                        }))
                    }
                    Some(Payload::StaticMethod(f)) => f.clone(),
                    Some(Payload::ClassMethod(f)) => {
                        Value::from_obj(Payload::BoundMethod(Box::new((f.clone(), obj.clone()))))
                    }
                    Some(Payload::Instance(_)) => {
                        let aty = type_of(&a);
                        match lookup(&aty, "__get__") {
                            Some(get) => {
                                let args = [a.clone(), Value::None, obj.clone()];
                                vm.call(&get, Args::new(&args))?
                            }
                            None => a,
                        }
                    }
                    _ => a,
                }));
            }
            Ok(match name {
                "__name__" => Some(new_str(&t.name())),
                "__qualname__" => Some(new_str(&t.qualname.read())),
                "__module__" => Some(new_str(&t.module)),
                "__mro__" => Some(crate::types::tuple::new_tuple(
                    t.mro.read().iter().cloned().map(Value::Obj).collect(),
                )),
                "__bases__" => Some(crate::types::tuple::new_tuple(
                    t.bases.read().iter().cloned().map(Value::Obj).collect(),
                )),
                "__base__" => Some(
                    t.bases
                        .read()
                        .first()
                        .cloned()
                        .map(Value::Obj)
                        .unwrap_or(Value::None),
                ),
                "__dict__" => match &t.attrs {
                    typeobj::TypeAttrs::Dict(d) => Some(Value::Obj(d.clone())),
                    typeobj::TypeAttrs::Frozen(m) => {
                        let d = crate::types::dict::DictObj::new();
                        for (k, v) in m.iter() {
                            d.set_str(k, v.clone());
                        }
                        Some(Value::from_obj(Payload::Dict(d)))
                    }
                },
                "__doc__" => Some(Value::None),
                "__class__" => Some(Value::Obj(types().type_.clone())),
                _ => {
                    // Methods of `type` itself (e.g. `int.mro`).
                    let tt = types().type_.clone();
                    match lookup(&tt, name) {
                        Some(a) => Some(bind(vm, a, obj, &tt)?),
                        None => None,
                    }
                }
            })
        }
        _ => builtin_getattr(vm, obj, name),
    }
}

/// Attributes of built-in (non-class) objects.
fn builtin_getattr(vm: &Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let ty = type_of(obj);
    if let Some(a) = lookup(&ty, name) {
        return bind(vm, a, obj, &ty).map(Some);
    }
    if name == "__class__" {
        return Ok(Some(Value::Obj(ty)));
    }
    let s = |x: &str| Some(new_str(x));
    Ok(match obj.payload() {
        Some(Payload::Function(f)) => match name {
            "__name__" => Some(f.name.read().clone()),
            "__qualname__" => Some(f.qualname.read().clone()),
            "__doc__" => Some(f.doc.read().clone()),
            "__module__" => Some(f.module.clone()),
            "__defaults__" => {
                if f.defaults.is_empty() {
                    Some(Value::None)
                } else {
                    Some(crate::types::tuple::new_tuple(f.defaults.to_vec()))
                }
            }
            "__kwdefaults__" => Some(f.kwdefaults.clone().map(Value::Obj).unwrap_or(Value::None)),
            "__globals__" => Some(Value::Obj(f.globals.clone())),
            "__code__" => Some(Value::Obj(f.code.clone())),
            "__annotations__" => {
                let mut a = f.annotations.write();
                if a.is_none() {
                    *a = crate::types::dict::new_dict();
                }
                Some(a.clone())
            }
            "__closure__" => {
                if f.closure.is_empty() {
                    Some(Value::None)
                } else {
                    Some(crate::types::tuple::new_tuple(
                        f.closure.iter().cloned().map(Value::Obj).collect(),
                    ))
                }
            }
            "__dict__" => {
                let mut d = f.dict.write();
                let dict = d
                    .get_or_insert_with(crate::types::dict::new_dict_obj)
                    .clone();
                Some(Value::Obj(dict))
            }
            _ => f
                .dict
                .read()
                .as_ref()
                .and_then(|d| crate::types::dict::dict_get_str(d, name)),
        },
        Some(Payload::Builtin(b)) => match name {
            "__name__" => s(b.name),
            "__qualname__" => match b.owner {
                Some(o) => s(&format!("{o}.{}", b.name)),
                None => s(b.name),
            },
            "__self__" => Some(b.bound.clone().unwrap_or(Value::None)),
            "__doc__" => Some(Value::None),
            "__module__" => Some(if b.owner.is_none() {
                new_str("builtins")
            } else {
                Value::None
            }),
            _ => None,
        },
        Some(Payload::BoundMethod(m)) => match name {
            "__self__" => Some(m.1.clone()),
            "__func__" => Some(m.0.clone()),
            _ => getattr_opt(vm, &m.0, name)?,
        },
        Some(Payload::Exception(e)) => match name {
            "args" => Some(e.args.read().clone()),
            "__cause__" => Some(e.cause.read().clone()),
            "__context__" => Some(e.context.read().clone()),
            "__suppress_context__" => Some(Value::Bool(
                e.suppress_context
                    .load(std::sync::atomic::Ordering::Relaxed),
            )),
            "__traceback__" => {
                if e.traceback.lock().is_empty() {
                    Some(Value::None)
                } else {
                    Some(crate::interp::traceback::traceback_object(obj))
                }
            }
            "__dict__" => Some(Value::Obj(e.dict.clone())),
            _ => {
                if let Some(v) = crate::types::dict::dict_get_str(&e.dict, name) {
                    Some(v)
                } else {
                    crate::types::methods::exception::default_attr(obj, e, name)
                }
            }
        },
        Some(Payload::Code(c)) => match name {
            "co_name" => s(&c.code.name),
            "co_qualname" => s(&c.code.qualname),
            "co_filename" => s(&c.code.filename),
            "co_firstlineno" => Some(Value::Int(c.code.first_line as i64)),
            "co_argcount" => Some(Value::Int(c.code.arg_count as i64)),
            "co_kwonlyargcount" => Some(Value::Int(c.code.kwonly_arg_count as i64)),
            "co_posonlyargcount" => Some(Value::Int(c.code.posonly_arg_count as i64)),
            "co_nlocals" => Some(Value::Int(c.code.varnames.len() as i64)),
            "co_cellvars" => Some(crate::types::tuple::new_tuple(
                c.code.cellvars.iter().map(|n| new_str(n)).collect(),
            )),
            "co_freevars" => Some(crate::types::tuple::new_tuple(
                c.code.freevars.iter().map(|n| new_str(n)).collect(),
            )),
            "co_names" => Some(crate::types::tuple::new_tuple(
                c.code.names.iter().map(|n| new_str(n)).collect(),
            )),
            "co_varnames" => Some(crate::types::tuple::new_tuple(
                c.code.varnames.iter().map(|n| new_str(n)).collect(),
            )),
            _ => None,
        },
        Some(Payload::Cell(c)) => match name {
            "cell_contents" => {
                let v = c.value.read().clone();
                if v.is_null() {
                    bail!(ValueError, "Cell is empty");
                }
                Some(v)
            }
            _ => None,
        },
        Some(Payload::Generator(g)) => match name {
            "__name__" => Some(g.name.clone()),
            "__qualname__" => Some(g.qualname.clone()),
            "gi_running" => Some(Value::Bool(matches!(
                *g.state.lock(),
                crate::types::generator::GenState::Running
            ))),
            "gi_frame" => Some(Value::None),
            _ => None,
        },
        Some(Payload::Property(p)) => match name {
            "fget" => Some(p[0].clone()),
            "fset" => Some(p[1].clone()),
            "fdel" => Some(p[2].clone()),
            "__doc__" => Some(p[3].clone()),
            _ => None,
        },
        Some(Payload::StaticMethod(f) | Payload::ClassMethod(f)) => match name {
            "__func__" => Some(f.clone()),
            _ => getattr_opt(vm, f, name)?,
        },
        _ => crate::types::methods::number_attr(obj, name),
    })
}

/// `obj.name(...)` lookup: Ok((callable, Some(self))) when the attribute is a plain method that
/// can be called with `obj` prepended, Ok((attr, None)) otherwise.
#[inline]
pub fn method_lookup(vm: &Vm, obj: &Value, name: &str) -> PyResult<(Value, Option<Value>)> {
    match obj.payload() {
        Some(Payload::Instance(inst)) => {
            let ty = inst.class.read().clone();
            if let Some(a) = lookup(&ty, name) {
                if matches!(a.payload(), Some(Payload::Function(_))) {
                    let shadowed = crate::types::dict::dict_get_str(&inst.dict, name);
                    return Ok(match shadowed {
                        Some(v) => (v, None),
                        None => (a, Some(obj.clone())),
                    });
                }
            }
            Ok((getattr(vm, obj, name)?, None))
        }
        Some(Payload::Module(_) | Payload::Type(_)) => Ok((getattr(vm, obj, name)?, None)),
        _ => {
            let ty = type_of(obj);
            if let Some(t) = as_type(&ty) {
                if let Some(a) = t.own_attr(name).or_else(|| lookup(&ty, name)) {
                    if let Some(Payload::Builtin(b)) = a.payload() {
                        if b.owner.is_some() && b.bound.is_none() {
                            return Ok((a, Some(obj.clone())));
                        }
                    }
                }
            }
            Ok((getattr(vm, obj, name)?, None))
        }
    }
}

/// `obj.name = value`.
pub fn setattr(vm: &Vm, obj: &Value, name: &str, value: Value) -> PyResult<()> {
    match obj.payload() {
        Some(Payload::Instance(inst)) => {
            let ty = inst.class.read().clone();
            if let Some(sa) = lookup(&ty, "__setattr__") {
                if !matches!(sa.payload(), Some(Payload::Builtin(_))) {
                    let args = [obj.clone(), new_str(name), value];
                    vm.call(&sa, Args::new(&args))?;
                    return Ok(());
                }
            }
            object_setattr(vm, obj, &ty, &inst.dict, name, value)
        }
        Some(Payload::Type(t)) => match &t.attrs {
            typeobj::TypeAttrs::Dict(d) => {
                if let Payload::Dict(dd) = &d.payload {
                    dd.set_str(name, value);
                }
                t.bump_version();
                Ok(())
            }
            typeobj::TypeAttrs::Frozen(_) => bail!(
                TypeError,
                "cannot set '{}' attribute of immutable type '{}'",
                name,
                t.name()
            ),
        },
        Some(Payload::Module(m)) => {
            if let Payload::Dict(d) = &m.dict.payload {
                d.set_str(name, value);
            }
            Ok(())
        }
        Some(Payload::Function(f)) => {
            match name {
                "__name__" => *f.name.write() = value,
                "__qualname__" => *f.qualname.write() = value,
                "__doc__" => *f.doc.write() = value,
                "__annotations__" => *f.annotations.write() = value,
                _ => {
                    let mut d = f.dict.write();
                    let dict = d
                        .get_or_insert_with(crate::types::dict::new_dict_obj)
                        .clone();
                    drop(d);
                    if let Payload::Dict(dd) = &dict.payload {
                        dd.set_str(name, value);
                    }
                }
            }
            Ok(())
        }
        Some(Payload::Exception(e)) => {
            match name {
                "__cause__" => {
                    *e.cause.write() = value;
                    e.suppress_context
                        .store(true, std::sync::atomic::Ordering::Relaxed);
                }
                "__context__" => *e.context.write() = value,
                "__suppress_context__" => {
                    let b = crate::ops::truthy(vm, &value)?;
                    e.suppress_context
                        .store(b, std::sync::atomic::Ordering::Relaxed);
                }
                "args" => {
                    let items = crate::builtins::collect(vm, &value)?;
                    *e.args.write() = crate::types::tuple::new_tuple(items);
                }
                "__traceback__" => {
                    if value.is_none() {
                        e.traceback.lock().clear();
                    }
                }
                _ => {
                    if let Payload::Dict(d) = &e.dict.payload {
                        d.set_str(name, value);
                    }
                }
            }
            Ok(())
        }
        _ => {
            read_only_check(obj, name)?;
            bail!(
                AttributeError,
                "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
                type_name(obj),
                name
            )
        }
    }
}

/// `object.__setattr__`: data descriptors, then the instance dict.
pub fn object_setattr(
    vm: &Vm,
    obj: &Value,
    ty: &ObjRef,
    dict: &ObjRef,
    name: &str,
    value: Value,
) -> PyResult<()> {
    if let Some(a) = lookup(ty, name) {
        match a.payload() {
            Some(Payload::Property(p)) => {
                if p[1].is_none() {
                    bail!(
                        AttributeError,
                        "property '{}' of '{}' object has no setter",
                        name,
                        type_name(obj)
                    );
                }
                let args = [obj.clone(), value];
                vm.call(&p[1], Args::new(&args))?;
                return Ok(());
            }
            Some(Payload::Instance(_)) => {
                if let Some(set) = lookup(&type_of(&a), "__set__") {
                    let args = [a.clone(), obj.clone(), value];
                    vm.call(&set, Args::new(&args))?;
                    return Ok(());
                }
            }
            _ => {}
        }
    }
    if let Payload::Dict(d) = &dict.payload {
        d.set_str(name, value);
    }
    Ok(())
}

/// The errors for assigning or deleting a built-in object's own attributes.
fn read_only_check(obj: &Value, name: &str) -> PyResult<()> {
    if crate::types::methods::number_attr(obj, name).is_some() {
        bail!(
            AttributeError,
            "attribute '{}' of '{}' objects is not writable",
            name,
            type_name(obj)
        );
    }
    if lookup(&type_of(obj), name).is_some() {
        bail!(
            AttributeError,
            "'{}' object attribute '{}' is read-only",
            type_name(obj),
            name
        );
    }
    Ok(())
}

/// `del obj.name`.
pub fn delattr(vm: &Vm, obj: &Value, name: &str) -> PyResult<()> {
    match obj.payload() {
        Some(Payload::Instance(inst)) => {
            let ty = inst.class.read().clone();
            if let Some(da) = lookup(&ty, "__delattr__") {
                if !matches!(da.payload(), Some(Payload::Builtin(_))) {
                    let args = [obj.clone(), new_str(name)];
                    vm.call(&da, Args::new(&args))?;
                    return Ok(());
                }
            }
            if let Some(Payload::Property(p)) = lookup(&ty, name).as_ref().and_then(|a| a.payload())
            {
                if p[2].is_none() {
                    bail!(
                        AttributeError,
                        "property '{}' of '{}' object has no deleter",
                        name,
                        type_name(obj)
                    );
                }
                vm.call(&p[2], Args::new(std::slice::from_ref(obj)))?;
                return Ok(());
            }
            match as_dict(&Value::Obj(inst.dict.clone())).and_then(|d| d.remove_str(name)) {
                Some(_) => Ok(()),
                None => Err(no_attr(obj, name)),
            }
        }
        Some(Payload::Type(t)) => match &t.attrs {
            typeobj::TypeAttrs::Dict(d) => {
                let removed = as_dict(&Value::Obj(d.clone())).and_then(|d| d.remove_str(name));
                t.bump_version();
                match removed {
                    Some(_) => Ok(()),
                    None => Err(no_attr(obj, name)),
                }
            }
            _ => bail!(
                TypeError,
                "cannot delete '{}' attribute of immutable type '{}'",
                name,
                t.name()
            ),
        },
        Some(Payload::Module(m)) => match crate::types::dict::as_dict(&Value::Obj(m.dict.clone()))
            .and_then(|d| d.remove_str(name))
        {
            Some(_) => Ok(()),
            None => Err(no_attr(obj, name)),
        },
        Some(Payload::Function(f)) => {
            let d = f.dict.read().clone();
            match d.and_then(|d| as_dict(&Value::Obj(d)).and_then(|dd| dd.remove_str(name))) {
                Some(_) => Ok(()),
                None => Err(no_attr(obj, name)),
            }
        }
        _ => {
            read_only_check(obj, name)?;
            Err(no_attr(obj, name))
        }
    }
}
