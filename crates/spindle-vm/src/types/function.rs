//! Functions: Python functions ([`FuncObj`]), their loaded code ([`CodeVm`]) and native
//! functions ([`BuiltinObj`]) with the argument view they receive ([`Args`]).

use crate::error::PyResult;
use crate::object::Payload;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use parking_lot::RwLock;
use spindle_bytecode::CodeObject;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Arguments of a native call: positional values followed by keyword values; `kwnames` names
/// the last `kwnames.len()` values. Borrowed straight from the caller's value stack.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(values: &'a [Value]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    /// Positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        let n = self.values.len().saturating_sub(self.kwnames.len());
        &self.values[..n]
    }

    /// Keyword arguments as (name, value).
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let n = self.values.len().saturating_sub(self.kwnames.len());
        let names = self.kwnames;
        self.values[n..].iter().enumerate().map(move |(i, v)| {
            (
                names
                    .get(i)
                    .and_then(crate::types::str::as_str)
                    .unwrap_or(""),
                v,
            )
        })
    }

    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwargs().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// Reject keyword arguments: "f() takes no keyword arguments".
    pub fn no_kwargs(&self, fname: &str) -> PyResult<()> {
        if self.has_kwargs() {
            crate::bail!(TypeError, "{fname}() takes no keyword arguments");
        }
        Ok(())
    }

    /// Reject keywords other than `allowed`.
    pub fn only_kwargs(&self, fname: &str, allowed: &[&str]) -> PyResult<()> {
        for (k, _) in self.kwargs() {
            if !allowed.contains(&k) {
                crate::bail!(
                    TypeError,
                    "{fname}() got an unexpected keyword argument '{k}'"
                );
            }
        }
        Ok(())
    }

    /// Exactly one positional argument, no keywords: "f() takes exactly one argument (N given)".
    pub fn one(&self, fname: &str) -> PyResult<&'a Value> {
        self.no_kwargs(fname)?;
        match self.pos() {
            [v] => Ok(v),
            p => crate::bail!(
                TypeError,
                "{fname}() takes exactly one argument ({} given)",
                p.len()
            ),
        }
    }

    /// Between min and max positional arguments, no keywords, with CPython's wording for
    /// functions parsed by `PyArg_UnpackTuple`.
    pub fn range(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        self.no_kwargs(fname)?;
        let p = self.pos();
        if p.len() < min {
            let s = if min == 1 { "" } else { "s" };
            if min == max {
                crate::bail!(
                    TypeError,
                    "{fname} expected {min} argument{s}, got {}",
                    p.len()
                );
            }
            crate::bail!(
                TypeError,
                "{fname} expected at least {min} argument{s}, got {}",
                p.len()
            );
        }
        if p.len() > max {
            let s = if max == 1 { "" } else { "s" };
            if min == max {
                crate::bail!(
                    TypeError,
                    "{fname} expected {max} argument{s}, got {}",
                    p.len()
                );
            }
            crate::bail!(
                TypeError,
                "{fname} expected at most {max} argument{s}, got {}",
                p.len()
            );
        }
        Ok(p)
    }
}

/// Signature of every native function and method (methods get `self` as the first value).
pub type NativeFn = fn(&Vm, Args) -> PyResult<Value>;

/// A native function, possibly bound to a `self` (`[].append`).
pub struct BuiltinObj {
    pub name: &'static str,
    /// The owning type's name for methods (`list`), or None for module functions.
    pub owner: Option<&'static str>,
    pub func: NativeFn,
    pub bound: Option<Value>,
}

/// One inline-cache slot of a global load: the versions of the globals and builtins dicts it was
/// filled under and the encoded value. Read and written with atomics only (a seqlock on `ver`),
/// so many threads may use and refill it at once. Only values that need no reference counting
/// are cached (ints, floats, bools, None and immortal objects): reading a cached value never
/// writes shared memory.
#[derive(Default)]
pub struct GlobalCache {
    ver: AtomicU64,
    bver: AtomicU64,
    tag: AtomicU64,
    bits: AtomicU64,
}

const BUSY: u64 = u64::MAX;

impl GlobalCache {
    #[inline]
    pub fn get(&self, gver: u64, bver: u64) -> Option<Value> {
        let v1 = self.ver.load(Ordering::Acquire);
        if v1 != gver || v1 == 0 || self.bver.load(Ordering::Acquire) != bver {
            return None;
        }
        let tag = self.tag.load(Ordering::Acquire);
        let bits = self.bits.load(Ordering::Acquire);
        if self.ver.load(Ordering::Acquire) != v1 {
            return None;
        }
        decode(tag, bits)
    }

