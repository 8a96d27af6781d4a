//! Spindle's runtime: values and objects ([`value`], [`object`], [`types`]), the object
//! protocols ([`ops`]), the interpreter ([`interp`]), builtins ([`builtins`]), native modules
//! ([`modules`]), the import system ([`import`]) and the embedded pure-Python library
//! ([`stdlib`]).
//!
//! Entry points for the CLI and for embedding: [`Interp::create`] (via [`new_interpreter`]),
//! [`run_main`], [`run_code_in`].

pub mod builtins;
pub mod codecs;
pub mod error;
pub mod floatfmt;
pub mod format;
pub mod hash;
pub mod import;
pub mod interp;
pub mod modules;
pub mod object;
pub mod ops;
pub mod stdlib;
pub mod types;
pub mod value;
pub mod vm;

pub use error::{PyErr, PyResult};
pub use value::{ObjRef, Value};
pub use vm::{Interp, Vm};

use crate::interp::eval::{run_frame, Exit};
use crate::interp::frame::Frame;
use crate::object::Payload;
use crate::types::exceptions::ExcKind;
use crate::types::function::{CodeVm, GlobalCache};
use crate::types::str::new_immortal_str;
use spindle_bytecode::{CodeObject, Constant};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize};
use std::sync::Arc;

/// Options of a new interpreter.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub argv: Vec<String>,
    /// Enable the global interpreter lock (`PYTHON_GIL=1`, `-X gil=1`).
    pub gil: bool,
    /// The directory of the script (first entry of `sys.path`).
    pub script_dir: Option<String>,
}

/// Create the process's interpreter: builtins, `sys`, `sys.modules`.
pub fn new_interpreter(opts: &Options) -> Arc<Interp> {
    let builtins = crate::types::module::new_module("builtins");
    let builtins_dict = crate::types::module::as_module(&builtins)
        .map(|m| m.dict.clone())
        .unwrap_or_else(crate::types::dict::new_dict_obj);
    let modules = crate::types::dict::new_dict_obj();
    modules.immortalize();
    let interp = Arc::new(Interp {
        builtins: builtins.clone(),
        builtins_dict: builtins_dict.clone(),
        modules,
        recursion_limit: AtomicU32::new(crate::vm::DEFAULT_RECURSION_LIMIT),
        gil: if opts.gil {
            Some(parking_lot::Mutex::new(()))
        } else {
            None
        },
        argv: parking_lot::RwLock::new(opts.argv.clone()),
        threads: parking_lot::Mutex::new(Vec::new()),
        finalizing: AtomicBool::new(false),
        main_ident: AtomicUsize::new(0),
        sources: parking_lot::RwLock::new(hashbrown::HashMap::new()),
        gil_enabled: opts.gil,
    });
    crate::builtins::init(&builtins_dict);
    if let Payload::Dict(d) = &interp.modules.payload {
        d.set_str("builtins", Value::Obj(builtins));
    }
    interp
}

/// Turn compiled code (and its nested code objects) into an immortal VM code object.
pub fn load_code(code: Arc<CodeObject>, is_module: bool) -> ObjRef {
    let consts: Box<[Value]> = code.constants.iter().map(const_value).collect();
    let names: Box<[Value]> = code.names.iter().map(|n| new_immortal_str(n)).collect();
    let caches: Box<[GlobalCache]> = (0..code.cache_count)
        .map(|_| GlobalCache::default())
        .collect();
    let immortal_defs =
        is_module || (code.flags.uses_namespace && !code.qualname.contains("<locals>"));
    let attr_caches = (0..code.cache_count).map(|_| Default::default()).collect();
    let ncells = code.cellvars.len() + code.freevars.len();
    let name_value = new_immortal_str(&code.name);
    let qualname_value = new_immortal_str(&code.qualname);
    ObjRef::new_immortal(Payload::Code(Box::new(CodeVm {
        code,
        consts,
        names,
        global_caches: caches,
        attr_caches,
        is_module,
        immortal_defs,
        ncells,
        name_value,
        qualname_value,
    })))
}

