//! Heap objects: the header every object shares and the payloads of the built-in kinds.
//!
//! Mutable payloads protect themselves: a list's items, a dict's table, an instance's attribute
//! dict each sit behind their own lock (or atomics), so racing threads can never corrupt an object
//! or lose the effect of one built-in operation. A payload MUST NOT call back into Python code
//! while it holds its own lock (that could deadlock or re-enter); code that needs to (rich
//! comparison of keys, `__hash__` of instances) copies what it needs out first.

use crate::types::dict::DictObj;
use crate::types::exceptions::ExcObj;
use crate::types::function::{BuiltinObj, CodeVm, FuncObj};
use crate::types::generator::GenObj;
use crate::types::iter::IterObj;
use crate::types::list::ListObj;
use crate::types::module::ModuleObj;
use crate::types::set::SetObj;
use crate::types::str::StrObj;
use crate::types::typeobj::TypeObj;
use crate::value::{ObjRef, Value};
use num_bigint::BigInt;
use parking_lot::RwLock;
use std::any::Any;
use std::ptr::NonNull;
use std::sync::atomic::AtomicUsize;

/// Every heap object: an atomic reference count and a payload.
pub struct PyObject {
    pub(crate) rc: AtomicUsize,
    pub payload: Payload,
}

/// A cell: one captured variable shared by a scope and its closures.
pub struct CellObj {
    pub value: RwLock<Value>,
}

pub use crate::types::instance::InstanceObj;

/// A `property`: `[fget, fset, fdel, doc]` (indexable as `p[0]`...) and its name (set from
/// `fget.__name__`, then by `__set_name__`), which error messages use.
pub struct PropertyObj {
    pub parts: [Value; 4],
    pub name: RwLock<Value>,
}

impl PropertyObj {
    pub fn new(parts: [Value; 4], name: Value) -> PropertyObj {
        PropertyObj {
            parts,
            name: RwLock::new(name),
        }
    }
}

impl Clone for PropertyObj {
    fn clone(&self) -> PropertyObj {
        PropertyObj::new(self.parts.clone(), self.name.read().clone())
    }
}

impl std::ops::Index<usize> for PropertyObj {
    type Output = Value;
    fn index(&self, i: usize) -> &Value {
        &self.parts[i]
    }
}

impl std::ops::IndexMut<usize> for PropertyObj {
    fn index_mut(&mut self, i: usize) -> &mut Value {
        &mut self.parts[i]
    }
}

/// A `range` object. Bounds are 128-bit so that ranges past 2**63 work (CPython's are unbounded).
#[derive(Clone, Copy, Debug)]
pub struct RangeObj {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl RangeObj {
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = (self.start, self.stop, self.step);
        if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: i128) -> i128 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }

    /// A 128-bit integer as a Python int.
    pub fn int(v: i128) -> Value {
        match i64::try_from(v) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::from_obj(Payload::BigInt(BigInt::from(v))),
        }
    }
}

/// The payload of a heap object: one variant per built-in kind.
pub enum Payload {
    Str(StrObj),
    BigInt(BigInt),
    Complex(f64, f64),
    Bytes(Box<[u8]>),
    Tuple(Box<[Value]>),
    List(ListObj),
    Dict(DictObj),
    Set(SetObj),
    FrozenSet(SetObj),
    Range(Box<RangeObj>),
    Slice(Box<[Value; 3]>),
    Function(Box<FuncObj>),
    Builtin(BuiltinObj),
    /// A function bound to an object: `(function, self)`.
    BoundMethod(Box<(Value, Value)>),
    Code(Box<CodeVm>),
    Cell(CellObj),
    Module(ModuleObj),
    Type(Box<TypeObj>),
    Instance(InstanceObj),
    Exception(Box<ExcObj>),
    Iter(Box<IterObj>),
    Generator(Box<GenObj>),
    /// `staticmethod(f)`, `classmethod(f)`, `property(fget, fset, fdel, doc)`.
    StaticMethod(Value),
    ClassMethod(Value),
    Property(Box<PropertyObj>),
    NotImplemented,
    Ellipsis,
    /// Native state of a standard-library object (locks, streams, traceback views...).
    Native(Box<dyn NativeObject>),
}

