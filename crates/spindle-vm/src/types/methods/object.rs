//! Methods of `object` and `type`: the defaults every class inherits (`__init__`, `__new__`,
//! `__eq__`, `__repr__`, attribute access, `__init_subclass__`...) and the class-level protocol
//! (`mro`, `__subclasses__`, `__instancecheck__`, `__prepare__`, `type.__new__`...).

use super::list::this;
use super::Methods;
use crate::builtins::class::{is_object_method, object_new_for};
use crate::error::PyResult;
use crate::object::Payload;
use crate::ops;
use crate::types::function::Args;
use crate::types::list::new_list;
use crate::types::str::{as_str, from_string};
use crate::types::typeobj::{self, as_type, lookup};
use crate::types::{type_name, type_of, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::{bail, py_err};

fn excess_args(args: &Args) -> bool {
    args.values.len() > 1
}

/// `object.__init__(self, *args, **kwargs)`: arguments are an error unless `__new__` is
/// overridden and `__init__` is not.
fn object_init(_vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(s) = args.values.first() else {
        bail!(
            TypeError,
            "descriptor '__init__' of 'object' object needs an argument"
        );
    };
    if excess_args(&args) {
        let ty = type_of(s);
        let init_overridden = lookup(&ty, "__init__").is_some_and(|f| !is_object_method(&f));
        let new_is_object = lookup(&ty, "__new__").is_none_or(|f| is_object_method(&f));
        if init_overridden {
            bail!(
                TypeError,
                "object.__init__() takes exactly one argument (the instance to initialize)"
            );
        }
        if new_is_object {
            bail!(
                TypeError,
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                as_type(&ty).map(|t| t.name()).unwrap_or_default()
            );
        }
    }
    Ok(Value::None)
}

/// `object.__new__(cls, *args, **kwargs)`.
fn object_new(_vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos().first() else {
        bail!(TypeError, "object.__new__(): not enough arguments");
    };
    let Some(c) = cls.obj().filter(|o| matches!(o.payload, Payload::Type(_))) else {
        bail!(
            TypeError,
            "object.__new__(X): X is not a type object ({})",
            type_name(cls)
        );
    };
    let Some(t) = as_type(c) else {
        bail!(TypeError, "object.__new__(X): X is not a type object");
    };
    if excess_args(&args) {
        let new_overridden = lookup(c, "__new__").is_some_and(|f| !is_object_method(&f));
        let init_is_object = lookup(c, "__init__").is_none_or(|f| is_object_method(&f));
        if new_overridden {
            bail!(
                TypeError,
                "object.__new__() takes exactly one argument (the type to instantiate)"
            );
        }
        if init_is_object {
            bail!(TypeError, "{}() takes no arguments", t.name());
        }
    }
    if t.is_builtin() && t.base_kind != typeobj::BaseKind::Object {
        bail!(
            TypeError,
            "object.__new__({}) is not safe, use {}.__new__()",
            t.name(),
            t.name()
        );
    }
    let rest = Args {
        values: args.values.get(1..).unwrap_or(&[]),
        kwnames: args.kwnames,
    };
    object_new_for(c, t, &rest)
}

fn object_repr(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "object", "__repr__")?;
    Ok(from_string(ops::repr::default_repr(v)))
}

fn object_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "object", "__str__")?;
    Ok(from_string(ops::repr(vm, v)?))
}

fn two<'a>(args: &Args<'a>) -> PyResult<(&'a Value, &'a Value)> {
    match args.pos() {
        [a, b] => Ok((a, b)),
        p => bail!(
            TypeError,
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        ),
    }
}

fn object_eq(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args)?;
    Ok(if a.is(b) {
        Value::Bool(true)
    } else {
        types().not_implemented.clone()
    })
}

fn object_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args)?;
    // `__ne__` inverts `__eq__` unless that returns NotImplemented.
    let ty = type_of(a);
    let r = match lookup(&ty, "__eq__") {
        Some(eq) if !is_object_method(&eq) => {
            let bound = ops::attr::bind(vm, eq, a, &ty)?;
            vm.call(&bound, Args::new(std::slice::from_ref(b)))?
        }
        _ => {
            if a.is(b) {
                Value::Bool(true)
            } else {
                types().not_implemented.clone()
            }
        }
    };
    if ops::is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!ops::truthy(vm, &r)?))
}

fn object_not_implemented(_vm: &Vm, args: Args) -> PyResult<Value> {
    two(&args)?;
    Ok(types().not_implemented.clone())
}

fn object_hash(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "object", "__hash__")?;
    Ok(Value::Int(crate::hash::hash_pointer(
        v.obj().map(|o| o.addr()).unwrap_or(0),
    )))
}

