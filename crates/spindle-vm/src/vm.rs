//! The interpreter state: [`Interp`] is shared by all threads of the process (modules, builtins,
//! settings); [`Vm`] is one thread's state (recursion depth, the exception being handled, its
//! native stack bounds). Native functions receive `&Vm`.

use crate::error::{PyErr, PyResult};
use crate::object::Payload;
use crate::types::function::{Args, BuiltinObj};
use crate::types::module::as_module;
use crate::types::typeobj::lookup;
use crate::types::{type_name, type_of};
use crate::value::{ObjRef, Value};
use crate::{bail, py_err};
use parking_lot::{Mutex, RwLock};
use smallvec::SmallVec;
use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering};
use std::sync::Arc;

/// Default `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: u32 = 1000;

/// Native stack reserved for each interpreter thread (only touched pages are committed).
pub const THREAD_STACK_SIZE: usize = 256 << 20;

/// Keep this much native stack free; deeper calls raise RecursionError instead of overflowing.
const STACK_RESERVE: usize = 1 << 20;

static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(4300);

pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(Ordering::Relaxed)
}

pub fn set_int_max_str_digits(n: usize) {
    INT_MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}

/// Process-wide interpreter state.
pub struct Interp {
    pub builtins: ObjRef,
    pub builtins_dict: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    pub recursion_limit: AtomicU32,
    /// `PYTHON_GIL=1` / `-X gil=1`: a global lock held while running Python code.
    pub gil: Option<Mutex<()>>,
    pub argv: RwLock<Vec<String>>,
    /// Non-daemon threads to wait for at exit.
    pub threads: Mutex<Vec<std::thread::JoinHandle<()>>>,
    pub finalizing: AtomicBool,
    pub main_ident: AtomicUsize,
    /// Source texts by filename, for tracebacks.
    pub sources: RwLock<hashbrown::HashMap<String, Arc<str>>>,
    /// Set by `-X gil` / `PYTHON_GIL`.
    pub gil_enabled: bool,
}

/// One thread's interpreter state.
pub struct Vm {
    pub interp: Arc<Interp>,
    depth: Cell<u32>,
    /// The exception currently being handled (`sys.exception()`), or None.
    pub handled: RefCell<Value>,
    /// Lowest safe native stack address.
    stack_limit: usize,
    /// Held while running Python code when the GIL is enabled.
    gil_held: Cell<bool>,
}

/// An approximate current native stack address.
#[inline(always)]
fn stack_addr() -> usize {
    let x = 0u8;
    std::ptr::addr_of!(x) as usize
}

impl Vm {
    /// State for a thread whose stack has `stack_size` bytes (the caller's frame is near its top).
    pub fn new(interp: Arc<Interp>, stack_size: usize) -> Vm {
        let here = stack_addr();
        Vm {
            interp,
            depth: Cell::new(0),
            handled: RefCell::new(Value::None),
            stack_limit: here.saturating_sub(stack_size.saturating_sub(STACK_RESERVE)),
            gil_held: Cell::new(false),
        }
    }

    /// Enter a Python call: checks the recursion limit and the native stack.
    #[inline]
    pub fn enter(&self) -> PyResult<()> {
        let d = self.depth.get() + 1;
        if d > self.interp.recursion_limit.load(Ordering::Relaxed)
            || stack_addr() < self.stack_limit
        {
            return Err(self.recursion_error());
        }
        self.depth.set(d);
        Ok(())
    }

    #[inline]
    pub fn leave(&self) {
        self.depth.set(self.depth.get().saturating_sub(1));
    }

    pub fn depth(&self) -> u32 {
        self.depth.get()
    }

    #[cold]
    fn recursion_error(&self) -> PyErr {
        py_err!(RecursionError, "maximum recursion depth exceeded")
    }

    /// Call any callable.
    pub fn call(&self, callable: &Value, args: Args) -> PyResult<Value> {
        match callable.raw_payload() {
            Some(Payload::Function(_)) => crate::interp::call::call_function(self, callable, args),
            Some(Payload::Builtin(b)) => self.call_builtin(b, args),
            Some(Payload::BoundMethod(m)) => self.call_with_first(&m.0, &m.1, args),
            Some(Payload::Type(_)) => crate::builtins::construct::call_type(self, callable, args),
            Some(Payload::Instance(_) | Payload::Native(_)) => {
                let ty = type_of(callable);
                match lookup(&ty, "__call__") {
                    Some(f)
                        if matches!(callable.raw_payload(), Some(Payload::Instance(_)))
                            && !matches!(f.raw_payload(), Some(Payload::Function(_))) =>
                    {
                        // A `__call__` that is not a plain function binds as a descriptor.
                        let bound = crate::ops::attr::bind(self, f, callable, &ty)?;
                        self.call(&bound, args)
                    }
                    Some(f) => self.call_with_first(&f, callable, args),
                    None => bail!(
                        TypeError,
                        "'{}' object is not callable",
                        type_name(callable)
                    ),
                }
            }
            Some(Payload::StaticMethod(f)) => self.call(f, args),
            _ => bail!(
                TypeError,
                "'{}' object is not callable",
                type_name(callable)
            ),
        }
    }

