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
use crate::types::typeobj::{self, as_type, flag, lookup, BaseKind, TypeObj};
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
        // CPython's `type.__abstractmethods__` descriptor raises with just the name.
        Some(Payload::Type(_)) if name == "__abstractmethods__" => {
            py_err!(AttributeError, "__abstractmethods__")
        }
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
        e.set_field("name", new_str(name));
        e.set_field("obj", v.clone());
    }
    err
}

/// Bind a type attribute found by lookup to `obj` (functions → bound methods, descriptors).
pub fn bind(vm: &Vm, attr: Value, obj: &Value, owner: &ObjRef) -> PyResult<Value> {
    match attr.raw_payload() {
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
                bail!(
                    AttributeError,
                    "property {}of '{}' object has no getter",
                    property_name(vm, &attr),
                    type_name(obj)
                );
            }
            vm.call(&p[0], Args::new(std::slice::from_ref(obj)))
        }
        Some(Payload::Native(_)) if crate::types::slots::as_member(&attr).is_some() => {
            crate::types::slots::member_get(&attr, obj)
        }
        Some(Payload::Instance(_) | Payload::Native(_)) => {
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

/// `'name' ` of a property for error messages (CPython names the property when it can).
pub fn property_name(_vm: &Vm, prop: &Value) -> String {
    if let Some(Payload::Property(p)) = prop.raw_payload() {
        if let Some(s) = crate::types::str::as_str(&p.name.read()) {
            return format!("'{s}' ");
        }
    }
    String::new()
}

/// `prop.__set__(obj, value)` (Some) or `prop.__delete__(obj)` (None).
pub fn property_store(vm: &Vm, prop: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(Payload::Property(p)) = prop.raw_payload() else {
        return Ok(());
    };
    let (slot, what) = if value.is_some() {
        (1, "setter")
    } else {
        (2, "deleter")
    };
    if p[slot].is_none() {
        bail!(
            AttributeError,
            "property {}of '{}' object has no {}",
            property_name(vm, prop),
            type_name(obj),
            what
        );
    }
    match value {
        Some(v) => vm.call(&p[slot], Args::new(&[obj.clone(), v]))?,
        None => vm.call(&p[slot], Args::new(std::slice::from_ref(obj)))?,
    };
    Ok(())
}

/// Does the class attribute `attr` take precedence over the instance dict?
pub fn is_data_descriptor(attr: &Value) -> bool {
    match attr.raw_payload() {
        Some(Payload::Property(_)) => true,
        Some(Payload::Instance(_) | Payload::Native(_)) => {
            if crate::types::slots::as_member(attr).is_some() {
                return true;
            }
            let t = type_of(attr);
            lookup(&t, "__set__").is_some() || lookup(&t, "__delete__").is_some()
        }
        _ => false,
    }
}

/// Methods of built-in types that are class methods (bound to the type on lookup).
fn is_builtin_classmethod(name: &str) -> bool {
    matches!(
        name,
        "fromkeys" | "from_bytes" | "fromhex" | "__init_subclass__" | "__subclasshook__"
    )
}

fn is_attribute_error(e: &crate::error::PyErr) -> bool {
    e.matches(crate::types::exceptions::ExcKind::AttributeError)
}

/// `obj.name`: the full protocol (`__getattribute__` overrides, then `__getattr__`).
pub fn getattr(vm: &Vm, obj: &Value, name: &str) -> PyResult<Value> {
    if let Some(Payload::BoundMethod(m)) = obj.raw_payload() {
        // A method's unknown attributes are looked up on (and reported for) its function.
        return match generic_getattr(vm, obj, name)? {
            Some(v) => Ok(v),
            None => Err(no_attr(&m.0, name)),
        };
    }
    if let Some(inst) = obj.instance() {
        let cls = inst.class();
        let fl = as_type(&cls).map(|t| t.flags(&cls)).unwrap_or(0);
        if fl & (flag::GETATTRIBUTE | flag::GETATTR) != 0 {
            return getattr_hooks(vm, obj, &cls, fl, name);
        }
        return match instance_getattr(vm, obj, inst, &cls, name)? {
            Some(v) => Ok(v),
            None => Err(no_attr(obj, name)),
        };
    }
    if let Some(Payload::Type(t)) = obj.raw_payload() {
        if let Some(meta) = &t.meta {
            // A metaclass's `__getattribute__`/`__getattr__` hooks apply to its classes.
            let fl = as_type(meta).map(|m| m.flags(meta)).unwrap_or(0);
            if fl & (flag::GETATTRIBUTE | flag::GETATTR) != 0 {
                return getattr_hooks(vm, obj, meta, fl, name);
            }
        }
    }
    match generic_getattr(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(no_attr(obj, name)),
    }
}

#[cold]
fn getattr_hooks(vm: &Vm, obj: &Value, cls: &ObjRef, fl: u64, name: &str) -> PyResult<Value> {
    let first = if fl & flag::GETATTRIBUTE != 0 {
        match lookup(cls, "__getattribute__") {
            Some(ga) => vm.call(&ga, Args::new(&[obj.clone(), new_str(name)])),
            None => Err(no_attr(obj, name)),
        }
    } else {
        match generic_getattr(vm, obj, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(no_attr(obj, name)),
            Err(e) => Err(e),
        }
    };
    match first {
        Err(e) if fl & flag::GETATTR != 0 && is_attribute_error(&e) => {
            match lookup(cls, "__getattr__") {
                Some(ga) => {
                    let f = bind(vm, ga, obj, cls)?;
                    vm.call(&f, Args::new(&[new_str(name)]))
                }
                None => Err(e),
            }
        }
        r => r,
    }
}

/// `obj.name`, or Ok(None) when it raises AttributeError (the protocol of `getattr(o, n, d)`
/// and `hasattr`).
pub fn getattr_opt(vm: &Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if obj.instance().is_some() || crate::ops::has_metaclass(obj) {
        return match getattr(vm, obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if is_attribute_error(&e) => Ok(None),
            Err(e) => Err(e),
        };
    }
    generic_getattr(vm, obj, name)
}

/// `object.__getattribute__(obj, name)`: descriptors and the instance's own attributes, no
/// `__getattr__`. Ok(None) when there is no such attribute.
pub fn generic_getattr(vm: &Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match obj.raw_payload() {
        Some(Payload::Instance(inst)) => {
            let cls = inst.class();
            instance_getattr(vm, obj, inst, &cls, name)
        }
        Some(Payload::Module(m)) => {
            if let Some(v) = crate::types::dict::dict_get_str(&m.dict, name) {
                return Ok(Some(v));
            }
            if name == "__dict__" {
                return Ok(Some(Value::Obj(m.dict.clone())));
            }
            if name == "__class__" {
                return Ok(Some(Value::Obj(types().module.clone())));
            }
            Ok(None)
        }
        Some(Payload::Type(t)) => {
            let this = obj
                .obj()
                .cloned()
                .ok_or_else(|| py_err!(SystemError, "type"))?;
            type_getattr(vm, obj, &this, t, name)
        }
        Some(Payload::Exception(e)) => crate::types::methods::exception::getattr(vm, obj, e, name),
        Some(Payload::Native(_)) if crate::interp::traceback::is_tb_or_frame(obj) => {
            match crate::interp::traceback::native_attr(vm, obj, name)? {
                Some(v) => Ok(Some(v)),
                None => builtin_getattr(vm, obj, name),
            }
        }
        Some(Payload::Native(_)) if crate::types::slots::as_member(obj).is_some() => {
            match crate::types::slots::member_attr(obj, name) {
                Some(v) => Ok(Some(v)),
                None => builtin_getattr(vm, obj, name),
            }
        }
        Some(Payload::Native(_)) => match crate::types::slots::as_super(obj) {
            Some(s) => match crate::types::slots::super_getattr(vm, obj, s, name)? {
                Some(v) => Ok(Some(v)),
                None => builtin_getattr(vm, obj, name),
            },
            None => builtin_getattr(vm, obj, name),
        },
        _ => builtin_getattr(vm, obj, name),
    }
}

/// Attribute lookup on an instance of a class defined in Python (object.__getattribute__).
#[inline]
fn instance_getattr(
    vm: &Vm,
    obj: &Value,
    inst: &crate::types::instance::InstanceObj,
    cls: &ObjRef,
    name: &str,
) -> PyResult<Option<Value>> {
    let tattr = lookup(cls, name);
    if let Some(a) = &tattr {
        if is_data_descriptor(a) {
            return bind(vm, a.clone(), obj, cls).map(Some);
        }
    }
    match name {
        "__class__" => return Ok(Some(Value::Obj(cls.clone()))),
        // A class attribute named `__dict__` shadows the instance dict (as it shadows
        // CPython's `__dict__` descriptor).
        "__dict__" if tattr.is_none() && as_type(cls).is_some_and(|t| t.has_dict) => {
            return Ok(Some(Value::Obj(inst.dict())));
        }
        _ => {}
    }
    if let Some(v) = inst.get_attr(name) {
        return Ok(Some(v));
    }
    match tattr {
        Some(a) => bind(vm, a, obj, cls).map(Some),
        None => {
            if !inst.base.is_null() {
                // Attributes that built-in values compute (int.real, complex.imag...).
                if let Some(v) = crate::types::methods::number_attr(&inst.base, name) {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
    }
}

/// Bind an attribute found on a class for access through the class (`C.name`):
/// `attr.__get__(None, C)`.
fn class_bind(vm: &Vm, a: Value, cls: &Value) -> PyResult<Value> {
    Ok(match a.raw_payload() {
        Some(Payload::Builtin(b)) if b.bound.is_none() && is_builtin_classmethod(b.name) => {
            Value::from_obj(Payload::Builtin(BuiltinObj {
                name: b.name,
                owner: b.owner,
                func: b.func,
                bound: Some(cls.clone()),
            }))
        }
        Some(Payload::StaticMethod(f)) => f.clone(),
        Some(Payload::ClassMethod(f)) => {
            Value::from_obj(Payload::BoundMethod(Box::new((f.clone(), cls.clone()))))
        }
        Some(Payload::Instance(_) | Payload::Native(_)) => {
            if crate::types::slots::as_member(&a).is_some() {
                return Ok(a);
            }
            let aty = type_of(&a);
            match lookup(&aty, "__get__") {
                Some(get) => {
                    let args = [a.clone(), Value::None, cls.clone()];
                    vm.call(&get, Args::new(&args))?
                }
                None => a,
            }
        }
        _ => a,
    })
}

/// Attribute lookup on a class (`type.__getattribute__`): data descriptors of the metaclass,
/// then the class's MRO, then the metaclass's other attributes.
fn type_getattr(
    vm: &Vm,
    obj: &Value,
    this: &ObjRef,
    t: &TypeObj,
    name: &str,
) -> PyResult<Option<Value>> {
    let meta = type_of(obj);
    let custom_meta = t.meta.is_some();
    let meta_attr = if custom_meta {
        lookup(&meta, name)
    } else {
        None
    };
    if let Some(ma) = &meta_attr {
        if is_data_descriptor(ma) {
            return bind(vm, ma.clone(), obj, &meta).map(Some);
        }
    }
    // The data descriptors of `type` itself.
    match name {
        "__name__" => return Ok(Some(new_str(&t.name()))),
        "__qualname__" => return Ok(Some(new_str(&t.qualname.read()))),
        "__mro__" => {
            return Ok(Some(crate::types::tuple::new_tuple(
                t.mro.read().iter().cloned().map(Value::Obj).collect(),
            )))
        }
        "__bases__" => {
            return Ok(Some(crate::types::tuple::new_tuple(
                t.bases.read().iter().cloned().map(Value::Obj).collect(),
            )))
        }
        "__base__" => {
            return Ok(Some(
                solid_base_of(this).map(Value::Obj).unwrap_or(Value::None),
            ))
        }
        "__dict__" => {
            return Ok(Some(match &t.attrs {
                typeobj::TypeAttrs::Dict(d) => {
                    crate::types::slots::new_mappingproxy(Value::Obj(d.clone()))
                }
                typeobj::TypeAttrs::Frozen(m) => {
                    let d = crate::types::dict::DictObj::new();
                    let mut keys: Vec<&Box<str>> = m.keys().collect();
                    keys.sort();
                    for k in keys {
                        if let Some(v) = m.get(k) {
                            d.set_str(k, v.clone());
                        }
                    }
                    crate::types::slots::new_mappingproxy(Value::from_obj(Payload::Dict(d)))
                }
            }))
        }
        "__class__" => return Ok(Some(Value::Obj(meta.clone()))),
        _ => {}
    }
    if let Some(a) = lookup(this, name) {
        return class_bind(vm, a, obj).map(Some);
    }
    match name {
        "__module__" => return Ok(Some(new_str(&t.module))),
        "__doc__" => return Ok(Some(Value::None)),
        "__annotations__" if !t.is_builtin() => {
            let d = crate::types::dict::new_dict();
            if let typeobj::TypeAttrs::Dict(ns) = &t.attrs {
                if let Payload::Dict(nd) = &ns.payload {
                    nd.set_str("__annotations__", d.clone());
                }
            }
            return Ok(Some(d));
        }
        _ => {}
    }
    if let Some(ma) = meta_attr {
        return bind(vm, ma, obj, &meta).map(Some);
    }
    if !custom_meta {
        // Methods of `type` itself (e.g. `int.mro`).
        if let Some(a) = lookup(&meta, name) {
            return bind(vm, a, obj, &meta).map(Some);
        }
    }
    Ok(None)
}

/// The first base in the MRO after the class itself (CPython's `__base__` is the "solid" base;
/// for the common single-inheritance case it is the first base).
fn solid_base_of(cls: &ObjRef) -> Option<ObjRef> {
    let t = as_type(cls)?;
    let bases = t.bases.read();
    if bases.len() <= 1 {
        return bases.first().cloned();
    }
    // With several bases: the one whose instance layout is not plain `object`, else the first.
    bases
        .iter()
        .find(|b| as_type(b).is_some_and(|bt| bt.base_kind != BaseKind::Object))
        .or_else(|| bases.first())
        .cloned()
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
            // An assigned __module__ lives in the function's __dict__.
            "__module__" => Some(
                f.dict
                    .read()
                    .as_ref()
                    .and_then(|d| crate::types::dict::dict_get_str(d, "__module__"))
                    .unwrap_or_else(|| f.module.clone()),
            ),
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
        // Served by `types::methods::exception::getattr` (see `generic_getattr`).
        Some(Payload::Exception(_)) => None,
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
        Some(Payload::Generator(g)) => crate::interp::generator::gen_attr(g, name),
        Some(Payload::Native(_)) if crate::interp::generator::is_frame_view(obj) => {
            crate::interp::generator::frame_view_attr(obj, name)
        }
        Some(Payload::Property(p)) => match name {
            "__name__" => Some(p.name.read().clone()),
            "__isabstractmethod__" => {
                let mut abs = false;
                for f in p.parts.iter().take(3) {
                    if let Some(v) = getattr_opt(vm, f, "__isabstractmethod__")? {
                        abs |= crate::ops::truthy(vm, &v)?;
                    }
                }
                Some(Value::Bool(abs))
            }
            "fget" => Some(p[0].clone()),
            "fset" => Some(p[1].clone()),
            "fdel" => Some(p[2].clone()),
            "__doc__" => Some(p[3].clone()),
            _ => None,
        },
        Some(Payload::StaticMethod(f) | Payload::ClassMethod(f)) => match name {
            "__func__" | "__wrapped__" => Some(f.clone()),
            _ => getattr_opt(vm, f, name)?,
        },
        Some(Payload::Native(_))
            if crate::types::methods::memoryview::as_memoryview(obj).is_some() =>
        {
            crate::types::methods::buffer_attr(obj, name).transpose()?
        }
        _ => crate::types::methods::number_attr(obj, name),
    })
}

/// `obj.name(...)` lookup: Ok((callable, Some(self))) when the attribute is a plain method that
/// can be called with `obj` prepended, Ok((attr, None)) otherwise.
#[inline]
pub fn method_lookup(vm: &Vm, obj: &Value, name: &str) -> PyResult<(Value, Option<Value>)> {
    match obj.raw_payload() {
        Some(Payload::Instance(inst)) => {
            let cls = inst.class();
            let fl = as_type(&cls).map(|t| t.flags(&cls)).unwrap_or(0);
            if fl & flag::GETATTRIBUTE == 0 {
                if let Some(a) = lookup(&cls, name) {
                    let plain = match a.raw_payload() {
                        Some(Payload::Function(_)) => true,
                        Some(Payload::Builtin(b)) => b.owner.is_some() && b.bound.is_none(),
                        _ => false,
                    };
                    if plain {
                        return Ok(match inst.get_attr(name) {
                            Some(v) => (v, None),
                            None => (a, Some(obj.clone())),
                        });
                    }
                }
            }
            Ok((getattr(vm, obj, name)?, None))
        }
        Some(Payload::Module(_) | Payload::Type(_)) => Ok((getattr(vm, obj, name)?, None)),
        Some(Payload::Native(_)) if crate::types::slots::as_super(obj).is_some() => {
            Ok((getattr(vm, obj, name)?, None))
        }
        _ => {
            let ty = type_of(obj);
            if let Some(t) = as_type(&ty) {
                if let Some(a) = t.own_attr(name).or_else(|| lookup(&ty, name)) {
                    if let Some(Payload::Builtin(b)) = a.raw_payload() {
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
    match obj.raw_payload() {
        Some(Payload::Instance(_)) => {
            let cls = type_of(obj);
            let fl = as_type(&cls).map(|t| t.flags(&cls)).unwrap_or(0);
            if fl & flag::SETATTR != 0 {
                if let Some(sa) = lookup(&cls, "__setattr__") {
                    let args = [obj.clone(), new_str(name), value];
                    vm.call(&sa, Args::new(&args))?;
                    return Ok(());
                }
            }
            generic_setattr(vm, obj, name, value)
        }
        Some(Payload::Type(t)) => {
            let meta = type_of(obj);
            if t.meta.is_some() {
                if let Some(sa) = lookup(&meta, "__setattr__") {
                    if !matches!(sa.raw_payload(), Some(Payload::Builtin(_))) {
                        let args = [obj.clone(), new_str(name), value];
                        vm.call(&sa, Args::new(&args))?;
                        return Ok(());
                    }
                }
            }
            type_setattr(vm, obj, t, name, value)
        }
        _ => generic_setattr(vm, obj, name, value),
    }
}

/// `type.__setattr__`: store in the class namespace and retag the class and its subclasses.
pub fn type_setattr(vm: &Vm, obj: &Value, t: &TypeObj, name: &str, value: Value) -> PyResult<()> {
    let meta = type_of(obj);
    if t.meta.is_some() {
        if let Some(ma) = lookup(&meta, name) {
            if let Some(set) = descriptor_setter(&ma) {
                return set_via_descriptor(vm, &ma, set, obj, name, value);
            }
        }
    }
    match &t.attrs {
        typeobj::TypeAttrs::Dict(d) => {
            match name {
                "__name__" => {
                    let Some(s) = crate::types::str::as_str(&value) else {
                        bail!(
                            TypeError,
                            "can only assign string to {}.__name__, not '{}'",
                            t.name(),
                            type_name(&value)
                        );
                    };
                    *t.name.write() = std::sync::Arc::from(s);
                    return Ok(());
                }
                "__qualname__" => {
                    let Some(s) = crate::types::str::as_str(&value) else {
                        bail!(
                            TypeError,
                            "can only assign string to {}.__qualname__, not '{}'",
                            t.name(),
                            type_name(&value)
                        );
                    };
                    *t.qualname.write() = std::sync::Arc::from(s);
                    return Ok(());
                }
                "__bases__" => return set_bases(obj, t, &value),
                "__mro__" | "__base__" => bail!(
                    AttributeError,
                    "attribute '{}' of 'type' objects is not writable",
                    name
                ),
                _ => {}
            }
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
    }
}

/// `cls.__bases__ = value` with CPython's checks.
fn set_bases(obj: &Value, t: &TypeObj, value: &Value) -> PyResult<()> {
    let Some(items) = crate::types::tuple::as_tuple(value) else {
        bail!(
            TypeError,
            "can only assign tuple to {}.__bases__, not {}",
            t.name(),
            type_name(value)
        );
    };
    if items.is_empty() {
        bail!(
            TypeError,
            "can only assign non-empty tuple to {}.__bases__, not ()",
            t.name()
        );
    }
    let Some(this) = obj.obj() else {
        bail!(SystemError, "type");
    };
    let mut bases = Vec::with_capacity(items.len());
    for b in items.iter() {
        let Some(bo) = b.obj().filter(|o| as_type(o).is_some()) else {
            bail!(
                TypeError,
                "{}.__bases__ must be tuple of classes, not '{}'",
                t.name(),
                type_name(b)
            );
        };
        if typeobj::is_subtype(bo, this) {
            bail!(TypeError, "a __bases__ item causes an inheritance cycle");
        }
        bases.push(bo.clone());
    }
    // The instances keep their layout: the new bases must bring the same built-in base.
    let kind_of = |bs: &[ObjRef]| {
        bs.iter()
            .filter_map(|b| as_type(b).map(|bt| bt.base_kind))
            .find(|k| *k != typeobj::BaseKind::Object)
            .unwrap_or(typeobj::BaseKind::Object)
    };
    let old = t.bases.read().clone();
    if kind_of(&bases) != kind_of(&old) {
        let name = |bs: &[ObjRef]| {
            bs.first()
                .and_then(as_type)
                .map(|bt| bt.name())
                .unwrap_or_default()
        };
        bail!(
            TypeError,
            "__bases__ assignment: '{}' object layout differs from '{}'",
            name(&bases),
            name(&old)
        );
    }
    typeobj::set_bases(this, bases).map_err(|m| py_err!(TypeError, "{}", m))
}

/// What a data descriptor's setter is: a property, a slot, or a `__set__` method.
enum Setter {
    Property,
    Member,
    Method(Value),
    /// The descriptor defines `__delete__` but not `__set__`.
    Missing,
}

fn descriptor_setter(a: &Value) -> Option<Setter> {
    match a.raw_payload() {
        Some(Payload::Property(_)) => Some(Setter::Property),
        Some(Payload::Instance(_) | Payload::Native(_)) => {
            if crate::types::slots::as_member(a).is_some() {
                return Some(Setter::Member);
            }
            let t = type_of(a);
            match lookup(&t, "__set__") {
                Some(f) => Some(Setter::Method(f)),
                // A data descriptor with only `__delete__` cannot be assigned through.
                None if lookup(&t, "__delete__").is_some() => Some(Setter::Missing),
                None => None,
            }
        }
        _ => None,
    }
}

fn set_via_descriptor(
    vm: &Vm,
    a: &Value,
    set: Setter,
    obj: &Value,
    name: &str,
    value: Value,
) -> PyResult<()> {
    match set {
        Setter::Property => {
            let Some(Payload::Property(p)) = a.raw_payload() else {
                return Ok(());
            };
            if p[1].is_none() {
                bail!(
                    AttributeError,
                    "property {}of '{}' object has no setter",
                    property_name(vm, a),
                    type_name(obj)
                );
            }
            let args = [obj.clone(), value];
            vm.call(&p[1], Args::new(&args))?;
            Ok(())
        }
        Setter::Member => crate::types::slots::member_set(a, obj, Some(value)),
        Setter::Missing => bail!(AttributeError, "__set__"),
        Setter::Method(f) => {
            let args = [a.clone(), obj.clone(), value];
            vm.call(&f, Args::new(&args))?;
            let _ = name;
            Ok(())
        }
    }
}

/// `object.__setattr__(obj, name, value)`: data descriptors, then the instance's own storage.
pub fn generic_setattr(vm: &Vm, obj: &Value, name: &str, value: Value) -> PyResult<()> {
    match obj.raw_payload() {
        Some(Payload::Instance(inst)) => {
            let cls = inst.class();
            if let Some(a) = lookup(&cls, name) {
                if let Some(set) = descriptor_setter(&a) {
                    return set_via_descriptor(vm, &a, set, obj, name, value);
                }
            }
            let t = as_type(&cls);
            match name {
                "__class__" => return set_class(obj, inst, &value),
                "__dict__" if t.is_some_and(|t| t.has_dict) => {
                    let Some(d) = value
                        .obj()
                        .filter(|o| matches!(o.payload, Payload::Dict(_)))
                    else {
                        bail!(
                            TypeError,
                            "__dict__ must be set to a dictionary, not a '{}'",
                            type_name(&value)
                        );
                    };
                    inst.set_dict(d.clone());
                    return Ok(());
                }
                _ => {}
            }
            // Instances of a built-in type itself (`object()`) have no `__dict__`.
            if !t.is_some_and(|t| t.has_dict && !t.is_builtin()) {
                if lookup(&cls, name).is_some() {
                    bail!(
                        AttributeError,
                        "'{}' object attribute '{}' is read-only",
                        type_name(obj),
                        name
                    );
                }
                bail!(
                    AttributeError,
                    "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
                    type_name(obj),
                    name
                );
            }
            inst.set_attr(name, value);
            Ok(())
        }
        Some(Payload::Type(t)) => type_setattr(vm, obj, t, name, value),
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
            let ty = type_of(obj);
            if !as_type(&ty).is_some_and(|t| t.is_builtin()) {
                if let Some(a) = lookup(&ty, name) {
                    if let Some(set) = descriptor_setter(&a) {
                        return set_via_descriptor(vm, &a, set, obj, name, value);
                    }
                }
            }
            if crate::types::methods::exception::setattr_own(vm, e, name, &value)? {
                return Ok(());
            }
            if let Payload::Dict(d) = &e.dict.payload {
                d.set_str(name, value);
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

fn same_slots(a: &[Value], b: &[Value]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| crate::types::str::as_str(x) == crate::types::str::as_str(y))
}

/// `obj.__class__ = cls`.
fn set_class(
    obj: &Value,
    inst: &crate::types::instance::InstanceObj,
    value: &Value,
) -> PyResult<()> {
    let Some(new_cls) = value
        .obj()
        .filter(|o| matches!(o.payload, Payload::Type(_)))
    else {
        bail!(
            TypeError,
            "__class__ must be set to a class, not '{}' object",
            type_name(value)
        );
    };
    let old = inst.class();
    let (Some(nt), Some(ot)) = (as_type(new_cls), as_type(&old)) else {
        return Ok(());
    };
    if nt.is_builtin() {
        bail!(
            TypeError,
            "__class__ assignment only supported for mutable types or ModuleType subclasses"
        );
    }
    if nt.base_kind != ot.base_kind
        || nt.has_dict != ot.has_dict
        || !same_slots(&nt.slot_names, &ot.slot_names)
    {
        bail!(
            TypeError,
            "__class__ assignment: '{}' object layout differs from '{}'",
            nt.name(),
            ot.name()
        );
    }
    let _ = obj;
    inst.set_class(new_cls.clone());
    Ok(())
}

/// The errors for assigning or deleting a built-in object's own attributes.
fn read_only_check(obj: &Value, name: &str) -> PyResult<()> {
    if matches!(obj.payload(), Some(Payload::Range(_) | Payload::Slice(_)))
        && matches!(name, "start" | "stop" | "step")
    {
        // Member descriptors (not getsets) in CPython.
        bail!(AttributeError, "readonly attribute");
    }
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
    match obj.raw_payload() {
        Some(Payload::Instance(_)) => {
            let cls = type_of(obj);
            let fl = as_type(&cls).map(|t| t.flags(&cls)).unwrap_or(0);
            if fl & flag::DELATTR != 0 {
                if let Some(da) = lookup(&cls, "__delattr__") {
                    let args = [obj.clone(), new_str(name)];
                    vm.call(&da, Args::new(&args))?;
                    return Ok(());
                }
            }
            generic_delattr(vm, obj, name)
        }
        _ => generic_delattr(vm, obj, name),
    }
}

/// `object.__delattr__(obj, name)`.
pub fn generic_delattr(vm: &Vm, obj: &Value, name: &str) -> PyResult<()> {
    match obj.raw_payload() {
        Some(Payload::Instance(inst)) => {
            let cls = inst.class();
            if let Some(a) = lookup(&cls, name) {
                match a.raw_payload() {
                    Some(Payload::Property(p)) => {
                        if p[2].is_none() {
                            bail!(
                                AttributeError,
                                "property {}of '{}' object has no deleter",
                                property_name(vm, &a),
                                type_name(obj)
                            );
                        }
                        vm.call(&p[2], Args::new(std::slice::from_ref(obj)))?;
                        return Ok(());
                    }
                    Some(Payload::Instance(_) | Payload::Native(_)) => {
                        if crate::types::slots::as_member(&a).is_some() {
                            return crate::types::slots::member_set(&a, obj, None);
                        }
                        let at = type_of(&a);
                        if let Some(del) = lookup(&at, "__delete__") {
                            vm.call(&del, Args::new(&[a.clone(), obj.clone()]))?;
                            return Ok(());
                        }
                        if lookup(&at, "__set__").is_some() {
                            bail!(AttributeError, "__delete__");
                        }
                    }
                    _ => {}
                }
            }
            match inst.del_attr(name) {
                Some(_) => Ok(()),
                None => Err(no_attr(obj, name)),
            }
        }
        Some(Payload::Type(t)) => match &t.attrs {
            typeobj::TypeAttrs::Dict(_)
                if matches!(
                    name,
                    "__name__" | "__qualname__" | "__bases__" | "__module__" | "__doc__"
                ) =>
            {
                bail!(
                    TypeError,
                    "cannot delete '{}' attribute of immutable type '{}'",
                    name,
                    t.name()
                )
            }
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
        Some(Payload::Exception(e)) => crate::types::methods::exception::delattr(obj, e, name),
        _ => {
            read_only_check(obj, name)?;
            Err(no_attr(obj, name))
        }
    }
}
