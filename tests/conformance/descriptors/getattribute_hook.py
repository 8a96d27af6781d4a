# __getattribute__ intercepts every attribute access.

class Traced:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("_"):
            print("access", name)
        return object.__getattribute__(self, name)

    def meth(self):
        return self.x * 2


t = Traced()
print(t.x)
print(t.meth())
try:
    t.missing
except AttributeError as e:
    print(type(e).__name__, e)

# Overriding results.
class Upper:
    def __init__(self):
        self.name = "spindle"

    def __getattribute__(self, name):
        value = super().__getattribute__(name)
        if isinstance(value, str):
            return value.upper()
        return value

u = Upper()
print(u.name, u.__dict__)

# __getattribute__ raising AttributeError falls back to __getattr__.
class Both:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError("hidden is hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback for {name}"

b = Both()
b.visible = "v"
print(b.visible, b.hidden, b.nothing)

# Other exceptions from __getattribute__ do not fall back.
class Strict:
    def __getattribute__(self, name):
        raise LookupError(name)

    def __getattr__(self, name):
        return "never"

try:
    Strict().x
except LookupError as e:
    print(type(e).__name__, e)

# Special methods invoked implicitly bypass __getattribute__.
class Bypass:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)

    def __len__(self):
        return 3

    def __repr__(self):
        return "Bypass()"

bp = Bypass()
print(len(bp))
print(repr(bp))
print(bp.__len__())

# Attribute access on the class is not affected.
class Cls:
    attr = 5

    def __getattribute__(self, name):
        return "instance-level"

print(Cls.attr, Cls().attr)

# hasattr/getattr go through __getattribute__.
class Deny:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return object.__getattribute__(self, name)

dn = Deny()
dn.secret = 1
print(hasattr(dn, "secret"), getattr(dn, "secret", "denied"), dn.__dict__)
