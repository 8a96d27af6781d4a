//! Code objects: what the compiler produces for a module, function, lambda, comprehension or
//! class body. A code object is immutable once built; the VM wraps it (with its constants turned
//! into VM values and an inline-cache array) when it is first loaded.

use crate::opcodes::Instr;
use num_bigint::BigInt;
use std::sync::Arc;

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Arc<[Constant]>),
    Ellipsis,
    Code(Arc<CodeObject>),
}

/// Source position of one instruction (1-based lines, 0-based UTF-8 columns as CPython reports
/// them in its tracebacks).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
    /// The part of the range CPython marks with `^` in tracebacks (operator of a binary
    /// operation, `[..]` of a subscript, `(..)` of a call); equal values mean "all of it".
    pub anchor_col: u32,
    pub anchor_end_col: u32,
}

/// One row of the exception table: an exception raised by an instruction in `start..end`
/// truncates the value stack to `depth` items, pushes the exception and jumps to `handler`.
/// Rows are ordered innermost first; the first row that covers the instruction wins. Entering a
/// `try` block therefore costs nothing ("zero-cost" exceptions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
}

/// Properties of a code object.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// Has a `*args` parameter.
    pub varargs: bool,
    /// Has a `**kwargs` parameter.
    pub varkeywords: bool,
    /// Calling it creates a generator.
    pub generator: bool,
    /// `async def`.
    pub coroutine: bool,
    /// Module or class body: names go through a namespace dict (LoadName/StoreName).
    pub uses_namespace: bool,
}

/// A compiled body of code.
#[derive(Debug, PartialEq)]
pub struct CodeObject {
    /// `co_name`, e.g. `f`, `<module>`, `<lambda>`, `<genexpr>`.
    pub name: Arc<str>,
    /// `co_qualname`, e.g. `outer.<locals>.inner`.
    pub qualname: Arc<str>,
    pub filename: Arc<str>,
    pub first_line: u32,
    pub instructions: Vec<Instr>,
    /// One location per instruction.
    pub locations: Vec<Location>,
    pub constants: Vec<Constant>,
    /// Names used by global/attribute/import instructions.
    pub names: Vec<Arc<str>>,
    /// Local variable names; the first `arg_count + kwonly_arg_count (+1 varargs) (+1 varkw)` are
    /// the parameters, in that order.
    pub varnames: Vec<Arc<str>>,
    /// Variables of this scope captured by inner scopes (each lives in a cell).
    pub cellvars: Vec<Arc<str>>,
    /// Variables of enclosing scopes this code reads through cells (from the closure tuple).
    pub freevars: Vec<Arc<str>>,
    /// For each cellvar that is also a parameter, the parameter's index in `varnames`.
    pub cell_params: Vec<(u32, u32)>,
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    pub flags: CodeFlags,
    /// Maximum value-stack depth, computed by the compiler.
    pub max_stack: u32,
    /// Number of inline-cache slots the instructions own.
    pub cache_count: u32,
    pub exception_table: Vec<ExceptionEntry>,
    /// The docstring, when the body starts with one.
    pub docstring: Option<Arc<str>>,
}

impl CodeObject {
    /// Location of the instruction at `pc`.
    pub fn location(&self, pc: usize) -> Location {
        self.locations.get(pc).copied().unwrap_or_default()
    }

    /// The exception-table row that handles an exception raised at `pc`.
    pub fn handler_for(&self, pc: u32) -> Option<&ExceptionEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= pc && pc < e.end)
    }

    /// Total number of parameters including `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        (self.arg_count + self.kwonly_arg_count) as usize
            + self.flags.varargs as usize
            + self.flags.varkeywords as usize
    }
}
