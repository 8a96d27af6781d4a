//! `_spindle_traceback`: the native half of the `traceback` module (formatting exceptions the
//! way the interpreter prints uncaught ones, extracting traceback entries), plus
//! `sys.excepthook`/`sys.__excepthook__` and the handling of uncaught exceptions.

use crate::bail;
use crate::error::PyResult;
use crate::interp::traceback::{self as tb, Options};
use crate::object::native;
use crate::types::exceptions::as_exc;
use crate::types::function::Args;
use crate::types::list::new_list;
use crate::types::str::{as_str, new_str};
use crate::types::tuple::new_tuple;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Write text to `sys.stderr` (straight to file descriptor 2 while it is the standard stream).
pub fn write_stderr(vm: &Vm, text: &str) {
    let err = vm.module_attr("sys", "stderr");
    match &err {
        Some(v) if !v.is_none() => {
            if native::<crate::modules::sys::Stream>(v).is_some_and(|s| s.fd == 2) {
                crate::modules::sys::write_stderr(text);
                return;
            }
            if let Ok(w) = crate::ops::attr::getattr(vm, v, "write") {
                let _ = vm.call(&w, Args::new(&[new_str(text)]));
            }
        }
        Some(_) => {}
        None => crate::modules::sys::write_stderr(text),
    }
}

/// Print an uncaught exception through `sys.excepthook` (what CPython does at top level).
pub fn handle_uncaught(vm: &Vm, exc: &Value) {
    crate::modules::sys::flush_std(vm);
    if let Some(sys) = vm.module("sys") {
        crate::modules::set_attr(&sys, "last_exc", exc.clone());
        crate::modules::set_attr(&sys, "last_value", exc.clone());
        crate::modules::set_attr(&sys, "last_type", Value::Obj(crate::types::type_of(exc)));
        crate::modules::set_attr(&sys, "last_traceback", tb::traceback_object(exc));
    }
    let hook = vm.module_attr("sys", "excepthook");
    let Some(hook) = hook.filter(|h| !h.is_none()) else {
        write_stderr(vm, "sys.excepthook is missing\n");
        tb::print_exception(vm, exc);
        return;
    };
    if let Some(crate::object::Payload::Builtin(b)) = hook.payload() {
        if std::ptr::fn_addr_eq(b.func, excepthook as crate::types::function::NativeFn) {
            tb::print_exception(vm, exc);
            return;
        }
    }
    let args = [
        Value::Obj(crate::types::type_of(exc)),
        exc.clone(),
        tb::traceback_object(exc),
    ];
    if let Err(e2) = vm.call(&hook, Args::new(&args)) {
        crate::modules::sys::flush_std(vm);
        write_stderr(vm, "Error in sys.excepthook:\n");
        tb::print_exception(vm, &e2.value());
        write_stderr(vm, "\nOriginal exception was:\n");
        tb::print_exception(vm, exc);
    }
    crate::modules::sys::flush_std(vm);
}

/// `sys.excepthook(type, value, traceback)`: print the exception and its traceback to stderr.
pub fn excepthook(vm: &Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("excepthook")?;
    let p = args.pos();
    if p.len() != 3 {
        bail!(
            TypeError,
            "excepthook expected 3 arguments, got {}",
            p.len()
        );
    }
    let value = &p[1];
    if let Some(e) = value.obj().and_then(as_exc) {
        if let Some(entries) = tb::traceback_entries(&p[2]) {
            *e.traceback.lock() = entries;
        }
        crate::modules::sys::flush_std(vm);
        tb::print_exception(vm, value);
    } else {
        bail!(
            TypeError,
            "print_exception(): Exception expected for value, {} found",
            crate::types::type_name(value)
        );
    }
    Ok(Value::None)
}

fn opt_int(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => crate::ops::index_of(v).map(Some),
    }
}

fn arg(p: &[Value], i: usize) -> Option<&Value> {
    p.get(i)
}

/// `format_exception(exc, tb, limit, chain, compact, max_group_width, max_group_depth)`:
/// the report as a list of chunks. `tb` replaces the exception's own entries at the top level.
fn format_exception(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("format_exception", 1, 7)?;
    let exc = &p[0];
    let Some(e) = exc.obj().and_then(as_exc) else {
        return Ok(new_list(vec![new_str(&format!(
            "{}: {}\n",
            crate::types::type_name(exc),
            crate::ops::str_(vm, exc)?
        ))]));
    };
    let mut opts = Options {
        limit: opt_int(arg(p, 2))?,
        ..Options::default()
    };
    if let Some(c) = arg(p, 3) {
        opts.chain = crate::ops::truthy(vm, c)?;
    }
    if let Some(c) = arg(p, 4) {
        opts.compact = crate::ops::truthy(vm, c)?;
    }
    if let Some(w) = opt_int(arg(p, 5))? {
        opts.max_group_width = w.max(0) as usize;
    }
    if let Some(d) = opt_int(arg(p, 6))? {
        opts.max_group_depth = d.max(0) as usize;
    }
    // A traceback other than the exception's own: format with it temporarily in place.
    let replace = match arg(p, 1) {
        Some(t) if !t.is_none() => tb::traceback_entries(t),
        Some(_) => Some(Vec::new()),
        None => None,
    };
    let saved = replace.map(|r| std::mem::replace(&mut *e.traceback.lock(), r));
    let chunks = tb::format_exception_chunks(vm, exc, &opts);
    if let Some(s) = saved {
        *e.traceback.lock() = s;
    }
    Ok(new_list(chunks.iter().map(|c| new_str(c)).collect()))
}

