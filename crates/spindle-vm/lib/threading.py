"""Thread-based parallelism, on top of the native ``_thread`` module.

Spindle's threads run Python code truly in parallel (there is no global interpreter lock).
This module provides ``Thread`` (target/args/kwargs, name, daemon, ident, start, join with
timeout, is_alive, run overriding), ``current_thread``, ``main_thread``, ``get_ident``,
``get_native_id``, ``active_count``, ``enumerate``, ``Lock``, ``RLock``, ``Condition``,
``Semaphore``, ``BoundedSemaphore``, ``Event``, ``Barrier``, ``Timer``, ``local``,
``excepthook`` and the accepted-but-inactive ``settrace``/``setprofile``/``stack_size``.
"""

import _thread
import sys as _sys

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
Lock = _thread.allocate_lock
RLock = _thread.RLock
TIMEOUT_MAX = _thread.TIMEOUT_MAX

_counter = [0]
_counter_lock = _thread.allocate_lock()
_active = {}
_active_lock = _thread.allocate_lock()


def _new_name():
    _counter_lock.acquire()
    try:
        _counter[0] += 1
        return "Thread-" + str(_counter[0])
    finally:
        _counter_lock.release()


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    """Print an exception raised by a thread's run() to stderr, as CPython does."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    _sys.stderr.write("Exception in thread " + str(name) + ":\n")
    _sys.stderr.write(_thread._format_exception(args.exc_value))


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        self._target = target
        self._args = tuple(args)
        self._kwargs = {} if kwargs is None else dict(kwargs)
        if name is None:
            name = _new_name()
            if target is not None and hasattr(target, "__name__"):
                name = name + " (" + target.__name__ + ")"
        self._name = str(name)
        if daemon is None:
            daemon = current_thread().daemon if _active else False
        self._daemonic = bool(daemon)
        self._started = False
        self._finished = False
        self._handle = None
        self._ident = None
        self._native_id = None

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = bool(value)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._handle = _thread.start_joinable_thread(self._bootstrap, self._daemonic)

    def _bootstrap(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active_lock.acquire()
        _active[self._ident] = self
        _active_lock.release()
        try:
            self.run()
        except BaseException as e:
            excepthook(ExceptHookArgs(type(e), e, e.__traceback__, self))
        finally:
            self._finished = True
            _active_lock.acquire()
            _active.pop(self._ident, None)
            _active_lock.release()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self._ident is not None and self._ident == get_ident():
            raise RuntimeError("cannot join current thread")
        _thread.join_thread(self._handle, timeout)

    def is_alive(self):
        return self._started and not self._finished and not _thread.thread_done(self._handle)

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._finished:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " " + str(self._ident)
        return "<Thread(" + self._name + ", " + status + ")>"


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = get_ident()
        self._native_id = get_native_id()


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="Dummy-" + str(get_ident()), daemon=True)
        self._started = True
        self._ident = get_ident()


_main = _MainThread()
_active[_main._ident] = _main


def main_thread():
    return _main


def current_thread():
    t = _active.get(get_ident())
    if t is None:
        return _DummyThread()
    return t


currentThread = current_thread


def active_count():
    return len(_active)


def enumerate():
    _active_lock.acquire()
    try:
        return list(_active.values())
    finally:
        _active_lock.release()


# --- synchronization primitives (written for Spindle over _thread locks) ---------------------

from time import monotonic as _monotonic


class Condition:
    """A condition variable: wait() releases the lock until notify() wakes the waiter."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%r, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        # An RLock knows its owner; for a plain lock, "owned" means "held".
        owned = getattr(self._lock, "_is_owned", None)
        if owned is not None:
            return owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _thread.allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = _release_save(self._lock)
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            _acquire_restore(self._lock, saved)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _monotonic() + waittime
                else:
                    waittime = endtime - _monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for w in woken:
            w.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


def _release_save(lock):
    """Release `lock` completely (all RLock levels); return what _acquire_restore needs."""
    save = getattr(lock, "_release_save", None)
    if save is not None:
        return save()
    lock.release()
    return None


def _acquire_restore(lock, saved):
    restore = getattr(lock, "_acquire_restore", None)
    if restore is not None:
        restore(saved)
    else:
        lock.acquire()


class Semaphore:
    """A counter of available slots; acquire() blocks at zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s at %#x: value=%d>" % (type(self).__name__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _monotonic() + timeout
                    else:
                        timeout = endtime - _monotonic()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s at %#x: value=%d/%d>" % (
            type(self).__name__, id(self), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        status = "set" if self._flag else "unset"
        return "<%s at %#x: %s>" % (type(self).__name__, id(self), status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait_for(lambda: self._flag, timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Block `parties` threads until all of them have called wait()."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _exit(self):
        if self._count == 0 and self._state in (-1, 1):
            self._state = 0
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


class Timer(Thread):
    """Call a function after `interval` seconds unless cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class local:
    """Thread-local attributes: each thread sees its own namespace."""

    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__dicts", {get_ident(): {}})
        object.__setattr__(self, "_local__args", (args, kw))
        return self

    def _local__ns(self):
        dicts = object.__getattribute__(self, "_local__dicts")
        key = get_ident()
        ns = dicts.get(key)
        if ns is None:
            # First use in this thread: a fresh namespace, initialized like the first one.
            ns = {}
            dicts[key] = ns
            cls = type(self)
            if cls.__init__ is not object.__init__:
                args, kw = object.__getattribute__(self, "_local__args")
                cls.__init__(self, *args, **kw)
        return ns

    def __getattribute__(self, name):
        if name.startswith("_local__") or name == "__class__":
            return object.__getattribute__(self, name)
        ns = object.__getattribute__(self, "_local__ns")()
        if name == "__dict__":
            return ns
        if name in ns:
            return ns[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % _local_name(self))
        ns = object.__getattribute__(self, "_local__ns")()
        ns[name] = value

    def __delattr__(self, name):
        ns = object.__getattribute__(self, "_local__ns")()
        try:
            del ns[name]
        except KeyError:
            raise AttributeError(
                "'%s' object has no attribute '%s'" % (_local_name(self), name)) from None


def _local_name(obj):
    cls = type(obj)
    return "_thread._local" if cls is local else cls.__name__


_trace_hook = None
_profile_hook = None


def settrace(func):
    """Accepted for compatibility; Spindle does not call trace functions yet."""
    global _trace_hook
    _trace_hook = func


def setprofile(func):
    """Accepted for compatibility; Spindle does not call profile functions yet."""
    global _profile_hook
    _profile_hook = func


def gettrace():
    return _trace_hook


def getprofile():
    return _profile_hook


settrace_all_threads = settrace
setprofile_all_threads = setprofile

_stack_size = [0]


def stack_size(size=0):
    """Report the stack size for new threads (Spindle reserves 256 MiB; setting is accepted)."""
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    old = _stack_size[0]
    _stack_size[0] = size
    return old


__excepthook__ = excepthook
