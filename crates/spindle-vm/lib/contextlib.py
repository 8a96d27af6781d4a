"""Helpers for building and combining context managers (the objects ``with`` and ``async with``
use).

Spindle's own implementation of the ``contextlib`` module: abstract context-manager bases, the
``contextmanager``/``asynccontextmanager`` decorators that turn a generator into a context
manager, small ready-made managers (``closing``, ``aclosing``, ``nullcontext``, ``suppress``,
``redirect_stdout``, ``redirect_stderr``, ``chdir``), and ``ExitStack``/``AsyncExitStack``, which
run a dynamic number of exit callbacks in last-in, first-out order.
"""

import abc
import sys

try:
    import os as _os
except ImportError:
    _os = None

__all__ = [
    "asynccontextmanager",
    "contextmanager",
    "closing",
    "nullcontext",
    "AbstractContextManager",
    "AbstractAsyncContextManager",
    "AsyncExitStack",
    "ContextDecorator",
    "ExitStack",
    "redirect_stdout",
    "redirect_stderr",
    "suppress",
    "aclosing",
]
if _os is not None:
    __all__.append("chdir")


# ---------------------------------------------------------------------------------------------
# Small helpers standing in for `functools.wraps`, `types.MethodType` and `types.GenericAlias`.

_COPIED_ATTRS = ("__module__", "__name__", "__qualname__", "__doc__", "__type_params__")


def _wraps(wrapped):
    """Return a decorator that makes its argument look like ``wrapped``: the name, qualified
    name, module, docstring and type parameters are copied, ``__dict__`` is merged and
    ``__wrapped__`` points back at ``wrapped``."""

    def apply(wrapper):
        for name in _COPIED_ATTRS:
            try:
                value = getattr(wrapped, name)
            except AttributeError:
                continue
            try:
                setattr(wrapper, name, value)
            except (AttributeError, TypeError):
                pass
        extra = getattr(wrapped, "__dict__", None)
        if extra:
            wrapper.__dict__.update(extra)
        wrapper.__wrapped__ = wrapped
        return wrapper

    return apply


def _probe_method_type():
    class Probe:
        def method(self):
            pass

    kind = type(Probe().method)
    try:
        bound = kind(lambda owner: owner, 1)
        if bound() != 1:
            return None
    except Exception:
        return None
    return kind


_MethodType = _probe_method_type()
_FunctionType = type(_wraps)


class _BoundCall:
    """Calls ``__func__`` with ``__self__`` as its first argument (a stand-in for a bound
    method where the interpreter cannot create one)."""

    __slots__ = ("__func__", "__self__")

    def __init__(self, func, obj):
        self.__func__ = func
        self.__self__ = obj

    def __call__(self, *args, **kwargs):
        return self.__func__(self.__self__, *args, **kwargs)


def _bind(func, obj):
    """``func`` bound to ``obj``: calling the result calls ``func(obj, ...)``."""
    if _MethodType is not None:
        return _MethodType(func, obj)
    if type(func) is _FunctionType:
        return func.__get__(obj, type(obj))
    return _BoundCall(func, obj)


def _alias_arg_repr(arg):
    if arg is Ellipsis:
        return "..."
    if isinstance(arg, type):
        if arg.__module__ == "builtins":
            return arg.__qualname__
        return f"{arg.__module__}.{arg.__qualname__}"
    return repr(arg)


class _SimpleAlias:
    """A parameterized class such as ``AbstractContextManager[int]``."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        inner = ", ".join(_alias_arg_repr(a) for a in self.__args__) if self.__args__ else "()"
        return f"{_alias_arg_repr(self.__origin__)}[{inner}]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _SimpleAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _class_getitem(cls, item):
    return _SimpleAlias(cls, item)


def _probe_generic_alias():
    alias_type = type(list[int])
    if alias_type is type or alias_type is list:
        return classmethod(_class_getitem)
    return classmethod(alias_type)


_class_getitem_impl = _probe_generic_alias()


try:
    _anext = anext
except NameError:

    def _anext(iterator):
        """``anext(iterator)`` (without a default) for interpreters lacking the builtin."""
        try:
            step = type(iterator).__anext__
        except AttributeError:
            raise TypeError(f"'{type(iterator).__name__}' object is not an async iterator") from None
        return step(iterator)


def _has_methods(klass, *names):
    """The ``__subclasshook__`` test: does ``klass`` (through its MRO) define every one of
    ``names``, none of them set to None?"""
    mro = klass.__mro__
    for name in names:
        for base in mro:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


# ---------------------------------------------------------------------------------------------
# Abstract bases.


class AbstractContextManager(abc.ABC):
    """The base of classes usable in ``with``: ``__enter__`` returns self by default and
    ``__exit__`` is abstract. Any class defining both is a virtual subclass."""

    __class_getitem__ = _class_getitem_impl

    __slots__ = ()

    def __enter__(self):
        """Return self when entering the context."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; return a true value to swallow the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """The base of classes usable in ``async with``: ``__aenter__`` returns self by default and
    ``__aexit__`` is abstract. Any class defining both is a virtual subclass."""

    __class_getitem__ = _class_getitem_impl

    __slots__ = ()

    async def __aenter__(self):
        """Return self when entering the context."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the context; return a true value to swallow the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _has_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator(object):
    """Mixin letting a context manager also decorate functions: the decorated function runs
    inside ``with self._recreate_cm():``."""

    def _recreate_cm(self):
        """The manager to use for one call of a decorated function (self by default; managers
        that can be entered only once return a fresh copy)."""
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)

        return inner


