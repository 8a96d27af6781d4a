//! `_thread`: OS threads that run Python code in parallel, locks, and thread identity.
//!
//! Each Python thread is an OS thread with its own [`Vm`] (its own recursion depth, handled
//! exception and native stack) sharing the process's [`Interp`](crate::vm::Interp). Blocking
//! calls (joining, waiting for a lock) release the GIL when one is enabled.

use crate::bail;
use crate::error::PyResult;
use crate::object::{native, NativeObject, Payload};
use crate::types::function::{Args, NativeFn};
use crate::value::{ObjRef, Value};
use crate::vm::{Vm, THREAD_STACK_SIZE};
use hashbrown::HashMap;
use parking_lot::{Condvar, Mutex};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// Largest timeout accepted by blocking calls, in seconds.
pub const TIMEOUT_MAX: f64 = 4294967.0;

static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);

thread_local! {
    static IDENT: u64 = NEXT_IDENT.fetch_add(1, Ordering::Relaxed) + 0x7f00_0000_0000;
}

/// This thread's `threading.get_ident()`.
pub fn ident() -> u64 {
    IDENT.with(|i| *i)
}

extern "C" {
    fn gettid() -> i32;
}

fn native_id() -> i64 {
    // SAFETY: gettid has no preconditions and cannot fail.
    unsafe { gettid() as i64 }
}

/// Completion state of a started thread.
struct Done {
    finished: Mutex<bool>,
    cond: Condvar,
}

fn handles() -> &'static Mutex<HashMap<u64, Arc<Done>>> {
    static H: OnceLock<Mutex<HashMap<u64, Arc<Done>>>> = OnceLock::new();
    H.get_or_init(|| Mutex::new(HashMap::new()))
}

static NEXT_HANDLE: AtomicU64 = AtomicU64::new(1);

fn spawn(
    vm: &Vm,
    func: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
    daemon: bool,
) -> PyResult<u64> {
    if vm.interp.finalizing.load(Ordering::Relaxed) {
        bail!(
            PythonFinalizationError,
            "can't create new thread at interpreter shutdown"
        );
    }
    let id = NEXT_HANDLE.fetch_add(1, Ordering::Relaxed);
    let done = Arc::new(Done {
        finished: Mutex::new(false),
        cond: Condvar::new(),
    });
    handles().lock().insert(id, done.clone());
    let interp = vm.interp.clone();
    let builder = std::thread::Builder::new().stack_size(THREAD_STACK_SIZE);
    let handle = builder
        .spawn(move || {
            let tvm = Vm::new(interp, THREAD_STACK_SIZE);
            tvm.acquire_gil();
            let r = tvm.call(
                &func,
                Args {
                    values: &args,
                    kwnames: &kwnames,
                },
            );
            if let Err(e) = r {
                if !e.matches(crate::types::exceptions::ExcKind::SystemExit) {
                    crate::modules::sys::flush_stdout();
                    let text = crate::interp::traceback::format_exception_text(&tvm, &e.value())
                        .unwrap_or_default();
                    crate::modules::sys::write_stderr(&format!(
                        "Unhandled exception in thread started by {}\n{}",
                        crate::ops::repr(&tvm, &func).unwrap_or_default(),
                        text
                    ));
                }
            }
            drop(func);
            drop(args);
            tvm.release_gil();
            *done.finished.lock() = true;
            done.cond.notify_all();
        })
        .map_err(|e| crate::py_err!(RuntimeError, "can't start new thread: {}", e))?;
    if daemon {
        drop(handle);
    } else {
        vm.interp.threads.lock().push(handle);
    }
    Ok(id)
}

fn start_joinable_thread(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(func) = p.first().or_else(|| args.kw("function")) else {
        bail!(
            TypeError,
            "start_joinable_thread() missing required argument 'function'"
        );
    };
    let daemon = match p.get(1).or_else(|| args.kw("daemon")) {
        Some(d) => crate::ops::truthy(vm, d)?,
        None => true,
    };
    let id = spawn(vm, func.clone(), vec![], vec![], daemon)?;
    Ok(Value::Int(id as i64))
}

fn start_new_thread(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("start_new_thread", 2, 3)?;
    let Some(fargs) = crate::types::tuple::as_tuple(&p[1]) else {
        bail!(TypeError, "2nd arg must be a tuple");
    };
    let mut values = fargs.to_vec();
    let mut names = Vec::new();
    if let Some(kw) = p.get(2) {
        let (n, v) = crate::interp::call::kwargs_from_dict(vm, kw)?;
        names = n;
        values.extend(v);
    }
    let id = spawn(vm, p[0].clone(), values, names, true)?;
    Ok(Value::Int(id as i64))
}

