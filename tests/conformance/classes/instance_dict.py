# The instance __dict__ and the class __dict__ (mappingproxy).

class C:
    cls_attr = 1

    def __init__(self):
        self.a = 1
        self.b = 2


c = C()
print(c.__dict__)
c.__dict__["z"] = 26
print(c.z)
c.q = 5
print(list(c.__dict__))
del c.__dict__["a"]
print(hasattr(c, "a"), c.__dict__)

# Replacing the instance dict.
c.__dict__ = {"new": 1}
print(c.new, hasattr(c, "b"))
try:
    c.__dict__ = [1, 2]
except TypeError as e:
    print(type(e).__name__, e)

# The class __dict__ is a read-only mappingproxy.
d = C.__dict__
print(type(d).__name__)
print("cls_attr" in d, d["cls_attr"], d.get("missing", "no"))
try:
    d["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["cls_attr"]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in d if not k.startswith("__")))
print("__init__" in d, "__module__" in d, "__dict__" in d, "__weakref__" in d, "__doc__" in d)
print(d["__module__"], d["__doc__"])
print(len([k for k in d.keys() if k in ("cls_attr", "__init__")]))

# Non-string keys in an instance dict.
c2 = C()
c2.__dict__[1] = "one"
print(c2.__dict__[1], sorted(map(str, c2.__dict__)))

# The instance dict is the same object across accesses.
print(c2.__dict__ is c2.__dict__)

# Attributes set through setattr appear in the dict in insertion order.
class E:
    pass

e = E()
for name in ("zeta", "alpha", "mid"):
    setattr(e, name, len(name))
print(e.__dict__)
print(E().__dict__)

# Class dict of a subclass does not contain inherited attributes.
class F(C):
    extra = 2

print("cls_attr" in F.__dict__, "extra" in F.__dict__, F.cls_attr)
print("__dict__" in F.__dict__, "__weakref__" in F.__dict__)
