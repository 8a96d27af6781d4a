# Class keyword arguments flow to __prepare__, __new__, __init__ and __init_subclass__.

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, kw)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.options = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns, **kw)


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


class Child(Base, debug=True, level=2):
    pass


print(Child.options, Base.options)

# Keyword arguments supplied with **.
opts = {"debug": False}
class Child2(Base, **opts):
    pass

print(Child2.options)

# metaclass given with ** as well.
spec = {"metaclass": Meta}
class FromSpec(**spec):
    pass

print(type(FromSpec).__name__)

# Metaclass that consumes its own keyword and passes the rest.
class Tagged(type):
    def __new__(mcls, name, bases, ns, tag=None, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tag = tag
        return cls

    def __init__(cls, name, bases, ns, tag=None, **kw):
        super().__init__(name, bases, ns, **kw)

class T(metaclass=Tagged, tag="hello"):
    pass

print(T.tag)

class Hooked(metaclass=Tagged):
    def __init_subclass__(cls, **kw):
        print("Hooked.__init_subclass__", cls.__name__, kw)

class HookedChild(Hooked, tag="t", other=1):
    pass

print(HookedChild.tag)

# A keyword type.__new__ cannot route anywhere.
class Strict(metaclass=Tagged):
    pass

try:
    class Bad(Strict, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Duplicate metaclass keyword.
try:
    class Dup(metaclass=Meta, **spec):
        pass
except TypeError as e:
    print(type(e).__name__, e)