fn const_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => Value::Obj(ObjRef::new_immortal(Payload::BigInt(b.clone()))),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex(r, i) => Value::Obj(ObjRef::new_immortal(Payload::Complex(*r, *i))),
        Constant::Str(s) => new_immortal_str(s),
        Constant::Bytes(b) => Value::Obj(ObjRef::new_immortal(Payload::Bytes(
            b.to_vec().into_boxed_slice(),
        ))),
        Constant::Tuple(items) => Value::Obj(ObjRef::new_immortal(Payload::Tuple(
            items.iter().map(const_value).collect(),
        ))),
        Constant::Ellipsis => crate::types::types().ellipsis.clone(),
        Constant::Code(inner) => Value::Obj(load_code(inner.clone(), false)),
    }
}

/// Compile `src` and report a compile error as a Python SyntaxError.
pub fn compile_source(
    vm: &Vm,
    src: &str,
    filename: &str,
    mode: spindle_compiler::Mode,
) -> PyResult<ObjRef> {
    vm.interp
        .sources
        .write()
        .insert(filename.to_string(), Arc::from(src));
    match spindle_compiler::compile(src, filename, mode) {
        Ok(code) => Ok(load_code(code, mode == spindle_compiler::Mode::Exec)),
        Err(e) => Err(syntax_error(src, filename, &e)),
    }
}

/// A SyntaxError (or IndentationError) exception for a compile error.
pub fn syntax_error(src: &str, filename: &str, e: &spindle_compiler::CompileError) -> PyErr {
    let idx = spindle_compiler::LineIndex::new(src);
    let (mut line, col) = idx.position(e.range.start().into());
    let (mut end_line, end_col) = idx.position(e.range.end().into());
    if let Some(p) = e.pos {
        line = p.line;
        end_line = p.end_line;
    }
    let text = idx.line_text(src, line).to_string();
    let kind = match e.kind {
        spindle_compiler::ErrorKind::Syntax => ExcKind::SyntaxError,
        spindle_compiler::ErrorKind::Indentation => ExcKind::IndentationError,
    };
    let msg = e.msg.replace("{line}", &line.to_string());
    let to_chars = |l: u32, c: u32| -> i64 {
        let t = idx.line_text(src, l);
        t.get(..(c as usize).min(t.len()))
            .map(|s| s.chars().count())
            .unwrap_or(c as usize) as i64
            + 1
    };
    let (offset, end_offset) = match e.pos {
        Some(p) => (p.offset, p.end_offset),
        None => {
            let offset = to_chars(line, col);
            (
                offset,
                if end_line == line {
                    to_chars(line, end_col)
                } else {
                    offset + 1
                },
            )
        }
    };
    // args are (msg, (filename, lineno, offset, text, end_lineno, end_offset)), from which the
    // exception's fields are set.
    let location = crate::types::tuple::new_tuple(vec![
        crate::types::str::new_str(filename),
        Value::Int(line as i64),
        Value::Int(offset),
        crate::types::str::new_str(&format!("{text}\n")),
        Value::Int(end_line as i64),
        Value::Int(end_offset),
    ]);
    PyErr::with_args(kind, vec![crate::types::str::new_str(&msg), location])
}

/// Run a code object with `globals` as its namespace.
pub fn run_code_obj(
    vm: &Vm,
    code: ObjRef,
    globals: &ObjRef,
    locals: Option<ObjRef>,
) -> PyResult<Value> {
    let mut frame = Frame::new(
        code,
        globals.clone(),
        vm.interp.builtins_dict.clone(),
        locals,
    );
    vm.enter()?;
    let r = run_frame(vm, &mut frame);
    vm.leave();
    match r? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(crate::py_err!(SystemError, "yield at module level")),
    }
}

