//! Methods and attributes of the built-in exception types: construction (the `__new__` and
//! `__init__` of each kind: OSError's errno → subclass choice, exception-group checks, the
//! keyword arguments of ImportError/AttributeError/NameError, SyntaxError's location tuple, the
//! five arguments of UnicodeDecodeError...), `str()`/`repr()` of each kind, `add_note`,
//! `with_traceback`, attribute get/set/delete, and the exception-group operations (`split`,
//! `subgroup`, `derive`).

use super::list::this;
use super::Methods;
use crate::error::{PyErr, PyResult};
use crate::object::Payload;
use crate::types::exceptions::{
    as_exc, builtin_kind, field_names, new_exception_raw, oserror_subclass_for, ExcKind, ExcObj,
};
use crate::types::function::{Args, NativeFn};
use crate::types::str::{as_str, from_string, new_str};
use crate::types::tuple::new_tuple;
use crate::types::typeobj::{as_type, is_subtype, lookup};
use crate::types::{type_name, type_of, types};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::{bail, py_err};
use std::sync::atomic::Ordering;

// ---------------------------------------------------------------------------------------------
// Helpers

/// `self` of an exception method, or CPython's descriptor TypeError.
fn exc_self<'a>(args: &Args<'a>, ty: &str, method: &str) -> PyResult<(&'a Value, &'a ExcObj)> {
    let v = this(args, ty, method)?;
    match v.obj().and_then(as_exc) {
        Some(e) => Ok((v, e)),
        None if method.starts_with("__") => bail!(
            TypeError,
            "descriptor '{}' requires a '{}' object but received a '{}'",
            method,
            ty,
            type_name(v)
        ),
        None => bail!(
            TypeError,
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            method,
            ty,
            type_name(v)
        ),
    }
}

/// The arguments after `self`.
fn rest<'a>(args: &Args<'a>) -> &'a [Value] {
    let p = args.pos();
    &p[1.min(p.len())..]
}

/// Is `v` a str (or an instance of a subclass of str)?
fn is_str(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Str(_)))
}

fn is_exc_instance(v: &Value) -> bool {
    v.obj().and_then(as_exc).is_some()
}

fn is_exc_class(v: &Value) -> bool {
    match v.obj() {
        Some(o) if matches!(o.payload, Payload::Type(_)) => {
            is_subtype(o, types().exc(ExcKind::BaseException))
        }
        _ => false,
    }
}

fn class_name(class: &ObjRef) -> String {
    as_type(class)
        .map(|t| t.name().to_string())
        .unwrap_or_else(|| "BaseException".into())
}

/// Keyword arguments are not accepted: "`Name`() takes no keyword arguments".
fn no_kwargs(args: &Args, class: &ObjRef) -> PyResult<()> {
    if args.has_kwargs() {
        bail!(
            TypeError,
            "{}() takes no keyword arguments",
            class_name(class)
        );
    }
    Ok(())
}

/// Only the keywords in `allowed` ("`fname`() got an unexpected keyword argument 'x'").
fn kw_fields(args: &Args, fname: &str, allowed: &[&'static str], e: &ExcObj) -> PyResult<()> {
    args.only_kwargs(fname, allowed)?;
    for k in allowed {
        e.set_field(k, args.kw(k).cloned().unwrap_or(Value::None));
    }
    Ok(())
}

fn set_args(e: &ExcObj, items: &[Value]) {
    *e.args.write() = new_tuple(items.to_vec());
}

/// A field's value, `None` when unset (also looks at the attribute dict, where some of the
/// interpreter's own error constructors store `name`/`msg`/`value`).
fn field_or_none(e: &ExcObj, name: &str) -> Value {
    e.field(name)
        .or_else(|| crate::types::dict::dict_get_str(&e.dict, name))
        .unwrap_or(Value::None)
}

// ---------------------------------------------------------------------------------------------
// Construction

/// Is `__init__` of `class` a Python function (a subclass that overrides it)?
fn init_overridden(class: &ObjRef) -> bool {
    matches!(
        lookup(class, "__init__").as_ref().and_then(|v| v.payload()),
        Some(Payload::Function(_))
    )
}

/// `cls(*args, **kwargs)` for an exception class: `__new__` of the class's built-in kind, then
/// (when `run_init`) its built-in `__init__`. Callers run a Python `__init__` themselves.
pub fn construct(vm: &Vm, cls: &ObjRef, args: &Args, run_init: bool) -> PyResult<Value> {
    let inst = exc_new_impl(vm, cls, args, !run_init)?;
    if run_init {
        let ty = type_of(&inst);
        if let Some(init) = lookup(&ty, "__init__") {
            if let Some(Payload::Builtin(b)) = init.payload() {
                // BaseException.__init__ would only store the positional arguments again.
                if !args.has_kwargs() && std::ptr::fn_addr_eq(b.func, base_init as NativeFn) {
                    return Ok(inst);
                }
                let mut v = Vec::with_capacity(args.values.len() + 1);
                v.push(inst.clone());
                v.extend(args.values.iter().cloned());
                (b.func)(
                    vm,
                    Args {
                        values: &v,
                        kwnames: args.kwnames,
                    },
                )?;
            }
        }
    }
    Ok(inst)
}

/// `BaseException.__new__(cls, *args)` and the `__new__` of the kinds that have their own.
fn exc_new_impl(vm: &Vm, cls: &ObjRef, args: &Args, user_init: bool) -> PyResult<Value> {
    let is = |k: ExcKind| is_subtype(cls, types().exc(k));
    if is(ExcKind::BaseExceptionGroup) {
        return eg_new(vm, cls, args);
    }
    if is(ExcKind::OSError) {
        return oserror_new(cls, args, user_init);
    }
    Ok(Value::Obj(new_exception_raw(
        cls.clone(),
        args.pos().to_vec(),
    )))
}

fn exc_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos().first() else {
        bail!(TypeError, "BaseException.__new__(): not enough arguments");
    };
    let Some(c) = cls.obj().filter(|_| is_exc_class(cls)) else {
        bail!(
            TypeError,
            "BaseException.__new__(X): X is not a type object ({})",
            type_name(cls)
        );
    };
    let values = &args.values[1..];
    let inner = Args {
        values,
        kwnames: args.kwnames,
    };
    exc_new_impl(vm, c, &inner, init_overridden(c))
}

