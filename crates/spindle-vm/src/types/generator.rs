//! Generator objects: a suspended frame that `next()`/`send()` resumes.
//!
//! The frame is taken out of the generator while it runs (so no lock is held while Python code
//! executes); a second thread or a re-entrant call that finds it missing gets CPython's
//! "generator already executing" error.

use crate::interp::frame::Frame;
use crate::value::{ObjRef, Value};
use parking_lot::Mutex;

pub enum GenState {
    /// Created or suspended at a yield.
    Ready(Box<Frame>),
    Running,
    Finished,
}

pub struct GenObj {
    pub func: ObjRef,
    pub name: Value,
    pub qualname: Value,
    pub state: Mutex<GenState>,
    /// Has the frame started (a non-None `send` before the start is an error)?
    pub started: std::sync::atomic::AtomicBool,
}