fn object_format(vm: &Vm, args: Args) -> PyResult<Value> {
    let (v, spec) = two(&args)?;
    let Some(spec) = as_str(spec) else {
        bail!(
            TypeError,
            "__format__() argument must be str, not {}",
            type_name(spec)
        );
    };
    if !spec.is_empty() {
        bail!(
            TypeError,
            "unsupported format string passed to {}.__format__",
            type_name(v)
        );
    }
    Ok(from_string(ops::str_(vm, v)?))
}

fn attr_name(v: &Value) -> PyResult<&str> {
    as_str(v).ok_or_else(|| {
        py_err!(
            TypeError,
            "attribute name must be string, not '{}'",
            type_name(v)
        )
    })
}

fn object_setattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let [obj, name, value] = p else {
        bail!(
            TypeError,
            "expected 2 arguments, got {}",
            p.len().saturating_sub(1)
        );
    };
    ops::attr::generic_setattr(vm, obj, attr_name(name)?, value.clone())?;
    Ok(Value::None)
}

fn object_getattribute(vm: &Vm, args: Args) -> PyResult<Value> {
    let (obj, name) = two(&args)?;
    let name = attr_name(name)?;
    match ops::attr::generic_getattr(vm, obj, name)? {
        Some(v) => Ok(v),
        None => bail!(
            AttributeError,
            "'{}' object has no attribute '{}'",
            type_name(obj),
            name
        ),
    }
}

fn object_delattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let (obj, name) = two(&args)?;
    ops::attr::generic_delattr(vm, obj, attr_name(name)?)?;
    Ok(Value::None)
}

/// `object.__init_subclass__()`: accepts no keyword arguments.
fn object_init_subclass(_vm: &Vm, args: Args) -> PyResult<Value> {
    if args.pos().len() > 1 {
        bail!(
            TypeError,
            "object.__init_subclass__() takes no arguments ({} given)",
            args.pos().len() - 1
        );
    }
    if args.has_kwargs() {
        let name = args
            .pos()
            .first()
            .and_then(|c| c.obj().and_then(as_type).map(|t| t.name()))
            .unwrap_or_else(|| "object".into());
        bail!(
            TypeError,
            "{}.__init_subclass__() takes no keyword arguments",
            name
        );
    }
    Ok(Value::None)
}

fn object_subclasshook(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(types().not_implemented.clone())
}

fn object_dir(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "object", "__dir__")?;
    let f = vm
        .builtin("dir")
        .ok_or_else(|| py_err!(SystemError, "dir"))?;
    vm.call(&f, Args::new(std::slice::from_ref(v)))
}

/// `dir(v)` when the class of `v` defines `__dir__` in Python: its result as a sorted list.
pub fn dir_override(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(r) = vm.call_special_if_python(v, "__dir__", &[])? else {
        return Ok(None);
    };
    let items = crate::builtins::collect(vm, &r)?;
    let l = new_list(items);
    let sort = ops::attr::getattr(vm, &l, "sort")?;
    vm.call(&sort, Args::new(&[]))?;
    Ok(Some(l))
}

/// The names `dir(v)` lists besides the attribute tables: `__class__` (a descriptor of
/// `object` in CPython) and `__dict__`/`__weakref__` of classes whose instances have a dict.
pub fn implicit_dir_names(v: &Value) -> Vec<String> {
    if matches!(v.raw_payload(), Some(Payload::Module(_))) {
        return Vec::new();
    }
    let mut names = vec!["__class__".to_string()];
    let ty = match v.raw_payload() {
        Some(Payload::Type(_)) => v.obj().cloned(),
        _ => Some(type_of(v)),
    };
    let has_dict = ty.as_ref().and_then(as_type).is_some_and(|t| {
        t.mro
            .read()
            .iter()
            .filter_map(as_type)
            .any(|b| !b.is_builtin() && b.has_dict)
    });
    if has_dict {
        names.push("__dict__".to_string());
        names.push("__weakref__".to_string());
    }
    names
}

fn object_sizeof(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(16))
}

pub fn object_methods() -> Methods {
    vec![
        ("__init__", object_init),
        ("__new__", object_new),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__lt__", object_not_implemented),
        ("__le__", object_not_implemented),
        ("__gt__", object_not_implemented),
        ("__ge__", object_not_implemented),
        ("__hash__", object_hash),
        ("__format__", object_format),
        ("__setattr__", object_setattr),
        ("__getattribute__", object_getattribute),
        ("__delattr__", object_delattr),
        ("__init_subclass__", object_init_subclass),
        ("__subclasshook__", object_subclasshook),
        ("__dir__", object_dir),
        ("__sizeof__", object_sizeof),
    ]
}

