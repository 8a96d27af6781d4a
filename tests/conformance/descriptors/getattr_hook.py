# __getattr__ is called only when normal lookup fails.

class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []

    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls)
print(p.calls)   # found normally, no __getattr__ call
try:
    p.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
print(p.calls)

# Default values computed lazily.
class Defaults:
    real = "real"

    def __getattr__(self, name):
        if name.startswith("opt_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

d = Defaults()
print(d.real, d.opt_color, getattr(d, "opt_size"))
print(hasattr(d, "opt_x"), hasattr(d, "other"), getattr(d, "other", "dflt"))
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)

# __getattr__ is not used for special method lookup by operators.
class Magic:
    def __getattr__(self, name):
        return lambda *a: "from getattr"

mg = Magic()
print(mg.__len__())
try:
    len(mg)
except TypeError as e:
    print(type(e).__name__, e)

# __getattr__ also covers AttributeError raised by properties.
class PropFail:
    @property
    def p(self):
        raise AttributeError("p failed")

    def __getattr__(self, name):
        return f"getattr({name})"

print(PropFail().p)

# __getattr__ returning None and raising other exceptions.
class Other:
    def __getattr__(self, name):
        if name == "none":
            return None
        raise KeyError(name)

print(Other().none)
try:
    Other().missing
except KeyError as e:
    print(type(e).__name__, e)
try:
    hasattr(Other(), "missing")
except KeyError as e:
    print(type(e).__name__, e)

# __getattr__ is found on the class, including via inheritance.
class Base:
    def __getattr__(self, name):
        return "base:" + name

class Derived(Base):
    pass

print(Derived().anything)

# Class-level lookups do not use the instance __getattr__.
try:
    Derived.anything
except AttributeError as e:
    print(type(e).__name__, e)

# Recursion guard pattern: accessing a missing attribute in __getattr__.
class Careful:
    def __getattr__(self, name):
        if name == "_data":
            raise AttributeError(name)
        return self._data.get(name, "missing")

c = Careful()
try:
    c.x
except AttributeError as e:
    print(type(e).__name__, e)
c._data = {"x": 1}
print(c.x, c.y)
