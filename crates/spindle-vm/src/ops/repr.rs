//! `repr()` and `str()` of every built-in value, with CPython's exact layouts (shortest
//! round-trip floats, quote choice of strings, `[...]` for recursive containers).

use crate::bail;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::str::repr_str;
use crate::types::type_name;
use crate::types::typeobj::as_type;
use crate::value::Value;
use crate::vm::Vm;
pub use spindle_bytecode::text::bytes_repr;
use std::cell::RefCell;

thread_local! {
    /// Containers whose repr is in progress on this thread (for `[...]`).
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Run `f` unless `addr` is already being repr'd on this thread (then return `recursive`).
fn guarded(addr: usize, recursive: &str, f: impl FnOnce() -> PyResult<String>) -> PyResult<String> {
    let busy = IN_REPR.with(|s| s.borrow().contains(&addr));
    if busy {
        return Ok(recursive.to_string());
    }
    IN_REPR.with(|s| s.borrow_mut().push(addr));
    let r = f();
    IN_REPR.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(i) = s.iter().rposition(|a| *a == addr) {
            s.remove(i);
        }
    });
    r
}

/// Python's `repr(float)`.
pub fn float_repr(x: f64) -> String {
    crate::floatfmt::repr(x)
}

/// Shortest round-trip decimal digits of a finite non-zero float: (negative, digits, decpt)
/// with value = 0.DIGITS × 10^decpt.
pub fn shortest_digits(x: f64) -> (bool, String, i32) {
    let d = crate::floatfmt::shortest(x);
    (x < 0.0, d.digits, d.decpt)
}

/// repr of an int (with the 4300-digit conversion limit).
pub fn int_repr(v: &Value) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        Value::Bool(b) => Ok(if *b { "1".into() } else { "0".into() }),
        _ => match v.payload() {
            Some(Payload::BigInt(b)) => {
                let limit = crate::vm::int_max_str_digits();
                if limit > 0 && b.bits() > 14000 {
                    // Estimate digits cheaply before converting.
                    let digits = (b.bits() as f64 * std::f64::consts::LOG10_2) as usize + 1;
                    if digits > limit + 1 {
                        bail!(
                            ValueError,
                            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                        );
                    }
                }
                let s = b.to_string();
                let n = s.trim_start_matches('-').len();
                if limit > 0 && n > limit {
                    bail!(
                        ValueError,
                        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                    );
                }
                Ok(s)
            }
            _ => Ok(String::new()),
        },
    }
}

pub fn complex_repr(r: f64, i: f64) -> String {
    crate::types::methods::complex::repr(r, i)
}

fn join_reprs(vm: &Vm, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for it in items {
        parts.push(repr(vm, it)?);
    }
    Ok(parts.join(", "))
}

