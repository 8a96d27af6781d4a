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
        func: fval
            .obj()
            .cloned()
            .unwrap_or_else(|| crate::types::types().none.clone()),
        name: f.name.read().clone(),
        qualname: f.qualname.read().clone(),
        state: Mutex::new(GenState::Ready(Box::new(frame))),
        started: AtomicBool::new(false),
    };
    Value::from_obj(Payload::Generator(Box::new(g)))
}

/// What a suspended generator is resumed with.
enum Input {
    /// The value of the `yield` expression.
    Send(Value),
    /// Raise this exception at the `yield`.
    Throw(PyErr),
    /// The delegate of a `yield from` returned this value: finish the `yield from` with it.
    DelegateReturned(Value),
}

/// Resume with `sent`; Ok(Ok(v)) for a yielded value, Ok(Err(v)) when the generator returned v.
pub fn resume(vm: &Vm, gen: &Value, sent: Value) -> PyResult<Result<Value, Value>> {
    resume_with(vm, gen, Input::Send(sent))
}

fn resume_with(vm: &Vm, gen: &Value, input: Input) -> PyResult<Result<Value, Value>> {
    let Some(Payload::Generator(g)) = gen.payload() else {
        bail!(TypeError, "not a generator")
    };
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
                return match input {
                    Input::Throw(e) => Err(e),
                    _ => Ok(Err(Value::None)),
                };
            }
        }
    };
    let started = g.started.swap(true, Ordering::Relaxed);
    match input {
        Input::Send(sent) => {
            if started {
                let sp = frame.sp;
                frame.slots[sp] = sent;
                frame.sp += 1;
            } else if !sent.is_none() {
                *g.state.lock() = GenState::Ready(frame);
                g.started.store(false, Ordering::Relaxed);
                bail!(
                    TypeError,
                    "can't send non-None value to a just-started generator"
                );
            }
        }
        Input::Throw(e) => {
            if !started {
                // Thrown before the first instruction: the generator ends with the exception.
                *g.state.lock() = GenState::Finished;
                return Err(e);
            }
            frame.pending = Some(e);
        }
        Input::DelegateReturned(v) => {
            // Suspended at `SEND; YIELD_VALUE 1; JUMP_BACKWARD` with pc after the yield: continue
            // at SEND's target with the delegate's return value on the stack.
            let target = frame.code_vm().and_then(|c| {
                let i = c.code.instructions.get(frame.pc.wrapping_sub(2))?;
                (i.op == spindle_bytecode::Opcode::Send).then_some(i.arg as usize)
            });
            let Some(target) = target else {
                *g.state.lock() = GenState::Ready(frame);
                bail!(SystemError, "generator is not delegating");
            };
            let sp = frame.sp;
            frame.slots[sp] = v;
            frame.sp += 1;
            frame.pc = target;
        }
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

/// The iterator a generator suspended in `yield from` delegates to.
fn delegate(g: &GenObj) -> Option<Value> {
    let st = g.state.lock();
    let GenState::Ready(frame) = &*st else {
        return None;
    };
    let code = frame.code_vm()?;
    let i = code.code.instructions.get(frame.pc.checked_sub(1)?)?;
    if i.op == spindle_bytecode::Opcode::YieldValue && i.arg == 1 && frame.sp > frame.stack_base {
        Some(frame.slots[frame.sp - 1].clone())
    } else {
        None
    }
}

/// The value carried by a StopIteration.
fn stop_value(e: &PyErr) -> Value {
    match crate::types::exceptions::as_exc(&e.0) {
        Some(x) => {
            if let Payload::Dict(d) = &x.dict.payload {
                if let Some(v) = d.get_str("value") {
                    return v;
                }
            }
            match crate::types::tuple::as_tuple(&x.args.read()) {
                Some(t) if !t.is_empty() => t[0].clone(),
                _ => Value::None,
            }
        }
        None => Value::None,
    }
}

/// One step of `yield from`: send `v` into `recv`. Ok(Ok(y)) when it yields y, Ok(Err(r)) when
/// it finishes with r.
pub fn send_into(vm: &Vm, recv: &Value, v: Value) -> PyResult<Result<Value, Value>> {
    if let Some(Payload::Generator(_)) = recv.payload() {
        return resume(vm, recv, v);
    }
    if v.is_none() {
        return match crate::ops::next(vm, recv) {
            Ok(Some(y)) => Ok(Ok(y)),
            Ok(None) => Ok(Err(Value::None)),
            Err(e) if e.matches(ExcKind::StopIteration) => Ok(Err(stop_value(&e))),
            Err(e) => Err(e),
        };
    }
    let send = crate::ops::getattr(vm, recv, "send")?;
    match vm.call(
        &send,
        crate::types::function::Args::new(std::slice::from_ref(&v)),
    ) {
        Ok(y) => Ok(Ok(y)),
        Err(e) if e.matches(ExcKind::StopIteration) => Ok(Err(stop_value(&e))),
        Err(e) => Err(e),
    }
}

/// Throw `exc` into `gen` (delegating through `yield from`): Ok(Ok(y)) when the generator
/// yields y, Ok(Err(r)) when it returns r.
fn throw_core(vm: &Vm, gen: &Value, exc: PyErr) -> PyResult<Result<Value, Value>> {
    let Some(Payload::Generator(g)) = gen.payload() else {
        bail!(TypeError, "not a generator")
    };
    if matches!(*g.state.lock(), GenState::Running) {
        bail!(ValueError, "generator already executing");
    }
    let mut exc = exc;
    if let Some(recv) = delegate(g) {
        // What the delegate did with the exception: Ok(Ok(y)) yielded, Ok(Err(r)) returned.
        let r: PyResult<Result<Value, Value>> = if exc.matches(ExcKind::GeneratorExit) {
            // Close the delegate, then raise GeneratorExit here.
            close_iter(vm, &recv).and(Err(exc.clone()))
        } else {
            match recv.payload() {
                Some(Payload::Generator(_)) => throw_core(vm, &recv, exc.clone()),
                _ => match crate::ops::attr::getattr_opt(vm, &recv, "throw")? {
                    Some(t) => vm
                        .call(&t, crate::types::function::Args::new(&[exc.value()]))
                        .map(Ok),
                    None => Err(exc.clone()),
                },
            }
        };
        match r {
            Ok(Ok(y)) => return Ok(Ok(y)),
            Ok(Err(ret)) => return resume_with(vm, gen, Input::DelegateReturned(ret)),
            Err(e) if e.matches(ExcKind::StopIteration) && !exc.matches(ExcKind::GeneratorExit) => {
                return resume_with(vm, gen, Input::DelegateReturned(stop_value(&e)));
            }
            Err(e) => exc = e,
        }
    }
    resume_with(vm, gen, Input::Throw(exc))
}

/// Close an iterator a `yield from` delegates to (generators, or anything with `close`).
fn close_iter(vm: &Vm, it: &Value) -> PyResult<()> {
    match it.payload() {
        Some(Payload::Generator(_)) => gen_close(vm, it).map(|_| ()),
        _ => match crate::ops::attr::getattr_opt(vm, it, "close")? {
            Some(c) => vm
                .call(&c, crate::types::function::Args::new(&[]))
                .map(|_| ()),
            None => Ok(()),
        },
    }
}

/// `gen.throw(exc)`: raises StopIteration(value) when the generator returns.
pub fn gen_throw(vm: &Vm, gen: &Value, exc: PyErr) -> PyResult<Value> {
    match throw_core(vm, gen, exc)? {
        Ok(v) => Ok(v),
        Err(ret) => Err(stop_iteration(ret)),
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
    let args = if value.is_none() {
        vec![]
    } else {
        vec![value.clone()]
    };
    let e = PyErr::with_args(ExcKind::StopIteration, args);
    if let Some(x) = crate::types::exceptions::as_exc(&e.0) {
        if let Payload::Dict(d) = &x.dict.payload {
            d.set_str("value", value);
        }
    }
    e
}

/// `gen.close()`: raise GeneratorExit at the suspended `yield` so `finally` blocks run.
pub fn gen_close(vm: &Vm, gen: &Value) -> PyResult<Value> {
    let Some(Payload::Generator(g)) = gen.payload() else {
        bail!(TypeError, "not a generator")
    };
    {
        let mut st = g.state.lock();
        match &*st {
            GenState::Running => bail!(ValueError, "generator already executing"),
            GenState::Finished => return Ok(Value::None),
            GenState::Ready(_) => {
                if !g.started.load(Ordering::Relaxed) {
                    *st = GenState::Finished;
                    return Ok(Value::None);
                }
            }
        }
    }
    let exit = PyErr::with_args(ExcKind::GeneratorExit, vec![]);
    match throw_core(vm, gen, exit) {
        Ok(Ok(_)) => bail!(RuntimeError, "generator ignored GeneratorExit"),
        Ok(Err(_)) => Ok(Value::None),
        Err(e) if e.matches(ExcKind::GeneratorExit) || e.matches(ExcKind::StopIteration) => {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}
