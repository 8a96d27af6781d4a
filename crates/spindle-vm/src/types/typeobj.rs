//! Type objects (`type`): built-in types and classes defined in Python.
//!
//! Built-in types are immutable after start-up, so their attribute tables are plain maps read
//! without any lock: every thread can look up `list.append` at once without touching shared
//! memory. Classes defined in Python keep their namespace in a dict object (with its own lock);
//! their `version` changes on every attribute store so that inline caches can key on it.

use crate::value::{ObjRef, Value};
use hashbrown::HashMap;
use parking_lot::{Mutex, RwLock};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// The source of type tags: every class state gets a number never used before, so that an
/// inline cache holding a tag identifies one class in one state.
static NEXT_TAG: AtomicU64 = AtomicU64::new(1);

/// A tag never used before.
pub fn fresh_tag() -> u64 {
    NEXT_TAG.fetch_add(1, Ordering::Relaxed)
}

/// Bits of [`TypeObj::flags`]: what attribute access must check on instances of the type.
pub mod flag {
    /// `__getattribute__` is overridden (not `object.__getattribute__`).
    pub const GETATTRIBUTE: u64 = 1;
    /// `__getattr__` is defined.
    pub const GETATTR: u64 = 2;
    /// `__setattr__` is overridden.
    pub const SETATTR: u64 = 4;
    /// `__delattr__` is overridden.
    pub const DELATTR: u64 = 8;
    /// `__abstractmethods__` is non-empty.
    pub const ABSTRACT: u64 = 16;
    /// `__del__` is defined.
    pub const DEL: u64 = 32;
    /// The flags have been computed for the current tag.
    pub const VALID: u64 = 128;
}

/// Which built-in payload the instances of a type (and of its subclasses) carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BaseKind {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    Builtin,
    Method,
    Code,
    Cell,
    Module,
    Exception,
    Iterator,
    Generator,
    StaticMethod,
    ClassMethod,
    Property,
    NotImplemented,
    Ellipsis,
    Native,
}

/// A type's attributes.
pub enum TypeAttrs {
    /// A built-in type's table, fixed at start-up and read without locks.
    Frozen(HashMap<Box<str>, Value>),
    /// A class's namespace: a dict object.
    Dict(ObjRef),
}

pub struct TypeObj {
    pub name: RwLock<Arc<str>>,
    pub qualname: RwLock<Arc<str>>,
    pub module: Arc<str>,
    pub bases: RwLock<Vec<ObjRef>>,
    pub mro: RwLock<Vec<ObjRef>>,
    pub attrs: TypeAttrs,
    pub base_kind: BaseKind,
    /// Built-in type that Python code may subclass.
    pub subclassable: bool,
    /// A tag that changes (to a fresh, never used value) whenever an attribute of this type or
    /// of one of its bases changes; inline caches key on it.
    pub tag: AtomicU64,
    /// The metaclass, when it is not `type`.
    pub meta: Option<ObjRef>,
    /// Direct subclasses still alive: (address of the class object, address of its TypeObj).
    /// A class removes itself in its destructor, under this lock.
    pub subclasses: Mutex<Vec<(usize, usize)>>,
    /// `(tag << 8) | flag bits`, recomputed when the tag changes; see [`flag`].
    pub flags: AtomicU64,
    /// Whether instances have a `__dict__` (false for classes whose `__slots__` omit it).
    pub has_dict: bool,
    /// The names in `__slots__` of this class (not its bases).
    pub slot_names: Box<[Value]>,
}

impl TypeObj {
    pub fn name(&self) -> Arc<str> {
        self.name.read().clone()
    }

    pub fn is_builtin(&self) -> bool {
        matches!(self.attrs, TypeAttrs::Frozen(_))
    }

    /// Look `name` up in this type's own attributes (not the MRO).
    pub fn own_attr(&self, name: &str) -> Option<Value> {
        match &self.attrs {
            TypeAttrs::Frozen(map) => map.get(name).cloned(),
            TypeAttrs::Dict(d) => crate::types::dict::dict_get_str(d, name),
        }
    }

