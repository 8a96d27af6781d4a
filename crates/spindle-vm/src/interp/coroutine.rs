//! Coroutines and async generators on top of the generator machinery (`interp/generator.rs`):
//! the awaitable protocol behind `await` (GET_AWAITABLE), `async for` (GET_AITER, GET_ANEXT,
//! END_ASYNC_FOR), the methods of `coroutine` and `async_generator` objects, and the helper
//! awaitables CPython exposes: `coroutine_wrapper` (`coro.__await__()`),
//! `async_generator_asend` (`agen.asend(v)`, `agen.__anext__()`) and `async_generator_athrow`
//! (`agen.athrow(...)`, `agen.aclose()`).
//!
//! An async generator's frame yields two kinds of values: its own `yield v` (YIELD_VALUE 0),
//! which the asend/athrow awaitable turns into `StopIteration(v)` for whoever awaits it, and
//! values passed through from an `await` inside it (YIELD_VALUE 1), which go on to the event
//! loop unchanged.

use crate::error::{PyErr, PyResult};
use crate::interp::generator::{self as gen, as_gen, Step};
use crate::object::{native, NativeObject, Payload};
use crate::types::exceptions::ExcKind;
use crate::types::function::Args;
use crate::types::generator::{GenKind, GenObj, GenState};
use crate::types::methods::Methods;
use crate::types::{type_name, type_of, typeobj};
use crate::value::Value;
use crate::vm::Vm;
use crate::{bail, py_err};
use parking_lot::Mutex;
use std::sync::atomic::{AtomicU8, Ordering};

// ----- the helper awaitables ------------------------------------------------------------------

/// `coro.__await__()`: an iterator that drives the coroutine.
pub struct CoroWrapper {
    pub coro: Value,
}