    /// Call `f(first, *args, **kwargs)`.
    fn call_with_first(&self, f: &Value, first: &Value, args: Args) -> PyResult<Value> {
        let mut v: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.values.len() + 1);
        v.push(first.clone());
        v.extend(args.values.iter().cloned());
        self.call(
            f,
            Args {
                values: &v,
                kwnames: args.kwnames,
            },
        )
    }

    #[inline]
    pub fn call_builtin(&self, b: &BuiltinObj, args: Args) -> PyResult<Value> {
        // A method of a built-in type called on an instance of a subclass runs on the built-in
        // value the instance extends (and a method returning that value returns the instance).
        if b.owner.is_some() && b.owner != Some("object") {
            let this = match &b.bound {
                Some(s) => Some(s),
                None => args.values.first(),
            };
            if let Some(inst) = this.and_then(|t| t.instance()) {
                if !inst.base.is_null() {
                    return self.call_builtin_on_base(b, args);
                }
            }
        }
        match &b.bound {
            None => (b.func)(self, args),
            Some(s) => {
                let mut v: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.values.len() + 1);
                v.push(s.clone());
                v.extend(args.values.iter().cloned());
                (b.func)(
                    self,
                    Args {
                        values: &v,
                        kwnames: args.kwnames,
                    },
                )
            }
        }
    }

    #[cold]
    fn call_builtin_on_base(&self, b: &BuiltinObj, args: Args) -> PyResult<Value> {
        let mut v: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.values.len() + 1);
        if let Some(s) = &b.bound {
            v.push(s.clone());
        }
        v.extend(args.values.iter().cloned());
        let Some(this) = v.first().cloned() else {
            return (b.func)(self, args);
        };
        let base = this.unwrap_base().clone();
        v[0] = base.clone();
        let r = (b.func)(
            self,
            Args {
                values: &v,
                kwnames: args.kwnames,
            },
        )?;
        // In-place operators return their left operand: the instance, not its base.
        let inplace = matches!(
            b.name,
            "__iadd__" | "__isub__" | "__imul__" | "__ior__" | "__iand__" | "__ixor__"
        );
        Ok(if inplace && r.is(&base) && base.obj().is_some() {
            this
        } else {
            r
        })
    }

    /// Call positional arguments only.
    pub fn call0(&self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        self.call(callable, Args::new(args))
    }

    /// Call the special method `name` of `obj`'s class, if the class (not `object`) defines one.
    /// Ok(None) when it does not.
    pub fn call_special(&self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let ty = type_of(obj);
        let Some(f) = lookup(&ty, name) else {
            return Ok(None);
        };
        if let Some(Payload::Builtin(b)) = f.payload() {
            if b.owner == Some("object") {
                return Ok(None);
            }
        }
        if f.is_none() {
            return Ok(None);
        }
        let mut v: SmallVec<[Value; 4]> = SmallVec::with_capacity(args.len() + 1);
        v.push(obj.clone());
        v.extend(args.iter().cloned());
        let f = match f.payload() {
            Some(Payload::StaticMethod(inner)) => {
                return self.call(inner, Args::new(args)).map(Some)
            }
            Some(Payload::ClassMethod(inner)) => {
                v[0] = Value::Obj(ty);
                inner.clone()
            }
            _ => f,
        };
        self.call(&f, Args::new(&v)).map(Some)
    }

    /// Like [`Vm::call_special`] but only for methods written in Python.
    pub fn call_special_if_python(
        &self,
        obj: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let ty = type_of(obj);
        match lookup(&ty, name) {
            Some(f) if matches!(f.payload(), Some(Payload::Function(_))) => {
                self.call_special(obj, name, args)
            }
            _ => Ok(None),
        }
    }

    /// Look up a builtin by name.
    pub fn builtin(&self, name: &str) -> Option<Value> {
        crate::types::dict::dict_get_str(&self.interp.builtins_dict, name)
    }

    /// `sys.modules[name]`.
    pub fn module(&self, name: &str) -> Option<ObjRef> {
        crate::types::dict::dict_get_str(&self.interp.modules, name).and_then(|v| v.obj().cloned())
    }

    pub fn module_attr(&self, module: &str, name: &str) -> Option<Value> {
        let m = self.module(module)?;
        as_module(&m).and_then(|m| crate::types::dict::dict_get_str(&m.dict, name))
    }

    /// Take the GIL (when enabled) before running Python code on this thread.
    pub fn acquire_gil(&self) {
        if let Some(g) = &self.interp.gil {
            if !self.gil_held.get() {
                std::mem::forget(g.lock());
                self.gil_held.set(true);
            }
        }
    }

    /// Release the GIL around a blocking operation or at thread exit.
    pub fn release_gil(&self) {
        if let Some(g) = &self.interp.gil {
            if self.gil_held.get() {
                // SAFETY: this thread acquired the lock in `acquire_gil` and forgot the guard.
                unsafe { g.force_unlock() };
                self.gil_held.set(false);
            }
        }
    }

    /// Run a blocking operation with the GIL released.
    pub fn allow_threads<R>(&self, f: impl FnOnce() -> R) -> R {
        let held = self.gil_held.get();
        if held {
            self.release_gil();
        }
        let r = f();
        if held {
            self.acquire_gil();
        }
        r
    }
}
