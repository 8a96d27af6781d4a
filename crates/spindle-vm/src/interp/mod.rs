//! The interpreter: frames ([`frame`]), argument binding and calls ([`call`]), the evaluation
//! loop ([`eval`]), generators ([`generator`]), tracebacks ([`traceback`]) and module execution.

pub mod call;
pub mod eval;
pub mod frame;
pub mod generator;
pub mod traceback;
