# __name__ and __qualname__ of classes, nested classes and methods.

class Outer:
    class Inner:
        class Deepest:
            def m(self):
                pass

        def im(self):
            def local():
                pass
            return local

    def method(self):
        class InMethod:
            def f(self):
                pass
        return InMethod

    @staticmethod
    def sm():
        pass

    @classmethod
    def cm(cls):
        pass

    @property
    def prop(self):
        pass

    lam = lambda self: None


print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.m.__qualname__)
print(Outer.Inner().im().__qualname__)
K = Outer().method()
print(K.__name__, K.__qualname__, K.f.__qualname__)
print(Outer.method.__qualname__, Outer.sm.__qualname__, Outer.cm.__qualname__)
print(Outer.prop.fget.__qualname__, Outer.lam.__qualname__, Outer.lam.__name__)

def func():
    class InFunc:
        def g(self):
            pass
    return InFunc

F = func()
print(F.__qualname__, F.g.__qualname__)

# __name__ and __qualname__ are writable on classes.
class Renamed:
    pass

Renamed.__name__ = "NewName"
print(Renamed.__name__, Renamed.__qualname__)
Renamed.__qualname__ = "Some.Where"
print(Renamed.__qualname__, repr(Renamed))
try:
    Renamed.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Renamed.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Renamed.__name__
except TypeError as e:
    print(type(e).__name__, e)

# __qualname__ in the class body overrides the computed one.
class Custom:
    __qualname__ = "Totally.Different"

print(Custom.__qualname__, Custom.__name__, "__qualname__" in Custom.__dict__)

# Functions' names.
def outer():
    def inner():
        pass
    return inner

print(outer().__qualname__, outer.__name__)

# Class repr uses the module and qualname.
print(repr(Outer.Inner), repr(K))