    /// The type's state changed: give it and every subclass a fresh tag.
    pub fn bump_version(&self) {
        self.tag.store(fresh_tag(), Ordering::Release);
        let subs = self.subclasses.lock();
        for &(_, t) in subs.iter() {
            // SAFETY: a subclass removes its entry (under this lock, which we hold) before its
            // memory is released, so every listed TypeObj is still allocated.
            let sub = unsafe { &*(t as *const TypeObj) };
            sub.bump_version();
        }
    }

    #[inline]
    pub fn tag(&self) -> u64 {
        self.tag.load(Ordering::Acquire)
    }

    /// The live direct subclasses.
    pub fn subclass_list(&self) -> Vec<ObjRef> {
        let subs = self.subclasses.lock();
        subs.iter()
            // SAFETY: entries are removed under this lock before a class is freed (see Drop),
            // so the memory is allocated; upgrade_raw refuses one whose count reached zero.
            .filter_map(|&(o, _)| unsafe { ObjRef::upgrade_raw(o as *mut crate::object::PyObject) })
            .collect()
    }

    /// The attribute-access flags of this type (see [`flag`]); `this` is the type object.
    #[inline]
    pub fn flags(&self, this: &ObjRef) -> u64 {
        let tag = self.tag();
        let f = self.flags.load(Ordering::Acquire);
        if f >> 8 == tag & (u64::MAX >> 8) && f & flag::VALID != 0 {
            return f & 0xff;
        }
        self.compute_flags(this, tag)
    }

    #[cold]
    fn compute_flags(&self, this: &ObjRef, tag: u64) -> u64 {
        let mut bits = flag::VALID;
        let not_object = |name: &str| match lookup(this, name) {
            Some(v) => {
                !matches!(v.payload(), Some(crate::object::Payload::Builtin(b)) if b.owner == Some("object"))
            }
            None => false,
        };
        if not_object("__getattribute__") {
            bits |= flag::GETATTRIBUTE;
        }
        if lookup(this, "__getattr__").is_some() {
            bits |= flag::GETATTR;
        }
        if lookup(this, "__del__").is_some() {
            bits |= flag::DEL;
        }
        if not_object("__setattr__") {
            bits |= flag::SETATTR;
        }
        if not_object("__delattr__") {
            bits |= flag::DELATTR;
        }
        if let Some(a) = lookup(this, "__abstractmethods__") {
            let non_empty = match a.payload() {
                Some(crate::object::Payload::FrozenSet(s) | crate::object::Payload::Set(s)) => {
                    !s.is_empty()
                }
                Some(crate::object::Payload::Tuple(t)) => !t.is_empty(),
                _ => false,
            };
            if non_empty {
                bits |= flag::ABSTRACT;
            }
        }
        self.flags
            .store(((tag & (u64::MAX >> 8)) << 8) | bits, Ordering::Release);
        bits & 0xff
    }
}

impl Drop for TypeObj {
    fn drop(&mut self) {
        let me = self as *const TypeObj as usize;
        for b in self.bases.get_mut().iter() {
            if let Some(bt) = as_type(b) {
                bt.subclasses.lock().retain(|&(_, t)| t != me);
            }
        }
    }
}

/// Record `cls` (a new class) as a subclass of each of its bases.
pub fn register_subclass(cls: &ObjRef) {
    let Some(t) = as_type(cls) else { return };
    let entry = (cls.addr(), t as *const TypeObj as usize);
    for b in t.bases.read().iter() {
        if let Some(bt) = as_type(b) {
            bt.subclasses.lock().push(entry);
        }
    }
}

/// `cls.__bases__ = bases` once the caller checked the items: recompute the MRO of `cls` and
/// of its subclasses, move `cls` between the subclass lists, and retag.
pub fn set_bases(cls: &ObjRef, bases: Vec<ObjRef>) -> Result<(), String> {
    let t = as_type(cls).ok_or("not a type")?;
    let mro = compute_mro(cls, &bases)?;
    let subs = t.subclass_list();
    let mut sub_mros = Vec::new();
    for sub in &subs {
        collect_sub_mros(sub, cls, &mro, &mut sub_mros)?;
    }
    let me = t as *const TypeObj as usize;
    let old = std::mem::replace(&mut *t.bases.write(), bases);
    for b in &old {
        if let Some(bt) = as_type(b) {
            bt.subclasses.lock().retain(|&(_, x)| x != me);
        }
    }
    register_subclass(cls);
    *t.mro.write() = mro;
    for (sub, m) in sub_mros {
        if let Some(st) = as_type(&sub) {
            *st.mro.write() = m;
        }
    }
    t.bump_version();
    drop(old);
    Ok(())
}

