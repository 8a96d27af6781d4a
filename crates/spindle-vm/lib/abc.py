"""Abstract base classes: ``ABCMeta``, ``ABC`` and the ``abstractmethod`` decorator.

Spindle's own implementation. A class whose metaclass is ``ABCMeta`` records the names of its
abstract methods in ``__abstractmethods__`` (a frozenset); ``object.__new__`` refuses to create
instances of a class whose ``__abstractmethods__`` is non-empty. ``ABCMeta.register`` adds
"virtual subclasses" that ``isinstance``/``issubclass`` accept without them appearing in the MRO.

The per-class bookkeeping (registered classes, positive and negative ``issubclass`` caches)
lives in one ``_abc_impl`` attribute of each ABC. Registered classes are held strongly (Spindle
has no weak references yet).
"""

import _thread

_state_lock = _thread.allocate_lock()
# Bumped by every register(): negative caches built under an older value are stale.
_invalidation = [0]


def get_cache_token():
    """Return a token identifying the current state of the ABC caches.

    The token changes whenever a class is registered with any ABC, so callers can cache
    results of isinstance/issubclass checks against ABCs and drop them when it changes.
    """
    return _invalidation[0]


def abstractmethod(funcobj):
    """Mark a method (or property, or other descriptor) as abstract.

    A class created by ABCMeta cannot be instantiated while it, or a base it does not
    override, still has an abstract method.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: stack ``@classmethod`` on top of ``@abstractmethod`` instead."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: stack ``@staticmethod`` on top of ``@abstractmethod`` instead."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: stack ``@property`` on top of ``@abstractmethod`` instead."""

    __isabstractmethod__ = True


def _is_abstract(value):
    return bool(getattr(value, "__isabstractmethod__", False))


def _collect_abstracts(cls):
    """The abstract names of ``cls``: the abstract attributes of its own ``__dict__`` (which also
    holds what ``__init_subclass__`` or ``__set_name__`` added) plus every abstract name of a base
    that ``cls`` still resolves to an abstract object."""
    names = set()
    for name, value in list(cls.__dict__.items()):
        if _is_abstract(value):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class _AbcData:
    """Bookkeeping of one ABC: its virtual subclasses and its issubclass caches."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_version")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _invalidation[0]


def _impl(cls):
    data = cls.__dict__.get("_abc_impl")
    if data is None:
        # A class that reached ABCMeta without going through ABCMeta.__new__.
        data = _AbcData()
        type.__setattr__(cls, "_abc_impl", data)
    return data


class ABCMeta(type):
    """The metaclass of abstract base classes.

    Classes made by it may declare abstract methods (see ``abstractmethod``) and may be given
    virtual subclasses with ``register``; ``isinstance`` and ``issubclass`` also consult the
    class's ``__subclasshook__``.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _collect_abstracts(cls)
        cls._abc_impl = _AbcData()
        return cls

    def register(cls, subclass):
        """Register ``subclass`` as a virtual subclass of this ABC and return it (so this can
        be used as a class decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        with _state_lock:
            _impl(cls).registry.add(subclass)
            _invalidation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Implement isinstance(instance, cls)."""
        klass = instance.__class__
        data = _impl(cls)
        if klass in data.cache:
            return True
        real = type(instance)
        if real is klass:
            if data.negative_version == _invalidation[0] and klass in data.negative_cache:
                return False
            return cls.__subclasscheck__(klass)
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(real)

    def __subclasscheck__(cls, subclass):
        """Implement issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        data = _impl(cls)
        if subclass in data.cache:
            return True
        if data.negative_version != _invalidation[0]:
            data.negative_cache = set()
            data.negative_version = _invalidation[0]
        elif subclass in data.negative_cache:
            return False

        hook = getattr(cls, "__subclasshook__", None)
        answer = NotImplemented if hook is None else hook(subclass)
        if answer is not NotImplemented:
            if not isinstance(answer, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            if answer:
                data.cache.add(subclass)
            else:
                data.negative_cache.add(subclass)
            return answer

        if cls in getattr(subclass, "__mro__", ()):
            data.cache.add(subclass)
            return True
        for registered in list(data.registry):
            if issubclass(subclass, registered):
                data.cache.add(subclass)
                return True
        for child in cls.__subclasses__():
            if issubclass(subclass, child):
                data.cache.add(subclass)
                return True
        data.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print the ABC's bookkeeping (a debugging helper)."""
        data = _impl(cls)
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {data.registry!r}", file=file)
        print(f"_abc_cache: {data.cache!r}", file=file)
        print(f"_abc_negative_cache: {data.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {data.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget every registered virtual subclass (a testing helper)."""
        _impl(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Empty the issubclass caches (a testing helper)."""
        data = _impl(cls)
        data.cache.clear()
        data.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute ``cls.__abstractmethods__`` after abstract methods were implemented or added
    to ``cls`` after its creation (for example by a class decorator). Returns ``cls``; a class
    that is not abstract-aware is returned unchanged."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _collect_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """A convenience base: subclassing ``ABC`` makes a class use ``ABCMeta``."""

    __slots__ = ()