/// Parse OSError's `(errno, strerror[, filename[, winerror[, filename2]]])` into `e`; returns
/// whether `args` keeps only `(errno, strerror)`.
fn oserror_parse(e: &ExcObj, exact_blocking: bool, p: &[Value]) -> bool {
    if !(2..=5).contains(&p.len()) {
        return false;
    }
    e.set_field("errno", p[0].clone());
    e.set_field("strerror", p[1].clone());
    match p.get(2) {
        Some(f) if !f.is_none() => {
            if exact_blocking && matches!(f, Value::Int(_) | Value::Bool(_)) {
                e.set_field("characters_written", f.clone());
                false
            } else {
                e.set_field("filename", f.clone());
                if let Some(f2) = p.get(4) {
                    e.set_field("filename2", f2.clone());
                }
                true
            }
        }
        _ => false,
    }
}

fn oserror_new(cls: &ObjRef, args: &Args, user_init: bool) -> PyResult<Value> {
    if user_init {
        return Ok(Value::Obj(new_exception_raw(cls.clone(), Vec::new())));
    }
    no_kwargs(args, cls)?;
    let p = args.pos();
    let mut class = cls.clone();
    if ObjRef::ptr_eq(cls, types().exc(ExcKind::OSError)) && (2..=5).contains(&p.len()) {
        let errno = match &p[0] {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            _ => None,
        };
        if let Some(k) = errno.and_then(oserror_subclass_for) {
            class = types().exc(k).clone();
        }
    }
    let exact_blocking = ObjRef::ptr_eq(&class, types().exc(ExcKind::BlockingIOError));
    let o = new_exception_raw(class, p.to_vec());
    if let Some(e) = as_exc(&o) {
        if oserror_parse(e, exact_blocking, p) {
            set_args(e, &p[..2]);
        }
    }
    Ok(Value::Obj(o))
}

/// Is `v` a sequence for `BaseExceptionGroup` (CPython's `PySequence_Check`)?
fn is_sequence(v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Range(_)
            | Payload::Str(_)
            | Payload::Bytes(_),
        ) => true,
        Some(Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_)) => false,
        _ => lookup(&type_of(v), "__getitem__").is_some(),
    }
}

fn eg_new(vm: &Vm, cls: &ObjRef, args: &Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        bail!(
            TypeError,
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            p.len()
        );
    }
    let message = &p[0];
    if !is_str(message) {
        bail!(
            TypeError,
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name(message)
        );
    }
    if !is_sequence(&p[1]) {
        bail!(TypeError, "second argument (exceptions) must be a sequence");
    }
    let excs = crate::builtins::collect(vm, &p[1])?;
    if excs.is_empty() {
        bail!(
            ValueError,
            "second argument (exceptions) must be a non-empty sequence"
        );
    }
    let mut nested_base = false;
    for (i, x) in excs.iter().enumerate() {
        match x.obj().and_then(as_exc) {
            Some(e) => {
                if !e.is(ExcKind::Exception) {
                    nested_base = true;
                }
            }
            None => bail!(
                ValueError,
                "Item {} of second argument (exceptions) is not an exception",
                i
            ),
        }
    }
    let beg = types().exc(ExcKind::BaseExceptionGroup);
    let eg = types().exc(ExcKind::ExceptionGroup);
    let class = if ObjRef::ptr_eq(cls, beg) {
        if nested_base {
            cls.clone()
        } else {
            eg.clone()
        }
    } else if ObjRef::ptr_eq(cls, eg) {
        if nested_base {
            bail!(TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        }
        cls.clone()
    } else {
        if nested_base && is_subtype(cls, types().exc(ExcKind::Exception)) {
            bail!(
                TypeError,
                "Cannot nest BaseExceptions in '{}'",
                class_name(cls)
            );
        }
        cls.clone()
    };
    let o = new_exception_raw(class, p.to_vec());
    if let Some(e) = as_exc(&o) {
        e.set_field("message", message.clone());
        e.set_field("exceptions", new_tuple(excs));
    }
    Ok(Value::Obj(o))
}

