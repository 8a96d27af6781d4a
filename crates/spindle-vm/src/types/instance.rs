//! Instances of classes defined in Python: the class pointer, the attribute storage laid out by
//! *shapes*, and the built-in value that an instance of a subclass of a built-in type extends.
//!
//! # Shapes
//! A [`Shape`] is an immutable, process-wide list of attribute names; an instance stores its
//! attribute values in a small vector in the shape's order. Adding an attribute moves the
//! instance to the shape reached by the transition `shape + name` (shared by every instance
//! that gains the same attributes in the same order). Inline caches key on
//! `(class tag, shape)`: when both match, an attribute is read from a fixed index without
//! hashing (see `interp/attr_cache.rs`). Shapes are never freed; to bound their number an
//! instance switches to *dict mode* (its attributes in an ordinary dict, the shape then being
//! [`Shape::dict_mode`]) when a shape would exceed [`MAX_SHAPE_NAMES`] names or a shape has
//! too many transitions, when an attribute is deleted, and when `__dict__` is requested.
//!
//! # Threads
//! The storage sits behind one `RwLock` per instance; readers of a per-thread instance never
//! contend. The class pointer is an atomic pointer, so reading it takes no lock; assigning
//! `__class__` leaks one reference to the old class, so a reader racing with the assignment
//! never sees a freed class.

use crate::object::{Payload, PyObject};
use crate::types::dict::{as_dict, new_dict_obj};
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::TypeObj;
use crate::value::{ObjRef, Value};
use parking_lot::{Mutex, RwLock};
use smallvec::SmallVec;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::OnceLock;

/// A shape with more names than this sends instances to dict mode.
pub const MAX_SHAPE_NAMES: usize = 64;
/// A shape with more transitions than this sends instances that add a new name to dict mode.
const MAX_TRANSITIONS: usize = 64;

/// An immutable list of attribute names; see the module docs.
pub struct Shape {
    names: Box<[Value]>,
    transitions: Mutex<Vec<(Value, &'static Shape)>>,
}

impl Shape {
    fn leak(names: Box<[Value]>) -> &'static Shape {
        Box::leak(Box::new(Shape {
            names,
            transitions: Mutex::new(Vec::new()),
        }))
    }

