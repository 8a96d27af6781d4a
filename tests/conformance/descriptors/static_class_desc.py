# staticmethod and classmethod objects as descriptors.

def plain(*args):
    return args


sm = staticmethod(plain)
cm = classmethod(plain)


class C:
    s = sm
    c = cm


print(sm.__get__(None, C) is plain, sm.__get__(C()) is plain)
print(C.s(1), C().s(2))
print(C.c(1)[0] is C, C().c(2)[0] is C)
bound = cm.__get__(None, C)
print(type(bound).__name__, bound.__self__ is C, bound.__func__ is plain)

class D(C):
    pass

print(cm.__get__(D())(3)[0] is D, D.c()[0] is D)
print(sm.__func__ is plain, cm.__func__ is plain)
print(sm.__isabstractmethod__, cm.__isabstractmethod__)

# Attributes set on the wrapper.
sm.note = "hello"
print(sm.note, sm.__dict__["note"])

# staticmethod of a classmethod and so on.
class E:
    @staticmethod
    @classmethod
    def weird(cls):
        return cls

print(type(E.__dict__["weird"].__func__).__name__)

# classmethod wrapping a staticmethod callable.
class F:
    @classmethod
    def make(cls, *a):
        return (cls.__name__, a)

print(F.make(1, 2), F().make())

# Both keep __wrapped__ and the function's metadata.
def documented():
    "documented function"

s2, c2 = staticmethod(documented), classmethod(documented)
print(s2.__doc__, c2.__doc__, s2.__name__, c2.__qualname__)
print(s2.__wrapped__ is documented, c2.__wrapped__ is documented)

# Bad arguments.
for ctor in (staticmethod, classmethod):
    try:
        ctor(1, 2)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        ctor(f=plain)
    except TypeError as e:
        print(type(e).__name__, e)

# repr mentions the wrapped callable.
print(repr(staticmethod(len)), repr(classmethod(len)))
