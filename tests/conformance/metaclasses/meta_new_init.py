# Metaclass __new__ and __init__.

class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith("__")), kwargs)
        ns["added_by_meta"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name, "added_by_meta" in ns, kwargs)
        super().__init__(name, bases, ns)


class A(metaclass=Meta):
    x = 1

    def method(self):
        return "method"


print(type(A).__name__, A.added_by_meta, A().method(), isinstance(A, Meta), isinstance(A, type))

class B(A):
    y = 2

print(type(B).__name__, B.added_by_meta)

class C(A, flavor="spicy"):
    pass

# The order: namespace executed first, then Meta.__new__, then Meta.__init__.
class Tracer(type):
    def __new__(mcls, name, bases, ns):
        print("new", name)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns):
        print("init", name)
        super().__init__(name, bases, ns)

class D(metaclass=Tracer):
    print("body of D")

# Metaclass __new__ can return something that is not a class.
class Weird(type):
    def __new__(mcls, name, bases, ns):
        return f"not a class: {name}"

class E(metaclass=Weird):
    pass

print(E, type(E).__name__)

# A plain function as metaclass.
def func_meta(name, bases, ns, **kw):
    print("func_meta", name, kw)
    ns["made_by"] = "function"
    return type(name, bases, ns)

class F(metaclass=func_meta, tag=1):
    pass

print(F.made_by, type(F).__name__)

# Metaclass __init__ with a different signature than __new__ fails.
class BadInit(type):
    def __init__(cls, name):
        pass

try:
    class G(metaclass=BadInit):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# type.__init__ checks its argument count.
print(type.__init__(A, "x"), type.__init__(A, "x", (), {}))
for args in (("x", ()), ()):
    try:
        type.__init__(A, *args)
    except TypeError as e:
        print(type(e).__name__, e)