impl NativeObject for CoroWrapper {
    fn type_name(&self) -> &'static str {
        "coroutine_wrapper"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

const INIT: u8 = 0;
const ITER: u8 = 1;
const CLOSED: u8 = 2;

/// `agen.asend(v)` / `agen.__anext__()`.
pub struct AsendObj {
    pub agen: Value,
    sendval: Mutex<Value>,
    state: AtomicU8,
    /// Made by `asend()` (not `__anext__()`): warn when dropped without being awaited.
    warn: bool,
}

/// The `__qualname__` of the async generator an awaitable belongs to.
fn agen_qualname(agen: &Value) -> String {
    as_gen(agen)
        .and_then(|g| crate::types::str::as_str(&g.qualname).map(str::to_string))
        .unwrap_or_default()
}

impl Drop for AsendObj {
    fn drop(&mut self) {
        if self.warn && *self.state.get_mut() == INIT {
            gen::warn_unawaited(format!(
                "coroutine method 'asend' of '{}' was never awaited",
                agen_qualname(&self.agen)
            ));
        }
    }
}

impl Drop for AthrowObj {
    fn drop(&mut self) {
        if *self.state.get_mut() == INIT {
            gen::warn_unawaited(format!(
                "coroutine method '{}' of '{}' was never awaited",
                athrow_name(self),
                agen_qualname(&self.agen)
            ));
        }
    }
}

impl NativeObject for AsendObj {
    fn type_name(&self) -> &'static str {
        "async_generator_asend"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `agen.athrow(exc)` (exc is Some) / `agen.aclose()` (None).
pub struct AthrowObj {
    pub agen: Value,
    exc: Option<PyErr>,
    state: AtomicU8,
}

impl NativeObject for AthrowObj {
    fn type_name(&self) -> &'static str {
        "async_generator_athrow"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn agen_of(v: &Value) -> PyResult<&GenObj> {
    match as_gen(v) {
        Some(g) if g.kind == GenKind::AsyncGenerator => Ok(g),
        _ => bail!(SystemError, "not an async generator"),
    }
}

/// The result of one step of an async generator seen by an asend/athrow awaitable: its own
/// `yield v` becomes StopIteration(v); a value passed through from an `await` is yielded on.
fn unwrap_value(g: &GenObj, r: PyResult<Step>) -> PyResult<Value> {
    match r {
        Err(e) => {
            if e.matches(ExcKind::StopAsyncIteration) || e.matches(ExcKind::GeneratorExit) {
                g.closed.store(true, Ordering::Relaxed);
            }
            g.running_async.store(false, Ordering::Relaxed);
            Err(e)
        }
        Ok(Step::Return(_)) => {
            g.closed.store(true, Ordering::Relaxed);
            g.running_async.store(false, Ordering::Relaxed);
            Err(PyErr::with_args(ExcKind::StopAsyncIteration, vec![]))
        }
        Ok(Step::Yield(v, false)) => {
            g.running_async.store(false, Ordering::Relaxed);
            Err(gen::stop_iteration(v))
        }
        Ok(Step::Yield(v, true)) => Ok(v),
    }
}

fn asend_send(vm: &Vm, o: &AsendObj, arg: Value) -> PyResult<Value> {
    let g = agen_of(&o.agen)?;
    let mut arg = arg;
    match o.state.load(Ordering::Relaxed) {
        CLOSED => bail!(
            RuntimeError,
            "cannot reuse already awaited __anext__()/asend()"
        ),
        INIT => {
            if g.running_async.load(Ordering::Relaxed) {
                o.state.store(CLOSED, Ordering::Relaxed);
                bail!(
                    RuntimeError,
                    "anext(): asynchronous generator is already running"
                );
            }
            if arg.is_none() {
                arg = std::mem::replace(&mut *o.sendval.lock(), Value::None);
            }
            o.state.store(ITER, Ordering::Relaxed);
        }
        _ => {}
    }
    g.running_async.store(true, Ordering::Relaxed);
    let r = unwrap_value(g, gen::send_step(vm, &o.agen, arg));
    if r.is_err() {
        o.state.store(CLOSED, Ordering::Relaxed);
    }
    r
}

fn asend_throw(vm: &Vm, o: &AsendObj, exc: PyErr) -> PyResult<Value> {
    let g = agen_of(&o.agen)?;
    match o.state.load(Ordering::Relaxed) {
        CLOSED => bail!(
            RuntimeError,
            "cannot reuse already awaited __anext__()/asend()"
        ),
        INIT => {
            if g.running_async.load(Ordering::Relaxed) {
                o.state.store(CLOSED, Ordering::Relaxed);
                bail!(
                    RuntimeError,
                    "anext(): asynchronous generator is already running"
                );
            }
            o.state.store(ITER, Ordering::Relaxed);
        }
        _ => {}
    }
    g.running_async.store(true, Ordering::Relaxed);
    let r = unwrap_value(g, gen::throw_core(vm, &o.agen, exc, false));
    if r.is_err() {
        o.state.store(CLOSED, Ordering::Relaxed);
    }
    r
}

/// aclose(): the agen yielded a value of its own after GeneratorExit.
fn ignored_exit(g: &GenObj, o: &AthrowObj) -> PyErr {
    g.running_async.store(false, Ordering::Relaxed);
    o.state.store(CLOSED, Ordering::Relaxed);
    py_err!(RuntimeError, "async generator ignored GeneratorExit")
}

/// The end of an athrow/aclose awaitable with an exception.
fn athrow_error(g: &GenObj, o: &AthrowObj, e: PyErr) -> PyErr {
    g.running_async.store(false, Ordering::Relaxed);
    o.state.store(CLOSED, Ordering::Relaxed);
    if o.exc.is_none()
        && (e.matches(ExcKind::StopAsyncIteration) || e.matches(ExcKind::GeneratorExit))
    {
        // aclose() is done.
        return gen::stop_iteration(Value::None);
    }
    e
}

/// The outcome of one step of the agen inside athrow/aclose.
fn athrow_step(g: &GenObj, o: &AthrowObj, r: PyResult<Step>) -> PyResult<Value> {
    if o.exc.is_none() {
        match r {
            Ok(Step::Yield(_, false)) => Err(ignored_exit(g, o)),
            Ok(Step::Yield(v, true)) => Ok(v),
            Ok(Step::Return(_)) => Err(athrow_error(
                g,
                o,
                PyErr::with_args(ExcKind::StopAsyncIteration, vec![]),
            )),
            Err(e) => Err(athrow_error(g, o, e)),
        }
    } else {
        unwrap_value(g, r).map_err(|e| athrow_error(g, o, e))
    }
}

fn athrow_name(o: &AthrowObj) -> &'static str {
    if o.exc.is_none() {
        "aclose"
    } else {
        "athrow"
    }
}

fn athrow_send(vm: &Vm, o: &AthrowObj, arg: Value) -> PyResult<Value> {
    let g = agen_of(&o.agen)?;
    if o.state.load(Ordering::Relaxed) == CLOSED {
        bail!(
            RuntimeError,
            "cannot reuse already awaited aclose()/athrow()"
        );
    }
    if matches!(*g.state.lock(), GenState::Finished) {
        o.state.store(CLOSED, Ordering::Relaxed);
        return Err(PyErr::with_args(ExcKind::StopIteration, vec![]));
    }
    if o.state.load(Ordering::Relaxed) == INIT {
        if g.running_async.load(Ordering::Relaxed) {
            o.state.store(CLOSED, Ordering::Relaxed);
            bail!(
                RuntimeError,
                "{}(): asynchronous generator is already running",
                athrow_name(o)
            );
        }
        if g.closed.load(Ordering::Relaxed) {
            o.state.store(CLOSED, Ordering::Relaxed);
            return Err(PyErr::with_args(ExcKind::StopAsyncIteration, vec![]));
        }
        if !arg.is_none() {
            bail!(
                RuntimeError,
                "can't send non-None value to a just-started coroutine"
            );
        }
        o.state.store(ITER, Ordering::Relaxed);
        g.running_async.store(true, Ordering::Relaxed);
        let exc = match &o.exc {
            Some(e) => e.clone(),
            None => {
                g.closed.store(true, Ordering::Relaxed);
                PyErr::with_args(ExcKind::GeneratorExit, vec![])
            }
        };
        let r = gen::throw_core(vm, &o.agen, exc, false);
        return athrow_step(g, o, r);
    }
    let r = gen::send_step(vm, &o.agen, arg);
    athrow_step(g, o, r)
}

fn athrow_throw(vm: &Vm, o: &AthrowObj, exc: PyErr) -> PyResult<Value> {
    let g = agen_of(&o.agen)?;
    match o.state.load(Ordering::Relaxed) {
        CLOSED => bail!(
            RuntimeError,
            "cannot reuse already awaited aclose()/athrow()"
        ),
        INIT => {
            if g.running_async.load(Ordering::Relaxed) {
                o.state.store(CLOSED, Ordering::Relaxed);
                bail!(
                    RuntimeError,
                    "{}(): asynchronous generator is already running",
                    athrow_name(o)
                );
            }
            o.state.store(ITER, Ordering::Relaxed);
            g.running_async.store(true, Ordering::Relaxed);
        }
        _ => {}
    }
    let r = gen::throw_core(vm, &o.agen, exc, false);
    athrow_step(g, o, r)
}

/// `send` of the helper awaitables, when `recv` is one (for `yield from`/`await` delegation).
pub fn native_send(vm: &Vm, recv: &Value, v: &Value) -> Option<PyResult<Value>> {
    let Some(Payload::Native(_)) = recv.payload() else {
        return None;
    };
    if let Some(w) = native::<CoroWrapper>(recv) {
        return Some(gen::gen_send(vm, &w.coro, v.clone()));
    }
    if let Some(o) = native::<AsendObj>(recv) {
        return Some(asend_send(vm, o, v.clone()));
    }
    if let Some(o) = native::<AthrowObj>(recv) {
        return Some(athrow_send(vm, o, v.clone()));
    }
    None
}

/// `throw` of the helper awaitables, when `recv` is one.
pub fn native_throw(vm: &Vm, recv: &Value, exc: &PyErr) -> Option<PyResult<Value>> {
    let Some(Payload::Native(_)) = recv.payload() else {
        return None;
    };
    if let Some(w) = native::<CoroWrapper>(recv) {
        return Some(gen::gen_throw(vm, &w.coro, exc.clone()));
    }
    if let Some(o) = native::<AsendObj>(recv) {
        return Some(asend_throw(vm, o, exc.clone()));
    }
    if let Some(o) = native::<AthrowObj>(recv) {
        return Some(athrow_throw(vm, o, exc.clone()));
    }
    None
}

/// `close` of the helper awaitables, when `recv` is one.
pub fn native_close(vm: &Vm, recv: &Value) -> Option<PyResult<Value>> {
    let Some(Payload::Native(_)) = recv.payload() else {
        return None;
    };
    if let Some(w) = native::<CoroWrapper>(recv) {
        return Some(gen::gen_close(vm, &w.coro));
    }
    if let Some(o) = native::<AsendObj>(recv) {
        o.state.store(CLOSED, Ordering::Relaxed);
        return Some(Ok(Value::None));
    }
    if let Some(o) = native::<AthrowObj>(recv) {
        o.state.store(CLOSED, Ordering::Relaxed);
        return Some(Ok(Value::None));
    }
    None
}

/// Is `v` one of the helper awaitables (`coroutine_wrapper`, `async_generator_asend`,
/// `async_generator_athrow`)? They are iterators.
pub fn is_helper(v: &Value) -> bool {
    native::<CoroWrapper>(v).is_some()
        || native::<AsendObj>(v).is_some()
        || native::<AthrowObj>(v).is_some()
}

/// `next(helper)` for the iterator protocol: Ok(None) when it finishes.
pub fn helper_next_opt(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    match native_send(vm, v, &Value::None) {
        Some(Ok(y)) => Ok(Some(y)),
        Some(Err(e)) if e.matches(ExcKind::StopIteration) => Ok(None),
        Some(Err(e)) => Err(e),
        None => Ok(None),
    }
}

/// The `next()` builtin on a helper: its StopIteration (with the value) propagates unless a
/// default is given.
pub fn builtin_next(vm: &Vm, v: &Value, default: Option<&Value>) -> PyResult<Value> {
    match native_send(vm, v, &Value::None) {
        Some(Err(e)) if e.matches(ExcKind::StopIteration) => match default {
            Some(d) => Ok(d.clone()),
            None => Err(e),
        },
        Some(r) => r,
        None => Ok(Value::None),
    }
}

// ----- await, async for -----------------------------------------------------------------------

/// Is `v` an iterator (what `__await__` must return)?
fn is_iterator(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Iter(_)) => true,
        Some(Payload::Generator(g)) => g.kind == GenKind::Generator,
        Some(Payload::Native(_)) if is_helper(v) => true,
        _ => typeobj::lookup(&type_of(v), "__next__").is_some(),
    }
}

