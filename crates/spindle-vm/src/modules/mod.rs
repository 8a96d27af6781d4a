//! Native (Rust) modules. To add one: write `modules/NAME.rs` with
//! `pub fn init(vm: &Vm, module: &ObjRef) -> PyResult<()>` that fills the module's dict, and
//! list it in [`native`]. Types of native objects and their methods go in
//! [`native_type_methods`].

pub mod math;
pub mod random;
pub mod spindle_traceback;
pub mod sys;
pub mod thread;
pub mod time;
pub mod weakref;

use crate::error::PyResult;
use crate::types::function::NativeFn;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub type ModuleInit = fn(&Vm, &ObjRef) -> PyResult<()>;

/// The initializer of a native module, by name.
pub fn native(name: &str) -> Option<ModuleInit> {
    Some(match name {
        "sys" => sys::init,
        "_thread" => thread::init,
        "time" => time::init,
        "math" => math::init,
        "_random" => random::init,
        "_weakref" => weakref::init,
        "_spindle_traceback" => spindle_traceback::init,
        _ => return None,
    })
}

/// Native object types and their methods.
pub fn native_type_methods() -> Vec<(&'static str, Vec<(&'static str, NativeFn)>)> {
    vec![
        ("lock", thread::lock_methods()),
        ("RLock", thread::rlock_methods()),
        ("TextIOWrapper", sys::stream_methods()),
        ("traceback", vec![]),
        ("frame", vec![]),
        ("ReferenceType", weakref::ref_methods()),
        ("MersenneTwister", random::mt_methods()),
        ("member_descriptor", crate::types::slots::member_methods()),
        ("super", crate::types::slots::super_methods()),
        ("mappingproxy", crate::types::slots::mappingproxy_methods()),
        ("dict_keys", crate::types::methods::misc::view_methods()),
        (
            "dict_values",
            crate::types::methods::misc::values_view_methods(),
        ),
        ("dict_items", crate::types::methods::misc::view_methods()),
        (
            "bytearray",
            crate::types::methods::misc::bytearray_methods(),
        ),
        ("memoryview", crate::types::methods::memoryview::methods()),
        (
            "coroutine_wrapper",
            crate::interp::coroutine::awaitable_helper_methods(false),
        ),
        (
            "async_generator_asend",
            crate::interp::coroutine::awaitable_helper_methods(true),
        ),
        (
            "async_generator_athrow",
            crate::interp::coroutine::awaitable_helper_methods(true),
        ),
        ("frame", vec![]),
        ("ReferenceType", weakref::ref_methods()),
        ("MersenneTwister", random::mt_methods()),
    ]
}

/// Set `name` in a module's namespace.
pub fn set_attr(module: &ObjRef, name: &str, v: Value) {
    if let Some(m) = crate::types::module::as_module(module) {
        if let crate::object::Payload::Dict(d) = &m.dict.payload {
            d.set_str(name, v);
        }
    }
}

/// Add native functions to a module.
pub fn add_functions(module: &ObjRef, fns: &[(&'static str, NativeFn)]) {
    for (name, f) in fns {
        set_attr(module, name, crate::types::function::new_builtin(name, *f));
    }
}

/// Run the functions registered with `atexit` (none yet: the atexit module is future work).
pub fn run_atexit(_vm: &Vm) -> PyResult<()> {
    Ok(())
}
