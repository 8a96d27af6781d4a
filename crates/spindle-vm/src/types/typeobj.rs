//! Type objects (`type`): built-in types and classes defined in Python.
//!
//! Built-in types are immutable after start-up, so their attribute tables are plain maps read
//! without any lock: every thread can look up `list.append` at once without touching shared
//! memory. Classes defined in Python keep their namespace in a dict object (with its own lock);
//! their `version` changes on every attribute store so that inline caches can key on it.

use crate::value::{ObjRef, Value};
use hashbrown::HashMap;
use parking_lot::RwLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

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
    /// Bumped whenever an attribute of this type (or of a base) changes.
    pub version: AtomicU64,
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

    pub fn bump_version(&self) {
        self.version.fetch_add(1, Ordering::Relaxed);
    }
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
            let names: Vec<String> = bases
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
