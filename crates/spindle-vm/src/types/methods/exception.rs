//! Methods and default attributes of `BaseException`.

use super::list::this;
use super::Methods;
use crate::bail;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::exceptions::{as_exc, ExcObj};
use crate::types::function::Args;
use crate::types::list::new_list;
use crate::value::Value;
use crate::vm::Vm;

fn with_traceback(_vm: &Vm, args: Args) -> PyResult<Value> {
    let e = this(&args, "BaseException", "with_traceback")?;
    Ok(e.clone())
}

fn add_note(_vm: &Vm, args: Args) -> PyResult<Value> {
    let e = this(&args, "BaseException", "add_note")?;
    let p = super::list::rest(&args, "add_note", 1, 1)?;
    if crate::types::str::as_str(&p[0]).is_none() {
        bail!(
            TypeError,
            "note must be a str, not '{}'",
            crate::types::type_name(&p[0])
        );
    }
    let Some(x) = e.obj().and_then(as_exc) else {
        bail!(TypeError, "add_note() on a non-exception")
    };
    let Payload::Dict(d) = &x.dict.payload else {
        return Ok(Value::None);
    };
    match d.get_str("__notes__") {
        Some(n) => match n.payload() {
            Some(Payload::List(l)) => l.push(p[0].clone()),
            _ => bail!(TypeError, "Cannot add note: __notes__ is not a list"),
        },
        None => d.set_str("__notes__", new_list(vec![p[0].clone()])),
    }
    Ok(Value::None)
}

fn exc_init(_vm: &Vm, args: Args) -> PyResult<Value> {
    let e = this(&args, "BaseException", "__init__")?;
    if let Some(x) = e.obj().and_then(as_exc) {
        *x.args.write() = crate::types::tuple::new_tuple(args.pos()[1..].to_vec());
    }
    Ok(Value::None)
}

fn exc_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let e = this(&args, "BaseException", "__str__")?;
    let Some(x) = e.obj().and_then(as_exc) else {
        bail!(TypeError, "not an exception")
    };
    let a = x.args_vec();
    Ok(crate::types::str::from_string(match a.len() {
        0 => String::new(),
        1 => crate::ops::str_(vm, &a[0])?,
        _ => crate::ops::repr(vm, &crate::types::tuple::new_tuple(a))?,
    }))
}

fn exc_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let e = this(&args, "BaseException", "__repr__")?;
    let Some(x) = e.obj().and_then(as_exc) else {
        bail!(TypeError, "not an exception")
    };
    let name = crate::types::typeobj::as_type(&x.class)
        .map(|t| t.name())
        .unwrap_or_default();
    let a = x.args_vec();
    let inner = if a.len() == 1 {
        crate::ops::repr(vm, &a[0])?
    } else {
        let parts: PyResult<Vec<String>> = a.iter().map(|v| crate::ops::repr(vm, v)).collect();
        parts?.join(", ")
    };
    Ok(crate::types::str::from_string(format!("{name}({inner})")))
}

pub fn methods() -> Methods {
    vec![
        ("with_traceback", with_traceback),
        ("add_note", add_note),
        ("__init__", exc_init),
        ("__str__", exc_str),
        ("__repr__", exc_repr),
    ]
}

/// Attributes every exception of a kind has even when not set (`StopIteration.value`,
/// `SystemExit.code`, `OSError.errno`, `AttributeError.name`...).
pub fn default_attr(_obj: &Value, e: &ExcObj, name: &str) -> Option<Value> {
    use crate::types::exceptions::ExcKind;
    let is = |k: ExcKind| crate::types::typeobj::is_subtype(&e.class, crate::types::types().exc(k));
    let args = e.args_vec();
    match name {
        "value" if is(ExcKind::StopIteration) => Some(args.first().cloned().unwrap_or(Value::None)),
        "code" if is(ExcKind::SystemExit) => Some(match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => crate::types::tuple::new_tuple(args),
        }),
        "errno" | "strerror" | "filename" | "filename2" if is(ExcKind::OSError) => {
            if args.len() >= 2 {
                match name {
                    "errno" => Some(args[0].clone()),
                    "strerror" => Some(args[1].clone()),
                    "filename" => Some(args.get(2).cloned().unwrap_or(Value::None)),
                    _ => Some(args.get(4).cloned().unwrap_or(Value::None)),
                }
            } else {
                Some(Value::None)
            }
        }
        "name"
            if is(ExcKind::AttributeError)
                || is(ExcKind::NameError)
                || is(ExcKind::ImportError) =>
        {
            Some(Value::None)
        }
        "obj" if is(ExcKind::AttributeError) => Some(Value::None),
        "msg" if is(ExcKind::SyntaxError) || is(ExcKind::ImportError) => {
            Some(args.first().cloned().unwrap_or(Value::None))
        }
        "lineno" | "offset" | "text" | "filename" | "end_lineno" | "end_offset"
            if is(ExcKind::SyntaxError) =>
        {
            Some(Value::None)
        }
        "exceptions" if is(ExcKind::BaseExceptionGroup) => {
            Some(args.get(1).cloned().unwrap_or(Value::None))
        }
        "message" if is(ExcKind::BaseExceptionGroup) => {
            Some(args.first().cloned().unwrap_or(Value::None))
        }
        _ => None,
    }
}