/// Free an object whose count reached zero.
///
/// Dropping a payload may drop more objects; long chains (a million nested lists) are released
/// iteratively through a thread-local queue so that freeing never overflows the native stack.
pub(crate) fn release(ptr: NonNull<PyObject>) {
    thread_local! {
        static DRAINING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        static PENDING: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let first = DRAINING.with(|d| {
        if d.get() {
            false
        } else {
            d.set(true);
            true
        }
    });
    if !first {
        PENDING.with(|p| p.borrow_mut().push(ptr.as_ptr() as usize));
        return;
    }
    let mut next = Some(ptr.as_ptr() as usize);
    while let Some(addr) = next {
        // SAFETY: the count reached zero, so this is the last reference and the object is
        // still allocated (it came from Box::leak in ObjRef::new).
        let resurrected = unsafe { finalize(addr) };
        if !resurrected {
            // SAFETY: as above; nothing else refers to the object any more.
            unsafe { drop(Box::from_raw(addr as *mut PyObject)) };
        }
        next = PENDING.with(|p| p.borrow_mut().pop());
    }
    DRAINING.with(|d| d.set(false));
}

/// Before an object whose count reached zero is freed: run its class's `__del__` (once, by
/// resurrecting it into the finalizer queue) and clear its weak references. Returns true when
/// the object was resurrected (the queue now owns it; it is freed when that reference goes).
///
/// # Safety
/// `addr` MUST be a live object whose count just reached zero.
unsafe fn finalize(addr: usize) -> bool {
    use crate::value::{RC_COUNT, RC_FINALIZED, RC_WEAKREFD};
    use std::sync::atomic::Ordering;
    // SAFETY: the caller guarantees the object is allocated.
    let obj = unsafe { &*(addr as *const PyObject) };
    let Payload::Instance(inst) = &obj.payload else {
        return false;
    };
    let rc = obj.rc.load(Ordering::Acquire);
    if rc & RC_FINALIZED == 0 {
        let cls = inst.class();
        let has_del = crate::types::typeobj::as_type(&cls)
            .is_some_and(|t| t.flags(&cls) & crate::types::typeobj::flag::DEL != 0);
        if has_del {
            if let Some(del) = crate::types::typeobj::lookup(&cls, "__del__") {
                obj.rc
                    .store((rc & !RC_COUNT) | RC_FINALIZED | 1, Ordering::Release);
                // SAFETY: the count is one again and that reference now belongs to this ObjRef.
                let me = unsafe { ObjRef::from_raw(addr as *mut PyObject) };
                crate::interp::generator::call_later(del, Value::Obj(me));
                return true;
            }
        }
    }
    if rc & RC_WEAKREFD != 0 {
        crate::modules::weakref::clear_refs(addr);
    }
    false
}

/// An object implemented in Rust by a native module. Its Python type is looked up by name in
/// the registry of native types (`types().native_type(name)`), whose methods downcast `self`.
pub trait NativeObject: Any + Send + Sync {
    fn type_name(&self) -> &'static str;
    fn as_any(&self) -> &dyn Any;
}

/// Downcast a value's native payload.
pub fn native<T: 'static>(v: &crate::value::Value) -> Option<&T> {
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<T>(),
        _ => None,
    }
}

impl PyObject {
    pub fn as_str(&self) -> Option<&StrObj> {
        match &self.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_size_is_bounded() {
        // The header plus payload stays small: rare, large payloads (functions, types, code,
        // exceptions, generators, iterators) are boxed; the dict table is the largest inline.
        assert!(
            std::mem::size_of::<Payload>() <= 88,
            "{}",
            std::mem::size_of::<Payload>()
        );
    }

    #[test]
    fn deep_nesting_frees_without_recursion() {
        let mut v = Value::None;
        for _ in 0..200_000 {
            v = Value::from_obj(Payload::Tuple(vec![v].into_boxed_slice()));
        }
        drop(v);
    }
}
