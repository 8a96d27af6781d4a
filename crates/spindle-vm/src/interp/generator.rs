//! Generators, coroutines and async generators: creating one from a function call, resuming it
//! (`next`, `send`, `throw`, `close`), delegation through `yield from` / `await`, their
//! introspection attributes, and what happens when one is dropped while suspended.
//!
//! A generator keeps its own "exception being handled" while suspended inside an `except`
//! block (CPython's `gi_exc_state`): resuming installs it, yielding takes it back out.
//!
//! Dropping: the destructor of a generator must not run Python code (it can run in the middle
//! of any reference-count decrement). A generator suspended inside a `try` has its frame moved
//! into a fresh generator object on a per-thread queue; the interpreter loop calls
//! [`run_pending`] at safe points (calls, `POP_TOP`, `del`), which closes it so its `finally`
//! blocks run, and prints warnings (such as "coroutine '...' was never awaited") queued the
//! same way.

use crate::error::{PyErr, PyResult};
use crate::interp::eval::{run_frame, Exit};
use crate::interp::frame::Frame;
use crate::object::Payload;
use crate::types::exceptions::{as_exc, ExcKind};
use crate::types::function::{as_code, Args, FuncObj};
use crate::types::generator::{GenKind, GenObj, GenState};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::{bail, py_err};
use spindle_bytecode::Opcode;
use std::cell::{Cell, RefCell};
use std::sync::atomic::Ordering;

pub fn new_generator(fval: &Value, f: &FuncObj, frame: Frame) -> Value {
    let flags = f.code_vm().code.flags;
    let kind = match (flags.generator, flags.coroutine) {
        (true, true) => GenKind::AsyncGenerator,
        (false, true) => GenKind::Coroutine,
        _ => GenKind::Generator,
    };
    let g = GenObj::new(
        fval.obj()
            .cloned()
            .unwrap_or_else(|| crate::types::types().none.clone()),
        f.name.read().clone(),
        f.qualname.read().clone(),
        kind,
        Box::new(frame),
    );
    Value::from_obj(Payload::Generator(Box::new(g)))
}

/// The generator object of a value.
pub fn as_gen(v: &Value) -> Option<&GenObj> {
    match v.payload() {
        Some(Payload::Generator(g)) => Some(g),
        _ => None,
    }
}