fn timeout_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<Duration>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(t) => {
            let secs = match crate::ops::num::as_f64(t) {
                Some(r) => r?,
                None => bail!(TypeError, "timeout must be a number"),
            };
            let _ = vm;
            if secs < 0.0 {
                return Ok(Some(Duration::ZERO));
            }
            Ok(Some(Duration::from_secs_f64(secs.min(TIMEOUT_MAX))))
        }
    }
}

fn join_thread(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let id = match p.first() {
        Some(Value::Int(i)) => *i as u64,
        _ => bail!(TypeError, "join_thread() expects a thread handle"),
    };
    let timeout = timeout_arg(vm, p.get(1).or_else(|| args.kw("timeout")))?;
    let Some(done) = handles().lock().get(&id).cloned() else {
        return Ok(Value::Bool(true));
    };
    let finished = vm.allow_threads(|| {
        let mut f = done.finished.lock();
        let deadline = timeout.map(|t| Instant::now() + t);
        while !*f {
            match deadline {
                Some(d) => {
                    if done.cond.wait_until(&mut f, d).timed_out() {
                        break;
                    }
                }
                None => done.cond.wait(&mut f),
            }
        }
        *f
    });
    Ok(Value::Bool(finished))
}

fn thread_done(_vm: &Vm, args: Args) -> PyResult<Value> {
    let id = match args.pos().first() {
        Some(Value::Int(i)) => *i as u64,
        _ => return Ok(Value::Bool(true)),
    };
    let done = handles().lock().get(&id).cloned();
    Ok(Value::Bool(
        done.map(|d| *d.finished.lock()).unwrap_or(true),
    ))
}

fn get_ident(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(ident() as i64))
}

fn get_native_id(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(native_id()))
}

/// `_thread.lock`.
pub struct Lock {
    locked: Mutex<bool>,
    cond: Condvar,
}

impl NativeObject for Lock {
    fn type_name(&self) -> &'static str {
        "lock"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Lock {
    pub fn new() -> Lock {
        Lock {
            locked: Mutex::new(false),
            cond: Condvar::new(),
        }
    }

    /// Acquire, waiting up to `timeout` (None: forever; zero: don't block).
    pub fn acquire(&self, vm: &Vm, timeout: Option<Duration>) -> bool {
        {
            let mut l = self.locked.lock();
            if !*l {
                *l = true;
                return true;
            }
            if timeout == Some(Duration::ZERO) {
                return false;
            }
        }
        vm.allow_threads(|| {
            let mut l = self.locked.lock();
            let deadline = timeout.map(|t| Instant::now() + t);
            while *l {
                match deadline {
                    Some(d) => {
                        if self.cond.wait_until(&mut l, d).timed_out() && *l {
                            return false;
                        }
                    }
                    None => self.cond.wait(&mut l),
                }
            }
            *l = true;
            true
        })
    }

    pub fn release(&self) -> bool {
        let mut l = self.locked.lock();
        if !*l {
            return false;
        }
        *l = false;
        self.cond.notify_one();
        true
    }
}

impl Default for Lock {
    fn default() -> Self {
        Self::new()
    }
}

fn acquire_args(vm: &Vm, args: &Args) -> PyResult<Option<Duration>> {
    let p = args.pos();
    let blocking = match p.get(1).or_else(|| args.kw("blocking")) {
        Some(b) => crate::ops::truthy(vm, b)?,
        None => true,
    };
    let timeout = p.get(2).or_else(|| args.kw("timeout"));
    let t = match timeout {
        Some(Value::Int(-1)) | None => None,
        Some(Value::Float(f)) if *f == -1.0 => None,
        Some(t) => {
            if !blocking {
                bail!(
                    ValueError,
                    "can't specify a timeout for a non-blocking call"
                );
            }
            timeout_arg(vm, Some(t))?
        }
    };
    Ok(if blocking { t } else { Some(Duration::ZERO) })
}

fn lock_acquire(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(l) = args.pos().first().and_then(native::<Lock>) else {
        bail!(TypeError, "not a lock")
    };
    let t = acquire_args(vm, &args)?;
    Ok(Value::Bool(l.acquire(vm, t)))
}

fn lock_release(_vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(l) = args.pos().first().and_then(native::<Lock>) else {
        bail!(TypeError, "not a lock")
    };
    if !l.release() {
        bail!(RuntimeError, "release unlocked lock");
    }
    Ok(Value::None)
}

fn lock_locked(_vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(l) = args.pos().first().and_then(native::<Lock>) else {
        bail!(TypeError, "not a lock")
    };
    Ok(Value::Bool(*l.locked.lock()))
}

fn lock_exit(vm: &Vm, args: Args) -> PyResult<Value> {
    lock_release(vm, Args::new(&args.pos()[..1]))?;
    Ok(Value::None)
}

pub fn lock_methods() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("acquire", lock_acquire),
        ("acquire_lock", lock_acquire),
        ("release", lock_release),
        ("release_lock", lock_release),
        ("locked", lock_locked),
        ("__enter__", lock_acquire),
        ("__exit__", lock_exit),
    ]
}