/// Set the kind's fields of an exception created from Rust with positional `args` only, as the
/// kind's `__init__` would (malformed arguments leave the fields unset).
pub fn fill_fields(o: &ObjRef) {
    let Some(e) = as_exc(o) else { return };
    let a = e.args_vec();
    let kind = builtin_kind(&e.class);
    use ExcKind as K;
    // The nearest kind that has fields of its own.
    let mut group = kind;
    while !matches!(
        group,
        K::StopIteration
            | K::SystemExit
            | K::ImportError
            | K::OSError
            | K::SyntaxError
            | K::UnicodeDecodeError
            | K::UnicodeEncodeError
            | K::UnicodeTranslateError
            | K::BaseException
    ) {
        group = group.parent();
    }
    if group == K::BaseException {
        return;
    }
    let is = |k: ExcKind| group == k;
    if is(K::StopIteration) {
        e.set_field("value", a.first().cloned().unwrap_or(Value::None));
    } else if is(K::SystemExit) {
        e.set_field(
            "code",
            match a.len() {
                0 => Value::None,
                1 => a[0].clone(),
                _ => new_tuple(a.clone()),
            },
        );
    } else if is(K::ImportError) {
        if a.len() == 1 {
            e.set_field("msg", a[0].clone());
        }
    } else if is(K::OSError) {
        let exact_blocking = kind == K::BlockingIOError;
        if oserror_parse(e, exact_blocking, &a) {
            set_args(e, &a[..2]);
        }
    } else if is(K::SyntaxError) {
        if let Some(m) = a.first() {
            e.set_field("msg", m.clone());
        }
        if let (2, Some(Payload::Tuple(info))) = (a.len(), a.get(1).and_then(|v| v.payload())) {
            if (4..=6).contains(&info.len()) {
                let names = [
                    "filename",
                    "lineno",
                    "offset",
                    "text",
                    "end_lineno",
                    "end_offset",
                ];
                for (i, n) in names.iter().enumerate() {
                    e.set_field(n, info.get(i).cloned().unwrap_or(Value::None));
                }
            }
        }
    } else if is(K::UnicodeDecodeError) || is(K::UnicodeEncodeError) {
        let decode = is(K::UnicodeDecodeError);
        if a.len() == 5
            && as_str(&a[0]).is_some()
            && matches!(a[2], Value::Int(_))
            && matches!(a[3], Value::Int(_))
            && as_str(&a[4]).is_some()
        {
            let object = if decode {
                crate::types::methods::misc::bytes_like(&a[1])
                    .map(|b| Value::from_obj(Payload::Bytes(b.into_boxed_slice())))
            } else {
                as_str(&a[1]).map(|_| a[1].clone())
            };
            if let Some(obj) = object {
                e.set_field("encoding", a[0].clone());
                e.set_field("object", obj);
                e.set_field("start", a[2].clone());
                e.set_field("end", a[3].clone());
                e.set_field("reason", a[4].clone());
            }
        }
    } else if is(K::UnicodeTranslateError)
        && a.len() == 4
        && as_str(&a[0]).is_some()
        && matches!(a[1], Value::Int(_))
        && matches!(a[2], Value::Int(_))
        && as_str(&a[3]).is_some()
    {
        e.set_field("object", a[0].clone());
        e.set_field("start", a[1].clone());
        e.set_field("end", a[2].clone());
        e.set_field("reason", a[3].clone());
    }
}

// ---------------------------------------------------------------------------------------------
// __init__ of each kind

fn base_init(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "BaseException", "__init__")?;
    no_kwargs(&args, &e.class)?;
    set_args(e, rest(&args));
    Ok(Value::None)
}

fn stopiteration_init(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "StopIteration", "__init__")?;
    no_kwargs(&args, &e.class)?;
    let r = rest(&args);
    set_args(e, r);
    e.set_field("value", r.first().cloned().unwrap_or(Value::None));
    Ok(Value::None)
}

fn systemexit_init(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "SystemExit", "__init__")?;
    no_kwargs(&args, &e.class)?;
    let r = rest(&args);
    set_args(e, r);
    e.set_field(
        "code",
        match r.len() {
            0 => Value::None,
            1 => r[0].clone(),
            _ => new_tuple(r.to_vec()),
        },
    );
    Ok(Value::None)
}

fn importerror_init(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "ImportError", "__init__")?;
    kw_fields(&args, "ImportError", &["name", "path", "name_from"], e)?;
    let r = rest(&args);
    set_args(e, r);
    e.set_field(
        "msg",
        if r.len() == 1 {
            r[0].clone()
        } else {
            Value::None
        },
    );
    Ok(Value::None)
}

fn attributeerror_init(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "AttributeError", "__init__")?;
    kw_fields(&args, "AttributeError", &["name", "obj"], e)?;
    set_args(e, rest(&args));
    Ok(Value::None)
}

fn nameerror_init(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "NameError", "__init__")?;
    kw_fields(&args, "NameError", &["name"], e)?;
    set_args(e, rest(&args));
    Ok(Value::None)
}

fn oserror_init(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "OSError", "__init__")?;
    // The arguments were parsed by __new__ unless a subclass overrides __init__.
    if !init_overridden(&e.class) {
        return Ok(Value::None);
    }
    no_kwargs(&args, &e.class)?;
    let r = rest(&args);
    set_args(e, r);
    let exact_blocking = ObjRef::ptr_eq(&e.class, types().exc(ExcKind::BlockingIOError));
    if oserror_parse(e, exact_blocking, r) {
        set_args(e, &r[..2]);
    }
    Ok(Value::None)
}