/// The iterator `await v` drives, or None when `v` has no `__await__`.
fn awaitable_iter(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    if let Some(g) = as_gen(v) {
        return Ok(match g.kind {
            GenKind::Coroutine => Some(v.clone()),
            _ => None,
        });
    }
    if native::<AsendObj>(v).is_some() || native::<AthrowObj>(v).is_some() {
        return Ok(Some(v.clone()));
    }
    if !matches!(v.payload(), Some(Payload::Instance(_))) {
        return Ok(None);
    }
    let Some(f) = typeobj::lookup(&type_of(v), "__await__") else {
        return Ok(None);
    };
    let r = match f.payload() {
        Some(Payload::Function(_)) => vm.call(&f, Args::new(std::slice::from_ref(v)))?,
        _ => vm.call(&crate::ops::getattr(vm, v, "__await__")?, Args::new(&[]))?,
    };
    if let Some(g) = as_gen(&r) {
        if g.kind == GenKind::Coroutine {
            bail!(TypeError, "__await__() returned a coroutine");
        }
    }
    if !is_iterator(&r) {
        bail!(
            TypeError,
            "__await__() returned non-iterator of type '{}'",
            type_name(&r)
        );
    }
    Ok(Some(r))
}

/// GET_AWAITABLE: `where` is 0 for `await`, 1 after `__aenter__`, 2 after `__aexit__`.
pub fn get_awaitable(vm: &Vm, v: &Value, r#where: u32) -> PyResult<Value> {
    match awaitable_iter(vm, v)? {
        Some(it) => {
            if let Some(g) = as_gen(&it) {
                if g.kind == GenKind::Coroutine && gen::delegate(g).is_some() {
                    bail!(RuntimeError, "coroutine is being awaited already");
                }
            }
            Ok(it)
        }
        None => match r#where {
            1 => bail!(
                TypeError,
                "'async with' received an object from __aenter__ that does not implement __await__: {}",
                type_name(v)
            ),
            2 => bail!(
                TypeError,
                "'async with' received an object from __aexit__ that does not implement __await__: {}",
                type_name(v)
            ),
            _ => bail!(
                TypeError,
                "object {} can't be used in 'await' expression",
                type_name(v)
            ),
        },
    }
}