/// `_thread.RLock`: reentrant by the owning thread.
pub struct RLock {
    lock: Lock,
    owner: Mutex<(u64, usize)>,
}

impl NativeObject for RLock {
    fn type_name(&self) -> &'static str {
        "RLock"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn rlock_acquire(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(r) = args.pos().first().and_then(native::<RLock>) else {
        bail!(TypeError, "not an RLock")
    };
    let me = ident();
    {
        let mut o = r.owner.lock();
        if o.0 == me && o.1 > 0 {
            o.1 += 1;
            return Ok(Value::Bool(true));
        }
    }
    let t = acquire_args(vm, &args)?;
    if !r.lock.acquire(vm, t) {
        return Ok(Value::Bool(false));
    }
    *r.owner.lock() = (me, 1);
    Ok(Value::Bool(true))
}

fn rlock_release(_vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(r) = args.pos().first().and_then(native::<RLock>) else {
        bail!(TypeError, "not an RLock")
    };
    let mut o = r.owner.lock();
    if o.0 != ident() || o.1 == 0 {
        bail!(RuntimeError, "cannot release un-acquired lock");
    }
    o.1 -= 1;
    if o.1 == 0 {
        o.0 = 0;
        r.lock.release();
    }
    Ok(Value::None)
}

fn rlock_exit(vm: &Vm, args: Args) -> PyResult<Value> {
    rlock_release(vm, Args::new(&args.pos()[..1]))
}

fn rlock_arg<'a>(args: &Args<'a>) -> PyResult<&'a RLock> {
    match args.pos().first().and_then(native::<RLock>) {
        Some(r) => Ok(r),
        None => bail!(TypeError, "not an RLock"),
    }
}

/// `RLock._is_owned()`: held by the calling thread?
fn rlock_is_owned(_vm: &Vm, args: Args) -> PyResult<Value> {
    let r = rlock_arg(&args)?;
    let o = r.owner.lock();
    Ok(Value::Bool(o.0 == ident() && o.1 > 0))
}

/// `RLock._release_save()`: release every level (for `Condition.wait`); returns the depth.
fn rlock_release_save(_vm: &Vm, args: Args) -> PyResult<Value> {
    let r = rlock_arg(&args)?;
    let mut o = r.owner.lock();
    if o.0 != ident() || o.1 == 0 {
        bail!(RuntimeError, "cannot release un-acquired lock");
    }
    let depth = o.1;
    *o = (0, 0);
    r.lock.release();
    Ok(Value::Int(depth as i64))
}

/// `RLock._acquire_restore(depth)`: take the lock back at the saved depth.
fn rlock_acquire_restore(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = rlock_arg(&args)?;
    let depth = match args.pos().get(1) {
        Some(Value::Int(d)) if *d > 0 => *d as usize,
        _ => 1,
    };
    r.lock.acquire(vm, None);
    *r.owner.lock() = (ident(), depth);
    Ok(Value::None)
}

pub fn rlock_methods() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("acquire", rlock_acquire),
        ("release", rlock_release),
        ("__enter__", rlock_acquire),
        ("__exit__", rlock_exit),
        ("_is_owned", rlock_is_owned),
        ("_release_save", rlock_release_save),
        ("_acquire_restore", rlock_acquire_restore),
    ]
}

fn allocate_lock(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::from_obj(Payload::Native(Box::new(Lock::new()))))
}

fn new_rlock(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::from_obj(Payload::Native(Box::new(RLock {
        lock: Lock::new(),
        owner: Mutex::new((0, 0)),
    }))))
}

fn format_exception(vm: &Vm, args: Args) -> PyResult<Value> {
    let e = args.one("_format_exception")?;
    Ok(crate::types::str::from_string(
        crate::interp::traceback::format_exception_text(vm, e)?,
    ))
}

pub fn init(_vm: &Vm, m: &ObjRef) -> PyResult<()> {
    super::add_functions(
        m,
        &[
            ("start_joinable_thread", start_joinable_thread),
            ("start_new_thread", start_new_thread),
            ("join_thread", join_thread),
            ("thread_done", thread_done),
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("allocate_lock", allocate_lock),
            ("RLock", new_rlock),
            ("_format_exception", format_exception),
        ],
    );
    super::set_attr(m, "TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    Ok(())
}
