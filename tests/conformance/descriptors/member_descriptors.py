# Slot member descriptors and getset descriptors seen from Python.

class P:
    __slots__ = ("a", "b")


md = P.__dict__["a"]
print(type(md).__name__, md.__name__, md.__qualname__, md.__objclass__.__name__)
print(hasattr(md, "__get__"), hasattr(md, "__set__"), hasattr(md, "__delete__"))
p = P()
md.__set__(p, 1)
print(md.__get__(p, P), p.a)
md.__delete__(p)
try:
    md.__get__(p, P)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    md.__set__(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    md.__get__(5, int)
except TypeError as e:
    print(type(e).__name__, e)

# __dict__ and __weakref__ of a normal class are getset descriptors.
class N:
    pass

gd = N.__dict__["__dict__"]
print(type(gd).__name__, gd.__name__, gd.__objclass__ is N)
n = N()
n.x = 1
print(gd.__get__(n, N))

# Overriding a slot with a class attribute in a subclass.
class Q(P):
    a = "class attr"

q = Q()
print(q.a)
P.a.__set__(q, "slot value")
print(q.a, P.a.__get__(q, Q))

# Built-in method descriptors.
print(type(str.__dict__["upper"]).__name__, str.upper("x"))
print(type(int.__dict__["real"]).__name__, int.real.__get__(7))
print(type(object.__dict__["__class__"]).__name__)
print(type(dict.__dict__["fromkeys"]).__name__)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
