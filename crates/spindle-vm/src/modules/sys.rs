//! `sys`: interpreter settings and the standard streams.
//!
//! `sys.stdout` is block-buffered when it is not a terminal (line-buffered when it is), like
//! CPython's; the buffer is flushed at exit, by `flush()`, and before reading input.

use crate::bail;
use crate::error::PyResult;
use crate::object::{native, NativeObject, Payload};
use crate::types::function::{Args, NativeFn};
use crate::types::str::{as_str, new_str};
use crate::types::tuple::new_tuple;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use parking_lot::Mutex;
use std::io::Write;
use std::sync::atomic::Ordering;
use std::sync::OnceLock;

/// The version this interpreter implements.
pub const PY_VERSION: (i64, i64, i64) = (3, 13, 0);
pub const SPINDLE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// `sys.version`.
pub fn version_string() -> String {
    format!(
        "{}.{}.{} (Spindle {}, free-threading build) [rustc]",
        PY_VERSION.0, PY_VERSION.1, PY_VERSION.2, SPINDLE_VERSION
    )
}

struct Out {
    buf: Vec<u8>,
    tty: bool,
}

fn stdout_buf() -> &'static Mutex<Out> {
    static OUT: OnceLock<Mutex<Out>> = OnceLock::new();
    OUT.get_or_init(|| {
        // SAFETY: isatty only inspects the file descriptor.
        let tty = unsafe { libc_isatty(1) };
        Mutex::new(Out {
            buf: Vec::with_capacity(8192),
            tty,
        })
    })
}

extern "C" {
    fn isatty(fd: i32) -> i32;
}

/// # Safety
/// Calls the C library's `isatty`, which has no preconditions.
unsafe fn libc_isatty(fd: i32) -> bool {
    // SAFETY: isatty accepts any integer and only queries the descriptor.
    unsafe { isatty(fd) == 1 }
}

/// Write text to standard output through the buffer.
pub fn write_stdout(s: &str) {
    let mut out = stdout_buf().lock();
    out.buf.extend_from_slice(s.as_bytes());
    if out.buf.len() >= 8192 || (out.tty && s.contains('\n')) {
        let data = std::mem::take(&mut out.buf);
        let _ = std::io::stdout().write_all(&data);
        let _ = std::io::stdout().flush();
    }
}

/// Write text to standard error (unbuffered).
pub fn write_stderr(s: &str) {
    let _ = std::io::stderr().write_all(s.as_bytes());
}

/// Flush standard output.
pub fn flush_std(_vm: &Vm) {
    flush_stdout();
}

pub fn flush_stdout() {
    let mut out = stdout_buf().lock();
    let data = std::mem::take(&mut out.buf);
    let _ = std::io::stdout().write_all(&data);
    let _ = std::io::stdout().flush();
}

/// A standard stream object (`sys.stdout`, `sys.stderr`).
pub struct Stream {
    pub fd: i32,
}

impl NativeObject for Stream {
    fn type_name(&self) -> &'static str {
        "TextIOWrapper"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn stream_write(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (Some(this), Some(text)) = (p.first(), p.get(1)) else {
        bail!(TypeError, "write() takes exactly one argument");
    };
    let Some(s) = as_str(text) else {
        bail!(
            TypeError,
            "write() argument must be str, not {}",
            crate::types::type_name(text)
        );
    };
    match native::<Stream>(this) {
        Some(st) if st.fd == 2 => write_stderr(s),
        Some(_) => write_stdout(s),
        None => bail!(TypeError, "write() on a non-stream"),
    }
    let _ = vm;
    Ok(Value::Int(s.chars().count() as i64))
}

fn stream_flush(_vm: &Vm, args: Args) -> PyResult<Value> {
    if let Some(st) = args.pos().first().and_then(native::<Stream>) {
        if st.fd == 1 {
            flush_stdout();
        }
    }
    Ok(Value::None)
}

fn stream_isatty(_vm: &Vm, args: Args) -> PyResult<Value> {
    let fd = args
        .pos()
        .first()
        .and_then(native::<Stream>)
        .map(|s| s.fd)
        .unwrap_or(1);
    // SAFETY: see libc_isatty.
    Ok(Value::Bool(unsafe { libc_isatty(fd) }))
}

fn stream_fileno(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        args.pos()
            .first()
            .and_then(native::<Stream>)
            .map(|s| s.fd as i64)
            .unwrap_or(1),
    ))
}