/// `repr(v)`.
pub fn repr(vm: &Vm, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Null => "<NULL>".into(),
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => float_repr(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => repr_str(s.as_str()),
            Payload::BigInt(_) => int_repr(v)?,
            Payload::Complex(r, i) => complex_repr(*r, *i),
            Payload::Bytes(b) => bytes_repr(b),
            Payload::Tuple(t) => {
                if t.len() == 1 {
                    let inner = t.to_vec();
                    guarded(o.addr(), "(...)", || {
                        Ok(format!("({},)", repr(vm, &inner[0])?))
                    })?
                } else {
                    let items = t.to_vec();
                    guarded(o.addr(), "(...)", || {
                        Ok(format!("({})", join_reprs(vm, &items)?))
                    })?
                }
            }
            Payload::List(l) => {
                let items = l.snapshot();
                guarded(o.addr(), "[...]", || {
                    Ok(format!("[{}]", join_reprs(vm, &items)?))
                })?
            }
            Payload::Dict(d) => {
                let items = d.items();
                guarded(o.addr(), "{...}", || {
                    let mut parts = Vec::with_capacity(items.len());
                    for (k, val) in &items {
                        parts.push(format!("{}: {}", repr(vm, k)?, repr(vm, val)?));
                    }
                    Ok(format!("{{{}}}", parts.join(", ")))
                })?
            }
            Payload::Set(s) => {
                let items = s.table.read().values();
                if items.is_empty() {
                    "set()".into()
                } else {
                    guarded(o.addr(), "set(...)", || {
                        Ok(format!("{{{}}}", join_reprs(vm, &items)?))
                    })?
                }
            }
            Payload::FrozenSet(s) => {
                let items = s.table.read().values();
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", join_reprs(vm, &items)?)
                }
            }
            Payload::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Payload::Slice(s) => format!(
                "slice({}, {}, {})",
                repr(vm, &s[0])?,
                repr(vm, &s[1])?,
                repr(vm, &s[2])?
            ),
            Payload::Function(f) => {
                format!(
                    "<function {} at {:#x}>",
                    crate::types::str::as_str(&f.qualname.read()).unwrap_or("?"),
                    o.addr()
                )
            }
            Payload::Builtin(b) => match (&b.bound, b.owner) {
                (Some(obj), Some(_)) => {
                    if let Some(Payload::Module(m)) = obj.payload() {
                        format!("<built-in function {}>", b.name).replace("{}", &m.name)
                    } else {
                        format!(
                            "<built-in method {} of {} object at {:#x}>",
                            b.name,
                            type_name(obj),
                            obj.obj().map(|o| o.addr()).unwrap_or(0)
                        )
                    }
                }
                (None, Some(owner)) => format!("<method '{}' of '{}' objects>", b.name, owner),
                _ => format!("<built-in function {}>", b.name),
            },
            Payload::BoundMethod(m) => {
                let fname = match m.0.payload() {
                    Some(Payload::Function(f)) => crate::types::str::as_str(&f.qualname.read())
                        .unwrap_or("?")
                        .to_string(),
                    _ => "?".into(),
                };
                format!("<bound method {} of {}>", fname, repr(vm, &m.1)?)
            }
            Payload::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name,
                o.addr(),
                c.code.filename,
                c.code.first_line
            ),
            Payload::Cell(_) => format!("<cell at {:#x}>", o.addr()),
            Payload::Module(m) => match m.dict.payload.clone_file() {
                Some(f) => format!("<module '{}' from '{}'>", m.name, f),
                None => format!("<module '{}' (built-in)>", m.name),
            },
            Payload::Type(t) => {
                if t.meta.is_some() {
                    if let Some(r) = vm.call_special_if_python(v, "__repr__", &[])? {
                        return str_result(&r, "__repr__");
                    }
                }
                type_repr(vm, v)?
            }
            Payload::Exception(_) => crate::types::methods::exception::repr_of(vm, v)?,
            Payload::Instance(_) => {
                if let Some(r) = vm.call_special(v, "__repr__", &[])? {
                    return str_result(&r, "__repr__");
                }
                default_repr(v)
            }
            Payload::Iter(_) => format!("<{} object at {:#x}>", type_name(v), o.addr()),
            Payload::Generator(g) => format!(
                "<{} object {} at {:#x}>",
                g.kind.type_name(),
                crate::types::str::as_str(&g.qualname).unwrap_or("?"),
                o.addr()
            ),
            Payload::NotImplemented => "NotImplemented".into(),
            Payload::Ellipsis => "Ellipsis".into(),
            Payload::Native(_) if crate::types::methods::misc::as_bytearray(v).is_some() => {
                let data = crate::types::methods::misc::bytes_like(v).unwrap_or_default();
                crate::types::methods::bytearray::bytearray_repr(&data)
            }
            Payload::Native(_) if crate::types::methods::misc::as_view(v).is_some() => {
                let dv = crate::types::methods::misc::as_view(v)
                    .ok_or_else(|| crate::py_err!(SystemError, "view"))?;
                guarded(o.addr(), "...", || {
                    crate::types::methods::misc::view_repr(vm, dv)
                })?
            }
            Payload::Native(_) => {
                match crate::types::typeobj::lookup(&crate::types::type_of(v), "__repr__") {
                    Some(f) if !crate::builtins::class::is_object_method(&f) => {
                        let r = vm.call(
                            &f,
                            crate::types::function::Args::new(std::slice::from_ref(v)),
                        )?;
                        return str_result(&r, "__repr__");
                    }
                    _ => default_repr(v),
                }
            }
            Payload::StaticMethod(_) | Payload::ClassMethod(_) | Payload::Property(_) => {
                default_repr(v)
            }
        },
    })
}

/// `<class 'module.Name'>`.
pub fn type_repr(_vm: &Vm, v: &Value) -> PyResult<String> {
    let Some(t) = v.obj().and_then(as_type) else {
        return Ok(default_repr(v));
    };
    Ok(if t.module.as_ref() == "builtins" {
        format!("<class '{}'>", t.qualname.read())
    } else {
        format!("<class '{}.{}'>", t.module, t.qualname.read())
    })
}

/// `<module.Class object at 0x...>`.
pub fn default_repr(v: &Value) -> String {
    let ty = crate::types::type_of(v);
    let (module, qual) = match as_type(&ty) {
        Some(t) => (t.module.to_string(), t.qualname.read().to_string()),
        None => ("builtins".into(), "object".into()),
    };
    let addr = v.obj().map(|o| o.addr()).unwrap_or(0);
    if module == "builtins" {
        format!("<{qual} object at {addr:#x}>")
    } else {
        format!("<{module}.{qual} object at {addr:#x}>")
    }
}

/// The result of `__repr__`/`__str__` (`method`), which must be a str.
fn str_result(r: &Value, method: &str) -> PyResult<String> {
    match crate::types::str::as_str(r) {
        Some(s) => Ok(s.to_string()),
        None => bail!(
            TypeError,
            "{} returned non-string (type {})",
            method,
            type_name(r)
        ),
    }
}

/// `str(v)`.
pub fn str_(vm: &Vm, v: &Value) -> PyResult<String> {
    match v.raw_payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().to_string()),
        Some(Payload::Exception(_)) => crate::types::methods::exception::str_of(vm, v),
        Some(Payload::Instance(_)) => {
            if let Some(r) = vm.call_special(v, "__str__", &[])? {
                return str_result(&r, "__str__");
            }
            repr(vm, v)
        }
        _ => repr(vm, v),
    }
}

trait ModuleFile {
    fn clone_file(&self) -> Option<String>;
}

impl ModuleFile for Payload {
    fn clone_file(&self) -> Option<String> {
        match self {
            Payload::Dict(d) => d
                .get_str("__file__")
                .and_then(|f| crate::types::str::as_str(&f).map(|s| s.to_string())),
            _ => None,
        }
    }
}
