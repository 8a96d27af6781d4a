//! The value representation.
//!
//! A [`Value`] is 16 bytes: a tag and a payload. `None`, `bool`, machine-word `int`s and `float`s
//! are stored inline: creating, copying or dropping them never allocates and never touches a
//! reference count. Everything else is an [`ObjRef`], a pointer to a heap [`PyObject`] with an
//! atomic reference count.
//!
//! # Reference counting and free threading
//! Objects that many threads read — code objects, functions and classes defined at module level,
//! modules, builtin types and functions, interned strings and constants — are *immortal*: their
//! count is pinned at [`IMMORTAL`] and `clone`/`drop` only *read* it, so threads sharing them
//! never write to a shared cache line. Immortal objects are never freed (they live as long as the
//! process, which is what module-level definitions do anyway). Every other object has an ordinary
//! atomic count and is freed when it reaches zero. See ARCHITECTURE.md, "Threading model".
//!
//! [`Value::Null`] is an internal marker (an unbound local, the empty self slot of the call
//! protocol); it MUST never be visible to Python code.

use crate::object::{Payload, PyObject};
use std::ptr::NonNull;
use std::sync::atomic::{fence, AtomicUsize, Ordering};

/// A Python value.
///
/// `repr(u64)` puts the tag in the first word and every payload in the second, so copying a
/// value is two aligned word moves (with the default layout a `bool` payload sits at byte 1 and
/// copies go through partial, store-forwarding-stalled moves).
#[derive(Clone, Default)]
#[repr(u64)]
pub enum Value {
    /// Internal marker: unbound local / empty call slot. Never visible to Python.
    #[default]
    Null,
    None,
    Bool(bool),
    /// An int that fits in 64 bits; larger ints are [`Payload::BigInt`] objects.
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

/// Reference counts at or above this value belong to immortal objects.
pub const IMMORTAL: usize = 1 << (usize::BITS - 2);

/// Flag bits kept in the count word of mortal objects (below [`IMMORTAL`], far above any real
/// count): the object has weak references; its `__del__` already ran.
pub const RC_WEAKREFD: usize = 1 << (usize::BITS - 3);
pub const RC_FINALIZED: usize = 1 << (usize::BITS - 4);
/// The count itself, without the flag bits.
pub const RC_COUNT: usize = RC_FINALIZED - 1;

/// A counted pointer to a heap object.
///
/// Invariant: the pointee was allocated by [`ObjRef::new`] (a `Box<PyObject>`) and stays alive
/// while any `ObjRef` to it exists.
pub struct ObjRef(NonNull<PyObject>);

// SAFETY: PyObject's payloads are all Send + Sync (interior mutability goes through locks and
// atomics), and the reference count is atomic, so an ObjRef may move and be shared across threads.
unsafe impl Send for ObjRef {}
// SAFETY: see above.
unsafe impl Sync for ObjRef {}

impl ObjRef {
    /// Allocate a new mortal object with a count of one.
    pub fn new(payload: Payload) -> ObjRef {
        let b = Box::new(PyObject {
            rc: AtomicUsize::new(1),
            payload,
        });
        ObjRef(NonNull::from(Box::leak(b)))
    }

    /// Allocate a new immortal object.
    pub fn new_immortal(payload: Payload) -> ObjRef {
        let b = Box::new(PyObject {
            rc: AtomicUsize::new(IMMORTAL),
            payload,
        });
        ObjRef(NonNull::from(Box::leak(b)))
    }

    /// Make a not-yet-shared object immortal. Called only on objects no other thread can see yet
    /// (a function or class just created by module-level code), so no count update can race.
    pub fn immortalize(&self) {
        self.rc.store(IMMORTAL, Ordering::Relaxed);
    }

    pub fn is_immortal(&self) -> bool {
        self.rc.load(Ordering::Relaxed) >= IMMORTAL
    }

    /// Identity comparison (`is`).
    #[inline]
    pub fn ptr_eq(a: &ObjRef, b: &ObjRef) -> bool {
        a.0 == b.0
    }

