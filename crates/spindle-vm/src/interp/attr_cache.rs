//! Inline caches for attribute access on instances (`LoadAttr`, `LoadMethod`, `StoreAttr`).
//!
//! A cache entry remembers, for one instruction, the class tag and the instance shape it saw
//! (see `types/instance.rs`) and what the lookup found: a value at a fixed index of the
//! instance, a method or plain value on the class, a property getter, or the shape transition
//! a store makes. When the instance's class still has that tag (no attribute of the class or
//! of a base changed since) and the instance has that shape, the result is known without any
//! hash lookup. Entries are read and written with atomics only (a seqlock on `tag`), so threads
//! share them freely; a torn or stale entry is simply a miss. Only values that need no
//! reference counting (immortal objects, unboxed values) are cached by value.

use crate::error::PyResult;
use crate::object::Payload;
use crate::ops;
use crate::types::function::{decode, encode, Args};
use crate::types::instance::{InstanceObj, Shape};
use crate::types::typeobj::{as_type, flag, lookup};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::sync::atomic::{AtomicU64, Ordering};

/// One entry: what one (class tag, shape) pair resolved to.
#[derive(Default)]
struct Entry {
    /// The class tag the entry was filled under; 0 = empty, `BUSY` = being written.
    tag: AtomicU64,
    shape: AtomicU64,
    kind: AtomicU64,
    aux: AtomicU64,
}

/// One instruction's attribute cache: two entries, so that a site seeing two classes (a
/// method inherited by a subclass, `self.x` in a base-class method) stays cached.
#[derive(Default)]
pub struct AttrCache {
    entries: [Entry; 2],
}

const BUSY: u64 = u64::MAX;

/// What an entry says (kind values).
const SLOT: u64 = 1;
const METHOD: u64 = 2;
const PROPERTY: u64 = 3;
const STORE_SLOT: u64 = 4;
const STORE_ADD: u64 = 5;
/// `CLASS_VALUE + encode tag` (1..=5): a plain class attribute.
const CLASS_VALUE: u64 = 16;

impl Entry {
    #[inline]
    fn get(&self, tag: u64, shape: usize) -> Option<(u64, u64)> {
        let t1 = self.tag.load(Ordering::Acquire);
        if t1 != tag || t1 == 0 {
            return None;
        }
        let s = self.shape.load(Ordering::Acquire);
        let kind = self.kind.load(Ordering::Acquire);
        let aux = self.aux.load(Ordering::Acquire);
        if self.tag.load(Ordering::Acquire) != t1 || s != shape as u64 {
            return None;
        }
        Some((kind, aux))
    }

    fn fill(&self, tag: u64, shape: usize, kind: u64, aux: u64) {
        let cur = self.tag.load(Ordering::Relaxed);
        if cur == BUSY
            || self
                .tag
                .compare_exchange(cur, BUSY, Ordering::Acquire, Ordering::Relaxed)
                .is_err()
        {
            return;
        }
        self.shape.store(shape as u64, Ordering::Release);
        self.kind.store(kind, Ordering::Release);
        self.aux.store(aux, Ordering::Release);
        self.tag.store(tag, Ordering::Release);
    }
}

impl AttrCache {
    #[inline]
    fn get(&self, tag: u64, shape: usize) -> Option<(u64, u64)> {
        self.entries[0]
            .get(tag, shape)
            .or_else(|| self.entries[1].get(tag, shape))
    }

    /// Fill the entry for this (tag, shape), or the other one than the most recently filled.
    fn fill(&self, tag: u64, shape: usize, kind: u64, aux: u64) {
        let [a, b] = &self.entries;
        let same = |e: &Entry| {
            e.tag.load(Ordering::Relaxed) == tag && e.shape.load(Ordering::Relaxed) == shape as u64
        };
        let target = if same(a) || a.tag.load(Ordering::Relaxed) == 0 {
            a
        } else if same(b) || b.tag.load(Ordering::Relaxed) == 0 {
            b
        } else {
            // Both hold other classes: move the first to the second slot, refill the first.
            let (at, ashape) = (
                a.tag.load(Ordering::Acquire),
                a.shape.load(Ordering::Acquire) as usize,
            );
            if at != BUSY {
                // A consistent read of the first entry (a torn one is simply not copied).
                if let Some((k, x)) = a.get(at, ashape) {
                    b.fill(at, ashape, k, x);
                }
            }
            a
        };
        target.fill(tag, shape, kind, aux);
    }
}

