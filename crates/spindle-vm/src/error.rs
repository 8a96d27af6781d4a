//! Python exceptions as Rust errors.
//!
//! A [`PyErr`] is a raised Python exception: a pointer to an exception object, so
//! `PyResult<Value>` stays small and the error path costs nothing until something is raised.
//! [`py_err!`](crate::py_err) builds one in a line: `py_err!(TypeError, "bad {}", x)`.
//! Engine failures that are not Python exceptions do not exist as a separate type yet: memory
//! exhaustion and deep recursion surface as `MemoryError` and `RecursionError`.

use crate::types::exceptions::{new_exception, ExcKind};
use crate::value::{ObjRef, Value};

/// A raised Python exception (always an exception instance).
#[derive(Clone)]
pub struct PyErr(pub ObjRef);

pub type PyResult<T = Value> = Result<T, PyErr>;

impl PyErr {
    /// A new exception of a built-in kind with a message (`args == (msg,)`).
    #[cold]
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        PyErr(new_exception(kind, vec![crate::types::str::new_str(&msg)]))
    }

    /// A new exception of a built-in kind with the given args.
    #[cold]
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr(new_exception(kind, args))
    }

    pub fn value(&self) -> Value {
        Value::Obj(self.0.clone())
    }

    /// Is this exception an instance of the built-in kind (or a subclass of it)?
    pub fn matches(&self, kind: ExcKind) -> bool {
        crate::types::exceptions::exc_matches_kind(&self.0, kind)
    }
}

/// `py_err!(TypeError, "format", args..)` → a [`PyErr`].
#[macro_export]
macro_rules! py_err {
    ($kind:ident, $($arg:tt)*) => {
        $crate::error::PyErr::new($crate::types::exceptions::ExcKind::$kind, format!($($arg)*))
    };
}

/// `bail!(TypeError, "format", args..)` → `return Err(py_err!(..))`.
#[macro_export]
macro_rules! bail {
    ($kind:ident, $($arg:tt)*) => {
        return Err($crate::py_err!($kind, $($arg)*))
    };
}

/// Raise MemoryError for an allocation of `bytes` bytes that cannot succeed: more than the
/// machine's memory and swap. (Rust aborts the process when an allocation fails, so sizes that
/// Python code controls are checked first.)
pub fn check_alloc(bytes: usize) -> PyResult<()> {
    static LIMIT: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let limit = *LIMIT.get_or_init(|| {
        let text = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let field = |name: &str| -> usize {
            text.lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(0)
                .saturating_mul(1024)
        };
        let total = field("MemTotal:").saturating_add(field("SwapTotal:"));
        if total == 0 {
            1 << 40
        } else {
            total
        }
    });
    if bytes > limit {
        return Err(PyErr::new(
            crate::types::exceptions::ExcKind::MemoryError,
            "",
        ));
    }
    Ok(())
}

/// [`check_alloc`] for `count` items of `size` bytes.
pub fn check_alloc_items(count: usize, size: usize) -> PyResult<()> {
    match count.checked_mul(size) {
        Some(b) => check_alloc(b),
        None => Err(PyErr::new(
            crate::types::exceptions::ExcKind::MemoryError,
            "",
        )),
    }
}
