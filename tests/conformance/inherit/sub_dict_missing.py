# __missing__ on dict subclasses.

class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()))
print(c["zzz"], "zzz" in c, c.get("zzz"), c.get("zzz", "dflt"))

# __missing__ that inserts.
class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value

tree = AutoVivify()
tree["a"]["b"]["c"] = 1
print(tree)

# __missing__ raising.
class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key!r} here")

s = Strict(a=1)
try:
    s["b"]
except KeyError as e:
    print(type(e).__name__, e)

# __missing__ is only used by __getitem__ of dict subclasses.
class Missing(dict):
    def __missing__(self, key):
        return f"missing {key}"

m = Missing()
print(m["x"], m.get("x"), m.pop("x", "popped default"), m.setdefault("y", 1))
try:
    m.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)

# A __missing__ set on an instance is ignored.
class Plain(dict):
    pass

p = Plain()
p.__missing__ = lambda key: "instance"
try:
    p["k"]
except KeyError as e:
    print(type(e).__name__, e)

# __missing__ with __getitem__ overridden: the override decides.
class Over(dict):
    def __missing__(self, key):
        return "from missing"

    def __getitem__(self, key):
        return "override: " + str(super().__getitem__(key))

print(Over()["q"])

# A __missing__ that is not a function.
class NotCallable(dict):
    __missing__ = 5

try:
    NotCallable()["a"]
except TypeError as e:
    print(type(e).__name__, e)

# __missing__ receives the exact key.
class Echo(dict):
    def __missing__(self, key):
        return key

print(Echo()[(1, 2)], Echo()[None], Echo()[3.5])

# format_map uses __missing__.
class Fmt(dict):
    def __missing__(self, key):
        return "{" + key + "}"

print("{name} is {age}".format_map(Fmt(name="Ann")))