class AsyncContextDecorator(object):
    """Mixin letting an asynchronous context manager decorate coroutine functions: the
    decorated coroutine runs inside ``async with self._recreate_cm():``."""

    def _recreate_cm(self):
        """The manager to use for one call of a decorated function."""
        return self

    def __call__(self, func):
        @_wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)

        return inner


# ---------------------------------------------------------------------------------------------
# Generator-based managers.


class _GeneratorContextManagerBase:
    """What the sync and async generator managers share: creating the generator and
    re-creating the manager for decorator use."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each decorated call needs its own generator, hence its own manager.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractContextManager,
    ContextDecorator,
):
    """A context manager made by ``@contextmanager`` from a generator function."""

    def __enter__(self):
        # The arguments are only needed to re-create the manager (decorator use); drop them.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            # Only the type was given (old-style callers): make an instance to throw.
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as stopped:
            # The generator finished: it swallowed the exception, unless the exception was
            # itself this StopIteration passing through.
            return stopped is not value
        except RuntimeError as err:
            if err is value:
                err.__traceback__ = traceback
                return False
            # A StopIteration thrown in and not caught becomes a RuntimeError (PEP 479):
            # report the original exception instead.
            if isinstance(value, StopIteration) and err.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            # The same exception came back out: let `with` re-raise it with its own traceback.
            err.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractAsyncContextManager,
    AsyncContextDecorator,
):
    """An asynchronous context manager made by ``@asynccontextmanager`` from an asynchronous
    generator function."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await _anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await _anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as stopped:
            return stopped is not value
        except RuntimeError as err:
            if err is value:
                err.__traceback__ = traceback
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and err.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            err.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """Decorator turning a generator function into a context-manager factory.

    The generator must yield exactly once: the yielded value is bound by ``as``, the code
    before the yield runs on entry and the code after it on exit. An exception raised in the
    ``with`` body is thrown into the generator at the yield.
    """

    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    return helper


def asynccontextmanager(func):
    """Decorator turning an asynchronous generator function into a factory of asynchronous
    context managers (the ``async with`` counterpart of ``contextmanager``)."""

    @_wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)

    return helper


# ---------------------------------------------------------------------------------------------
# Ready-made managers.


class closing(AbstractContextManager):
    """Enter to get ``thing`` back; leaving calls ``thing.close()``."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Enter (with ``async with``) to get ``thing`` back; leaving awaits ``thing.aclose()``."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    """Temporarily replace one of the ``sys`` streams (named by ``_stream``)."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that one instance can be entered again while already active.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Send ``sys.stdout`` to another file-like object for the duration of the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send ``sys.stderr`` to another file-like object for the duration of the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the listed exception types if the block raises one of them; the rest of the
    block is skipped and execution continues after the ``with``. For an exception group, the
    matching leaves are dropped and the rest is raised again."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return
        if issubclass(exctype, self._exceptions):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            matched, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; entering it (with ``with`` or ``async with``)
    returns ``enter_result``. Handy where a manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


if _os is not None:

    class chdir(AbstractContextManager):
        """Change the current working directory to ``path`` for the block, then go back."""

        def __init__(self, path):
            self.path = path
            self._old_cwd = []

        def __enter__(self):
            self._old_cwd.append(_os.getcwd())
            _os.chdir(self.path)

        def __exit__(self, *excinfo):
            _os.chdir(self._old_cwd.pop())


# ---------------------------------------------------------------------------------------------
# Exit stacks.


def _relink_context(new_exc, old_exc, frame_exc):
    """Make ``old_exc`` (the exception pending before the callback ran) the context of
    ``new_exc`` (what the callback raised): the link to ``frame_exc`` (the exception being
    handled when the stack started unwinding) is the one to replace."""
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


