//! Spindle's compiler: Python source → AST (`ruff_python_parser`) → symbol tables
//! ([`symtable`]) → bytecode code objects ([`codegen`]).
//!
//! The compiler owns syntax and scoping; it never runs code and knows nothing about the VM's
//! values. Errors come back as [`CompileError`] carrying CPython's message and a source range.

pub mod codegen;
pub mod error;
pub mod lines;
pub mod symtable;

pub use codegen::{compile, Mode};
pub use error::{CompileError, ErrorKind};
pub use lines::LineIndex;
