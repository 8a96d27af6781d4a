# __init_subclass__ hooks and super() inside them.

class Registry:
    members = []

    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Registry.members.append((cls.__name__, tag))


class One(Registry, tag="one"):
    pass


class Two(Registry):
    pass


class Three(One, tag="three"):
    pass


print(Registry.members)
print(One.tag, Two.tag, Three.tag, Registry.__dict__.get("tag"))

# __init_subclass__ is an implicit classmethod.
print(type(Registry.__dict__["__init_subclass__"]).__name__)

# Chained hooks across a hierarchy.
class A:
    def __init_subclass__(cls, **kwargs):
        print("A hook for", cls.__name__, kwargs)
        super().__init_subclass__()

class B(A):
    def __init_subclass__(cls, **kwargs):
        print("B hook for", cls.__name__)
        super().__init_subclass__(**kwargs)

class C(B, extra=1):
    pass

# Unused keyword reaching object.__init_subclass__.
class Strict:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)

try:
    class Fail(Strict, unknown=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# object.__init_subclass__ takes no arguments.
try:
    object.__init_subclass__(1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__init_subclass__())

# The hook is not called for the class that defines it.
class Quiet:
    def __init_subclass__(cls):
        print("hook:", cls.__name__)

class Loud(Quiet):
    pass

class Louder(Loud):
    pass

# Multiple inheritance: only the first hook in the MRO runs unless it calls super().
class M1:
    def __init_subclass__(cls):
        print("M1 hook", cls.__name__)

class M2:
    def __init_subclass__(cls):
        print("M2 hook", cls.__name__)

class M12(M1, M2):
    pass

# Hook raising an exception prevents the class statement from binding.
class Picky:
    def __init_subclass__(cls):
        if not cls.__name__.startswith("Good"):
            raise TypeError(f"bad subclass name {cls.__name__}")

class GoodOne(Picky):
    pass

try:
    class BadOne(Picky):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print("BadOne" in globals(), "GoodOne" in globals())
