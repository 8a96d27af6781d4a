//! `_weakref`: weak references to instances of classes defined in Python.
//!
//! A weak reference does not keep its referent alive. The process-wide table [`WEAK`] maps the
//! address of every weakly referenced object to the references to it; the object carries the
//! [`RC_WEAKREFD`] flag in its count word so that only such objects consult the table when they
//! are freed. Freeing an object (see `object::release`) clears its references under the table
//! lock *before* the memory is released, and calling a reference upgrades the address under
//! the same lock, refusing an object whose count already reached zero — so a reference never
//! yields a freed object, whichever threads race. Callbacks run at the next safe point of the
//! thread that freed the object (`interp::generator::call_later`), never inside the destructor.
//!
//! Only instances of Python classes can be weakly referenced for now (CPython also allows
//! classes and functions; those are mostly immortal in Spindle).

use crate::error::PyResult;
use crate::object::{native, NativeObject, Payload, PyObject};
use crate::ops;
use crate::types::function::{Args, NativeFn};
use crate::types::str::new_str;
use crate::types::{type_name, types};
use crate::value::{ObjRef, Value, RC_WEAKREFD};
use crate::vm::Vm;
use crate::{bail, py_err};
use hashbrown::HashMap;
use parking_lot::Mutex;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

/// The shared state of one weak reference.
pub struct WeakInner {
    /// Address of the referent; 0 once it is gone.
    target: AtomicUsize,
    callback: Mutex<Value>,
    /// `hash(referent)`, remembered once computed (i64::MIN = not yet).
    hash: AtomicI64,
    /// The type name of the referent (for repr).
    type_name: Arc<str>,
}

/// A `weakref.ref` object.
pub struct WeakRefObj {
    pub inner: Arc<WeakInner>,
}

impl NativeObject for WeakRefObj {
    fn type_name(&self) -> &'static str {
        "ReferenceType"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

type Table = Mutex<HashMap<usize, Vec<Arc<WeakInner>>>>;

fn table() -> &'static Table {
    static WEAK: OnceLock<Table> = OnceLock::new();
    WEAK.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Is `v` a weak reference?
pub fn is_ref(v: &Value) -> bool {
    as_ref(v).is_some()
}

fn as_ref(v: &Value) -> Option<&WeakRefObj> {
    match v.raw_payload() {
        Some(Payload::Native(_)) => native::<WeakRefObj>(v),
        _ => None,
    }
}

/// Called by `object::release` for an object flagged [`RC_WEAKREFD`] whose memory is about to
/// be freed: kill its references and queue their callbacks.
pub fn clear_refs(addr: usize) {
    let refs = table().lock().remove(&addr).unwrap_or_default();
    for r in refs {
        r.target.store(0, Ordering::Release);
        let cb = std::mem::replace(&mut *r.callback.lock(), Value::None);
        if !cb.is_none() {
            let wr = Value::from_obj(Payload::Native(Box::new(WeakRefObj { inner: r.clone() })));
            crate::interp::generator::call_later(cb, wr);
        }
    }
}

/// `ref(obj, callback=None)`.
pub fn new_ref(_vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.is_empty() || p.len() > 2 {
        bail!(
            TypeError,
            "__new__ expected at most 2 arguments, got {}",
            p.len()
        );
    }
    let obj = &p[0];
    let Some(o) = obj
        .obj()
        .filter(|o| matches!(o.payload, Payload::Instance(_)))
    else {
        bail!(
            TypeError,
            "cannot create weak reference to '{}' object",
            type_name(obj)
        );
    };
    let callback = p.get(1).cloned().unwrap_or(Value::None);
    if callback.is_none() {
        // Like CPython, references without a callback to one object are shared.
        let t = table().lock();
        if let Some(existing) = t
            .get(&o.addr())
            .and_then(|v| v.iter().find(|i| i.callback.lock().is_none()).cloned())
        {
            return Ok(Value::from_obj(Payload::Native(Box::new(WeakRefObj {
                inner: existing,
            }))));
        }
    }
    let inner = Arc::new(WeakInner {
        target: AtomicUsize::new(o.addr()),
        callback: Mutex::new(callback),
        hash: AtomicI64::new(i64::MIN),
        type_name: type_name(obj),
    });
    {
        let mut t = table().lock();
        o.set_rc_flag(RC_WEAKREFD);
        t.entry(o.addr()).or_default().push(inner.clone());
    }
    Ok(Value::from_obj(Payload::Native(Box::new(WeakRefObj {
        inner,
    }))))
}

/// The referent, or None when it is gone.
pub fn referent(r: &WeakRefObj) -> Option<Value> {
    let _t = table().lock();
    let addr = r.inner.target.load(Ordering::Acquire);
    if addr == 0 {
        return None;
    }
    // SAFETY: the target is still registered (release clears it under the table lock, which
    // we hold, before freeing), so the memory is allocated; upgrade_raw refuses an object
    // whose count already reached zero.
    unsafe { ObjRef::upgrade_raw(addr as *mut PyObject) }.map(Value::Obj)
}

fn this<'a>(args: &Args<'a>) -> PyResult<(&'a Value, &'a WeakRefObj)> {
    let v = args
        .pos()
        .first()
        .ok_or_else(|| py_err!(TypeError, "weakref method needs an argument"))?;
    let r = as_ref(v).ok_or_else(|| py_err!(TypeError, "weakref expected"))?;
    Ok((v, r))
}

