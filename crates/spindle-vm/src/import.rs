//! The import system: `sys.modules`, native modules (written in Rust, see `modules/`), and
//! Spindle's pure-Python standard library embedded in the binary (`lib/`), then `.py` files on
//! `sys.path`. A module's body runs once: its entry in `sys.modules` is created before the body
//! runs (so circular imports see the partly initialized module, as in CPython) under a per-module
//! import lock so two threads importing it at once run the body only once.

use crate::error::PyResult;
use crate::object::Payload;
use crate::types::module::{as_module, new_module};
use crate::types::str::{as_str, new_str};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::{bail, py_err};
use parking_lot::ReentrantMutex;
use std::sync::OnceLock;

/// The import lock: reentrant, because a module's body imports other modules.
fn import_lock() -> &'static ReentrantMutex<()> {
    static LOCK: OnceLock<ReentrantMutex<()>> = OnceLock::new();
    LOCK.get_or_init(|| ReentrantMutex::new(()))
}

/// Python sources of the embedded standard library.
pub fn embedded_source(name: &str) -> Option<&'static str> {
    crate::stdlib::source(name)
}

fn not_found(name: &str) -> crate::error::PyErr {
    let e = py_err!(ModuleNotFoundError, "No module named '{}'", name);
    crate::types::methods::exception::with_field(e, "name", new_str(name))
}

/// Import a module by its absolute dotted name and return it.
pub fn import_module(vm: &Vm, name: &str) -> PyResult<ObjRef> {
    if let Some(m) = vm.module(name) {
        return Ok(m);
    }
    // Import parents first.
    if let Some((parent, _)) = name.rsplit_once('.') {
        import_module(vm, parent)?;
    }
    let _guard = vm.allow_threads(|| import_lock().lock());
    if let Some(m) = vm.module(name) {
        return Ok(m);
    }
    if let Some(init) = crate::modules::native(name) {
        let m = new_module(name);
        set_module(vm, name, &m);
        init(vm, &m)?;
        return Ok(m);
    }
    if let Some(src) = embedded_source(name) {
        let m = exec_module_source(vm, name, src, &format!("<frozen {name}>"))?;
        bind_in_parent(vm, name, &m);
        return Ok(m);
    }
    // Search sys.path for NAME.py or NAME/__init__.py.
    let rel = name.replace('.', "/");
    for dir in search_path(vm) {
        let file = std::path::Path::new(&dir).join(format!("{rel}.py"));
        let pkg = std::path::Path::new(&dir).join(&rel).join("__init__.py");
        for path in [file, pkg] {
            if path.is_file() {
                let src = std::fs::read_to_string(&path)
                    .map_err(|e| py_err!(ImportError, "cannot read {}: {}", path.display(), e))?;
                let m = exec_module_source(vm, name, &src, &path.to_string_lossy())?;
                bind_in_parent(vm, name, &m);
                return Ok(m);
            }
        }
    }
    Err(not_found(name))
}

/// `import a.b` makes `b` an attribute of package `a`.
fn bind_in_parent(vm: &Vm, name: &str, m: &ObjRef) {
    if let Some((parent, child)) = name.rsplit_once('.') {
        if let Some(p) = vm.module(parent) {
            crate::modules::set_attr(&p, child, Value::Obj(m.clone()));
        }
    }
}

fn search_path(vm: &Vm) -> Vec<String> {
    let Some(p) = vm.module_attr("sys", "path") else {
        return vec![];
    };
    match p.payload() {
        Some(Payload::List(l)) => l
            .snapshot()
            .iter()
            .filter_map(|v| as_str(v).map(|s| s.to_string()))
            .collect(),
        _ => vec![],
    }
}

fn set_module(vm: &Vm, name: &str, m: &ObjRef) {
    if let Payload::Dict(d) = &vm.interp.modules.payload {
        d.set_str(name, Value::Obj(m.clone()));
    }
}

