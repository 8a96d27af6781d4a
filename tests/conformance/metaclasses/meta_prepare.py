# __prepare__ supplies the class body namespace.

class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("__prepare__", name, [b.__name__ for b in bases], kwargs)
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kwargs):
        print("namespace type:", type(ns).__name__)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.definition_order = ns.order
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Fields(metaclass=Ordered, option=True):
    zeta = 1
    alpha = 2
    zeta = 3

    def method(self):
        pass


print(Fields.definition_order, Fields.zeta, type(Fields.__dict__).__name__)

# __prepare__ returning a mapping with defaults for missing names.
class AutoNamespace(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:]
        raise KeyError(key)

class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNamespace()

class Auto(metaclass=AutoMeta):
    value = auto_hello
    length = len(auto_abc)

print(Auto.value, Auto.length)

# __prepare__ must return a mapping.
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42

try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# A namespace that forbids redefinition.
class NoDupes(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} defined twice")
        super().__setitem__(key, value)

class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDupes()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))

try:
    class Dup(metaclass=StrictMeta):
        a = 1
        a = 2
except TypeError as e:
    print(type(e).__name__, e)

# type.__prepare__ returns a plain dict.
p = type.__prepare__("X", ())
print(type(p).__name__, p)
print(type.__prepare__("X", (), extra=1))

# __prepare__ as a staticmethod also works.
class StaticPrep(type):
    @staticmethod
    def __prepare__(name, bases, **kw):
        print("static prepare", name)
        return {"injected": 99}

class Injected(metaclass=StaticPrep):
    pass

print(Injected.injected)