/// GET_AITER: `aiter(v)` for `async for`.
pub fn get_aiter(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some(g) = as_gen(v) {
        if g.kind == GenKind::AsyncGenerator {
            return Ok(v.clone());
        }
    }
    let r = if matches!(v.payload(), Some(Payload::Instance(_))) {
        vm.call_special(v, "__aiter__", &[])?
    } else {
        None
    };
    let Some(r) = r else {
        bail!(
            TypeError,
            "'async for' requires an object with __aiter__ method, got {}",
            type_name(v)
        );
    };
    let has_anext = match as_gen(&r) {
        Some(g) => g.kind == GenKind::AsyncGenerator,
        None => typeobj::lookup(&type_of(&r), "__anext__").is_some(),
    };
    if !has_anext {
        bail!(
            TypeError,
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            type_name(&r)
        );
    }
    Ok(r)
}

fn new_asend(agen: &Value, v: Value, warn: bool) -> Value {
    Value::from_obj(Payload::Native(Box::new(AsendObj {
        agen: agen.clone(),
        sendval: Mutex::new(v),
        state: AtomicU8::new(INIT),
        warn,
    })))
}

/// GET_ANEXT: the awaitable of `anext(aiter)` for `async for`.
pub fn get_anext(vm: &Vm, aiter: &Value) -> PyResult<Value> {
    if let Some(g) = as_gen(aiter) {
        if g.kind == GenKind::AsyncGenerator {
            return Ok(new_asend(aiter, Value::None, false));
        }
    }
    let r = if matches!(aiter.payload(), Some(Payload::Instance(_))) {
        vm.call_special(aiter, "__anext__", &[])?
    } else {
        None
    };
    let Some(r) = r else {
        bail!(
            TypeError,
            "'async for' requires an iterator with __anext__ method, got {}",
            type_name(aiter)
        );
    };
    match awaitable_iter(vm, &r) {
        Ok(Some(it)) => Ok(it),
        Ok(None) => {
            let cause = py_err!(
                TypeError,
                "object {} can't be used in 'await' expression",
                type_name(&r)
            );
            let e = py_err!(
                TypeError,
                "'async for' received an invalid object from __anext__: {}",
                type_name(&r)
            );
            if let Some(x) = crate::types::exceptions::as_exc(&e.0) {
                *x.cause.write() = cause.value();
                *x.context.write() = cause.value();
                x.suppress_context.store(true, Ordering::Relaxed);
            }
            Err(e)
        }
        Err(e) => Err(e),
    }
}

