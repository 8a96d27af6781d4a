"""Shallow and deep copies, and 3.13's copy.replace (Spindle's own implementation)."""

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), frozenset, type(len), type(lambda: 0))


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple:
        return x
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def _reconstruct(x, memo):
    cls = type(x)
    reducer = getattr(cls, "__reduce_ex__", None)
    getnewargs = getattr(cls, "__getnewargs__", None)
    if issubclass(cls, tuple):
        args = getnewargs(x) if getnewargs is not None else tuple(x)
        if memo is not None:
            args = tuple(deepcopy(a, memo) for a in args)
        y = cls.__new__(cls, *args)
    elif issubclass(cls, (list, dict, set)):
        y = cls.__new__(cls)
    else:
        try:
            y = object.__new__(cls)
        except TypeError:
            raise Error("un(deep)copyable object of type %s" % cls) from None
    if memo is not None:
        memo[id(x)] = y
    if issubclass(cls, list):
        y.extend(deepcopy(v, memo) if memo is not None else v for v in x)
    elif issubclass(cls, dict):
        for k, v in x.items():
            if memo is not None:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
            else:
                y[k] = v
    elif issubclass(cls, set):
        for v in x:
            y.add(deepcopy(v, memo) if memo is not None else v)
    state = None
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None:
        try:
            state = getstate()
        except TypeError:
            state = None
    elif hasattr(x, "__dict__"):
        state = x.__dict__
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        elif isinstance(state, tuple) and len(state) == 2:
            d, slots = state
            if d:
                y.__dict__.update(d)
            if slots:
                for k, v in slots.items():
                    setattr(y, k, v)
        else:
            y.__dict__.update(state)
    for name in _slot_names(cls):
        if hasattr(x, name) and not (state and isinstance(state, dict) and name in state):
            v = getattr(x, name)
            setattr(y, name, deepcopy(v, memo) if memo is not None else v)
    return y


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for s in slots:
            if s not in ("__dict__", "__weakref__"):
                names.append(s)
    return names


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id() of copied objects to their copies."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        y.extend(deepcopy(v, memo) for v in x)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(v, memo) for v in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is set:
        y = {deepcopy(v, memo) for v in x}
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y


def replace(obj, /, **changes):
    """A copy of obj with fields changed (3.13): calls obj.__replace__(**changes)."""
    cls = obj.__class__
    func = getattr(cls, "__replace__", None)
    if func is None:
        raise TypeError("replace() does not support %s objects" % cls.__name__)
    return func(obj, **changes)