    /// The address, used for `id()` and identity hashing.
    #[inline]
    pub fn addr(&self) -> usize {
        self.0.as_ptr() as usize
    }

    /// Current reference count (for tests and `sys.getrefcount`).
    pub fn ref_count(&self) -> usize {
        let rc = self.rc.load(Ordering::Relaxed);
        if rc >= IMMORTAL {
            rc
        } else {
            rc & RC_COUNT
        }
    }

    /// Set flag bits ([`RC_WEAKREFD`], [`RC_FINALIZED`]) of a mortal object.
    pub fn set_rc_flag(&self, flag: usize) {
        if self.rc.load(Ordering::Relaxed) < IMMORTAL {
            self.rc.fetch_or(flag, Ordering::AcqRel);
        }
    }
}

impl std::ops::Deref for ObjRef {
    type Target = PyObject;
    #[inline(always)]
    fn deref(&self) -> &PyObject {
        // SAFETY: by the type invariant the pointee is alive while `self` exists.
        unsafe { self.0.as_ref() }
    }
}

impl Clone for ObjRef {
    #[inline(always)]
    fn clone(&self) -> ObjRef {
        if self.rc.load(Ordering::Relaxed) < IMMORTAL {
            // Relaxed suffices for increments (the caller already holds a reference), as in Arc.
            self.rc.fetch_add(1, Ordering::Relaxed);
        }
        ObjRef(self.0)
    }
}

impl Drop for ObjRef {
    #[inline(always)]
    fn drop(&mut self) {
        if self.rc.load(Ordering::Relaxed) >= IMMORTAL {
            return;
        }
        if self.rc.fetch_sub(1, Ordering::Release) & RC_COUNT != 1 {
            return;
        }
        fence(Ordering::Acquire);
        crate::object::release(self.0);
    }
}

impl Value {
    /// Move the value out, leaving `Null` (like `std::mem::take`), reading it as two 8-byte
    /// words.
    ///
    /// Values are usually written as two words (tag, payload); one 16-byte load of two recent
    /// word stores cannot be store-forwarded and stalls the pipeline — perf showed it as the
    /// hottest instruction of the interpreter loop. Use this where a value just stored is read
    /// back (popping the value stack, taking a call's result).
    #[inline(always)]
    pub fn take_words(&mut self) -> Value {
        use std::mem::MaybeUninit;
        const _: () = assert!(std::mem::size_of::<Value>() == 16);
        // SAFETY: `self` is a valid, aligned 16-byte Value; its bytes are copied as two
        // `MaybeUninit<u64>` (padding may be uninitialized, which MaybeUninit permits), the
        // place is overwritten with Null without dropping (ownership moves to the copy), and the
        // copied bytes are exactly those of the original valid Value.
        unsafe {
            let p = self as *mut Value as *const MaybeUninit<u64>;
            let lo = std::ptr::read_volatile(p);
            let hi = std::ptr::read_volatile(p.add(1));
            std::ptr::write(self, Value::Null);
            std::mem::transmute::<[MaybeUninit<u64>; 2], Value>([lo, hi])
        }
    }

    #[inline]
    pub fn obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload that built-in code works on.
    ///
    /// For an instance of a class that subclasses a heap built-in type (`class L(list)`), this is
    /// the payload of the built-in value the instance extends, so every built-in function that
    /// accepts a list accepts the subclass too (CPython's `PyList_Check`). Code that must see
    /// the instance itself (attribute lookup, `type()`, protocol dispatch that honours
    /// overridden special methods) uses [`Value::instance`] or [`Value::raw_payload`] first.
    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(match &o.payload {
                Payload::Instance(i) => match &i.base {
                    Value::Obj(b) => &b.payload,
                    _ => &o.payload,
                },
                p => p,
            }),
            _ => None,
        }
    }

    /// The object's own payload, without looking through to the base of an instance.
    #[inline]
    pub fn raw_payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// The instance, when this is an instance of a class defined in Python.
    #[inline]
    pub fn instance(&self) -> Option<&crate::types::instance::InstanceObj> {
        match self {
            Value::Obj(o) => match &o.payload {
                Payload::Instance(i) => Some(i),
                _ => None,
            },
            _ => None,
        }
    }

    /// The built-in value this value stands for: the base of an instance of a subclass of a
    /// built-in type, or the value itself.
    #[inline]
    pub fn unwrap_base(&self) -> &Value {
        match self.instance() {
            Some(i) if !i.base.is_null() => &i.base,
            _ => self,
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// `a is b`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints and floats behave like cached objects for identity.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => ObjRef::ptr_eq(a, b),
            _ => false,
        }
    }

    pub fn from_obj(payload: Payload) -> Value {
        Value::Obj(ObjRef::new(payload))
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}
impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}