/// The MROs that `sub` and its own subclasses get once `changed` has the MRO `new_mro`.
fn collect_sub_mros(
    sub: &ObjRef,
    changed: &ObjRef,
    new_mro: &[ObjRef],
    out: &mut Vec<(ObjRef, Vec<ObjRef>)>,
) -> Result<(), String> {
    let Some(st) = as_type(sub) else {
        return Ok(());
    };
    if out.iter().any(|(o, _)| ObjRef::ptr_eq(o, sub)) {
        return Ok(());
    }
    // Linearize with the new MROs of the bases already recomputed.
    let bases = st.bases.read().clone();
    let mut seqs: Vec<Vec<ObjRef>> = Vec::new();
    for b in &bases {
        if ObjRef::ptr_eq(b, changed) {
            seqs.push(new_mro.to_vec());
        } else if let Some((_, m)) = out.iter().find(|(o, _)| ObjRef::ptr_eq(o, b)) {
            seqs.push(m.clone());
        } else {
            seqs.push(
                as_type(b)
                    .map(|bt| bt.mro.read().clone())
                    .unwrap_or_default(),
            );
        }
    }
    let m = merge_mro(sub, seqs, &bases)?;
    out.push((sub.clone(), m.clone()));
    for s in st.subclass_list() {
        collect_sub_mros(&s, sub, &m, out)?;
    }
    Ok(())
}

/// The payload of a type object, when `o` is one.
pub fn as_type(o: &ObjRef) -> Option<&TypeObj> {
    match &o.payload {
        crate::object::Payload::Type(t) => Some(t),
        _ => None,
    }
}

/// Look `name` up along the MRO of type `ty`.
pub fn lookup(ty: &ObjRef, name: &str) -> Option<Value> {
    let t = as_type(ty)?;
    if let Some(v) = t.own_attr(name) {
        return Some(v);
    }
    let mro = t.mro.read();
    for base in mro.iter().skip(1) {
        if let Some(bt) = as_type(base) {
            if let Some(v) = bt.own_attr(name) {
                return Some(v);
            }
        }
    }
    None
}

/// Is `sub` the type `sup` or a subclass of it?
pub fn is_subtype(sub: &ObjRef, sup: &ObjRef) -> bool {
    if ObjRef::ptr_eq(sub, sup) {
        return true;
    }
    match as_type(sub) {
        Some(t) => t.mro.read().iter().any(|m| ObjRef::ptr_eq(m, sup)),
        None => false,
    }
}

/// C3 linearization of a new class with `bases`.
pub fn compute_mro(this: &ObjRef, bases: &[ObjRef]) -> Result<Vec<ObjRef>, String> {
    let mut seqs: Vec<Vec<ObjRef>> = Vec::new();
    for b in bases {
        let t = as_type(b).ok_or("bases must be types")?;
        seqs.push(t.mro.read().clone());
    }
    merge_mro(this, seqs, bases)
}

/// The C3 merge of the base MROs `seqs` and the list of `bases`.
fn merge_mro(
    this: &ObjRef,
    mut seqs: Vec<Vec<ObjRef>>,
    bases: &[ObjRef],
) -> Result<Vec<ObjRef>, String> {
    seqs.push(bases.to_vec());
    let mut out = vec![this.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| ObjRef::ptr_eq(x, cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(c) = found else {
            // CPython names the heads of the lists still left to merge, each once.
            let mut heads: Vec<&ObjRef> = Vec::new();
            for s in &seqs {
                if let Some(h) = s.first() {
                    if !heads.iter().any(|x| ObjRef::ptr_eq(x, h)) {
                        heads.push(h);
                    }
                }
            }
            let names: Vec<String> = heads
                .iter()
                .filter_map(|b| as_type(b).map(|t| t.name().to_string()))
                .collect();
            return Err(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if ObjRef::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}