pub fn stream_methods() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("write", stream_write),
        ("flush", stream_flush),
        ("isatty", stream_isatty),
        ("fileno", stream_fileno),
    ]
}

fn exit(_vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("exit", 0, 1)?;
    // Like raising SystemExit(arg): None means no arguments, a tuple is the argument tuple.
    let a = match p.first() {
        None | Some(Value::None) => Vec::new(),
        Some(v) => match crate::types::tuple::as_tuple(v) {
            Some(t) if &*crate::types::type_name(v) == "tuple" => t.to_vec(),
            _ => vec![v.clone()],
        },
    };
    Err(crate::error::PyErr::with_args(
        crate::types::exceptions::ExcKind::SystemExit,
        a,
    ))
}

fn getrecursionlimit(vm: &Vm, args: Args) -> PyResult<Value> {
    args.range("getrecursionlimit", 0, 0)?;
    Ok(Value::Int(
        vm.interp.recursion_limit.load(Ordering::Relaxed) as i64,
    ))
}

fn setrecursionlimit(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("setrecursionlimit")?;
    let n = match v {
        Value::Int(i) => *i,
        Value::Float(_) => bail!(
            TypeError,
            "'float' object cannot be interpreted as an integer"
        ),
        other => crate::ops::index_of(other)?,
    };
    if n < 1 {
        bail!(
            ValueError,
            "recursion limit must be greater or equal than 1"
        );
    }
    if (n as u64) <= vm.depth() as u64 {
        bail!(
            RecursionError,
            "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
            n,
            vm.depth()
        );
    }
    vm.interp
        .recursion_limit
        .store(n.min(u32::MAX as i64) as u32, Ordering::Relaxed);
    Ok(Value::None)
}

fn is_gil_enabled(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.interp.gil_enabled))
}

fn exc_info(vm: &Vm, _args: Args) -> PyResult<Value> {
    let h = vm.handled.borrow().clone();
    if h.is_none() {
        return Ok(new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let tb = crate::interp::traceback::traceback_object(&h);
    Ok(new_tuple(vec![
        Value::Obj(crate::types::type_of(&h)),
        h,
        tb,
    ]))
}

fn exception(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.handled.borrow().clone())
}

fn intern(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("intern")?;
    if as_str(v).is_none() {
        bail!(
            TypeError,
            "intern() argument must be str, not {}",
            crate::types::type_name(v)
        );
    }
    Ok(v.clone())
}

fn getrefcount(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("getrefcount")?;
    Ok(Value::Int(match v {
        Value::Obj(o) => o.ref_count().min(u32::MAX as usize) as i64,
        _ => 1 << 32,
    }))
}

fn get_int_max_str_digits(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(crate::vm::int_max_str_digits() as i64))
}

fn set_int_max_str_digits(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::types::methods::numbers::set_int_max_str_digits(vm, &args)
}

fn getswitchinterval(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(0.005))
}

/// `sys.version_info`: a read-only sequence with named fields (a `sys.version_info` object).
const VERSION_INFO_SRC: &str = r#"
class version_info:
    __module__ = 'sys'
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0
    def __init__(self, t):
        self._t = t
    major = property(lambda self: self._t[0])
    minor = property(lambda self: self._t[1])
    micro = property(lambda self: self._t[2])
    releaselevel = property(lambda self: self._t[3])
    serial = property(lambda self: self._t[4])
    def _other(self, o):
        return o._t if type(o) is version_info else o
    def __getitem__(self, i):
        return self._t[i]
    def __len__(self):
        return 5
    def __iter__(self):
        return iter(self._t)
    def __contains__(self, x):
        return x in self._t
    def __eq__(self, o):
        return self._t == self._other(o)
    def __ne__(self, o):
        return self._t != self._other(o)
    def __lt__(self, o):
        return self._t < self._other(o)
    def __le__(self, o):
        return self._t <= self._other(o)
    def __gt__(self, o):
        return self._t > self._other(o)
    def __ge__(self, o):
        return self._t >= self._other(o)
    def __hash__(self):
        return hash(self._t)
    def __add__(self, o):
        return self._t + o
    def count(self, x):
        return self._t.count(x)
    def index(self, x):
        return self._t.index(x)
    def __repr__(self):
        return 'sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)' % self._t
_vi = version_info((MAJOR, MINOR, MICRO, 'final', 0))
"#;