fn syntaxerror_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "SyntaxError", "__init__")?;
    no_kwargs(&args, &e.class)?;
    let r = rest(&args);
    set_args(e, r);
    if let Some(m) = r.first() {
        e.set_field("msg", m.clone());
    }
    if r.len() == 2 {
        let info = crate::builtins::collect(vm, &r[1])?;
        if info.len() < 4 {
            bail!(
                TypeError,
                "function takes at least 4 arguments ({} given)",
                info.len()
            );
        }
        if info.len() > 6 {
            bail!(
                TypeError,
                "function takes at most 6 arguments ({} given)",
                info.len()
            );
        }
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (i, n) in names.iter().enumerate() {
            e.set_field(n, info.get(i).cloned().unwrap_or(Value::None));
        }
    }
    Ok(Value::None)
}

fn want_str(v: &Value, i: usize) -> PyResult<()> {
    if as_str(v).is_none() {
        bail!(
            TypeError,
            "argument {} must be str, not {}",
            i,
            type_name(v)
        );
    }
    Ok(())
}

fn want_index(v: &Value) -> PyResult<Value> {
    crate::ops::index_of(v).map(Value::Int)
}

fn unicode_args(args: &Args, n: usize) -> PyResult<Vec<Value>> {
    let r = rest(args).to_vec();
    if r.len() != n {
        bail!(
            TypeError,
            "function takes exactly {} arguments ({} given)",
            n,
            r.len()
        );
    }
    Ok(r)
}

fn unicodedecode_init(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "UnicodeDecodeError", "__init__")?;
    no_kwargs(&args, &e.class)?;
    set_args(e, rest(&args));
    let r = unicode_args(&args, 5)?;
    want_str(&r[0], 1)?;
    let Some(bytes) = crate::types::methods::misc::bytes_like(&r[1]) else {
        bail!(
            TypeError,
            "a bytes-like object is required, not '{}'",
            type_name(&r[1])
        );
    };
    let start = want_index(&r[2])?;
    let end = want_index(&r[3])?;
    want_str(&r[4], 5)?;
    e.set_field("encoding", r[0].clone());
    e.set_field(
        "object",
        Value::from_obj(Payload::Bytes(bytes.into_boxed_slice())),
    );
    e.set_field("start", start);
    e.set_field("end", end);
    e.set_field("reason", r[4].clone());
    Ok(Value::None)
}

fn unicodeencode_init(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "UnicodeEncodeError", "__init__")?;
    no_kwargs(&args, &e.class)?;
    set_args(e, rest(&args));
    let r = unicode_args(&args, 5)?;
    want_str(&r[0], 1)?;
    want_str(&r[1], 2)?;
    let start = want_index(&r[2])?;
    let end = want_index(&r[3])?;
    want_str(&r[4], 5)?;
    e.set_field("encoding", r[0].clone());
    e.set_field("object", r[1].clone());
    e.set_field("start", start);
    e.set_field("end", end);
    e.set_field("reason", r[4].clone());
    Ok(Value::None)
}

fn unicodetranslate_init(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "UnicodeTranslateError", "__init__")?;
    no_kwargs(&args, &e.class)?;
    set_args(e, rest(&args));
    let r = unicode_args(&args, 4)?;
    want_str(&r[0], 1)?;
    let start = want_index(&r[1])?;
    let end = want_index(&r[2])?;
    want_str(&r[3], 4)?;
    e.set_field("object", r[0].clone());
    e.set_field("start", start);
    e.set_field("end", end);
    e.set_field("reason", r[3].clone());
    Ok(Value::None)
}

fn eg_init(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "BaseExceptionGroup", "__init__")?;
    no_kwargs(&args, &e.class)?;
    set_args(e, rest(&args));
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------------
// str() and repr()

/// `BaseException.__str__`: '' / str(arg) / repr(args).
fn base_str_of(vm: &Vm, e: &ExcObj) -> PyResult<String> {
    let a = e.args_vec();
    match a.len() {
        0 => Ok(String::new()),
        1 => crate::ops::str_(vm, &a[0]),
        _ => crate::ops::repr(vm, &new_tuple(a)),
    }
}

fn base_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "BaseException", "__str__")?;
    Ok(from_string(base_str_of(vm, e)?))
}

fn keyerror_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "KeyError", "__str__")?;
    let a = e.args_vec();
    if a.len() == 1 {
        return Ok(from_string(crate::ops::repr(vm, &a[0])?));
    }
    Ok(from_string(base_str_of(vm, e)?))
}

fn oserror_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "OSError", "__str__")?;
    let errno = e.field("errno");
    let strerror = e.field("strerror");
    let filename = e.field("filename").filter(|v| !v.is_none());
    let filename2 = e.field("filename2").filter(|v| !v.is_none());
    let s = |v: &Option<Value>| -> PyResult<String> {
        crate::ops::str_(vm, v.as_ref().unwrap_or(&Value::None))
    };
    if let Some(f) = &filename {
        let base = format!(
            "[Errno {}] {}: {}",
            s(&errno)?,
            s(&strerror)?,
            crate::ops::repr(vm, f)?
        );
        return Ok(from_string(match &filename2 {
            Some(f2) => format!("{base} -> {}", crate::ops::repr(vm, f2)?),
            None => base,
        }));
    }
    if errno.is_some() && strerror.is_some() {
        return Ok(from_string(format!(
            "[Errno {}] {}",
            s(&errno)?,
            s(&strerror)?
        )));
    }
    Ok(from_string(base_str_of(vm, e)?))
}

