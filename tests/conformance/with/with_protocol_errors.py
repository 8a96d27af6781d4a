# Objects that are not context managers.
class NoEnter:
    def __exit__(self, *a):
        print("never")


class NoExit:
    def __enter__(self):
        print("enter is not called")
        return self


class Neither:
    pass


for obj in [NoEnter(), NoExit(), Neither(), 5, None, "s", [1], {}, Neither]:
    try:
        with obj:
            print("body")
    except TypeError as e:
        print(type(e).__name__, e)

# The methods are looked up on the type, not on the instance.
n = Neither()
n.__enter__ = lambda: 1
n.__exit__ = lambda *a: None
try:
    with n:
        print("body")
except TypeError as e:
    print(type(e).__name__, e)

# staticmethod and classmethod work as the special methods.
class Special:
    @staticmethod
    def __enter__():
        print("static enter")
        return "s"

    @classmethod
    def __exit__(cls, t, v, tb):
        print("class exit", cls.__name__, t)
        return False

with Special() as s:
    print("got", s)

# Errors in the manager expression happen before any lookup.
try:
    with undefined_name:
        pass
except NameError as e:
    print(type(e).__name__, e)

# Methods added to the class later are found.
class Late:
    pass

Late.__enter__ = lambda self: "late"
Late.__exit__ = lambda self, *a: print("late exit", a)
with Late() as v:
    print("late body", v)

# Inherited methods.
class Base:
    def __enter__(self):
        print("base enter", type(self).__name__)
        return self

    def __exit__(self, *a):
        print("base exit")

class Child(Base):
    pass

with Child():
    print("child body")

# __enter__ with wrong arity.
class WrongArity:
    def __enter__(self, extra):
        return 1

    def __exit__(self, *a):
        print("not called")

try:
    with WrongArity():
        pass
except TypeError as e:
    print(type(e).__name__, e)