    pub fn fill(&self, gver: u64, bver: u64, v: &Value) {
        let Some((tag, bits)) = encode(v) else { return };
        let cur = self.ver.load(Ordering::Relaxed);
        if cur == BUSY
            || self
                .ver
                .compare_exchange(cur, BUSY, Ordering::Acquire, Ordering::Relaxed)
                .is_err()
        {
            return;
        }
        self.tag.store(tag, Ordering::Release);
        self.bits.store(bits, Ordering::Release);
        self.bver.store(bver, Ordering::Release);
        self.ver.store(gver, Ordering::Release);
    }
}

/// A value as two words when it needs no reference counting (see [`GlobalCache`]).
pub fn encode(v: &Value) -> Option<(u64, u64)> {
    Some(match v {
        Value::None => (1, 0),
        Value::Bool(b) => (2, *b as u64),
        Value::Int(i) => (3, *i as u64),
        Value::Float(f) => (4, f.to_bits()),
        Value::Obj(o) if o.is_immortal() => (5, o.addr() as u64),
        _ => return None,
    })
}

/// The value [`encode`] made.
pub fn decode(tag: u64, bits: u64) -> Option<Value> {
    Some(match tag {
        1 => Value::None,
        2 => Value::Bool(bits != 0),
        3 => Value::Int(bits as i64),
        4 => Value::Float(f64::from_bits(bits)),
        // SAFETY: only immortal objects are encoded with tag 5; they are never freed, and an
        // ObjRef to an immortal object never changes its count.
        5 => Value::Obj(unsafe { ObjRef::from_immortal_addr(bits as usize) }),
        _ => return None,
    })
}

/// A code object as the VM runs it: the compiler's code plus constants turned into values,
/// interned names and the inline caches.
pub struct CodeVm {
    pub code: Arc<CodeObject>,
    pub consts: Box<[Value]>,
    pub names: Box<[Value]>,
    pub global_caches: Box<[GlobalCache]>,
    /// Attribute inline caches (LoadAttr, LoadMethod, StoreAttr), indexed like `global_caches`.
    pub attr_caches: Box<[crate::interp::attr_cache::AttrCache]>,
    /// Module-level code.
    pub is_module: bool,
    /// Module code or the body of a class defined at module level: the functions it creates
    /// are shared definitions and become immortal.
    pub immortal_defs: bool,
    /// Number of cells + free variables.
    pub ncells: usize,
    /// `co_name` and `co_qualname` as immortal strs (every function made from this code shares
    /// them until renamed).
    pub name_value: Value,
    pub qualname_value: Value,
}

/// A Python function.
pub struct FuncObj {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RwLock<Value>,
    pub qualname: RwLock<Value>,
    pub defaults: Box<[Value]>,
    pub kwdefaults: Option<ObjRef>,
    pub closure: Box<[ObjRef]>,
    pub annotations: RwLock<Value>,
    pub doc: RwLock<Value>,
    pub module: Value,
    pub dict: RwLock<Option<ObjRef>>,
}

impl FuncObj {
    pub fn code_vm(&self) -> &CodeVm {
        match &self.code.payload {
            Payload::Code(c) => c,
            _ => unreachable_code(),
        }
    }
}

#[cold]
fn unreachable_code() -> ! {
    // A FuncObj is only ever built with a Code payload (see interp::make_function).
    std::process::abort()
}

pub fn as_code(v: &ObjRef) -> Option<&CodeVm> {
    match &v.payload {
        Payload::Code(c) => Some(c),
        _ => None,
    }
}

/// A new native function value.
pub fn new_builtin(name: &'static str, func: NativeFn) -> Value {
    Value::Obj(ObjRef::new_immortal(Payload::Builtin(BuiltinObj {
        name,
        owner: None,
        func,
        bound: None,
    })))
}

/// A new native method descriptor for type `owner`.
pub fn new_method(owner: &'static str, name: &'static str, func: NativeFn) -> Value {
    Value::Obj(ObjRef::new_immortal(Payload::Builtin(BuiltinObj {
        name,
        owner: Some(owner),
        func,
        bound: None,
    })))
}