fn importerror_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "ImportError", "__str__")?;
    let msg = field_or_none(e, "msg");
    if as_str(&msg).is_some() {
        return Ok(msg);
    }
    Ok(from_string(base_str_of(vm, e)?))
}

fn syntaxerror_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "SyntaxError", "__str__")?;
    let msg = crate::ops::str_(vm, &field_or_none(e, "msg"))?;
    let filename = field_or_none(e, "filename");
    let filename = as_str(&filename).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    let lineno = match field_or_none(e, "lineno") {
        Value::Int(i) => Some(i),
        _ => None,
    };
    Ok(from_string(match (filename, lineno) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    }))
}

fn int_field(e: &ExcObj, name: &str) -> i64 {
    match e.field(name) {
        Some(Value::Int(i)) => i,
        _ => 0,
    }
}

/// `'\xe9'`, `'\u1234'`, `'\U0001f600'`: how the Unicode errors show one character.
fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

fn unicodedecode_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "UnicodeDecodeError", "__str__")?;
    let Some(obj) = e.field("object") else {
        return Ok(new_str(""));
    };
    let encoding = crate::ops::str_(vm, &field_or_none(e, "encoding"))?;
    let reason = crate::ops::str_(vm, &field_or_none(e, "reason"))?;
    let (start, end) = (int_field(e, "start"), int_field(e, "end"));
    let bytes = crate::types::methods::misc::bytes_like(&obj).unwrap_or_default();
    if start >= 0 && (start as usize) < bytes.len() && end == start + 1 {
        let b = bytes[start as usize];
        return Ok(from_string(format!(
            "'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
        )));
    }
    Ok(from_string(format!(
        "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
        end - 1
    )))
}

/// `str()` of UnicodeEncodeError and UnicodeTranslateError: one character or a range of
/// positions in the `object` string. `what` is "'utf-8' codec can't encode" or "can't
/// translate".
fn char_position_str(
    vm: &Vm,
    args: &Args,
    kind: &str,
    what: impl Fn(&Vm, &ExcObj) -> PyResult<String>,
) -> PyResult<Value> {
    let (_, e) = exc_self(args, kind, "__str__")?;
    let Some(obj) = e.field("object") else {
        return Ok(new_str(""));
    };
    let what = what(vm, e)?;
    let reason = crate::ops::str_(vm, &field_or_none(e, "reason"))?;
    let (start, end) = (int_field(e, "start"), int_field(e, "end"));
    let chars: Vec<char> = as_str(&obj).unwrap_or("").chars().collect();
    if start >= 0 && (start as usize) < chars.len() && end == start + 1 {
        return Ok(from_string(format!(
            "{what} character '{}' in position {start}: {reason}",
            escape_char(chars[start as usize])
        )));
    }
    Ok(from_string(format!(
        "{what} characters in position {start}-{}: {reason}",
        end - 1
    )))
}

fn unicodeencode_str(vm: &Vm, args: Args) -> PyResult<Value> {
    char_position_str(vm, &args, "UnicodeEncodeError", |vm, e| {
        let encoding = crate::ops::str_(vm, &field_or_none(e, "encoding"))?;
        Ok(format!("'{encoding}' codec can't encode"))
    })
}

fn unicodetranslate_str(vm: &Vm, args: Args) -> PyResult<Value> {
    char_position_str(vm, &args, "UnicodeTranslateError", |_, _| {
        Ok("can't translate".to_string())
    })
}

fn eg_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "BaseExceptionGroup", "__str__")?;
    let msg = crate::ops::str_(vm, &field_or_none(e, "message"))?;
    let n = match e.field("exceptions") {
        Some(t) => crate::types::tuple::as_tuple(&t)
            .map(|t| t.len())
            .unwrap_or(0),
        None => 0,
    };
    Ok(from_string(format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    )))
}

fn base_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "BaseException", "__repr__")?;
    let name = class_name(&e.class);
    let a = e.args_vec();
    let inner = if a.len() == 1 {
        crate::ops::repr(vm, &a[0])?
    } else {
        let parts: PyResult<Vec<String>> = a.iter().map(|v| crate::ops::repr(vm, v)).collect();
        parts?.join(", ")
    };
    Ok(from_string(format!("{name}({inner})")))
}

/// Call the `__str__`/`__repr__` an exception's class has (Python override or built-in kind).
fn call_slot(vm: &Vm, v: &Value, name: &str, fallback: NativeFn) -> PyResult<String> {
    let f = lookup(&type_of(v), name);
    let r = match f.as_ref().and_then(|f| f.payload()) {
        Some(Payload::Builtin(b)) => (b.func)(vm, Args::new(std::slice::from_ref(v)))?,
        Some(_) => match f {
            Some(f) => vm.call(&f, Args::new(std::slice::from_ref(v)))?,
            None => fallback(vm, Args::new(std::slice::from_ref(v)))?,
        },
        None => fallback(vm, Args::new(std::slice::from_ref(v)))?,
    };
    match as_str(&r) {
        Some(s) => Ok(s.to_string()),
        None => bail!(
            TypeError,
            "{} returned non-string (type {})",
            name,
            type_name(&r)
        ),
    }
}

/// `str(exc)`.
pub fn str_of(vm: &Vm, v: &Value) -> PyResult<String> {
    call_slot(vm, v, "__str__", base_str)
}

/// `repr(exc)`.
pub fn repr_of(vm: &Vm, v: &Value) -> PyResult<String> {
    call_slot(vm, v, "__repr__", base_repr)
}

