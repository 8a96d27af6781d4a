# Non-data descriptors: __get__ only.

class Ten:
    def __get__(self, obj, objtype=None):
        return 10


class Echo:
    def __get__(self, obj, objtype=None):
        who = "None" if obj is None else type(obj).__name__
        return f"get(obj={who}, type={objtype.__name__})"


class A:
    ten = Ten()
    echo = Echo()


a = A()
print(a.ten, A.ten)
print(a.echo)
print(A.echo)

class B(A):
    pass

print(B().echo)
print(B.echo)

# The raw descriptor is in the class dict.
print(type(A.__dict__["ten"]).__name__)
print(vars(A)["echo"].__get__(None, B))

# A descriptor stored on an instance is not invoked.
a.inst = Ten()
print(type(a.inst).__name__)

# A descriptor whose __get__ returns a bound function.
class Method:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*args):
            return self.f(obj, *args)
        return bound

class C:
    def __init__(self, v):
        self.v = v

    @Method
    def add(self, n):
        return self.v + n

print(C(5).add(3), type(C.add).__name__)

# __get__ receives the owner even when accessed via an instance.
class Owner:
    def __get__(self, obj, owner):
        return owner

class P:
    d = Owner()

class Q(P):
    pass

print(P().d.__name__, Q().d.__name__, Q.d.__name__)

# __get__ raising AttributeError makes the attribute look missing.
class Missing:
    def __get__(self, obj, owner):
        raise AttributeError("computed attribute unavailable")

class R:
    m = Missing()

print(hasattr(R(), "m"), getattr(R(), "m", "fallback"))
try:
    R().m
except AttributeError as e:
    print(type(e).__name__, e)

# Callable attributes that are not descriptors are returned unchanged.
class CallableObj:
    def __call__(self, *args):
        return ("called", args)

class S:
    c = CallableObj()

print(S().c(1), S.c(2))