/// Compile and run `src` in the namespace dict `globals`.
pub fn run_code_in(vm: &Vm, src: &str, filename: &str, globals: &ObjRef) -> PyResult<Value> {
    let code = compile_source(vm, src, filename, spindle_compiler::Mode::Exec)?;
    run_code_obj(vm, code, globals, None)
}

/// Run a program as `__main__`; returns the process exit status (tracebacks already printed).
pub fn run_main(vm: &Vm, src: &str, filename: &str) -> i32 {
    let main = crate::types::module::new_module("__main__");
    let Some(md) = crate::types::module::as_module(&main) else {
        return 1;
    };
    if let Payload::Dict(d) = &md.dict.payload {
        if !filename.starts_with('<') {
            d.set_str("__file__", crate::types::str::new_str(filename));
        }
        d.set_str("__builtins__", Value::Obj(vm.interp.builtins.clone()));
    }
    if let Payload::Dict(d) = &vm.interp.modules.payload {
        d.set_str("__main__", Value::Obj(main.clone()));
    }
    let r = run_code_in(vm, src, filename, &md.dict);
    let status = match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, &e),
    };
    let status2 = finalize(vm);
    if status == 0 {
        status2
    } else {
        status
    }
}

/// Print an uncaught exception (or honour SystemExit); returns the exit status.
pub fn handle_uncaught(vm: &Vm, e: &PyErr) -> i32 {
    if e.matches(ExcKind::SystemExit) {
        return system_exit_status(vm, e);
    }
    crate::modules::spindle_traceback::handle_uncaught(vm, &e.value());
    // CPython ends by the SIGINT it did not handle: the shell sees 128 + 2.
    if e.matches(ExcKind::KeyboardInterrupt) {
        return 130;
    }
    1
}

fn system_exit_status(vm: &Vm, e: &PyErr) -> i32 {
    let code = crate::ops::attr::getattr_opt(vm, &e.value(), "code")
        .ok()
        .flatten()
        .unwrap_or(Value::None);
    match &code {
        Value::None => 0,
        Value::Int(i) => *i as i32,
        Value::Bool(b) => *b as i32,
        other => {
            crate::modules::sys::flush_std(vm);
            eprintln!("{}", crate::ops::str_(vm, other).unwrap_or_default());
            1
        }
    }
}

/// Interpreter shutdown: wait for non-daemon threads, run atexit handlers, flush streams.
pub fn finalize(vm: &Vm) -> i32 {
    let mut status = 0;
    loop {
        let handles: Vec<_> = std::mem::take(&mut *vm.interp.threads.lock());
        if handles.is_empty() {
            break;
        }
        vm.allow_threads(|| {
            for h in handles {
                let _ = h.join();
            }
        });
    }
    if let Err(e) = crate::modules::run_atexit(vm) {
        status = handle_uncaught(vm, &e);
    }
    vm.interp
        .finalizing
        .store(true, std::sync::atomic::Ordering::Relaxed);
    crate::modules::sys::flush_std(vm);
    status
}

/// `spindle -m NAME`: run a module as `__main__`.
pub fn run_module_as_main(vm: &Vm, name: &str) -> i32 {
    let src = match crate::stdlib::source(name) {
        Some(s) => s.to_string(),
        None => {
            let rel = name.replace('.', "/");
            let found = ["", "."].iter().find_map(|d| {
                let p = std::path::Path::new(d).join(format!("{rel}.py"));
                std::fs::read_to_string(&p)
                    .ok()
                    .map(|s| (s, p.to_string_lossy().to_string()))
            });
            match found {
                Some((s, p)) => return run_main(vm, &s, &p),
                None => {
                    let exe = std::env::args().next().unwrap_or_else(|| "spindle".into());
                    eprintln!("{exe}: No module named {name}");
                    return 1;
                }
            }
        }
    };
    run_main(vm, &src, &format!("<frozen {name}>"))
}