/// Run `src` as the body of a new module `name`.
pub fn exec_module_source(vm: &Vm, name: &str, src: &str, filename: &str) -> PyResult<ObjRef> {
    let m = new_module(name);
    let Some(md) = as_module(&m) else {
        bail!(SystemError, "module")
    };
    if let Payload::Dict(d) = &md.dict.payload {
        d.set_str("__file__", new_str(filename));
        d.set_str("__builtins__", Value::Obj(vm.interp.builtins.clone()));
    }
    set_module(vm, name, &m);
    let r = crate::run_code_in(vm, src, filename, &md.dict);
    if let Err(e) = r {
        if let Payload::Dict(d) = &vm.interp.modules.payload {
            d.remove_str(name);
        }
        return Err(e);
    }
    Ok(m)
}

/// IMPORT_NAME: returns the top-level package (no fromlist) or the module itself.
pub fn import_name(
    vm: &Vm,
    name: &str,
    globals: &ObjRef,
    fromlist: &Value,
    level: i64,
) -> PyResult<Value> {
    let full = if level > 0 {
        let pkg = crate::types::dict::dict_get_str(globals, "__package__")
            .and_then(|v| as_str(&v).map(|s| s.to_string()))
            .or_else(|| {
                crate::types::dict::dict_get_str(globals, "__name__")
                    .and_then(|v| as_str(&v).map(|s| s.to_string()))
            })
            .unwrap_or_default();
        let mut base = pkg;
        for _ in 1..level {
            match base.rsplit_once('.') {
                Some((b, _)) => base = b.to_string(),
                None => bail!(
                    ImportError,
                    "attempted relative import beyond top-level package"
                ),
            }
        }
        if base.is_empty() {
            bail!(
                ImportError,
                "attempted relative import with no known parent package"
            );
        }
        if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        }
    } else {
        name.to_string()
    };
    let m = import_module(vm, &full)?;
    let has_fromlist = !fromlist.is_none()
        && crate::types::tuple::as_tuple(fromlist)
            .map(|t| !t.is_empty())
            .unwrap_or(true);
    if has_fromlist || level > 0 && name.is_empty() {
        return Ok(Value::Obj(m));
    }
    let top = full.split('.').next().unwrap_or(&full);
    Ok(Value::Obj(vm.module(top).unwrap_or(m)))
}

/// IMPORT_FROM: `from m import name`.
pub fn import_from(vm: &Vm, m: &Value, name: &str) -> PyResult<Value> {
    if let Some(v) = crate::ops::attr::getattr_opt(vm, m, name)? {
        return Ok(v);
    }
    // A submodule not yet imported.
    if let Some(Payload::Module(md)) = m.payload() {
        let full = format!("{}.{}", md.name, name);
        if let Ok(sub) = import_module(vm, &full) {
            return Ok(Value::Obj(sub));
        }
        let file =
            crate::types::dict::dict_get_str(&md.dict, "__file__").filter(|v| as_str(v).is_some());
        let loc = file
            .as_ref()
            .and_then(|v| as_str(v).map(|s| s.to_string()))
            .unwrap_or_else(|| "unknown location".into());
        let err = py_err!(
            ImportError,
            "cannot import name '{}' from '{}' ({})",
            name,
            md.name,
            loc
        );
        use crate::types::methods::exception::with_field;
        let err = with_field(err, "name", new_str(&md.name));
        let err = with_field(err, "path", file.unwrap_or(Value::None));
        return Err(with_field(err, "name_from", new_str(name)));
    }
    bail!(ImportError, "cannot import name '{}'", name)
}

/// `from m import *`.
pub fn import_star(vm: &Vm, m: &Value, target: &ObjRef) -> PyResult<()> {
    let Some(Payload::Module(md)) = m.payload() else {
        bail!(TypeError, "import * from a non-module")
    };
    let Payload::Dict(src) = &md.dict.payload else {
        return Ok(());
    };
    let Payload::Dict(dst) = &target.payload else {
        return Ok(());
    };
    let names: Vec<Value> = match src.get_str("__all__") {
        Some(all) => crate::builtins::collect(vm, &all)?,
        None => src
            .keys()
            .into_iter()
            .filter(|k| as_str(k).map(|s| !s.starts_with('_')).unwrap_or(false))
            .collect(),
    };
    for n in names {
        let Some(s) = as_str(&n) else { continue };
        match src.get_str(s) {
            Some(v) => dst.set_str(s, v),
            None => bail!(
                AttributeError,
                "module '{}' has no attribute '{}'",
                md.name,
                s
            ),
        }
    }
    Ok(())
}