    /// The shape of an instance without attributes.
    pub fn empty() -> &'static Shape {
        static EMPTY: OnceLock<&'static Shape> = OnceLock::new();
        EMPTY.get_or_init(|| Shape::leak(Box::new([])))
    }

    /// The marker shape of an instance in dict mode (its single value is the dict).
    pub fn dict_mode() -> &'static Shape {
        static DICT: OnceLock<&'static Shape> = OnceLock::new();
        DICT.get_or_init(|| Shape::leak(Box::new([])))
    }

    pub fn is_dict_mode(&'static self) -> bool {
        std::ptr::eq(self, Shape::dict_mode())
    }

    /// The address, which inline caches compare.
    #[inline]
    pub fn id(&'static self) -> usize {
        self as *const Shape as usize
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The index of `name`.
    #[inline]
    pub fn index(&self, name: &str) -> Option<usize> {
        self.names
            .iter()
            .position(|n| as_str(n).is_some_and(|s| s == name))
    }

    pub fn names(&self) -> &[Value] {
        &self.names
    }

    /// The shape with `name` appended, or None when the limits say dict mode.
    fn with(&'static self, name: &str) -> Option<&'static Shape> {
        if self.names.len() >= MAX_SHAPE_NAMES {
            return None;
        }
        let mut t = self.transitions.lock();
        if let Some((_, s)) = t.iter().find(|(n, _)| as_str(n).is_some_and(|s| s == name)) {
            return Some(s);
        }
        if t.len() >= MAX_TRANSITIONS {
            return None;
        }
        // Shapes live forever, and so do their names.
        let key = new_str(name);
        if let Value::Obj(o) = &key {
            o.immortalize();
        }
        let mut names = self.names.to_vec();
        names.push(key.clone());
        let s = Shape::leak(names.into_boxed_slice());
        t.push((key, s));
        Some(s)
    }
}

/// An instance's attribute values, in its shape's order (or `[dict]` in dict mode).
pub struct InstAttrs {
    pub shape: &'static Shape,
    pub values: SmallVec<[Value; 2]>,
}

impl InstAttrs {
    fn dict(&self) -> Option<&ObjRef> {
        if self.shape.is_dict_mode() {
            self.values.first().and_then(|v| v.obj())
        } else {
            None
        }
    }
}

/// The class of an instance: an atomic pointer holding one reference.
struct ClassSlot(AtomicPtr<PyObject>);

impl ClassSlot {
    fn new(c: ObjRef) -> ClassSlot {
        ClassSlot(AtomicPtr::new(c.into_raw()))
    }

    #[inline]
    fn get(&self) -> &PyObject {
        // SAFETY: the pointer holds a reference for as long as it is installed, and a replaced
        // class is never released (set() leaks its reference), so the pointee outlives `self`.
        unsafe { &*self.0.load(Ordering::Acquire) }
    }

    fn get_ref(&self) -> ObjRef {
        let p = self.0.load(Ordering::Acquire);
        // SAFETY: as in get(): the pointee is alive; the new ObjRef takes its own reference
        // (from_raw + clone + forget leaves the slot's reference untouched).
        let r = unsafe { ObjRef::from_raw(p) };
        let c = r.clone();
        std::mem::forget(r);
        c
    }

    fn set(&self, c: ObjRef) {
        // The old class keeps the slot's reference forever: a thread that loaded the old
        // pointer just before may still be using it.
        self.0.swap(c.into_raw(), Ordering::AcqRel);
    }
}

impl Drop for ClassSlot {
    fn drop(&mut self) {
        // SAFETY: the slot owns one reference to the current class (taken in new()/set()).
        drop(unsafe { ObjRef::from_raw(*self.0.get_mut()) });
    }
}

/// An instance of a class defined in Python.
pub struct InstanceObj {
    class: ClassSlot,
    /// For an instance of a subclass of a built-in type: the built-in value it extends (a list,
    /// a str, an int...). `Null` otherwise.
    pub base: Value,
    pub attrs: RwLock<InstAttrs>,
}

impl InstanceObj {
    pub fn new(class: ObjRef, base: Value) -> InstanceObj {
        InstanceObj {
            class: ClassSlot::new(class),
            base,
            attrs: RwLock::new(InstAttrs {
                shape: Shape::empty(),
                values: SmallVec::new(),
            }),
        }
    }

    /// The class (a new reference).
    #[inline]
    pub fn class(&self) -> ObjRef {
        self.class.get_ref()
    }

    /// The class's type payload, borrowed without touching its count.
    #[inline]
    pub fn class_type(&self) -> Option<&TypeObj> {
        match &self.class.get().payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }

    pub fn set_class(&self, c: ObjRef) {
        self.class.set(c);
    }

    /// The attribute stored on the instance itself.
    #[inline]
    pub fn get_attr(&self, name: &str) -> Option<Value> {
        let a = self.attrs.read();
        if let Some(d) = a.dict() {
            let d = d.clone();
            drop(a);
            return crate::types::dict::dict_get_str(&d, name);
        }
        a.shape.index(name).and_then(|i| a.values.get(i).cloned())
    }

    /// Store an attribute on the instance itself.
    pub fn set_attr(&self, name: &str, value: Value) {
        let mut a = self.attrs.write();
        if let Some(d) = a.dict() {
            let d = d.clone();
            drop(a);
            if let Payload::Dict(dd) = &d.payload {
                dd.set_str(name, value);
            }
            return;
        }
        if let Some(i) = a.shape.index(name) {
            if let Some(slot) = a.values.get_mut(i) {
                let old = std::mem::replace(slot, value);
                drop(a);
                drop(old);
                return;
            }
        }
        match a.shape.with(name) {
            Some(s) => {
                a.shape = s;
                a.values.push(value);
            }
            None => {
                let d = Self::to_dict_locked(&mut a);
                drop(a);
                if let Payload::Dict(dd) = &d.payload {
                    dd.set_str(name, value);
                }
            }
        }
    }

    /// Remove an attribute stored on the instance; its value, or None when there was none.
    pub fn del_attr(&self, name: &str) -> Option<Value> {
        let mut a = self.attrs.write();
        if a.dict().is_none() && a.shape.index(name).is_none() {
            return None;
        }
        let d = Self::to_dict_locked(&mut a);
        drop(a);
        as_dict(&Value::Obj(d)).and_then(|dd| dd.remove_str(name))
    }

    /// Move the attributes into a dict (dict mode) and return it.
    fn to_dict_locked(a: &mut InstAttrs) -> ObjRef {
        if let Some(d) = a.dict() {
            return d.clone();
        }
        let d = new_dict_obj();
        if let Payload::Dict(dd) = &d.payload {
            for (k, v) in a.shape.names.iter().zip(a.values.drain(..)) {
                if !v.is_null() {
                    dd.set_str_key(k.clone(), v);
                }
            }
        }
        a.shape = Shape::dict_mode();
        a.values.clear();
        a.values.push(Value::Obj(d.clone()));
        d
    }

    /// The instance's `__dict__` (switching it to dict mode).
    pub fn dict(&self) -> ObjRef {
        let mut a = self.attrs.write();
        Self::to_dict_locked(&mut a)
    }

    /// Replace the instance's `__dict__`.
    pub fn set_dict(&self, d: ObjRef) {
        let old = {
            let mut a = self.attrs.write();
            a.shape = Shape::dict_mode();
            std::mem::replace(&mut a.values, SmallVec::from_elem(Value::Obj(d), 1))
        };
        drop(old);
    }

    /// `(name, value)` of every instance attribute, in insertion order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        let a = self.attrs.read();
        if let Some(d) = a.dict() {
            let d = d.clone();
            drop(a);
            return as_dict(&Value::Obj(d))
                .map(|dd| dd.items())
                .unwrap_or_default();
        }
        a.shape
            .names
            .iter()
            .zip(a.values.iter())
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }
}

/// A new instance of `class` (a class defined in Python) with no attributes.
pub fn new_instance(class: ObjRef, base: Value) -> Value {
    Value::from_obj(Payload::Instance(InstanceObj::new(class, base)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instance_fits_the_payload() {
        assert!(std::mem::size_of::<InstanceObj>() <= 80);
    }
}
