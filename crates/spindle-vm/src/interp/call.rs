//! Calling Python functions: binding arguments to parameters (with CPython's error messages)
//! straight into the new frame's slots, then running the frame. Positional arguments are moved
//! from the caller's stack without building a tuple; `*args`/`**kwargs` are built only when the
//! function declares them.

use crate::error::PyResult;
use crate::interp::eval::{run_frame, Exit};
use crate::interp::frame::Frame;
use crate::object::Payload;
use crate::types::function::{Args, CodeVm, FuncObj};
use crate::types::str::as_str;
use crate::types::tuple::new_tuple;
use crate::value::Value;
use crate::vm::Vm;
use crate::{bail, py_err};

/// Call the Python function `fval` (a Function payload).
pub fn call_function(vm: &Vm, fval: &Value, args: Args) -> PyResult<Value> {
    let Some(Payload::Function(f)) = fval.payload() else {
        bail!(SystemError, "call_function on a non-function");
    };
    let code = f.code_vm();
    let mut frame = Frame::new(f.code.clone(), f.globals.clone(), f.builtins.clone(), None);
    bind_args(vm, f, code, &mut frame, args)?;
    if code.code.flags.generator || code.code.flags.coroutine {
        return Ok(crate::interp::generator::new_generator(fval, f, frame));
    }
    vm.enter()?;
    let r = run_frame(vm, &mut frame);
    vm.leave();
    match r? {
        Exit::Return(mut v) => Ok(v.take_words()),
        Exit::Yield(_) => bail!(SystemError, "yield from a non-generator frame"),
    }
}