fn gen_obj(v: &Value) -> PyResult<&GenObj> {
    match as_gen(v) {
        Some(g) => Ok(g),
        None => bail!(TypeError, "not a generator"),
    }
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

/// How one run of a generator's frame ended.
pub enum Step {
    /// It yielded a value; `true` when the yield passes on a delegate's value (`yield from`,
    /// `await`) rather than a `yield` of its own.
    Yield(Value, bool),
    /// It returned a value.
    Return(Value),
}

/// Resume with `sent`; Ok(Ok(v)) for a yielded value, Ok(Err(v)) when the generator returned v.
/// This is the iterator protocol (`next()`): coroutines and async generators refuse it.
pub fn resume(vm: &Vm, gen: &Value, sent: Value) -> PyResult<Result<Value, Value>> {
    iterator_check(gen)?;
    match resume_with(vm, gen, Input::Send(sent))? {
        Step::Yield(v, _) => Ok(Ok(v)),
        Step::Return(v) => Ok(Err(v)),
    }
}

fn iterator_check(gen: &Value) -> PyResult<()> {
    let g = gen_obj(gen)?;
    if g.kind != GenKind::Generator {
        bail!(
            TypeError,
            "'{}' object is not an iterator",
            g.kind.type_name()
        );
    }
    Ok(())
}

/// Send `v` into any generator-like object (the `send` method of coroutines too).
pub fn send_step(vm: &Vm, gen: &Value, v: Value) -> PyResult<Step> {
    resume_with(vm, gen, Input::Send(v))
}

fn resume_with(vm: &Vm, gen: &Value, input: Input) -> PyResult<Step> {
    let g = gen_obj(gen)?;
    let mut frame = {
        let mut st = g.state.lock();
        match std::mem::replace(&mut *st, GenState::Running) {
            GenState::Ready(f) => f,
            GenState::Running => {
                *st = GenState::Running;
                bail!(ValueError, "{} already executing", g.kind.noun());
            }
            GenState::Finished => {
                *st = GenState::Finished;
                drop(st);
                if g.kind == GenKind::Coroutine {
                    bail!(RuntimeError, "cannot reuse already awaited coroutine");
                }
                return match input {
                    Input::Throw(e) => Err(e),
                    _ => Ok(Step::Return(Value::None)),
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
                    "can't send non-None value to a just-started {}",
                    g.kind.noun()
                );
            }
        }
        Input::Throw(e) => {
            if !started {
                // Thrown before the first instruction: the generator ends with the exception.
                *g.state.lock() = GenState::Finished;
                g.closed.store(true, Ordering::Relaxed);
                return Err(e);
            }
            frame.pending = Some(e);
        }
        Input::DelegateReturned(v) => {
            // Suspended at `SEND; YIELD_VALUE 1; JUMP_BACKWARD` with pc after the yield: continue
            // at SEND's target with the delegate's return value on the stack.
            let target = frame.code_vm().and_then(|c| {
                let i = c.code.instructions.get(frame.pc.wrapping_sub(2))?;
                (i.op == Opcode::Send).then_some(i.arg as usize)
            });
            let Some(target) = target else {
                *g.state.lock() = GenState::Ready(frame);
                bail!(SystemError, "generator is not delegating");
            };
            // The delegate's value was yielded from this frame's stack top; replace it.
            if frame.sp > frame.stack_base {
                let sp = frame.sp;
                frame.slots[sp] = v;
                frame.sp += 1;
            }
            frame.pc = target;
        }
    }
    // The generator's own handled exception (set while it is suspended in an `except` block).
    let caller_handled = vm.handled.borrow().clone();
    let own = std::mem::replace(&mut *g.exc_state.lock(), Value::None);
    if !own.is_none() {
        *vm.handled.borrow_mut() = own;
    }
    let entry = vm.handled.borrow().clone();
    if let Err(e) = vm.enter() {
        *vm.handled.borrow_mut() = caller_handled;
        *g.state.lock() = GenState::Ready(frame);
        return Err(e);
    }
    let level = RESUME_LEVEL.with(|l| {
        let v = l.get();
        l.set(v + 1);
        v
    });
    let r = run_frame(vm, &mut frame);
    RESUME_LEVEL.with(|l| l.set(level));
    vm.leave();
    let now = std::mem::replace(&mut *vm.handled.borrow_mut(), caller_handled);
    match r {
        Ok(Exit::Yield(v)) => {
            let delegating = frame
                .code_vm()
                .and_then(|c| c.code.instructions.get(frame.pc.wrapping_sub(1)))
                .is_some_and(|i| i.op == Opcode::YieldValue && i.arg == 1);
            if !now.is(&entry) {
                *g.exc_state.lock() = now;
            }
            *g.state.lock() = GenState::Ready(frame);
            Ok(Step::Yield(v, delegating))
        }
        Ok(Exit::Return(v)) => {
            *g.state.lock() = GenState::Finished;
            g.closed.store(true, Ordering::Relaxed);
            Ok(Step::Return(v))
        }
        Err(e) => {
            *g.state.lock() = GenState::Finished;
            g.closed.store(true, Ordering::Relaxed);
            drop(frame);
            let leaked = if e.matches(ExcKind::StopIteration) {
                Some("StopIteration")
            } else if g.kind == GenKind::AsyncGenerator && e.matches(ExcKind::StopAsyncIteration) {
                Some("StopAsyncIteration")
            } else {
                None
            };
            if let Some(what) = leaked {
                // PEP 479: the exception becomes the cause of a RuntimeError raised in the frame.
                let err = py_err!(RuntimeError, "{} raised {}", g.kind.noun(), what);
                if let Some(x) = as_exc(&err.0) {
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

/// The iterator a generator suspended in `yield from` / `await` delegates to.
pub fn delegate(g: &GenObj) -> Option<Value> {
    let st = g.state.lock();
    let GenState::Ready(frame) = &*st else {
        return None;
    };
    let code = frame.code_vm()?;
    let i = code.code.instructions.get(frame.pc.checked_sub(1)?)?;
    if i.op == Opcode::YieldValue && i.arg == 1 && frame.sp > frame.stack_base {
        Some(frame.slots[frame.sp - 1].clone())
    } else {
        None
    }
}

/// The value carried by a StopIteration.
pub fn stop_value(e: &PyErr) -> Value {
    match as_exc(&e.0) {
        Some(x) => {
            if let Some(v) = x.field("value") {
                return v;
            }
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

/// One step of `yield from` / `await`: send `v` into `recv`. Ok(Ok(y)) when it yields y,
/// Ok(Err(r)) when it finishes with r.
pub fn send_into(vm: &Vm, recv: &Value, v: Value) -> PyResult<Result<Value, Value>> {
    if as_gen(recv).is_some() {
        return match resume_with(vm, recv, Input::Send(v))? {
            Step::Yield(y, _) => Ok(Ok(y)),
            Step::Return(r) => Ok(Err(r)),
        };
    }
    if let Some(r) = crate::interp::coroutine::native_send(vm, recv, &v) {
        return finish_call(r);
    }
    if v.is_none() {
        if let Some(Payload::Instance(_)) = recv.payload() {
            // Call __next__ itself: the StopIteration it raises carries the return value.
            return match vm.call_special(recv, "__next__", &[]) {
                Ok(Some(y)) => Ok(Ok(y)),
                Ok(None) => bail!(
                    TypeError,
                    "'{}' object is not an iterator",
                    crate::types::type_name(recv)
                ),
                Err(e) if e.matches(ExcKind::StopIteration) => Ok(Err(stop_value(&e))),
                Err(e) => Err(e),
            };
        }
        return match crate::ops::next(vm, recv) {
            Ok(Some(y)) => Ok(Ok(y)),
            Ok(None) => Ok(Err(Value::None)),
            Err(e) if e.matches(ExcKind::StopIteration) => Ok(Err(stop_value(&e))),
            Err(e) => Err(e),
        };
    }
    let send = crate::ops::getattr(vm, recv, "send")?;
    finish_call(vm.call(&send, Args::new(std::slice::from_ref(&v))))
}

/// A delegate's `send`/`throw` result: a value it yielded, or StopIteration as its return.
fn finish_call(r: PyResult<Value>) -> PyResult<Result<Value, Value>> {
    match r {
        Ok(y) => Ok(Ok(y)),
        Err(e) if e.matches(ExcKind::StopIteration) => Ok(Err(stop_value(&e))),
        Err(e) => Err(e),
    }
}

/// Throw `exc` into whatever a `yield from` / `await` delegates to.
fn throw_into(vm: &Vm, recv: &Value, exc: PyErr) -> PyResult<Result<Value, Value>> {
    if as_gen(recv).is_some() {
        return match throw_core(vm, recv, exc, true)? {
            Step::Yield(y, _) => Ok(Ok(y)),
            Step::Return(r) => Ok(Err(r)),
        };
    }
    if let Some(r) = crate::interp::coroutine::native_throw(vm, recv, &exc) {
        return finish_call(r);
    }
    match crate::ops::attr::getattr_opt(vm, recv, "throw")? {
        Some(t) => finish_call(vm.call(&t, Args::new(&[exc.value()]))),
        None => Err(exc),
    }
}

/// Throw `exc` into `gen` (delegating through `yield from`). With `close_on_genexit`, a
/// GeneratorExit closes the delegate instead of being thrown into it (what `close()` does).
pub fn throw_core(vm: &Vm, gen: &Value, exc: PyErr, close_on_genexit: bool) -> PyResult<Step> {
    let g = gen_obj(gen)?;
    if matches!(*g.state.lock(), GenState::Running) {
        bail!(ValueError, "{} already executing", g.kind.noun());
    }
    let mut exc = exc;
    if let Some(recv) = delegate(g) {
        // The generator counts as running while its delegate handles the exception.
        let parked = match std::mem::replace(&mut *g.state.lock(), GenState::Running) {
            GenState::Ready(f) => f,
            other => {
                *g.state.lock() = other;
                bail!(SystemError, "generator state changed");
            }
        };
        // (A long delegation chain recurses here natively: count it like a call.)
        let r = vm.enter().and_then(|_| {
            let r = if exc.matches(ExcKind::GeneratorExit) && close_on_genexit {
                // Close the delegate, then raise GeneratorExit here.
                close_iter(vm, &recv).and(Err(exc.clone()))
            } else {
                throw_into(vm, &recv, exc.clone())
            };
            vm.leave();
            r
        });
        *g.state.lock() = GenState::Ready(parked);
        match r {
            Ok(Ok(y)) => return Ok(Step::Yield(y, true)),
            Ok(Err(ret)) => return resume_with(vm, gen, Input::DelegateReturned(ret)),
            Err(e) => exc = e,
        }
    }
    resume_with(vm, gen, Input::Throw(exc))
}

/// Close an iterator a `yield from` delegates to (generators, or anything with `close`).
fn close_iter(vm: &Vm, it: &Value) -> PyResult<()> {
    if as_gen(it).is_some() {
        return gen_close(vm, it).map(|_| ());
    }
    if let Some(r) = crate::interp::coroutine::native_close(vm, it) {
        return r.map(|_| ());
    }
    match crate::ops::attr::getattr_opt(vm, it, "close")? {
        Some(c) => vm.call(&c, Args::new(&[])).map(|_| ()),
        None => Ok(()),
    }
}

/// `gen.throw(exc)`: raises StopIteration(value) when the generator returns.
pub fn gen_throw(vm: &Vm, gen: &Value, exc: PyErr) -> PyResult<Value> {
    match throw_core(vm, gen, exc, true)? {
        Step::Yield(v, _) => Ok(v),
        Step::Return(ret) => Err(stop_iteration(ret)),
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
    match resume_with(vm, gen, Input::Send(v))? {
        Step::Yield(v, _) => Ok(v),
        Step::Return(ret) => Err(stop_iteration(ret)),
    }
}

pub fn stop_iteration(value: Value) -> PyErr {
    let args = if value.is_none() {
        vec![]
    } else {
        vec![value.clone()]
    };
    let e = PyErr::with_args(ExcKind::StopIteration, args);
    if let Some(x) = as_exc(&e.0) {
        x.set_field("value", value);
    }
    e
}

/// `gen.close()`: raise GeneratorExit at the suspended `yield` so `finally` blocks run. Returns
/// the generator's return value when it returns (new in 3.13), else None.
pub fn gen_close(vm: &Vm, gen: &Value) -> PyResult<Value> {
    let g = gen_obj(gen)?;
    {
        let mut st = g.state.lock();
        match &*st {
            GenState::Running => bail!(ValueError, "{} already executing", g.kind.noun()),
            GenState::Finished => return Ok(Value::None),
            GenState::Ready(_) => {
                if !g.started.load(Ordering::Relaxed) {
                    *st = GenState::Finished;
                    g.started.store(true, Ordering::Relaxed);
                    g.closed.store(true, Ordering::Relaxed);
                    return Ok(Value::None);
                }
            }
        }
    }
    let exit = PyErr::with_args(ExcKind::GeneratorExit, vec![]);
    match throw_core(vm, gen, exit, true) {
        Ok(Step::Yield(..)) => bail!(RuntimeError, "{} ignored GeneratorExit", g.kind.noun()),
        Ok(Step::Return(v)) => Ok(v),
        Err(e) if e.matches(ExcKind::GeneratorExit) || e.matches(ExcKind::StopIteration) => {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

// ----- introspection --------------------------------------------------------------------------

/// The code object of a generator's function.
fn gen_code(g: &GenObj) -> Option<ObjRef> {
    match &g.func.payload {
        Payload::Function(f) => Some(f.code.clone()),
        _ => None,
    }
}

/// Attributes of generators, coroutines and async generators (`gi_*`, `cr_*`, `ag_*`).
pub fn gen_attr(g: &GenObj, name: &str) -> Option<Value> {
    match name {
        "__name__" => return Some(g.name.clone()),
        "__qualname__" => return Some(g.qualname.clone()),
        _ => {}
    }
    let field = name.strip_prefix(g.kind.attr_prefix())?;
    let finished = matches!(*g.state.lock(), GenState::Finished);
    Some(match (g.kind, field) {
        (GenKind::AsyncGenerator, "running") => {
            Value::Bool(g.running_async.load(Ordering::Relaxed))
        }
        (_, "running") => Value::Bool(matches!(*g.state.lock(), GenState::Running)),
        (_, "code") => Value::Obj(gen_code(g)?),
        (_, "frame") => {
            if finished {
                Value::None
            } else {
                frame_object(g)
            }
        }
        (_, "suspended") => Value::Bool(
            g.started.load(Ordering::Relaxed) && matches!(*g.state.lock(), GenState::Ready(_)),
        ),
        (GenKind::Generator, "yieldfrom")
        | (GenKind::Coroutine | GenKind::AsyncGenerator, "await") => {
            delegate(g).unwrap_or(Value::None)
        }
        (GenKind::Coroutine, "origin") => Value::None,
        _ => return None,
    })
}

/// A snapshot of a generator's frame (`gi_frame`): an object of type `frame` whose `f_code`,
/// `f_lineno`, `f_lasti`, `f_globals` and `f_locals` are the values when it was asked for.
pub struct FrameView {
    pub code: Value,
    pub lineno: i64,
    pub lasti: i64,
    pub globals: Value,
    pub locals: Value,
}

impl crate::object::NativeObject for FrameView {
    fn type_name(&self) -> &'static str {
        "frame"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Is `v` a frame snapshot?
pub fn is_frame_view(v: &Value) -> bool {
    crate::object::native::<FrameView>(v).is_some()
}

/// Attributes of a frame snapshot.
pub fn frame_view_attr(v: &Value, name: &str) -> Option<Value> {
    let f = crate::object::native::<FrameView>(v)?;
    Some(match name {
        "f_code" => f.code.clone(),
        "f_lineno" => Value::Int(f.lineno),
        "f_lasti" => Value::Int(f.lasti),
        "f_globals" => f.globals.clone(),
        "f_locals" => f.locals.clone(),
        "f_back" | "f_trace" => Value::None,
        _ => return None,
    })
}

fn frame_object(g: &GenObj) -> Value {
    let code = gen_code(g).map(Value::Obj).unwrap_or(Value::None);
    let mut view = FrameView {
        code,
        lineno: 0,
        lasti: -1,
        globals: Value::None,
        locals: crate::types::dict::new_dict(),
    };
    if let Payload::Function(f) = &g.func.payload {
        view.lineno = f.code_vm().code.first_line as i64;
        view.globals = Value::Obj(f.globals.clone());
    }
    let st = g.state.lock();
    if let (GenState::Ready(frame), Some(c)) = (&*st, frame_code(&st)) {
        if g.started.load(Ordering::Relaxed) {
            let pc = frame.pc.saturating_sub(1);
            view.lineno = c.code.location(pc).line as i64;
            view.lasti = pc as i64 * 2;
        }
        view.globals = Value::Obj(frame.globals.clone());
        let locals = crate::types::dict::DictObj::new();
        let co = &c.code;
        for (i, n) in co.varnames.iter().enumerate() {
            if let Some(v) = frame.slots.get(i).filter(|v| !v.is_null()) {
                locals.set_str(n, v.clone());
            }
        }
        let nlocals = co.varnames.len();
        for (i, n) in co.cellvars.iter().chain(co.freevars.iter()).enumerate() {
            let cell = frame.slots.get(nlocals + i).and_then(|v| v.payload());
            if let Some(Payload::Cell(cell)) = cell {
                let v = cell.value.read().clone();
                if !v.is_null() {
                    locals.set_str(n, v);
                }
            }
        }
        view.locals = Value::from_obj(Payload::Dict(locals));
    }
    Value::from_obj(Payload::Native(Box::new(view)))
}

fn frame_code(st: &GenState) -> Option<&crate::types::function::CodeVm> {
    match st {
        GenState::Ready(f) => as_code(&f.code),
        _ => None,
    }
}

// ----- dropped generators and warnings --------------------------------------------------------

/// Work queued by destructors for the next safe point.
enum Pending {
    /// Close this generator (it was dropped while suspended inside a `try`).
    Close(Value),
    /// Call `func(arg)` (an object's `__del__`, a weak reference's callback); errors are
    /// printed as "Exception ignored in: <func>".
    Call(Value, Value),
    /// Print a warning attributed to the code running at the safe point.
    Warn {
        category: ExcKind,
        message: String,
        /// A line printed after the warning (CPython's tracemalloc hint).
        footer: Option<&'static str>,
        /// Only shown when the code running is in `__main__` (DeprecationWarning's default).
        main_only: bool,
        /// Queued by a native function called at this generator nesting level: shown only
        /// back at that level (by the instruction that called it), not inside a generator the
        /// function resumed.
        level: Option<u32>,
    },
}

thread_local! {
    /// How many generator frames this thread is running, one inside another.
    static RESUME_LEVEL: Cell<u32> = const { Cell::new(0) };
    static PENDING_FLAG: Cell<bool> = const { Cell::new(false) };
    static PENDING: RefCell<Vec<Pending>> = const { RefCell::new(Vec::new()) };
    /// Warnings already shown (file, line, text): CPython's "default" action shows each once
    /// per location.
    static WARNED: RefCell<Vec<(String, u32, String)>> = const { RefCell::new(Vec::new()) };
}

fn enqueue(p: Pending) {
    let ok = PENDING
        .try_with(|q| match q.try_borrow_mut() {
            Ok(mut q) => {
                q.push(p);
                true
            }
            Err(_) => false,
        })
        .unwrap_or(false);
    if ok {
        let _ = PENDING_FLAG.try_with(|f| f.set(true));
    }
}

/// Queue `func(arg)` for the next safe point (finalizers and weak-reference callbacks, which
/// must not run inside a destructor).
pub fn call_later(func: Value, arg: Value) {
    enqueue(Pending::Call(func, arg));
}

/// Is there work for [`run_pending`]? (One thread-local load; checked by the interpreter loop.)
#[inline(always)]
pub fn pending() -> bool {
    PENDING_FLAG.with(|f| f.get())
}

/// Queue a warning for the interpreter's next safe point (it is attributed to the code running
/// there, which is the caller when a native function queues it).
pub fn warn_later(category: ExcKind, message: String, main_only: bool) {
    enqueue(Pending::Warn {
        category,
        message,
        footer: None,
        main_only,
        level: Some(RESUME_LEVEL.with(|l| l.get())),
    });
}

/// Queue CPython's RuntimeWarning for an awaitable that was never awaited (shown with the
/// tracemalloc hint, attributed to the code running when it was dropped).
pub fn warn_unawaited(message: String) {
    enqueue(Pending::Warn {
        category: ExcKind::RuntimeWarning,
        message,
        footer: Some("RuntimeWarning: Enable tracemalloc to get the object allocation traceback"),
        main_only: false,
        level: None,
    });
}

/// `self` of a `generator` method: a generator (not a coroutine or async generator).
pub fn check_generator<'a>(v: &'a Value, method: &str) -> PyResult<&'a Value> {
    match as_gen(v) {
        Some(g) if g.kind == GenKind::Generator => Ok(v),
        _ => bail!(
            TypeError,
            "descriptor '{}' for 'generator' objects doesn't apply to a '{}' object",
            method,
            crate::types::type_name(v)
        ),
    }
}

/// Called by a generator's destructor with its frame (which was Ready).
pub fn on_drop(g: &GenObj, frame: Box<Frame>, started: bool) {
    if !started {
        if g.kind == GenKind::Coroutine {
            let q = crate::types::str::as_str(&g.qualname).unwrap_or("?");
            warn_unawaited(format!("coroutine '{q}' was never awaited"));
        }
        return;
    }
    // Only a frame suspended inside a `try` region has code to run on close.
    let in_try = as_code(&frame.code).is_some_and(|c| {
        c.code
            .handler_for(frame.pc.saturating_sub(1) as u32)
            .is_some()
    });
    if !in_try {
        return;
    }
    let copy = GenObj::new(
        g.func.clone(),
        g.name.clone(),
        g.qualname.clone(),
        g.kind,
        frame,
    );
    copy.started.store(true, Ordering::Relaxed);
    *copy.exc_state.lock() = g.exc_state.lock().clone();
    enqueue(Pending::Close(Value::from_obj(Payload::Generator(
        Box::new(copy),
    ))));
}

/// Run queued finalizers and print queued warnings; `code`/`pc`/`globals` say where the
/// interpreter is (warnings are attributed there).
#[cold]
pub fn run_pending(vm: &Vm, code: &ObjRef, pc: u32, globals: &ObjRef) {
    for _ in 0..100 {
        let _ = PENDING_FLAG.try_with(|f| f.set(false));
        let work: Vec<Pending> = PENDING
            .try_with(|q| {
                q.try_borrow_mut()
                    .map(|mut q| std::mem::take(&mut *q))
                    .unwrap_or_default()
            })
            .unwrap_or_default();
        if work.is_empty() {
            return;
        }
        let here = RESUME_LEVEL.with(|l| l.get());
        let mut later = Vec::new();
        for p in work {
            match p {
                Pending::Warn { level: Some(l), .. } if l != here => later.push(p),
                Pending::Call(f, arg) => {
                    if let Err(e) = vm.call(&f, crate::types::function::Args::new(&[arg])) {
                        crate::modules::sys::flush_std(vm);
                        let what = crate::ops::repr(vm, &f).unwrap_or_default();
                        eprintln!("Exception ignored in: {what}");
                        crate::interp::traceback::print_exception(vm, &e.value());
                    }
                }
                Pending::Close(g) => {
                    if let Err(e) = gen_close(vm, &g) {
                        crate::modules::sys::flush_std(vm);
                        let what = crate::ops::repr(vm, &g).unwrap_or_default();
                        eprintln!("Exception ignored in: {what}");
                        crate::interp::traceback::print_exception(vm, &e.value());
                    }
                }
                Pending::Warn {
                    category,
                    message,
                    footer,
                    main_only,
                    ..
                } => show_warning(vm, code, pc, globals, category, &message, footer, main_only),
            }
        }
        if !later.is_empty() {
            for p in later {
                enqueue(p);
            }
            return;
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn show_warning(
    vm: &Vm,
    code: &ObjRef,
    pc: u32,
    globals: &ObjRef,
    category: ExcKind,
    message: &str,
    footer: Option<&str>,
    main_only: bool,
) {
    if main_only {
        let module = crate::types::dict::dict_get_str(globals, "__name__");
        if module.as_ref().and_then(crate::types::str::as_str) != Some("__main__") {
            return;
        }
    }
    let Some(c) = as_code(code) else { return };
    let filename = c.code.filename.to_string();
    let line = c.code.location(pc as usize).line;
    let key = (filename.clone(), line, message.to_string());
    let seen = WARNED
        .try_with(|w| {
            let mut w = w.borrow_mut();
            if w.contains(&key) {
                true
            } else {
                w.push(key);
                false
            }
        })
        .unwrap_or(true);
    if seen {
        return;
    }
    let mut out = format!("{filename}:{line}: {}: {message}\n", category.name());
    if let Some(src) = source_line(vm, &filename, line) {
        let s = src.trim();
        if !s.is_empty() {
            out.push_str(&format!("  {s}\n"));
        }
    }
    if let Some(f) = footer {
        out.push_str(f);
        out.push('\n');
    }
    crate::modules::sys::flush_std(vm);
    eprint!("{out}");
}

/// One line of a source file the interpreter compiled (or can read).
fn source_line(vm: &Vm, filename: &str, line: u32) -> Option<String> {
    let src = vm.interp.sources.read().get(filename).cloned();
    let text: String = match src {
        Some(s) => s.to_string(),
        None => std::fs::read_to_string(filename).ok()?,
    };
    text.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(|s| s.to_string())
}
