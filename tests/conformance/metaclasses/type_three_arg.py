# type(name, bases, namespace) creates classes dynamically.

def greet(self):
    return f"hi from {type(self).__name__}"


Dyn = type("Dyn", (), {"x": 1, "greet": greet, "__doc__": "dynamic doc"})
d = Dyn()
print(Dyn.__name__, Dyn.__qualname__, Dyn.__module__, Dyn.__doc__, Dyn.x, d.greet())
print(Dyn.__bases__, [k.__name__ for k in Dyn.__mro__], type(Dyn).__name__)

Sub = type("Sub", (Dyn,), {"y": 2})
print(Sub.x, Sub.y, Sub().greet(), issubclass(Sub, Dyn))

# Equivalent to a class statement.
class Stmt:
    x = 1

print(sorted(k for k in vars(Stmt) if not k.startswith("__")) == sorted(k for k in vars(Dyn) if not k.startswith("__") and k != "greet"))

# The namespace is copied.
ns = {"a": 1}
C = type("C", (), ns)
ns["a"] = 2
print(C.a)

# Special entries in the namespace.
Q = type("Q", (), {"__qualname__": "Outer.Q", "__module__": "mymod", "__slots__": ("s",)})
print(Q.__qualname__, Q.__module__, repr(Q), Q.__slots__)
q = Q()
try:
    q.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

# Methods with super() need explicit arguments in type()-made classes.
def init(self, v):
    super(WithInit, self).__init__()
    self.v = v

WithInit = type("WithInit", (object,), {"__init__": init})
print(WithInit(5).v)

# Names can be any string.
Weird = type("not an identifier!", (), {})
print(Weird.__name__, repr(Weird))

# Errors.
for args in [("A",), ("A", ()), ("A", (), {}, 1), (1, (), {}), ("A", [], {}), ("A", (), []),
             ("A", (1,), {}), ("A\x00", (), {})]:
    try:
        type(*args)
        print("ok", args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    type("A", (), {"__qualname__": 5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)

# Keyword arguments go to __init_subclass__.
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)

T = type("T", (Base,), {}, flag=1)
try:
    type("U", (), {}, flag=1)
except TypeError as e:
    print(type(e).__name__, e)