fn version_info_object(vm: &Vm) -> Option<Value> {
    let src = VERSION_INFO_SRC
        .replace("MAJOR", &PY_VERSION.0.to_string())
        .replace("MINOR", &PY_VERSION.1.to_string())
        .replace("MICRO", &PY_VERSION.2.to_string());
    let g = crate::types::dict::new_dict_obj();
    if let Payload::Dict(d) = &g.payload {
        d.set_str("__name__", new_str("sys"));
    }
    crate::run_code_in(vm, &src, "<sys>", &g).ok()?;
    crate::types::dict::dict_get_str(&g, "_vi")
}

pub fn init(vm: &Vm, m: &ObjRef) -> PyResult<()> {
    use super::set_attr;
    let argv: Vec<Value> = vm.interp.argv.read().iter().map(|a| new_str(a)).collect();
    set_attr(m, "argv", crate::types::list::new_list(argv));
    set_attr(m, "orig_argv", crate::types::list::new_list(vec![]));
    set_attr(m, "version", new_str(&version_string()));
    set_attr(
        m,
        "version_info",
        new_tuple(vec![
            Value::Int(PY_VERSION.0),
            Value::Int(PY_VERSION.1),
            Value::Int(PY_VERSION.2),
            new_str("final"),
            Value::Int(0),
        ]),
    );
    set_attr(
        m,
        "hexversion",
        Value::Int((PY_VERSION.0 << 24) | (PY_VERSION.1 << 16) | (PY_VERSION.2 << 8) | 0xf0),
    );
    let implementation = crate::types::module::new_module("implementation");
    set_attr(&implementation, "name", new_str("spindle"));
    set_attr(&implementation, "cache_tag", Value::None);
    set_attr(
        &implementation,
        "version",
        new_tuple(vec![
            Value::Int(0),
            Value::Int(1),
            Value::Int(0),
            new_str("alpha"),
            Value::Int(0),
        ]),
    );
    set_attr(m, "implementation", Value::Obj(implementation));
    set_attr(m, "maxsize", Value::Int(i64::MAX));
    set_attr(m, "maxunicode", Value::Int(0x10ffff));
    set_attr(
        m,
        "byteorder",
        new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set_attr(
        m,
        "platform",
        new_str(if cfg!(target_os = "linux") {
            "linux"
        } else {
            std::env::consts::OS
        }),
    );
    set_attr(
        m,
        "executable",
        new_str(
            &std::env::current_exe()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default(),
        ),
    );
    set_attr(m, "modules", Value::Obj(vm.interp.modules.clone()));
    let mut path = Vec::new();
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for p in pp.split(':').filter(|p| !p.is_empty()) {
            path.push(new_str(p));
        }
    }
    set_attr(m, "path", crate::types::list::new_list(path));
    set_attr(
        m,
        "stdout",
        Value::from_obj(Payload::Native(Box::new(Stream { fd: 1 }))),
    );
    set_attr(
        m,
        "stderr",
        Value::from_obj(Payload::Native(Box::new(Stream { fd: 2 }))),
    );
    let module_dict = crate::types::module::as_module(m)
        .map(|x| x.dict.clone())
        .unwrap_or_else(crate::types::dict::new_dict_obj);
    for (dunder, name) in [("__stdout__", "stdout"), ("__stderr__", "stderr")] {
        set_attr(
            m,
            dunder,
            crate::types::dict::dict_get_str(&module_dict, name).unwrap_or(Value::None),
        );
    }
    if let Some(vi) = version_info_object(vm) {
        set_attr(m, "version_info", vi);
    }
    super::add_functions(
        m,
        &[
            ("exit", exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("_is_gil_enabled", is_gil_enabled),
            ("exc_info", exc_info),
            ("exception", exception),
            ("intern", intern),
            ("getrefcount", getrefcount),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
            ("getswitchinterval", getswitchinterval),
        ],
    );
    super::spindle_traceback::add_to_sys(m);
    Ok(())
}

/// Put the script's directory (or '' for -c/stdin) first on `sys.path`.
pub fn prepend_path(vm: &Vm, dir: &str) {
    if let Some(Value::Obj(p)) = vm.module_attr("sys", "path") {
        if let Payload::List(l) = &p.payload {
            l.items.write().insert(0, new_str(dir));
            l.touch();
        }
    }
}