fn ref_call(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, r) = this(&args)?;
    if args.values.len() > 1 {
        bail!(
            TypeError,
            "weakref() takes exactly 0 arguments ({} given)",
            args.values.len() - 1
        );
    }
    Ok(referent(r).unwrap_or(Value::None))
}

fn ref_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, r) = this(&args)?;
    let h = r.inner.hash.load(Ordering::Relaxed);
    if h != i64::MIN {
        return Ok(Value::Int(h));
    }
    let Some(obj) = referent(r) else {
        bail!(TypeError, "weak object has gone away");
    };
    let h = ops::hash(vm, &obj)?;
    r.inner.hash.store(h, Ordering::Relaxed);
    Ok(Value::Int(h))
}

fn ref_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, ra) = this(&args)?;
    let Some(b) = args.pos().get(1) else {
        bail!(TypeError, "expected 1 argument, got 0");
    };
    let Some(rb) = as_ref(b) else {
        return Ok(types().not_implemented.clone());
    };
    match (referent(ra), referent(rb)) {
        (Some(x), Some(y)) => Ok(Value::Bool(ops::eq(vm, &x, &y)?)),
        _ => Ok(Value::Bool(a.is(b) || Arc::ptr_eq(&ra.inner, &rb.inner))),
    }
}

fn ref_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = ref_eq(vm, args)?;
    Ok(match r {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

fn ref_repr(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (v, r) = this(&args)?;
    let me = v.obj().map(|o| o.addr()).unwrap_or(0);
    Ok(new_str(&match referent(r) {
        Some(obj) => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            me,
            r.inner.type_name,
            obj.obj().map(|o| o.addr()).unwrap_or(0)
        ),
        None => format!("<weakref at {me:#x}; dead>"),
    }))
}

fn ref_callback(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, r) = this(&args)?;
    Ok(r.inner.callback.lock().clone())
}

pub fn ref_methods() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("__call__", ref_call),
        ("__hash__", ref_hash),
        ("__eq__", ref_eq),
        ("__ne__", ref_ne),
        ("__repr__", ref_repr),
        ("_callback", ref_callback),
    ]
}

/// `getweakrefcount(obj)`.
fn getweakrefcount(_vm: &Vm, args: Args) -> PyResult<Value> {
    let obj = args.one("getweakrefcount")?;
    let n = match obj.obj() {
        Some(o) => table().lock().get(&o.addr()).map(|v| v.len()).unwrap_or(0),
        None => 0,
    };
    Ok(Value::Int(n as i64))
}

/// `getweakrefs(obj)`.
fn getweakrefs(_vm: &Vm, args: Args) -> PyResult<Value> {
    let obj = args.one("getweakrefs")?;
    let refs: Vec<Value> = match obj.obj() {
        Some(o) => table()
            .lock()
            .get(&o.addr())
            .map(|v| {
                v.iter()
                    .map(|i| {
                        Value::from_obj(Payload::Native(Box::new(WeakRefObj { inner: i.clone() })))
                    })
                    .collect()
            })
            .unwrap_or_default(),
        None => Vec::new(),
    };
    Ok(crate::types::list::new_list(refs))
}

pub fn init(_vm: &Vm, module: &ObjRef) -> PyResult<()> {
    super::add_functions(
        module,
        &[
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
        ],
    );
    if let Some(t) = types().native_types.get("ReferenceType") {
        super::set_attr(module, "ref", Value::Obj(t.clone()));
        super::set_attr(module, "ReferenceType", Value::Obj(t.clone()));
    }
    Ok(())
}
