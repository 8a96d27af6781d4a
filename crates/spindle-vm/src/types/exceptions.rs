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
        #[allow(non_camel_case_types)]
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
    _IncompleteInputError: SyntaxError,
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
    /// The frame's globals and builtins (`tb_frame.f_globals`), when recorded by the loop.
    pub globals: Option<ObjRef>,
    pub builtins: Option<ObjRef>,
    /// The local variables of the innermost frame when the exception left it (see
    /// `interp::traceback::record`).
    pub locals: Option<Arc<FrameLocals>>,
}

/// The local variables of a frame, as the exception left it.
pub enum FrameLocals {
    /// A function frame: its `[locals | cells]` slots (names come from the code object).
    Slots(Box<[Value]>),
    /// A module or class body: its namespace mapping.
    Mapping(ObjRef),
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
    /// Other attributes (`__notes__` and whatever Python code sets).
    pub dict: ObjRef,
    /// The per-kind fields CPython keeps in C struct members (`value` of StopIteration, `code`
    /// of SystemExit, `errno` of OSError, `message` of exception groups...), once set.
    pub fields: RwLock<Vec<(&'static str, Value)>>,
    /// The traceback object last handed out by `__traceback__`, reused while the entries are
    /// unchanged (so `e.__traceback__ is e.__traceback__`).
    pub tb_object: Mutex<Value>,
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
                globals: None,
                builtins: None,
                locals: None,
            },
        );
    }

    /// A per-kind field, if it was set.
    pub fn field(&self, name: &str) -> Option<Value> {
        self.fields
            .read()
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    }

    /// Set a per-kind field.
    pub fn set_field(&self, name: &'static str, v: Value) {
        let mut f = self.fields.write();
        match f.iter_mut().find(|(k, _)| *k == name) {
            Some(slot) => slot.1 = v,
            None => f.push((name, v)),
        }
    }

    /// Forget a per-kind field (it reads as its default again).
    pub fn clear_field(&self, name: &str) {
        self.fields.write().retain(|(k, _)| *k != name);
    }

    /// Is this exception an instance of the built-in kind `kind`?
    pub fn is(&self, kind: ExcKind) -> bool {
        is_subtype(&self.class, types().exc(kind))
    }
}

/// The names of the per-kind fields instances of `class` have (CPython's member descriptors).
pub fn field_names(class: &ObjRef) -> &'static [&'static str] {
    let is = |k: ExcKind| is_subtype(class, types().exc(k));
    if is(ExcKind::StopIteration) {
        &["value"]
    } else if is(ExcKind::SystemExit) {
        &["code"]
    } else if is(ExcKind::ImportError) {
        &["msg", "name", "path", "name_from"]
    } else if is(ExcKind::AttributeError) {
        &["name", "obj"]
    } else if is(ExcKind::NameError) {
        &["name"]
    } else if is(ExcKind::OSError) {
        &[
            "errno",
            "strerror",
            "filename",
            "filename2",
            "characters_written",
        ]
    } else if is(ExcKind::SyntaxError) {
        &[
            "msg",
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
            "print_file_and_line",
            "_metadata",
        ]
    } else if is(ExcKind::UnicodeError) {
        &["encoding", "object", "start", "end", "reason"]
    } else if is(ExcKind::BaseExceptionGroup) {
        &["message", "exceptions"]
    } else {
        &[]
    }
}

/// The most derived built-in exception type in the MRO of `class`.
pub fn builtin_kind(class: &ObjRef) -> ExcKind {
    let Some(t) = as_type(class) else {
        return ExcKind::BaseException;
    };
    let all = &types().exc;
    let mro = t.mro.read();
    for c in mro.iter() {
        if let Some(i) = all.iter().position(|e| ObjRef::ptr_eq(e, c)) {
            if let Some(k) = ExcKind::ALL.get(i) {
                return *k;
            }
        }
    }
    ExcKind::BaseException
}

/// The OSError subclass CPython picks for an errno value (Linux numbering).
pub fn oserror_subclass_for(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        11 | 114 | 115 => ExcKind::BlockingIOError,
        10 => ExcKind::ChildProcessError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        111 => ExcKind::ConnectionRefusedError,
        104 => ExcKind::ConnectionResetError,
        17 => ExcKind::FileExistsError,
        2 => ExcKind::FileNotFoundError,
        21 => ExcKind::IsADirectoryError,
        20 => ExcKind::NotADirectoryError,
        4 => ExcKind::InterruptedError,
        1 | 13 => ExcKind::PermissionError,
        3 => ExcKind::ProcessLookupError,
        110 => ExcKind::TimeoutError,
        _ => return None,
    })
}

/// Give `ExceptionGroup` its two bases, `(BaseExceptionGroup, Exception)`, and the MRO that
/// follows from them (the registry builds every exception type with one base).
pub fn finish_hierarchy(exc: &[ObjRef]) {
    let (Some(eg), Some(beg), Some(base_exc)) = (
        exc.get(ExcKind::ExceptionGroup as usize),
        exc.get(ExcKind::BaseExceptionGroup as usize),
        exc.get(ExcKind::Exception as usize),
    ) else {
        return;
    };
    let Some(t) = as_type(eg) else { return };
    *t.bases.write() = vec![beg.clone(), base_exc.clone()];
    let mut mro = vec![eg.clone(), beg.clone()];
    if let Some(et) = as_type(base_exc) {
        mro.extend(et.mro.read().iter().cloned());
    }
    *t.mro.write() = mro;
}

/// Create an instance of the built-in exception `kind`.
pub fn new_exception(kind: ExcKind, args: Vec<Value>) -> ObjRef {
    new_exception_of(types().exc(kind).clone(), args)
}

/// Create an instance of the exception class `class` (a subtype of BaseException) the way
/// calling the class with positional `args` does: OSError picks its subclass from the errno,
/// and the kind's fields (`StopIteration.value`, `OSError.errno`, ...) are set from `args`.
pub fn new_exception_of(class: ObjRef, args: Vec<Value>) -> ObjRef {
    let mut class = class;
    if ObjRef::ptr_eq(&class, types().exc(ExcKind::OSError)) && (2..=5).contains(&args.len()) {
        let errno = match args.first() {
            Some(Value::Int(i)) => Some(*i),
            Some(Value::Bool(b)) => Some(*b as i64),
            _ => None,
        };
        if let Some(k) = errno.and_then(oserror_subclass_for) {
            class = types().exc(k).clone();
        }
    }
    let o = new_exception_raw(class, args);
    crate::types::methods::exception::fill_fields(&o);
    o
}

/// Create an instance of `class` with `args` and nothing else set (what `__new__` makes
/// before `__init__` runs).
pub fn new_exception_raw(class: ObjRef, args: Vec<Value>) -> ObjRef {
    let exc = ExcObj {
        class,
        args: RwLock::new(crate::types::tuple::new_tuple(args)),
        traceback: Mutex::new(Vec::new()),
        cause: RwLock::new(Value::None),
        context: RwLock::new(Value::None),
        suppress_context: AtomicBool::new(false),
        dict: dict::new_dict_obj(),
        fields: RwLock::new(Vec::new()),
        tb_object: Mutex::new(Value::None),
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
