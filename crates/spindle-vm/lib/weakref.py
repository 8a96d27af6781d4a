"""Weak references (Spindle's own implementation over the native _weakref module).

ref(obj[, callback]) refers to obj without keeping it alive; the dictionaries below drop an
entry when its weakly held key or value goes away (their callbacks run at the interpreter's
next safe point after the object is freed).
"""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType

__all__ = ["ref", "getweakrefcount", "getweakrefs", "ReferenceType",
           "WeakValueDictionary", "WeakKeyDictionary", "WeakSet", "finalize"]


class WeakValueDictionary:
    """A mapping whose values are held weakly."""

    def __init__(self, other=(), /, **kw):
        self._data = {}
        self.update(other, **kw)

    def _remover(self, key):
        data = self._data

        def remove(wr, key=key, data=data):
            current = data.get(key)
            if current is wr:
                del data[key]
        return remove

    def __setitem__(self, key, value):
        self._data[key] = ref(value, self._remover(key))

    def __getitem__(self, key):
        obj = self._data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        wr = self._data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return sum(1 for wr in list(self._data.values()) if wr() is not None)

    def __iter__(self):
        for key, wr in list(self._data.items()):
            if wr() is not None:
                yield key

    def keys(self):
        return list(iter(self))

    def values(self):
        out = []
        for wr in list(self._data.values()):
            obj = wr()
            if obj is not None:
                out.append(obj)
        return out

    def items(self):
        out = []
        for key, wr in list(self._data.items()):
            obj = wr()
            if obj is not None:
                out.append((key, obj))
        return out

    def get(self, key, default=None):
        wr = self._data.get(key)
        if wr is None:
            return default
        obj = wr()
        return default if obj is None else obj

    def pop(self, key, *default):
        try:
            obj = self._data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if obj is None:
            if default:
                return default[0]
            raise KeyError(key)
        return obj

    def setdefault(self, key, default=None):
        obj = self.get(key)
        if obj is None:
            self[key] = default
            return default
        return obj

    def update(self, other=(), /, **kw):
        if hasattr(other, "items"):
            other = other.items()
        for key, value in other:
            self[key] = value
        for key, value in kw.items():
            self[key] = value

    def copy(self):
        return WeakValueDictionary(self.items())

    def clear(self):
        self._data.clear()

    def __repr__(self):
        return "<WeakValueDictionary at %#x>" % id(self)


class WeakKeyDictionary:
    """A mapping whose keys are held weakly."""

    def __init__(self, dict=None):
        self._data = {}
        data = self._data

        def remove(wr, data=data):
            try:
                del data[wr]
            except KeyError:
                pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __setitem__(self, key, value):
        self._data[ref(key, self._remove)] = value

    def __getitem__(self, key):
        return self._data[ref(key)]

    def __delitem__(self, key):
        del self._data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self._data

    def __len__(self):
        return sum(1 for wr in list(self._data) if wr() is not None)

    def __iter__(self):
        for wr in list(self._data):
            obj = wr()
            if obj is not None:
                yield obj

    def keys(self):
        return list(iter(self))

    def values(self):
        return [v for wr, v in list(self._data.items()) if wr() is not None]

    def items(self):
        out = []
        for wr, value in list(self._data.items()):
            obj = wr()
            if obj is not None:
                out.append((obj, value))
        return out

    def get(self, key, default=None):
        return self._data.get(ref(key), default)

    def pop(self, key, *default):
        return self._data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self._data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        for key, value in kw.items():
            self[key] = value

    def clear(self):
        self._data.clear()

    def __repr__(self):
        return "<WeakKeyDictionary at %#x>" % id(self)


class WeakSet:
    """A set whose elements are held weakly."""

    def __init__(self, data=None):
        self._data = set()
        members = self._data

        def remove(wr, members=members):
            members.discard(wr)
        self._remove = remove
        if data is not None:
            for item in data:
                self.add(item)

    def add(self, item):
        self._data.add(ref(item, self._remove))

    def discard(self, item):
        self._data.discard(ref(item))

    def remove(self, item):
        self._data.remove(ref(item))

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self._data

    def __iter__(self):
        for wr in list(self._data):
            obj = wr()
            if obj is not None:
                yield obj

    def __len__(self):
        return sum(1 for wr in list(self._data) if wr() is not None)

    def clear(self):
        self._data.clear()


class finalize:
    """Call func(*args, **kwargs) when obj is freed (at most once)."""

    def __init__(self, obj, func, /, *args, **kwargs):
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self._alive = True
        self._ref = ref(obj, self._callback)
        _live_finalizers.add(self)

    def _callback(self, wr):
        self()

    def __call__(self, _=None):
        if self._alive:
            self._alive = False
            _live_finalizers.discard(self)
            return self._func(*self._args, **self._kwargs)

    def detach(self):
        obj = self._ref()
        if self._alive and obj is not None:
            self._alive = False
            _live_finalizers.discard(self)
            return (obj, self._func, self._args, self._kwargs)
        return None

    @property
    def alive(self):
        return self._alive


_live_finalizers = set()
