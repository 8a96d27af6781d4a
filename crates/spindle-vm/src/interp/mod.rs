//! The interpreter: frames ([`frame`]), argument binding and calls ([`call`]), the evaluation
//! loop ([`eval`]), generators ([`generator`]), coroutines ([`coroutine`]), tracebacks ([`traceback`]) and module execution.

pub mod attr_cache;
pub mod call;
pub mod coroutine;
pub mod eval;
pub mod frame;
pub mod generator;
pub mod pattern;
pub mod traceback;