// ----- methods --------------------------------------------------------------------------------

fn this<'a>(args: &Args<'a>, ty: &str, method: &str) -> PyResult<&'a Value> {
    crate::types::methods::list::this(args, ty, method)
}

fn rest<'a>(args: &Args<'a>, qual: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    crate::types::methods::list::rest(args, qual, min, max)
}

fn kind_check<'a>(v: &'a Value, kind: GenKind, method: &str) -> PyResult<&'a Value> {
    match as_gen(v) {
        Some(g) if g.kind == kind => Ok(v),
        _ => bail!(
            TypeError,
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            method,
            kind.type_name(),
            type_name(v)
        ),
    }
}

/// The exception `throw(typ[, val[, tb]])` raises (with CPython's deprecation warning for the
/// three-argument form).
pub fn throw_args(vm: &Vm, p: &[Value]) -> PyResult<PyErr> {
    throw_args_for(vm, p, "throw")
}

/// [`throw_args`] for the method `method` (`throw` or `athrow`, named in the warning).
pub fn throw_args_for(vm: &Vm, p: &[Value], method: &str) -> PyResult<PyErr> {
    let Some(typ) = p.first() else {
        bail!(TypeError, "{method} expected at least 1 argument, got 0");
    };
    if p.len() > 1 {
        gen::warn_later(
            ExcKind::DeprecationWarning,
            format!("the (type, exc, tb) signature of {method}() is deprecated, use the single-arg signature instead."),
            true,
        );
    }
    let val = p.get(1).cloned().unwrap_or(Value::None);
    if let Some(tb) = p.get(2) {
        let is_tb =
            matches!(tb.payload(), Some(Payload::Native(n)) if n.type_name() == "traceback");
        if !tb.is_none() && !is_tb {
            bail!(
                TypeError,
                "throw() third argument must be a traceback object"
            );
        }
    }
    match typ.payload() {
        Some(Payload::Exception(_)) => {
            if !val.is_none() {
                bail!(
                    TypeError,
                    "instance exception may not have a separate value"
                );
            }
            crate::interp::eval::make_exception(vm, typ)
        }
        Some(Payload::Type(_))
            if typ.obj().is_some_and(|t| {
                typeobj::is_subtype(t, crate::types::types().exc(ExcKind::BaseException))
            }) =>
        {
            if let (Some(Payload::Exception(_)), Some(t)) = (val.payload(), typ.obj()) {
                if typeobj::is_subtype(&type_of(&val), t) {
                    return crate::interp::eval::make_exception(vm, &val);
                }
            }
            let args: Vec<Value> = match val.payload() {
                _ if val.is_none() => vec![],
                Some(Payload::Tuple(t)) => t.to_vec(),
                _ => vec![val.clone()],
            };
            let inst = vm.call(typ, Args::new(&args))?;
            crate::interp::eval::make_exception(vm, &inst)
        }
        _ => bail!(
            TypeError,
            "exceptions must be classes or instances deriving from BaseException, not {}",
            type_name(typ)
        ),
    }
}

