# Subclassing dict: which operations use overridden methods.

class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("setitem", key, value)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)

    def __delitem__(self, key):
        print("delitem", key)
        super().__delitem__(key)


d = LoggingDict(a=1)        # constructor does not call __setitem__
print(d)
d["b"] = 2                  # uses __setitem__
print(d["a"])               # uses __getitem__
d.update({"c": 3})          # does not use __setitem__
d.update(e=5)
print(d)
d.setdefault("f", 6)        # does not use __setitem__
print(d.get("a"))           # does not use __getitem__
del d["b"]                  # uses __delitem__
d.pop("c")                  # does not use __delitem__
print(d, len(d), "a" in d, list(d), list(d.items()))
print(type(d.copy()).__name__, type(d | {}).__name__, type({} | d).__name__)
d |= {"z": 26}
print(type(d).__name__, d)
print(type(LoggingDict.fromkeys("ab")).__name__)
print(isinstance(d, dict), d == {"a": 1, "e": 5, "f": 6, "z": 26})

# dict(sub) and {**sub} copy without calling overridden __getitem__ or keys().
class Weird(dict):
    def __getitem__(self, key):
        return "weird"

    def keys(self):
        return ["only"]

w = Weird(x=1, y=2)
print(dict(w), {**w}, w["x"], list(w))

# Overriding __iter__ does not change dict(w) or items().
class IterOverride(dict):
    def __iter__(self):
        return iter(["fake"])

io = IterOverride(k="v")
print(list(io), list(io.keys()), dict(io))

# Attributes on dict subclasses.
d.meta = "info"
print(d.meta, d.__dict__)

# __init__ override with extra arguments.
class Defaults(dict):
    def __init__(self, default, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default = default

    def get(self, key, default=None):
        return super().get(key, self.default if default is None else default)

df = Defaults(0, [("a", 1)], b=2)
print(df, df.get("a"), df.get("zz"), df.get("zz", 9), df.default)

# Equality with plain dicts and repr.
print(LoggingDict(x=1) == {"x": 1}, repr(LoggingDict(x=1)))