/// The class tag of an instance, or None when its class is unusual (getattribute hooks).
#[inline]
fn class_tag(inst: &InstanceObj) -> u64 {
    inst.class_type().map(|t| t.tag()).unwrap_or(0)
}

/// An immortal object rebuilt from a cached address.
#[inline]
fn immortal(aux: u64) -> Value {
    // SAFETY: only addresses of immortal objects are cached with METHOD/PROPERTY kinds (see
    // fill_load); immortal objects are never freed and their ObjRefs never touch the count.
    Value::Obj(unsafe { ObjRef::from_immortal_addr(aux as usize) })
}

/// `obj.name` for an instance, from the cache. `method` asks for (function, self) instead of a
/// bound method.
#[inline]
pub fn load(
    vm: &Vm,
    c: &AttrCache,
    obj: &Value,
    inst: &InstanceObj,
    method: bool,
) -> Option<PyResult<(Value, Option<Value>)>> {
    let tag = class_tag(inst);
    let a = inst.attrs.read();
    let (kind, aux) = c.get(tag, a.shape.id())?;
    match kind {
        SLOT => {
            let v = a.values.get(aux as usize)?.clone();
            Some(Ok((v, None)))
        }
        METHOD => {
            drop(a);
            let f = immortal(aux);
            if method {
                Some(Ok((f, Some(obj.clone()))))
            } else {
                Some(Ok((
                    Value::from_obj(Payload::BoundMethod(Box::new((f, obj.clone())))),
                    None,
                )))
            }
        }
        PROPERTY => {
            drop(a);
            let f = immortal(aux);
            Some(
                vm.call(&f, Args::new(std::slice::from_ref(obj)))
                    .map(|v| (v, None)),
            )
        }
        k if k > CLASS_VALUE => Some(Ok((decode(k - CLASS_VALUE, aux)?, None))),
        _ => None,
    }
}

/// Shape id used for entries about attributes read through a class (`C.attr`).
const CLASS_ACCESS: usize = 1;

/// `C.name` for a class with the plain `type` metaclass, from the cache.
#[inline]
pub fn load_class_attr(c: &AttrCache, t: &crate::types::typeobj::TypeObj) -> Option<Value> {
    if t.meta.is_some() {
        return None;
    }
    let (kind, aux) = c.get(t.tag(), CLASS_ACCESS)?;
    if kind > CLASS_VALUE {
        decode(kind - CLASS_VALUE, aux)
    } else {
        None
    }
}

fn fill_class_attr(c: &AttrCache, cls: &Value, name: &str) {
    let Some(o) = cls.obj() else { return };
    let Some(t) = as_type(o) else { return };
    if t.meta.is_some() {
        return;
    }
    let tag = t.tag();
    let Some(a) = lookup(o, name) else { return };
    // Values that class access returns unchanged: plain values and functions.
    let plain = match a.raw_payload() {
        None | Some(Payload::Function(_)) => true,
        Some(
            Payload::Builtin(_)
            | Payload::ClassMethod(_)
            | Payload::StaticMethod(_)
            | Payload::Property(_)
            | Payload::Instance(_)
            | Payload::Native(_),
        ) => false,
        Some(_) => true,
    };
    if plain {
        if let Some((k, bits)) = encode(&a) {
            c.fill(tag, CLASS_ACCESS, CLASS_VALUE + k, bits);
        }
    }
}

/// Look the attribute up the slow way and fill the cache when the result is cacheable.
pub fn load_slow(
    vm: &Vm,
    c: Option<&AttrCache>,
    obj: &Value,
    name: &str,
    method: bool,
) -> PyResult<(Value, Option<Value>)> {
    if let (Some(c), Some(inst)) = (c, obj.instance()) {
        fill_load(c, inst, name);
    } else if let (Some(c), Some(Payload::Type(_))) = (c, obj.raw_payload()) {
        if !method {
            fill_class_attr(c, obj, name);
        }
    }
    if method {
        ops::method_lookup(vm, obj, name)
    } else {
        Ok((ops::getattr(vm, obj, name)?, None))
    }
}

