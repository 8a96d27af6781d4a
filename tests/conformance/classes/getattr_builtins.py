# getattr/setattr/hasattr/delattr builtins with defaults and errors.

class C:
    cls = "class-level"

    def __init__(self):
        self.x = 1

    def meth(self):
        return "meth"


c = C()
print(getattr(c, "x"), getattr(c, "cls"), getattr(c, "meth")())
print(getattr(c, "nope", None), getattr(c, "nope", 0), getattr(C, "x", "no-x"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(C, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, "x", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)

print(hasattr(c, "x"), hasattr(c, "meth"), hasattr(c, "nope"), hasattr(C, "meth"))
try:
    hasattr(c, None)
except TypeError as e:
    print(type(e).__name__, e)

setattr(c, "y", 2)
print(c.y)
setattr(c, "with space", 3)
print(getattr(c, "with space"))
setattr(C, "added", "yes")
print(c.added)
try:
    setattr(c, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(c, "a")
except TypeError as e:
    print(type(e).__name__, e)

delattr(c, "y")
print(hasattr(c, "y"))
try:
    delattr(c, "y")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "cls")
except AttributeError as e:
    print(type(e).__name__, e)
delattr(C, "added")
print(hasattr(c, "added"))
try:
    delattr(C, "added")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, 3)
except TypeError as e:
    print(type(e).__name__, e)

# Built-in objects.
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr([], "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr("s", "upper")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(list, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(5, "real"), getattr("abc", "upper")())

# Exceptions other than AttributeError propagate from hasattr/getattr with default.
class Boom:
    @property
    def p(self):
        raise ValueError("boom")

    @property
    def q(self):
        raise AttributeError("inner")

try:
    hasattr(Boom(), "p")
except ValueError as e:
    print(type(e).__name__, e)
try:
    getattr(Boom(), "p", None)
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(Boom(), "q"), getattr(Boom(), "q", "dflt"))

# str subclass names work.
class Name(str):
    pass

print(getattr(c, Name("x")))
