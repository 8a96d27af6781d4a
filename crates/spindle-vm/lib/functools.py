"""Higher-order functions (Spindle's own implementation): partial, reduce, wraps,
update_wrapper, lru_cache, cache, cached_property, total_ordering, cmp_to_key,
singledispatch."""

import threading as _threading

__all__ = ["WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "update_wrapper", "wraps", "partial",
           "reduce", "lru_cache", "cache", "cached_property", "total_ordering", "cmp_to_key",
           "singledispatch"]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__", "__type_params__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing, /):
    it = iter(iterable)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """New function with partial application of the given arguments and keywords."""

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        name = type(self).__qualname__
        if type(self).__module__ == "functools":
            name = "functools." + name
        return "%s(%s)" % (name, ", ".join(parts))

    def __get__(self, obj, objtype=None):
        return self


class _HashedSeq(list):
    def __init__(self, tup):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


_kwd_mark = (object(),)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return _HashedSeq(key)


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator (thread-safe)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    order = []  # keys, least recently used first (only when maxsize is bounded)
    stats = [0, 0]
    lock = _threading.RLock()
    sentinel = object()

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        with lock:
            result = cache.get(key, sentinel)
            if result is not sentinel:
                stats[0] += 1
                if maxsize is not None:
                    order.remove(key)
                    order.append(key)
                return result
            stats[1] += 1
        result = user_function(*args, **kwds)
        with lock:
            if maxsize == 0:
                return result
            if key in cache:
                return result
            cache[key] = result
            if maxsize is not None:
                order.append(key)
                if len(order) > maxsize:
                    oldest = order.pop(0)
                    del cache[oldest]
        return result

    def cache_info():
        with lock:
            return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        with lock:
            cache.clear()
            order.clear()
            stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """Unbounded cache (lru_cache(maxsize=None))."""
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    """A property computed once per instance and stored in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            d = instance.__dict__
        except AttributeError:
            raise TypeError(
                "No '__dict__' attribute on %r instance to cache %r property."
                % (type(instance).__name__, self.attrname)) from None
        val = d.get(self.attrname, _initial_missing)
        if val is _initial_missing:
            val = self.func(instance)
            d[self.attrname] = val
        return val


def total_ordering(cls):
    """Fill in the missing rich comparisons from one of __lt__, __le__, __gt__, __ge__."""
    def defined(op):
        return getattr(cls, op, None) is not getattr(object, op, None)
    roots = {op for op in ("__lt__", "__le__", "__gt__", "__ge__") if defined(op)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")

    def from_lt():
        def gt(self, other):
            r = self.__lt__(other)
            return r if r is NotImplemented else (not r and self != other)
        def le(self, other):
            r = self.__lt__(other)
            return r if r is NotImplemented else (r or self == other)
        def ge(self, other):
            r = self.__lt__(other)
            return r if r is NotImplemented else not r
        return {"__gt__": gt, "__le__": le, "__ge__": ge}

    def from_le():
        def ge(self, other):
            r = self.__le__(other)
            return r if r is NotImplemented else (not r or self == other)
        def lt(self, other):
            r = self.__le__(other)
            return r if r is NotImplemented else (r and self != other)
        def gt(self, other):
            r = self.__le__(other)
            return r if r is NotImplemented else not r
        return {"__ge__": ge, "__lt__": lt, "__gt__": gt}

    def from_gt():
        def lt(self, other):
            r = self.__gt__(other)
            return r if r is NotImplemented else (not r and self != other)
        def ge(self, other):
            r = self.__gt__(other)
            return r if r is NotImplemented else (r or self == other)
        def le(self, other):
            r = self.__gt__(other)
            return r if r is NotImplemented else not r
        return {"__lt__": lt, "__ge__": ge, "__le__": le}

    def from_ge():
        def le(self, other):
            r = self.__ge__(other)
            return r if r is NotImplemented else (not r or self == other)
        def gt(self, other):
            r = self.__ge__(other)
            return r if r is NotImplemented else (r and self != other)
        def lt(self, other):
            r = self.__ge__(other)
            return r if r is NotImplemented else not r
        return {"__le__": le, "__gt__": gt, "__lt__": lt}

    # The preferred root: __lt__, then __le__, __gt__, __ge__.
    root = None
    for preferred in ("__lt__", "__le__", "__gt__", "__ge__"):
        if preferred in roots:
            root = preferred
            break
    table = {"__lt__": from_lt, "__le__": from_le, "__gt__": from_gt, "__ge__": from_ge}[root]()
    for name, fn in table.items():
        if name not in roots:
            fn.__name__ = name
            setattr(cls, name, fn)
    return cls


def cmp_to_key(mycmp):
    """Turn an old-style comparison function into a key function."""
    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def singledispatch(func):
    """Single-dispatch generic function: register implementations by the first argument's type."""
    registry = {object: func}

    def dispatch(cls):
        for c in cls.__mro__:
            if c in registry:
                return registry[c]
        return func

    def register(cls, f=None):
        if f is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            f = cls
            ann = getattr(f, "__annotations__", {})
            if not ann:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. Use either "
                    "`@register(some_class)` or plain `@register` on an annotated function."
                    % (f,))
            cls = next(iter(ann.values()))
        registry[cls] = f
        return f

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument"
                            % getattr(func, "__name__", "singledispatch function"))
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