// ---------------------------------------------------------------------------------------------
// Other methods of BaseException

fn with_traceback(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (v, e) = exc_self(&args, "BaseException", "with_traceback")?;
    let r = rest(&args);
    if r.len() != 1 {
        bail!(
            TypeError,
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            r.len()
        );
    }
    set_traceback(e, &r[0])?;
    Ok(v.clone())
}

/// `exc.__traceback__ = tb` (None or a traceback object).
fn set_traceback(e: &ExcObj, tb: &Value) -> PyResult<()> {
    if tb.is_none() {
        e.traceback.lock().clear();
        return Ok(());
    }
    match crate::interp::traceback::traceback_entries(tb) {
        Some(entries) => {
            *e.traceback.lock() = entries;
            Ok(())
        }
        None => bail!(TypeError, "__traceback__ must be a traceback or None"),
    }
}

fn add_note(vm: &Vm, args: Args) -> PyResult<Value> {
    let (v, e) = exc_self(&args, "BaseException", "add_note")?;
    let r = rest(&args);
    if r.len() != 1 || args.has_kwargs() {
        bail!(
            TypeError,
            "BaseException.add_note() takes exactly one argument ({} given)",
            r.len()
        );
    }
    let note = &r[0];
    if !is_str(note) {
        bail!(TypeError, "note must be a str, not '{}'", type_name(note));
    }
    match crate::ops::attr::getattr_opt(vm, v, "__notes__")? {
        Some(n) => match n.payload() {
            Some(Payload::List(l)) => l.push(note.clone()),
            _ => bail!(TypeError, "Cannot add note: __notes__ is not a list"),
        },
        None => {
            if let Payload::Dict(d) = &e.dict.payload {
                d.set_str(
                    "__notes__",
                    crate::types::list::new_list(vec![note.clone()]),
                );
            }
        }
    }
    Ok(Value::None)
}

fn reduce(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "BaseException", "__reduce__")?;
    let cls = Value::Obj(e.class.clone());
    let a = e.args.read().clone();
    let empty = match &e.dict.payload {
        Payload::Dict(d) => d.keys().is_empty(),
        _ => true,
    };
    Ok(if empty {
        new_tuple(vec![cls, a])
    } else {
        new_tuple(vec![cls, a, Value::Obj(e.dict.clone())])
    })
}

fn setstate(vm: &Vm, args: Args) -> PyResult<Value> {
    let (v, _) = exc_self(&args, "BaseException", "__setstate__")?;
    let r = rest(&args);
    let Some(state) = r.first() else {
        bail!(
            TypeError,
            "__setstate__() takes exactly one argument (0 given)"
        );
    };
    if state.is_none() {
        return Ok(Value::None);
    }
    let Some(Payload::Dict(d)) = state.payload() else {
        bail!(TypeError, "state is not a dictionary");
    };
    for k in d.keys() {
        let Some(name) = as_str(&k) else { continue };
        if let Some(val) = d.get_str(name) {
            crate::ops::attr::setattr(vm, v, name, val)?;
        }
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------------
// Exception groups

enum Matcher {
    Types(Value),
    Predicate(Value),
}

fn matcher(v: &Value) -> PyResult<Matcher> {
    let is_type = matches!(v.payload(), Some(Payload::Type(_)));
    if !is_type && crate::builtins::construct::callable_value(v) {
        return Ok(Matcher::Predicate(v.clone()));
    }
    if is_exc_class(v) {
        return Ok(Matcher::Types(v.clone()));
    }
    if let Some(Payload::Tuple(t)) = v.raw_payload() {
        if t.iter().all(is_exc_class) {
            return Ok(Matcher::Types(v.clone()));
        }
    }
    bail!(
        TypeError,
        "expected an exception type, a tuple of exception types, or a callable (other than a class)"
    )
}

fn matches(vm: &Vm, exc: &Value, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => {
            let cls = type_of(exc);
            let one = |c: &Value| c.obj().is_some_and(|c| is_subtype(&cls, c));
            Ok(match t.raw_payload() {
                Some(Payload::Tuple(items)) => items.iter().any(one),
                _ => one(t),
            })
        }
        Matcher::Predicate(f) => {
            let r = vm.call(f, Args::new(std::slice::from_ref(exc)))?;
            crate::ops::truthy(vm, &r)
        }
    }
}

fn group_exceptions(e: &ExcObj) -> Vec<Value> {
    e.field("exceptions")
        .and_then(|t| crate::types::tuple::as_tuple(&t).map(|t| t.to_vec()))
        .unwrap_or_default()
}

/// A new group like `orig` holding `items` (through `orig.derive`), with its traceback, cause,
/// context and a copy of its notes; None when `items` is empty.
fn subset(vm: &Vm, orig: &Value, items: Vec<Value>) -> PyResult<Value> {
    if items.is_empty() {
        return Ok(Value::None);
    }
    let derive = crate::ops::attr::getattr(vm, orig, "derive")?;
    let eg = vm.call(&derive, Args::new(&[crate::types::list::new_list(items)]))?;
    let Some(ne) = eg
        .obj()
        .and_then(as_exc)
        .filter(|x| x.is(ExcKind::BaseExceptionGroup))
    else {
        bail!(
            TypeError,
            "derive must return an instance of BaseExceptionGroup"
        );
    };
    if let Some(oe) = orig.obj().and_then(as_exc) {
        *ne.traceback.lock() = oe.traceback.lock().clone();
        *ne.cause.write() = oe.cause.read().clone();
        *ne.context.write() = oe.context.read().clone();
    }
    if let Some(notes) = crate::ops::attr::getattr_opt(vm, orig, "__notes__")? {
        if is_sequence(&notes) {
            let copy = crate::types::list::new_list(crate::builtins::collect(vm, &notes)?);
            crate::ops::attr::setattr(vm, &eg, "__notes__", copy)?;
        }
    }
    Ok(eg)
}

/// Split `exc` by `m`: (matching part, rest) as exceptions or None.
fn split_rec(vm: &Vm, exc: &Value, m: &Matcher, want_rest: bool) -> PyResult<(Value, Value)> {
    if matches(vm, exc, m)? {
        return Ok((exc.clone(), Value::None));
    }
    let Some(e) = exc
        .obj()
        .and_then(as_exc)
        .filter(|x| x.is(ExcKind::BaseExceptionGroup))
    else {
        return Ok((
            Value::None,
            if want_rest { exc.clone() } else { Value::None },
        ));
    };
    let mut hit = Vec::new();
    let mut miss = Vec::new();
    for sub in group_exceptions(e) {
        vm.enter()?;
        let r = split_rec(vm, &sub, m, want_rest);
        vm.leave();
        let (a, b) = r?;
        if !a.is_none() {
            hit.push(a);
        }
        if !b.is_none() {
            miss.push(b);
        }
    }
    let a = subset(vm, exc, hit)?;
    let b = if want_rest {
        subset(vm, exc, miss)?
    } else {
        Value::None
    };
    Ok((a, b))
}

fn eg_split(vm: &Vm, args: Args) -> PyResult<Value> {
    let (v, _) = exc_self(&args, "BaseExceptionGroup", "split")?;
    let r = rest(&args);
    if r.len() != 1 || args.has_kwargs() {
        bail!(
            TypeError,
            "BaseExceptionGroup.split() takes exactly one argument ({} given)",
            r.len()
        );
    }
    let m = matcher(&r[0])?;
    let (a, b) = split_rec(vm, v, &m, true)?;
    Ok(new_tuple(vec![a, b]))
}

fn eg_subgroup(vm: &Vm, args: Args) -> PyResult<Value> {
    let (v, _) = exc_self(&args, "BaseExceptionGroup", "subgroup")?;
    let r = rest(&args);
    if r.len() != 1 || args.has_kwargs() {
        bail!(
            TypeError,
            "BaseExceptionGroup.subgroup() takes exactly one argument ({} given)",
            r.len()
        );
    }
    let m = matcher(&r[0])?;
    Ok(split_rec(vm, v, &m, false)?.0)
}

fn eg_derive(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e) = exc_self(&args, "BaseExceptionGroup", "derive")?;
    let r = rest(&args);
    if r.len() != 1 || args.has_kwargs() {
        bail!(
            TypeError,
            "BaseExceptionGroup.derive() takes exactly one argument ({} given)",
            r.len()
        );
    }
    let values = [field_or_none(e, "message"), r[0].clone()];
    construct(
        vm,
        types().exc(ExcKind::BaseExceptionGroup),
        &Args::new(&values),
        true,
    )
}

fn eg_class_getitem(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos().first().cloned().unwrap_or(Value::None))
}

/// Split an exception group from Rust (`except*`): `(match, rest)`.
pub fn split_group(vm: &Vm, eg: &Value, condition: &Value) -> PyResult<(Value, Value)> {
    let m = matcher(condition)?;
    split_rec(vm, eg, &m, true)
}

// ---------------------------------------------------------------------------------------------
// Method tables

pub fn methods() -> Methods {
    vec![
        ("__new__", exc_new),
        ("__init__", base_init),
        ("__str__", base_str),
        ("__repr__", base_repr),
        ("__reduce__", reduce),
        ("__setstate__", setstate),
        ("with_traceback", with_traceback),
        ("add_note", add_note),
    ]
}

/// The methods a built-in exception type defines itself (the rest it inherits).
pub fn kind_methods(kind: ExcKind) -> Methods {
    use ExcKind as K;
    match kind {
        K::StopIteration => vec![("__init__", stopiteration_init)],
        K::SystemExit => vec![("__init__", systemexit_init)],
        K::KeyError => vec![("__str__", keyerror_str)],
        K::ImportError => vec![("__init__", importerror_init), ("__str__", importerror_str)],
        K::AttributeError => vec![("__init__", attributeerror_init)],
        K::NameError => vec![("__init__", nameerror_init)],
        K::OSError => vec![("__init__", oserror_init), ("__str__", oserror_str)],
        K::SyntaxError => vec![("__init__", syntaxerror_init), ("__str__", syntaxerror_str)],
        K::UnicodeDecodeError => vec![
            ("__init__", unicodedecode_init),
            ("__str__", unicodedecode_str),
        ],
        K::UnicodeEncodeError => vec![
            ("__init__", unicodeencode_init),
            ("__str__", unicodeencode_str),
        ],
        K::UnicodeTranslateError => vec![
            ("__init__", unicodetranslate_init),
            ("__str__", unicodetranslate_str),
        ],
        K::BaseExceptionGroup => vec![
            ("__init__", eg_init),
            ("__str__", eg_str),
            ("split", eg_split),
            ("subgroup", eg_subgroup),
            ("derive", eg_derive),
            ("__class_getitem__", eg_class_getitem),
        ],
        _ => vec![],
    }
}

