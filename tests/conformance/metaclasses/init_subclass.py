# __init_subclass__ with keyword arguments, together with metaclasses.

class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = (cls.__name__, priority)
        cls.plugin_name = key


class Alpha(Plugin):
    pass


class Beta(Plugin, name="b", priority=5):
    pass


class Gamma(Beta, priority=1):
    pass


print(sorted(Plugin.registry.items()))
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)

try:
    class Delta(Plugin, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __init_subclass__ runs inside type.__new__, before the metaclass __init__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__ start", name, kw)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print("Meta.__new__ end", name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns, **kw)

class Root(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("Root.__init_subclass__", cls.__name__, kw)

class Leaf(Root, answer=42):
    pass

# Metaclass that does not forward keywords to type.__new__ prevents __init_subclass__ from seeing them.
class Eater(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class Base2(metaclass=Eater):
    def __init_subclass__(cls, **kw):
        print("Base2.__init_subclass__", cls.__name__, kw)

class Child2(Base2, eaten=True):
    pass

# A metaclass that does not override anything passes the keywords through.
class PassAll(type):
    pass

class WithKw(metaclass=PassAll):
    def __init_subclass__(cls, **kw):
        print("WithKw hook", kw)

class KwChild(WithKw, a=1, b=2):
    pass

# __init_subclass__ defined as an explicit classmethod works the same.
class Explicit:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit classmethod hook", cls.__name__, kw)

class ExplicitChild(Explicit, k="v"):
    pass

# Enforcing class attributes.
class RequiresName:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if not hasattr(cls, "name"):
            raise TypeError(f"{cls.__name__} must define 'name'")

class HasName(RequiresName):
    name = "ok"

try:
    class NoName(RequiresName):
        pass
except TypeError as e:
    print(type(e).__name__, e)