fn coro_send(vm: &Vm, args: Args) -> PyResult<Value> {
    let c = kind_check(
        this(&args, "coroutine", "send")?,
        GenKind::Coroutine,
        "send",
    )?;
    let p = rest(&args, "send", 1, 1)?;
    gen::gen_send(vm, c, p[0].clone())
}

fn coro_throw(vm: &Vm, args: Args) -> PyResult<Value> {
    let c = kind_check(
        this(&args, "coroutine", "throw")?,
        GenKind::Coroutine,
        "throw",
    )?;
    let p = rest(&args, "throw", 1, 3)?;
    let exc = throw_args(vm, p)?;
    gen::gen_throw(vm, c, exc)
}

fn coro_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let c = kind_check(
        this(&args, "coroutine", "close")?,
        GenKind::Coroutine,
        "close",
    )?;
    rest(&args, "coroutine.close", 0, 0)?;
    gen::gen_close(vm, c)
}

fn coro_await(_vm: &Vm, args: Args) -> PyResult<Value> {
    let c = kind_check(
        this(&args, "coroutine", "__await__")?,
        GenKind::Coroutine,
        "__await__",
    )?;
    Ok(Value::from_obj(Payload::Native(Box::new(CoroWrapper {
        coro: c.clone(),
    }))))
}

