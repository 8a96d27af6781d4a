//! The calling frame of a built-in function that needs it: `globals()`, `locals()`, `vars()`
//! and `dir()` without arguments, and `eval`/`exec` without explicit namespaces.
//!
//! The evaluation loop calls [`needs_frame`] for a module-level builtin it is about to call and,
//! when it says yes, runs the call inside [`with_caller`], which publishes a borrowed view of the
//! frame in a thread-local for the duration of the call. Only these few builtins pay for it.

use crate::object::Payload;
use crate::types::function::as_code;
use crate::types::str::as_str;
use crate::value::{ObjRef, Value};
use std::cell::Cell;

/// A borrowed view of the frame that called a builtin.
pub struct CallerFrame<'a> {
    pub code: &'a ObjRef,
    pub globals: &'a ObjRef,
    /// The namespace of module/class bodies with separate locals.
    pub locals: Option<&'a ObjRef>,
    /// The frame's local and cell slots (`[locals | cells]`).
    pub slots: &'a [Value],
}

/// Owned copies of what a builtin reads from its caller's frame.
pub struct CallerInfo {
    pub globals: ObjRef,
    /// `locals()` of the caller: its namespace dict, or a fresh snapshot dict for functions.
    pub locals: Value,
}

thread_local! {
    static CALLER: Cell<*const ()> = const { Cell::new(std::ptr::null()) };
}

/// Does the builtin called `name` read its caller's frame?
#[inline]
pub fn needs_frame(name: &str) -> bool {
    matches!(
        name,
        "locals" | "globals" | "vars" | "dir" | "eval" | "exec" | "__import__"
    )
}

/// Run `f` with `frame` published as the caller of the builtin it calls.
pub fn with_caller<R>(frame: &CallerFrame<'_>, f: impl FnOnce() -> R) -> R {
    let p = (frame as *const CallerFrame<'_>).cast::<()>();
    let old = CALLER.with(|c| c.replace(p));
    struct Restore(*const ());
    impl Drop for Restore {
        fn drop(&mut self) {
            CALLER.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(old);
    f()
}

/// The published caller frame's globals and locals, if a builtin is running inside
/// [`with_caller`] on this thread.
pub fn caller() -> Option<CallerInfo> {
    let p = CALLER.with(|c| c.get());
    if p.is_null() {
        return None;
    }
    // SAFETY: the pointer is set only by `with_caller`, which restores the previous value before
    // it returns (also on unwinding), so a non-null pointer refers to a `CallerFrame` that is
    // still alive on this thread's stack, and the slices it borrows are shared borrows held for
    // that whole time.
    let frame: &CallerFrame<'_> = unsafe { &*p.cast::<CallerFrame<'_>>() };
    Some(CallerInfo {
        globals: frame.globals.clone(),
        locals: locals_of(frame),
    })
}

fn locals_of(frame: &CallerFrame<'_>) -> Value {
    if let Some(l) = frame.locals {
        return Value::Obj(l.clone());
    }
    let Some(code) = as_code(frame.code) else {
        return Value::Obj(frame.globals.clone());
    };
    if code.is_module {
        return Value::Obj(frame.globals.clone());
    }
    let co = &code.code;
    let nlocals = co.varnames.len();
    let d = crate::types::dict::DictObj::new();
    for (i, name) in co.varnames.iter().enumerate() {
        if co.cellvars.iter().any(|c| c == name) {
            continue;
        }
        match frame.slots.get(i) {
            Some(v) if !v.is_null() => d.set_str(name, v.clone()),
            _ => {}
        }
    }
    for (j, name) in co.cellvars.iter().chain(co.freevars.iter()).enumerate() {
        if let Some(Payload::Cell(c)) = frame.slots.get(nlocals + j).and_then(|v| v.payload()) {
            let v = c.value.read().clone();
            if !v.is_null() {
                d.set_str(name, v);
            }
        }
    }
    Value::from_obj(Payload::Dict(d))
}

/// The sorted names of a `locals()` value (`dir()` without arguments).
pub fn sorted_keys(locals: &Value) -> Vec<String> {
    let mut names: Vec<String> = match locals.payload() {
        Some(Payload::Dict(d)) => d
            .keys()
            .iter()
            .filter_map(|k| as_str(k).map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    names.sort();
    names
}