fn fill_load(c: &AttrCache, inst: &InstanceObj, name: &str) {
    let cls = inst.class();
    let Some(t) = as_type(&cls) else { return };
    let tag = t.tag();
    if t.flags(&cls) & flag::GETATTRIBUTE != 0 {
        return;
    }
    let tattr = lookup(&cls, name);
    if let Some(a) = &tattr {
        if let Some(Payload::Property(p)) = a.raw_payload() {
            if let Value::Obj(f) = &p[0] {
                if f.is_immortal() && matches!(f.payload, Payload::Function(_)) {
                    c.fill(tag, shape_id(inst), PROPERTY, f.addr() as u64);
                }
            }
            return;
        }
        if ops::attr::is_data_descriptor(a) || matches!(name, "__class__" | "__dict__") {
            return;
        }
    }
    let a = inst.attrs.read();
    if a.shape.is_dict_mode() {
        return;
    }
    let shape = a.shape.id();
    if let Some(i) = a.shape.index(name) {
        c.fill(tag, shape, SLOT, i as u64);
        return;
    }
    drop(a);
    let Some(a) = tattr else { return };
    match a.raw_payload() {
        Some(Payload::Function(_)) => {
            if let Value::Obj(f) = &a {
                if f.is_immortal() {
                    c.fill(tag, shape, METHOD, f.addr() as u64);
                }
            }
        }
        Some(
            Payload::Builtin(_)
            | Payload::ClassMethod(_)
            | Payload::StaticMethod(_)
            | Payload::Instance(_)
            | Payload::Native(_),
        ) => {}
        _ => {
            if let Some((k, bits)) = encode(&a) {
                c.fill(tag, shape, CLASS_VALUE + k, bits);
            }
        }
    }
}

fn shape_id(inst: &InstanceObj) -> usize {
    inst.attrs.read().shape.id()
}

/// `obj.name = value` for an instance, from the cache. Gives the value back on a miss.
#[inline]
pub fn store(c: &AttrCache, inst: &InstanceObj, value: Value) -> Result<(), Value> {
    let tag = class_tag(inst);
    let mut a = inst.attrs.write();
    let Some((kind, aux)) = c.get(tag, a.shape.id()) else {
        return Err(value);
    };
    match kind {
        STORE_SLOT => match a.values.get_mut(aux as usize) {
            Some(slot) => {
                let old = std::mem::replace(slot, value);
                drop(a);
                drop(old);
                Ok(())
            }
            None => Err(value),
        },
        STORE_ADD => {
            // SAFETY: STORE_ADD entries hold the address of a shape, and shapes are leaked
            // (never freed), so the address is a valid &'static Shape.
            let next: &'static Shape = unsafe { &*(aux as usize as *const Shape) };
            if next.len() != a.values.len() + 1 {
                return Err(value);
            }
            a.shape = next;
            a.values.push(value);
            Ok(())
        }
        _ => Err(value),
    }
}

/// Store the slow way, then fill the cache for the next store of the same kind.
pub fn store_slow(
    vm: &Vm,
    c: Option<&AttrCache>,
    obj: &Value,
    name: &str,
    value: Value,
) -> PyResult<()> {
    let Some((c, inst)) = c.zip(obj.instance()) else {
        return ops::setattr(vm, obj, name, value);
    };
    let cls = inst.class();
    let cacheable = as_type(&cls).is_some_and(|t| {
        t.has_dict
            && t.flags(&cls) & flag::SETATTR == 0
            && !matches!(name, "__class__" | "__dict__")
            && lookup(&cls, name).is_none_or(|a| !ops::attr::is_data_descriptor(&a))
    });
    let tag = as_type(&cls).map(|t| t.tag()).unwrap_or(0);
    let before: &'static Shape = inst.attrs.read().shape;
    ops::setattr(vm, obj, name, value)?;
    if cacheable && !before.is_dict_mode() {
        let a = inst.attrs.read();
        let now = a.shape;
        if let Some(i) = now.index(name) {
            if now.id() == before.id() {
                c.fill(tag, before.id(), STORE_SLOT, i as u64);
            } else if is_transition(before, now, name) {
                c.fill(tag, before.id(), STORE_ADD, now.id() as u64);
            }
        }
    }
    Ok(())
}

/// Is `next` exactly `prev` plus `name`?
fn is_transition(prev: &'static Shape, next: &'static Shape, name: &str) -> bool {
    let (p, n) = (prev.names(), next.names());
    n.len() == p.len() + 1
        && p.iter().zip(n.iter()).all(|(a, b)| a.is(b))
        && n.last()
            .and_then(crate::types::str::as_str)
            .is_some_and(|s| s == name)
}