/// Methods of `coroutine` objects.
pub fn coroutine_methods() -> Methods {
    vec![
        ("send", coro_send),
        ("throw", coro_throw),
        ("close", coro_close),
        ("__await__", coro_await),
    ]
}

fn agen_this<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a Value> {
    kind_check(
        this(args, "async_generator", method)?,
        GenKind::AsyncGenerator,
        method,
    )
}

fn agen_asend(_vm: &Vm, args: Args) -> PyResult<Value> {
    let g = agen_this(&args, "asend")?;
    let p = rest(&args, "asend", 1, 1)?;
    Ok(new_asend(g, p[0].clone(), true))
}

fn agen_anext(_vm: &Vm, args: Args) -> PyResult<Value> {
    let g = agen_this(&args, "__anext__")?;
    rest(&args, "__anext__", 0, 0)?;
    Ok(new_asend(g, Value::None, false))
}

fn agen_aiter(_vm: &Vm, args: Args) -> PyResult<Value> {
    let g = agen_this(&args, "__aiter__")?;
    rest(&args, "__aiter__", 0, 0)?;
    Ok(g.clone())
}

fn agen_athrow(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = agen_this(&args, "athrow")?;
    let p = rest(&args, "athrow", 1, 3)?;
    let exc = throw_args_for(vm, p, "athrow")?;
    Ok(Value::from_obj(Payload::Native(Box::new(AthrowObj {
        agen: g.clone(),
        exc: Some(exc),
        state: AtomicU8::new(INIT),
    }))))
}

fn agen_aclose(_vm: &Vm, args: Args) -> PyResult<Value> {
    let g = agen_this(&args, "aclose")?;
    rest(&args, "aclose", 0, 0)?;
    Ok(Value::from_obj(Payload::Native(Box::new(AthrowObj {
        agen: g.clone(),
        exc: None,
        state: AtomicU8::new(INIT),
    }))))
}

/// Methods of `async_generator` objects.
pub fn async_generator_methods() -> Methods {
    vec![
        ("asend", agen_asend),
        ("athrow", agen_athrow),
        ("aclose", agen_aclose),
        ("__anext__", agen_anext),
        ("__aiter__", agen_aiter),
    ]
}

fn helper_this<'a>(args: &Args<'a>, ty: &str, method: &str) -> PyResult<&'a Value> {
    let v = this(args, ty, method)?;
    if !is_helper(v) {
        bail!(
            TypeError,
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            method,
            ty,
            type_name(v)
        );
    }
    Ok(v)
}

fn helper_send(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = helper_this(&args, "awaitable", "send")?;
    let p = rest(&args, "send", 1, 1)?;
    native_send(vm, v, &p[0]).unwrap_or(Ok(Value::None))
}

fn helper_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = helper_this(&args, "awaitable", "__next__")?;
    native_send(vm, v, &Value::None).unwrap_or(Ok(Value::None))
}

fn helper_throw(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = helper_this(&args, "awaitable", "throw")?;
    let p = rest(&args, "throw", 1, 3)?;
    let exc = throw_args(vm, p)?;
    native_throw(vm, v, &exc).unwrap_or(Ok(Value::None))
}

fn helper_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = helper_this(&args, "awaitable", "close")?;
    rest(&args, "close", 0, 0)?;
    native_close(vm, v).unwrap_or(Ok(Value::None))
}

fn helper_self(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(helper_this(&args, "awaitable", "__iter__")?.clone())
}

/// Methods of `coroutine_wrapper`, `async_generator_asend` and `async_generator_athrow`.
pub fn awaitable_helper_methods(with_await: bool) -> Methods {
    let mut m: Methods = vec![
        ("send", helper_send),
        ("throw", helper_throw),
        ("close", helper_close),
        ("__next__", helper_next),
        ("__iter__", helper_self),
    ];
    if with_await {
        m.push(("__await__", helper_self));
    }
    m
}

// ----- async with, yield from -----------------------------------------------------------------

/// A special method of `obj`'s type as a callable pair for the call protocol: `(func, obj)`
/// for plain methods, `(callable, NULL)` otherwise.
fn special_pair(vm: &Vm, obj: &Value, name: &str) -> PyResult<Option<(Value, Value)>> {
    let ty = type_of(obj);
    let Some(f) = typeobj::lookup(&ty, name) else {
        return Ok(None);
    };
    Ok(Some(match f.payload() {
        Some(Payload::Function(_)) => (f.clone(), obj.clone()),
        Some(Payload::Builtin(b)) if b.owner.is_some() && b.bound.is_none() => {
            (f.clone(), obj.clone())
        }
        _ => (crate::ops::getattr(vm, obj, name)?, Value::Null),
    }))
}

/// BEFORE_ASYNC_WITH: look up `__aenter__` and `__aexit__` on the type of `mgr` and call
/// `__aenter__`. Returns `(aexit, aexit_self_or_NULL, aenter_result)`.
pub fn before_async_with(vm: &Vm, mgr: &Value) -> PyResult<(Value, Value, Value)> {
    let Some((enter, enter_self)) = special_pair(vm, mgr, "__aenter__")? else {
        bail!(
            TypeError,
            "'{}' object does not support the asynchronous context manager protocol",
            type_name(mgr)
        )
    };
    let Some((exit, exit_self)) = special_pair(vm, mgr, "__aexit__")? else {
        bail!(
            TypeError,
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            type_name(mgr)
        )
    };
    let entered = if enter_self.is_null() {
        vm.call(&enter, Args::new(&[]))?
    } else {
        vm.call(&enter, Args::new(std::slice::from_ref(&enter_self)))?
    };
    Ok((exit, exit_self, entered))
}

/// END_ASYNC_FOR: Ok when `exc` is StopAsyncIteration (the loop ends), else the exception to
/// re-raise.
pub fn end_async_for(exc: Value) -> Result<(), PyErr> {
    match exc {
        Value::Obj(o) => {
            let e = PyErr(o);
            if e.matches(ExcKind::StopAsyncIteration) {
                Ok(())
            } else {
                Err(e)
            }
        }
        _ => Err(py_err!(SystemError, "END_ASYNC_FOR without an exception")),
    }
}

/// GET_YIELD_FROM_ITER: generators delegate to themselves; a coroutine only inside a
/// coroutine (`is_coroutine_code`); anything else through `iter()`.
pub fn yield_from_iter(vm: &Vm, v: Value, is_coroutine_code: bool) -> PyResult<Value> {
    if let Some(g) = as_gen(&v) {
        match g.kind {
            GenKind::Generator => return Ok(v),
            GenKind::Coroutine => {
                if is_coroutine_code {
                    return Ok(v);
                }
                bail!(
                    TypeError,
                    "cannot 'yield from' a coroutine object in a non-coroutine generator"
                );
            }
            GenKind::AsyncGenerator => {}
        }
    }
    crate::ops::iter(vm, &v)
}
