//! Generator objects: a suspended frame that `next()`/`send()` resumes. Coroutines (`async def`)
//! and async generators (`async def` with `yield`) are the same object with another [`GenKind`].
//!
//! The frame is taken out of the generator while it runs (so no lock is held while Python code
//! executes); a second thread or a re-entrant call that finds it missing gets CPython's
//! "generator already executing" error.
//!
//! Dropping a generator that is suspended inside a `try` (so that a `finally` or `except` could
//! run) does not run Python code from the destructor: the frame moves into a fresh generator
//! object that is queued, and the interpreter closes it at its next safe point (see
//! `interp::generator::run_pending`). A coroutine dropped before it ever ran queues CPython's
//! "coroutine '...' was never awaited" RuntimeWarning the same way.

use crate::interp::frame::Frame;
use crate::value::{ObjRef, Value};
use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

pub enum GenState {
    /// Created or suspended at a yield.
    Ready(Box<Frame>),
    Running,
    Finished,
}

/// Which kind of object a generator-like frame makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The type name (`generator`, `coroutine`, `async_generator`).
    pub fn type_name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }

    /// How error messages name it ("generator", "coroutine", "async generator").
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }

    /// The prefix of its introspection attributes (`gi_`, `cr_`, `ag_`).
    pub fn attr_prefix(self) -> &'static str {
        match self {
            GenKind::Generator => "gi_",
            GenKind::Coroutine => "cr_",
            GenKind::AsyncGenerator => "ag_",
        }
    }
}

pub struct GenObj {
    pub func: ObjRef,
    pub name: Value,
    pub qualname: Value,
    pub kind: GenKind,
    pub state: Mutex<GenState>,
    /// Has the frame started (a non-None `send` before the start is an error)?
    pub started: AtomicBool,
    /// The exception the generator was handling when it last yielded (its own
    /// `sys.exception()`), or None.
    pub exc_state: Mutex<Value>,
    /// Async generators: an `asend`/`athrow` awaitable is running it (`ag_running`).
    pub running_async: AtomicBool,
    /// Async generators: closed by `aclose()` or finished.
    pub closed: AtomicBool,
}

impl GenObj {
    pub fn new(
        func: ObjRef,
        name: Value,
        qualname: Value,
        kind: GenKind,
        frame: Box<Frame>,
    ) -> GenObj {
        GenObj {
            func,
            name,
            qualname,
            kind,
            state: Mutex::new(GenState::Ready(frame)),
            started: AtomicBool::new(false),
            exc_state: Mutex::new(Value::None),
            running_async: AtomicBool::new(false),
            closed: AtomicBool::new(false),
        }
    }

    pub fn is_started(&self) -> bool {
        self.started.load(Ordering::Relaxed)
    }
}

impl Drop for GenObj {
    fn drop(&mut self) {
        let state = std::mem::replace(self.state.get_mut(), GenState::Finished);
        let GenState::Ready(frame) = state else {
            return;
        };
        let started = self.started.load(Ordering::Relaxed);
        crate::interp::generator::on_drop(self, frame, started);
    }
}