fn type_arg<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a Value> {
    let t = this(args, "type", method)?;
    if t.obj().and_then(as_type).is_none() {
        bail!(
            TypeError,
            "descriptor '{}' for 'type' objects doesn't apply to a '{}' object",
            method,
            type_name(t)
        );
    }
    Ok(t)
}

fn type_mro(_vm: &Vm, args: Args) -> PyResult<Value> {
    let t = type_arg(&args, "mro")?;
    let tt = t
        .obj()
        .and_then(as_type)
        .ok_or_else(|| py_err!(SystemError, "type"))?;
    Ok(new_list(
        tt.mro.read().iter().cloned().map(Value::Obj).collect(),
    ))
}

fn type_subclasses(_vm: &Vm, args: Args) -> PyResult<Value> {
    let t = type_arg(&args, "__subclasses__")?;
    let tt = t
        .obj()
        .and_then(as_type)
        .ok_or_else(|| py_err!(SystemError, "type"))?;
    if args.values.len() > 1 {
        bail!(
            TypeError,
            "{}.__subclasses__() takes no arguments ({} given)",
            tt.name(),
            args.values.len() - 1
        );
    }
    Ok(new_list(
        tt.subclass_list().into_iter().map(Value::Obj).collect(),
    ))
}

fn type_instancecheck(vm: &Vm, args: Args) -> PyResult<Value> {
    let (cls, obj) = two(&args)?;
    let c = cls
        .obj()
        .ok_or_else(|| py_err!(TypeError, "type expected"))?;
    let _ = vm;
    Ok(Value::Bool(typeobj::is_subtype(&type_of(obj), c)))
}

fn type_subclasscheck(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (cls, sub) = two(&args)?;
    let c = cls
        .obj()
        .ok_or_else(|| py_err!(TypeError, "type expected"))?;
    let Some(s) = sub.obj().filter(|o| as_type(o).is_some()) else {
        bail!(TypeError, "issubclass() arg 1 must be a class");
    };
    Ok(Value::Bool(typeobj::is_subtype(s, c)))
}

fn type_prepare(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(crate::types::dict::new_dict())
}

/// `type.__new__(meta, name, bases, ns, **kwds)`.
fn type_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(meta) = p
        .first()
        .and_then(|m| m.obj())
        .filter(|m| as_type(m).is_some())
    else {
        bail!(
            TypeError,
            "type.__new__(X): X is not a type object ({})",
            p.first()
                .map(type_name)
                .unwrap_or_else(|| "NoneType".into())
        );
    };
    if !typeobj::is_subtype(meta, &types().type_) {
        let n = as_type(meta).map(|t| t.name()).unwrap_or_default();
        bail!(TypeError, "type.__new__({n}): {n} is not a subtype of type");
    }
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    match p.len() {
        2 if is_type_type(meta) => Ok(Value::Obj(type_of(&p[1]))),
        4 => crate::builtins::class::type_three_args(vm, meta, rest),
        _ => bail!(
            TypeError,
            "type.__new__() takes exactly 3 arguments ({} given)",
            p.len() - 1
        ),
    }
}

fn is_type_type(o: &crate::value::ObjRef) -> bool {
    crate::value::ObjRef::ptr_eq(o, &types().type_)
}

/// `type.__init__(cls, ...)`: nothing to do (type.__new__ did the work).
fn type_init(_vm: &Vm, args: Args) -> PyResult<Value> {
    let n = args.pos().len();
    if n != 2 && n != 4 {
        bail!(TypeError, "type.__init__() takes 1 or 3 arguments");
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kwargs)`.
fn type_call(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = type_arg(&args, "__call__")?;
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let c = cls.obj().ok_or_else(|| py_err!(SystemError, "type"))?;
    let t = as_type(c).ok_or_else(|| py_err!(SystemError, "type"))?;
    if t.is_builtin() {
        return crate::builtins::construct::call_type(vm, cls, rest);
    }
    crate::builtins::class::type_call(vm, cls, c, t, rest)
}

fn type_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = type_arg(&args, "__repr__")?;
    Ok(from_string(ops::repr::type_repr(vm, t)?))
}

fn type_dir(vm: &Vm, args: Args) -> PyResult<Value> {
    object_dir(vm, args)
}

pub fn type_methods() -> Methods {
    vec![
        ("mro", type_mro),
        ("__subclasses__", type_subclasses),
        ("__instancecheck__", type_instancecheck),
        ("__subclasscheck__", type_subclasscheck),
        ("__prepare__", type_prepare),
        ("__new__", type_new),
        ("__init__", type_init),
        ("__call__", type_call),
        ("__repr__", type_repr),
        ("__dir__", type_dir),
    ]
}