class _BaseExitStack:
    """Bookkeeping shared by ``ExitStack`` and ``AsyncExitStack``: a list of
    ``(is_sync, callback)`` pairs, run last to first."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        return _bind(cm_exit, cm)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)

        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every callback to a new stack of the same type, which is returned; this
        stack is left empty."""
        moved = type(self)()
        moved._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return moved

    def push(self, exit):
        """Add an exit callback: a context manager's ``__exit__`` (given the manager) or any
        callable taking ``(exc_type, exc, traceback)``. Returns ``exit``, so this works as a
        decorator."""
        owner = type(exit)
        try:
            exit_method = owner.__exit__
        except AttributeError:
            # Not a context manager: assume a plain exit callable.
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter the context manager ``cm``, push its ``__exit__`` and return what
        ``__enter__`` returned."""
        owner = type(cm)
        try:
            enter = owner.__enter__
            exit = owner.__exit__
        except AttributeError:
            raise TypeError(
                f"'{owner.__module__}.{owner.__qualname__}' object does "
                f"not support the context manager protocol"
            ) from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Push ``callback(*args, **kwds)`` to be called on exit (it cannot suppress
        exceptions). Returns ``callback``, so this works as a decorator."""
        wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        # Lets introspection find the real callback.
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(self._create_exit_wrapper(cm, cm_exit), True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager that runs a dynamic set of exit callbacks (last pushed, first run)
    when it is left or closed. A callback that returns a true value swallows the exception in
    flight; an exception raised by a callback replaces it for the callbacks that follow."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        exc = exc_details[1]
        received_exc = exc is not None
        frame_exc = sys.exception()
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if exc is None:
                    details = (None, None, None)
                else:
                    details = (type(exc), exc, exc.__traceback__)
                if cb(*details):
                    suppressed_exc = True
                    pending_raise = False
                    exc = None
            except BaseException as new_exc:
                _relink_context(new_exc, exc, frame_exc)
                pending_raise = True
                exc = new_exc
        if pending_raise:
            try:
                # Raising sets the context again; keep the one fixed above.
                fixed_ctx = exc.__context__
                raise exc
            except BaseException:
                exc.__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc

    def close(self):
        """Run every callback now, as if the ``with`` block had ended normally."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """The ``async with`` counterpart of ``ExitStack``: it also accepts asynchronous context
    managers and coroutine callbacks, which are awaited on exit."""

    @staticmethod
    def _create_async_exit_wrapper(cm, cm_exit):
        return _bind(cm_exit, cm)

    @staticmethod
    def _create_async_cb_wrapper(callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)

        return _exit_wrapper

    async def enter_async_context(self, cm):
        """Enter the asynchronous context manager ``cm``, push its ``__aexit__`` and return
        what ``__aenter__`` returned."""
        owner = type(cm)
        try:
            enter = owner.__aenter__
            exit = owner.__aexit__
        except AttributeError:
            raise TypeError(
                f"'{owner.__module__}.{owner.__qualname__}' object does "
                f"not support the asynchronous context manager protocol"
            ) from None
        result = await enter(cm)
        self._push_async_cm_exit(cm, exit)
        return result

    def push_async_exit(self, exit):
        """Add an asynchronous exit callback: a manager's ``__aexit__`` (given the manager) or
        a coroutine function taking ``(exc_type, exc, traceback)``. Returns ``exit``."""
        owner = type(exit)
        try:
            exit_method = owner.__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Push the coroutine function call ``callback(*args, **kwds)`` to be awaited on exit.
        Returns ``callback``."""
        wrapper = self._create_async_cb_wrapper(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper, False)
        return callback

    async def aclose(self):
        """Run every callback now, as if the ``async with`` block had ended normally."""
        await self.__aexit__(None, None, None)

    def _push_async_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(self._create_async_exit_wrapper(cm, cm_exit), False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        exc = exc_details[1]
        received_exc = exc is not None
        frame_exc = sys.exception()
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if exc is None:
                    details = (None, None, None)
                else:
                    details = (type(exc), exc, exc.__traceback__)
                if is_sync:
                    cb_suppress = cb(*details)
                else:
                    cb_suppress = await cb(*details)
                if cb_suppress:
                    suppressed_exc = True
                    pending_raise = False
                    exc = None
            except BaseException as new_exc:
                _relink_context(new_exc, exc, frame_exc)
                pending_raise = True
                exc = new_exc
        if pending_raise:
            try:
                fixed_ctx = exc.__context__
                raise exc
            except BaseException:
                exc.__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc
