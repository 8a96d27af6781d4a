"""Thread-based parallelism, on top of the native ``_thread`` module.

Spindle's threads run Python code truly in parallel (there is no global interpreter lock).
This module currently provides ``Thread`` (target/args/kwargs, name, daemon, ident, start,
join with timeout, is_alive, run overriding), ``current_thread``, ``main_thread``,
``get_ident``, ``get_native_id``, ``active_count``, ``enumerate``, ``Lock``, ``RLock`` and
``excepthook``; the rest of the module is tracked by the free-threading issue.
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