impl ObjRef {
    /// Give up this reference without decrementing the count; the pointer carries it.
    pub fn into_raw(self) -> *mut PyObject {
        let p = self.0.as_ptr();
        std::mem::forget(self);
        p
    }

    /// Take back a reference given up by [`ObjRef::into_raw`].
    ///
    /// # Safety
    /// `p` MUST come from `into_raw` and its reference must not have been taken back before.
    pub unsafe fn from_raw(p: *mut PyObject) -> ObjRef {
        // SAFETY: `into_raw` pointers are non-null (they came from a NonNull).
        ObjRef(unsafe { NonNull::new_unchecked(p) })
    }

    /// A new reference to the object at `p`, when its count has not already reached zero (an
    /// object being freed is not revived).
    ///
    /// # Safety
    /// The memory at `p` MUST still be allocated (the caller holds a lock that the object's
    /// destructor takes before the memory is released).
    pub unsafe fn upgrade_raw(p: *mut PyObject) -> Option<ObjRef> {
        // SAFETY: the caller guarantees the memory is allocated.
        let rc = unsafe { &(*p).rc };
        let mut cur = rc.load(Ordering::Relaxed);
        loop {
            if cur & RC_COUNT == 0 && cur < IMMORTAL {
                return None;
            }
            if cur >= IMMORTAL {
                break;
            }
            match rc.compare_exchange_weak(cur, cur + 1, Ordering::Acquire, Ordering::Relaxed) {
                Ok(_) => break,
                Err(c) => cur = c,
            }
        }
        // SAFETY: non-null (it points to allocated memory) and the count now includes us.
        Some(ObjRef(unsafe { NonNull::new_unchecked(p) }))
    }

    /// Rebuild an `ObjRef` from the address of an immortal object.
    ///
    /// # Safety
    /// `addr` MUST be the address of a live immortal object (immortal objects are never freed,
    /// and cloning or dropping an `ObjRef` to one never changes its count).
    pub unsafe fn from_immortal_addr(addr: usize) -> ObjRef {
        // SAFETY: the caller guarantees `addr` is a live immortal object, hence non-null.
        ObjRef(unsafe { NonNull::new_unchecked(addr as *mut PyObject) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hot_types_have_fixed_sizes() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<ObjRef>(), 8);
        assert_eq!(std::mem::size_of::<Option<ObjRef>>(), 8);
        assert_eq!(std::mem::size_of::<spindle_bytecode::Instr>(), 8);
    }

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn values_are_send_and_sync() {
        assert_send_sync::<Value>();
        assert_send_sync::<ObjRef>();
        assert_send_sync::<PyObject>();
    }

    #[test]
    fn immortal_objects_keep_their_count() {
        let o = ObjRef::new_immortal(Payload::Str(crate::types::str::StrObj::new("x")));
        let before = o.ref_count();
        let copies: Vec<ObjRef> = (0..10).map(|_| o.clone()).collect();
        assert_eq!(o.ref_count(), before);
        drop(copies);
        assert_eq!(o.ref_count(), before);
        let m = ObjRef::new(Payload::Str(crate::types::str::StrObj::new("y")));
        let c = m.clone();
        assert_eq!(m.ref_count(), 2);
        drop(c);
        assert_eq!(m.ref_count(), 1);
    }
}
