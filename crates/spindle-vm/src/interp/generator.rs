//! Generators: creating one from a function call, and resuming it (`next`, `send`, `close`).

use crate::error::{PyErr, PyResult};
use crate::interp::eval::{run_frame, Exit};
use crate::interp::frame::Frame;
use crate::object::Payload;
use crate::types::exceptions::ExcKind;
use crate::types::function::FuncObj;
use crate::types::generator::{GenObj, GenState};
use crate::value::Value;
use crate::vm::Vm;
use crate::{bail, py_err};
use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

pub fn new_generator(fval: &Value, f: &FuncObj, frame: Frame) -> Value {
    let g = GenObj {
        func: fval.obj().cloned().unwrap_or_else(|| crate::types::types().none.clone()),
        name: f.name.read().clone(),
        qualname: f.qualname.read().clone(),
        state: Mutex::new(GenState::Ready(Box::new(frame))),
        started: AtomicBool::new(false),
    };
    Value::from_obj(Payload::Generator(g))
}

/// Resume with `sent`; Ok(Ok(v)) for a yielded value, Ok(Err(v)) when the generator returned v.
pub fn resume(vm: &Vm, gen: &Value, sent: Value) -> PyResult<Result<Value, Value>> {
    let Some(Payload::Generator(g)) = gen.payload() else { bail!(TypeError, "not a generator") };
    let mut frame = {
        let mut st = g.state.lock();
        match std::mem::replace(&mut *st, GenState::Running) {
            GenState::Ready(f) => f,
            GenState::Running => {
                *st = GenState::Running;
                bail!(ValueError, "generator already executing");
            }
            GenState::Finished => {
                *st = GenState::Finished;
                return Ok(Err(Value::None));
            }
        }
    };
    let started = g.started.swap(true, Ordering::Relaxed);
    if started {
        let sp = frame.sp;
        frame.slots[sp] = sent;
        frame.sp += 1;
    } else if !sent.is_none() {
        *g.state.lock() = GenState::Ready(frame);
        g.started.store(false, Ordering::Relaxed);
        bail!(TypeError, "can't send non-None value to a just-started generator");
    }
    if let Err(e) = vm.enter() {
        *g.state.lock() = GenState::Ready(frame);
        return Err(e);
    }
    let r = run_frame(vm, &mut frame);
    vm.leave();
    match r {
        Ok(Exit::Yield(v)) => {
            *g.state.lock() = GenState::Ready(frame);
            Ok(Ok(v))
        }
        Ok(Exit::Return(v)) => {
            *g.state.lock() = GenState::Finished;
            Ok(Err(v))
        }
        Err(e) => {
            *g.state.lock() = GenState::Finished;
            if e.matches(ExcKind::StopIteration) {
                let err = py_err!(RuntimeError, "generator raised StopIteration");
                if let Some(x) = crate::types::exceptions::as_exc(&err.0) {
                    *x.cause.write() = e.value();
                    *x.context.write() = e.value();
                    x.suppress_context.store(true, Ordering::Relaxed);
                }
                return Err(err);
            }
            Err(e)
        }
    }
}

/// `next(gen)`: Ok(None) when exhausted.
pub fn gen_next(vm: &Vm, gen: &Value) -> PyResult<Option<Value>> {
    match resume(vm, gen, Value::None)? {
        Ok(v) => Ok(Some(v)),
        Err(_) => Ok(None),
    }
}

/// `gen.send(v)`: raises StopIteration(value) when the generator returns.
pub fn gen_send(vm: &Vm, gen: &Value, v: Value) -> PyResult<Value> {
    match resume(vm, gen, v)? {
        Ok(v) => Ok(v),
        Err(ret) => Err(stop_iteration(ret)),
    }
}

pub fn stop_iteration(value: Value) -> PyErr {
    let args = if value.is_none() { vec![] } else { vec![value.clone()] };
    let e = PyErr::with_args(ExcKind::StopIteration, args);
    if let Some(x) = crate::types::exceptions::as_exc(&e.0) {
        if let Payload::Dict(d) = &x.dict.payload {
            d.set_str("value", value);
        }
    }
    e
}

/// `gen.close()`: finish a suspended generator without running it further.
pub fn gen_close(gen: &Value) -> PyResult<Value> {
    let Some(Payload::Generator(g)) = gen.payload() else { bail!(TypeError, "not a generator") };
    let mut st = g.state.lock();
    if matches!(*st, GenState::Running) {
        bail!(ValueError, "generator already executing");
    }
    *st = GenState::Finished;
    Ok(Value::None)
}
