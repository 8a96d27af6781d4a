//! The built-in exception hierarchy of Python 3.13 and exception objects.

use crate::object::Payload;
use crate::types::typeobj::{as_type, is_subtype};
use crate::types::{dict, types};
use crate::value::{ObjRef, Value};
use parking_lot::{Mutex, RwLock};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

macro_rules! exc_kinds {
    ($($name:ident : $parent:ident),* $(,)?) => {
        /// Every built-in exception type, with its base (`BaseException` is its own base).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind { $($name),* }
        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$name),*];
            pub fn name(self) -> &'static str { match self { $(ExcKind::$name => stringify!($name)),* } }
            pub fn parent(self) -> ExcKind { match self { $(ExcKind::$name => ExcKind::$parent),* } }
        }
    };
}

exc_kinds! {
    BaseException: BaseException,
    BaseExceptionGroup: BaseException,
    GeneratorExit: BaseException,
    KeyboardInterrupt: BaseException,
    SystemExit: BaseException,
    Exception: BaseException,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ExceptionGroup: BaseExceptionGroup,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    PythonFinalizationError: RuntimeError,
    RecursionError: RuntimeError,
    StopAsyncIteration: Exception,
    StopIteration: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    BytesWarning: Warning,
    DeprecationWarning: Warning,
    EncodingWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    PendingDeprecationWarning: Warning,
    ResourceWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UnicodeWarning: Warning,
    UserWarning: Warning,
}

/// One traceback entry: a code object and the instruction that was running.
#[derive(Clone)]
pub struct TbEntry {
    pub code: ObjRef,
    pub pc: u32,
}

/// An exception instance.
pub struct ExcObj {
    pub class: ObjRef,
    pub args: RwLock<Value>,
    /// Innermost entry last (the order frames were unwound is innermost first; see `push_tb`).
    pub traceback: Mutex<Vec<TbEntry>>,
    pub cause: RwLock<Value>,
    pub context: RwLock<Value>,
    pub suppress_context: AtomicBool,
    /// Other attributes (`__notes__`, `value` of StopIteration, `code` of SystemExit, ...).
    pub dict: ObjRef,
}

impl ExcObj {
    pub fn args_vec(&self) -> Vec<Value> {
        match self.args.read().payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        }
    }

    /// Record that the exception passed through `code` at `pc` (an outer frame than the ones
    /// already recorded).
    pub fn push_tb(&self, code: &ObjRef, pc: u32) {
        self.traceback.lock().insert(
            0,
            TbEntry {
                code: code.clone(),
                pc,
            },
        );
    }
}

/// Create an instance of the built-in exception `kind`.
pub fn new_exception(kind: ExcKind, args: Vec<Value>) -> ObjRef {
    new_exception_of(types().exc(kind).clone(), args)
}

/// Create an instance of the exception class `class` (a subtype of BaseException).
pub fn new_exception_of(class: ObjRef, args: Vec<Value>) -> ObjRef {
    let exc = ExcObj {
        class,
        args: RwLock::new(crate::types::tuple::new_tuple(args)),
        traceback: Mutex::new(Vec::new()),
        cause: RwLock::new(Value::None),
        context: RwLock::new(Value::None),
        suppress_context: AtomicBool::new(false),
        dict: dict::new_dict_obj(),
    };
    ObjRef::new(Payload::Exception(Box::new(exc)))
}

pub fn as_exc(o: &ObjRef) -> Option<&ExcObj> {
    match &o.payload {
        Payload::Exception(e) => Some(e),
        _ => None,
    }
}

/// Is exception object `exc` an instance of built-in kind `kind`?
pub fn exc_matches_kind(exc: &ObjRef, kind: ExcKind) -> bool {
    match as_exc(exc) {
        Some(e) => is_subtype(&e.class, types().exc(kind)),
        None => false,
    }
}

/// The class name of an exception object.
pub fn exc_type_name(exc: &ObjRef) -> Arc<str> {
    match as_exc(exc).and_then(|e| as_type(&e.class)) {
        Some(t) => t.name(),
        None => Arc::from("BaseException"),
    }
}