fn qualname(f: &FuncObj) -> String {
    as_str(&f.qualname.read()).unwrap_or("?").to_string()
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// Bind `args` to the parameters of `f` in `frame`'s local slots.
pub fn bind_args(
    vm: &Vm,
    f: &FuncObj,
    code: &CodeVm,
    frame: &mut Frame,
    args: Args,
) -> PyResult<()> {
    let co = &code.code;
    let nargs = co.arg_count as usize;
    let nkwonly = co.kwonly_arg_count as usize;
    let npos_only = co.posonly_arg_count as usize;
    let pos = args.pos();
    let slots = &mut frame.slots;

    // Fast path: exactly the positional parameters, nothing else.
    if args.kwnames.is_empty()
        && pos.len() == nargs
        && nkwonly == 0
        && !co.flags.varargs
        && !co.flags.varkeywords
    {
        // Parameter slots of a new frame are unbound: overwrite without a drop check.
        for (slot, v) in slots.iter_mut().zip(pos) {
            std::mem::forget(std::mem::replace(slot, v.clone()));
        }
        init_cells(f, code, frame);
        return Ok(());
    }

    let ntotal = nargs + nkwonly;
    let varargs_slot = if co.flags.varargs { Some(ntotal) } else { None };
    let varkw_slot = if co.flags.varkeywords {
        Some(ntotal + co.flags.varargs as usize)
    } else {
        None
    };

    // Positional.
    let take = pos.len().min(nargs);
    for i in 0..take {
        slots[i] = pos[i].clone();
    }
    if pos.len() > nargs {
        match varargs_slot {
            Some(s) => slots[s] = new_tuple(pos[nargs..].to_vec()),
            None => {
                let given_kwonly = args
                    .kwargs()
                    .filter(|(k, _)| co.varnames[nargs..ntotal].iter().any(|n| &**n == *k))
                    .count();
                let ndefaults = f.defaults.len();
                let takes = if ndefaults > 0 {
                    format!(
                        "from {} to {}",
                        nargs - ndefaults,
                        plural(nargs, "positional argument")
                    )
                } else {
                    plural(nargs, "positional argument")
                };
                let given = if given_kwonly > 0 {
                    format!(
                        "{} (and {}) were",
                        plural(pos.len(), "positional argument"),
                        plural(given_kwonly, "keyword-only argument")
                    )
                } else if pos.len() == 1 {
                    "1 was".to_string()
                } else {
                    format!("{} were", pos.len())
                };
                bail!(
                    TypeError,
                    "{}() takes {} but {} given",
                    qualname(f),
                    takes,
                    given
                );
            }
        }
    } else if let Some(s) = varargs_slot {
        slots[s] = new_tuple(Vec::new());
    }

    // Keywords.
    let kwdict = varkw_slot.map(|_| crate::types::dict::DictObj::new());
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (k, v) in args.kwargs() {
        let idx = co.varnames[..ntotal].iter().position(|n| &**n == k);
        match idx {
            Some(i) if i >= npos_only => {
                if !slots[i].is_null() {
                    bail!(
                        TypeError,
                        "{}() got multiple values for argument '{}'",
                        qualname(f),
                        k
                    );
                }
                slots[i] = v.clone();
            }
            other => match &kwdict {
                Some(d) => {
                    if d.get_str(k).is_some() {
                        bail!(
                            TypeError,
                            "{}() got multiple values for argument '{}'",
                            qualname(f),
                            k
                        );
                    }
                    d.set_str(k, v.clone())
                }
                None => {
                    if other.is_some() {
                        posonly_as_kw.push(k.to_string());
                    } else {
                        bail!(
                            TypeError,
                            "{}() got an unexpected keyword argument '{}'",
                            qualname(f),
                            k
                        );
                    }
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        bail!(
            TypeError,
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(f),
            posonly_as_kw.join(", ")
        );
    }
    if let (Some(s), Some(d)) = (varkw_slot, kwdict) {
        slots[s] = Value::from_obj(Payload::Dict(d));
    }

    // Defaults and missing arguments.
    let ndefaults = f.defaults.len();
    let first_default = nargs - ndefaults.min(nargs);
    let mut missing: Vec<String> = Vec::new();
    for i in 0..nargs {
        if slots[i].is_null() {
            if i >= first_default {
                slots[i] = f.defaults[i - first_default].clone();
            } else {
                missing.push(co.varnames[i].to_string());
            }
        }
    }
    if !missing.is_empty() {
        bail!(
            TypeError,
            "{}() missing {} required positional argument{}: {}",
            qualname(f),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        );
    }
    for i in nargs..ntotal {
        if slots[i].is_null() {
            let name = &co.varnames[i];
            let d = f
                .kwdefaults
                .as_ref()
                .and_then(|d| crate::types::dict::dict_get_str(d, name));
            match d {
                Some(v) => slots[i] = v,
                None => missing.push(name.to_string()),
            }
        }
    }
    if !missing.is_empty() {
        bail!(
            TypeError,
            "{}() missing {} required keyword-only argument{}: {}",
            qualname(f),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        );
    }
    let _ = vm;
    init_cells(f, code, frame);
    Ok(())
}

/// Move parameters that are cell variables into their cells and install the closure.
#[inline]
fn init_cells(f: &FuncObj, code: &CodeVm, frame: &mut Frame) {
    if code.ncells == 0 {
        return;
    }
    let co = &code.code;
    let nlocals = co.varnames.len();
    for &(ci, vi) in &co.cell_params {
        let v = frame.slots[vi as usize].clone();
        if let Some(Payload::Cell(c)) = frame.slots[nlocals + ci as usize].payload() {
            *c.value.write() = v;
        }
    }
    let ncellvars = co.cellvars.len();
    for (i, cell) in f.closure.iter().enumerate() {
        frame.slots[nlocals + ncellvars + i] = Value::Obj(cell.clone());
    }
}

/// Build `(names, values)` from a kwargs mapping for `f(*args, **kwargs)`.
pub fn kwargs_from_dict(vm: &Vm, d: &Value) -> PyResult<(Vec<Value>, Vec<Value>)> {
    let Some(dict) = crate::types::dict::as_dict(d) else {
        bail!(
            TypeError,
            "argument after ** must be a mapping, not {}",
            crate::types::type_name(d)
        );
    };
    let mut names = Vec::new();
    let mut values = Vec::new();
    for (k, v) in dict.items() {
        if as_str(&k).is_none() {
            return Err(py_err!(TypeError, "keywords must be strings"));
        }
        names.push(k);
        values.push(v);
    }
    let _ = vm;
    Ok((names, values))
}
