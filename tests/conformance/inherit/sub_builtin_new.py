# __new__ and __init__ of subclasses of built-in types.

class L(list):
    pass


print(L(), L("ab"), L(range(3)))
try:
    L(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    L(x=1)
except TypeError as e:
    print(type(e).__name__, e)

# A list subclass whose __init__ takes different arguments.
class Repeat(list):
    def __init__(self, item, times):
        super().__init__([item] * times)

print(Repeat("x", 3))

# A dict subclass with keyword-only configuration.
class Config(dict):
    def __init__(self, *args, strict=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.strict = strict

c = Config({"a": 1}, strict=True, b=2)
print(c, c.strict)

# Immutable types need __new__ to change the value.
class Upper(str):
    def __init__(self, value):
        # Too late to change the value here.
        self.original = value

u = Upper("abc")
print(u, u.original)

class Upper2(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

print(Upper2("abc"))

class Even(int):
    def __new__(cls, value):
        if value % 2:
            value += 1
        return super().__new__(cls, value)

print(Even(3), Even(4), type(Even(1)).__name__)

# Calling the base's __new__ with the wrong class.
try:
    int.__new__(str, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.__new__(Even)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(int.__new__(Even, 7)).__name__, int.__new__(Even, 7))

# object subclass of multiple builtin-compatible mixins.
class Mixin:
    def hello(self):
        return f"hello from {type(self).__name__} of length {len(self)}"

class ML(Mixin, list):
    pass

class MS(Mixin, str):
    pass

print(ML([1, 2]).hello(), MS("abc").hello())

# Layout conflicts between built-ins.
try:
    class Bad(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(list, dict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