// ---------------------------------------------------------------------------------------------
// Attributes

/// `exc.name`: data descriptors of the class, the exception's own attributes (`args`,
/// `__cause__`..., the kind's fields, the attribute dict), then the class. Ok(None) when there
/// is no such attribute.
pub fn getattr(vm: &Vm, obj: &Value, e: &ExcObj, name: &str) -> PyResult<Option<Value>> {
    let cls = e.class.clone();
    let tattr = lookup(&cls, name);
    if let Some(a) = &tattr {
        if crate::ops::attr::is_data_descriptor(a) {
            return crate::ops::attr::bind(vm, a.clone(), obj, &cls).map(Some);
        }
    }
    match name {
        "args" => return Ok(Some(e.args.read().clone())),
        "__cause__" => return Ok(Some(e.cause.read().clone())),
        "__context__" => return Ok(Some(e.context.read().clone())),
        "__suppress_context__" => {
            return Ok(Some(Value::Bool(
                e.suppress_context.load(Ordering::Relaxed),
            )))
        }
        "__traceback__" => {
            return Ok(Some(if e.traceback.lock().is_empty() {
                Value::None
            } else {
                crate::interp::traceback::traceback_object(obj)
            }))
        }
        "__dict__" => return Ok(Some(Value::Obj(e.dict.clone()))),
        "__class__" => return Ok(Some(Value::Obj(cls))),
        _ => {}
    }
    let is_field = field_names(&cls).contains(&name);
    if is_field {
        if let Some(v) = e.field(name) {
            return Ok(Some(v));
        }
    }
    if let Some(v) = crate::types::dict::dict_get_str(&e.dict, name) {
        return Ok(Some(v));
    }
    if is_field {
        if name == "characters_written" {
            return Err(py_err!(AttributeError, "characters_written"));
        }
        return Ok(Some(Value::None));
    }
    match tattr {
        Some(a) => crate::ops::attr::bind(vm, a, obj, &cls).map(Some),
        None => Ok(None),
    }
}

fn check_exc_or_none(v: &Value, what: &str) -> PyResult<()> {
    if v.is_none() || is_exc_instance(v) {
        return Ok(());
    }
    bail!(
        TypeError,
        "exception {} must be None or derive from BaseException",
        what
    )
}

/// `exc.name = value` for the exception's own attributes; Ok(false) when `name` is an ordinary
/// attribute (the caller stores it through the class's descriptors or the attribute dict).
pub fn setattr_own(vm: &Vm, e: &ExcObj, name: &str, value: &Value) -> PyResult<bool> {
    match name {
        "__cause__" => {
            check_exc_or_none(value, "cause")?;
            *e.cause.write() = value.clone();
            e.suppress_context.store(true, Ordering::Relaxed);
        }
        "__context__" => {
            check_exc_or_none(value, "context")?;
            *e.context.write() = value.clone();
        }
        "__suppress_context__" => match value {
            Value::Bool(b) => e.suppress_context.store(*b, Ordering::Relaxed),
            _ => bail!(TypeError, "attribute value type must be bool"),
        },
        "args" => {
            let items = crate::builtins::collect(vm, value)?;
            *e.args.write() = new_tuple(items);
        }
        "__traceback__" => set_traceback(e, value)?,
        _ => {
            let names = field_names(&e.class);
            let Some(&n) = names.iter().find(|n| **n == name) else {
                return Ok(false);
            };
            if e.is(ExcKind::BaseExceptionGroup) {
                bail!(AttributeError, "readonly attribute");
            }
            if n == "characters_written" {
                let i = crate::ops::index_of(value)?;
                e.set_field(n, Value::Int(i));
            } else {
                e.set_field(n, value.clone());
            }
            // The interpreter's own constructors may have stored it in the dict: drop that copy.
            if let Payload::Dict(d) = &e.dict.payload {
                d.remove_str(name);
            }
        }
    }
    Ok(true)
}

/// `del exc.name`.
pub fn delattr(obj: &Value, e: &ExcObj, name: &str) -> PyResult<()> {
    match name {
        "args" | "__cause__" | "__context__" | "__traceback__" => {
            bail!(TypeError, "{} may not be deleted", name)
        }
        "__suppress_context__" => bail!(TypeError, "can't delete numeric/char attribute"),
        _ => {}
    }
    if field_names(&e.class).contains(&name) {
        if e.is(ExcKind::BaseExceptionGroup) {
            bail!(AttributeError, "readonly attribute");
        }
        let had = e.field(name).is_some();
        e.clear_field(name);
        if name == "characters_written" && !had {
            bail!(AttributeError, "characters_written");
        }
        if let Payload::Dict(d) = &e.dict.payload {
            d.remove_str(name);
        }
        return Ok(());
    }
    let removed = match &e.dict.payload {
        Payload::Dict(d) => d.remove_str(name).is_some(),
        _ => false,
    };
    if removed {
        return Ok(());
    }
    Err(py_err!(
        AttributeError,
        "'{}' object has no attribute '{}'",
        type_name(obj),
        name
    ))
}

/// An error from Rust code with a per-kind field set (`name` of NameError...).
pub fn with_field(err: PyErr, name: &'static str, value: Value) -> PyErr {
    if let Some(e) = as_exc(&err.0) {
        e.set_field(name, value);
    }
    err
}