/// `format_exception_only(exc, show_group, use_tb)`: the `Type: message` lines and notes.
fn format_exception_only(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("format_exception_only", 1, 3)?;
    let show_group = match p.get(1) {
        Some(v) => crate::ops::truthy(vm, v)?,
        None => false,
    };
    let use_tb = match p.get(2) {
        Some(v) => crate::ops::truthy(vm, v)?,
        None => true,
    };
    let lines = tb::exception_only_ex(vm, &p[0], show_group, 0, use_tb);
    Ok(new_list(lines.iter().map(|c| new_str(c)).collect()))
}

/// `extract_tb(tb)`: `(filename, lineno, name, end_lineno, colno, end_colno)` per entry.
fn extract_tb(_vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("extract_tb", 1, 1)?;
    if p[0].is_none() {
        return Ok(new_list(vec![]));
    }
    let Some(entries) = tb::traceback_entries(&p[0]) else {
        bail!(
            TypeError,
            "extract_tb() argument must be a traceback, not {}",
            crate::types::type_name(&p[0])
        );
    };
    let mut out = Vec::new();
    for e in &entries {
        let (Some((file, name)), Some((line, end_line, col, end_col))) =
            (tb::entry_names(e), tb::entry_positions(e))
        else {
            continue;
        };
        out.push(new_tuple(vec![
            file,
            Value::Int(line as i64),
            name,
            Value::Int(end_line as i64),
            Value::Int(col as i64),
            Value::Int(end_col as i64),
        ]));
    }
    Ok(new_list(out))
}

/// `format_frame(filename, lineno, name, line, end_lineno, colno, end_colno)`.
fn format_frame(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("format_frame", 4, 7)?;
    let filename = crate::ops::str_(vm, &p[0])?;
    let lineno = opt_int(Some(&p[1]))?;
    let name = crate::ops::str_(vm, &p[2])?;
    let line = as_str(&p[3]).map(|s| s.to_string());
    let positions = match (
        opt_int(arg(p, 4))?,
        opt_int(arg(p, 5))?,
        opt_int(arg(p, 6))?,
    ) {
        (Some(a), Some(b), Some(c)) => Some((a, b, c)),
        _ => None,
    };
    Ok(new_str(&tb::format_frame_parts(
        vm,
        &filename,
        lineno,
        &name,
        positions,
        line.as_deref(),
    )))
}

/// `getline(filename, lineno)`: a source line with its newline, or ''.
fn getline(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("getline", 2, 2)?;
    let filename = crate::ops::str_(vm, &p[0])?;
    let lineno = crate::ops::index_of(&p[1])?;
    if lineno < 1 || lineno > u32::MAX as i64 {
        return Ok(new_str(""));
    }
    Ok(match tb::source_line(vm, &filename, lineno as u32) {
        Some(l) => new_str(&format!("{l}\n")),
        None => new_str(""),
    })
}

/// `exc_str(exc, use_tb)`: an exception's message with the hints a report adds to it.
fn exc_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("exc_str", 1, 2)?;
    let use_tb = match p.get(1) {
        Some(v) => crate::ops::truthy(vm, v)?,
        None => true,
    };
    Ok(match p[0].obj().and_then(as_exc) {
        Some(e) => new_str(&tb::exc_str_with_hints(vm, &p[0], e, use_tb)),
        None => new_str(&crate::ops::str_(vm, &p[0])?),
    })
}

pub fn init(_vm: &Vm, module: &ObjRef) -> PyResult<()> {
    super::add_functions(
        module,
        &[
            ("format_exception", format_exception),
            ("format_exception_only", format_exception_only),
            ("extract_tb", extract_tb),
            ("format_frame", format_frame),
            ("getline", getline),
            ("exc_str", exc_str),
        ],
    );
    Ok(())
}

/// Add `excepthook` and `__excepthook__` to the `sys` module.
pub fn add_to_sys(module: &ObjRef) {
    let f = crate::types::function::new_builtin("excepthook", excepthook);
    super::set_attr(module, "excepthook", f.clone());
    super::set_attr(module, "__excepthook__", f);
}
