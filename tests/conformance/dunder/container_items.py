# __getitem__, __setitem__, __delitem__ and slices.

class Recorder:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        print("get", repr(key))
        if key == "missing":
            raise KeyError(key)
        return self.data.get(key, "default")

    def __setitem__(self, key, value):
        print("set", repr(key), repr(value))
        self.data[key] = value

    def __delitem__(self, key):
        print("del", repr(key))
        del self.data[key]


r = Recorder()
r["a"] = 1
print(r["a"], r["b"])
r[1, 2] = "tuple key"
r[1:3] = "slice"
r[::2]
r[1:2, ...]
r[...]
r[:, None]
del r["a"]
try:
    del r["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    r["missing"]
except KeyError as e:
    print(type(e).__name__, e)

# Slice objects passed through.
class Sl:
    def __getitem__(self, k):
        return (type(k).__name__, k.start, k.stop, k.step) if isinstance(k, slice) else k

s = Sl()
print(s[1:2], s[:], s[::-1], s[1:2:3], s["a":"b"], s[-1])

# Missing methods.
class ReadOnly:
    def __getitem__(self, k):
        return k

ro = ReadOnly()
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ro[0]
except TypeError as e:
    print(type(e).__name__, e)

class Nothing:
    pass

for f in (lambda: Nothing()[0], lambda: Nothing().__getitem__):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    Nothing()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Nothing()[0]
except TypeError as e:
    print(type(e).__name__, e)

# A sequence class with negative indices handled by the class itself.
class Seq:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(*self.items[i])
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("Seq index out of range")
        return self.items[i]

    def __repr__(self):
        return f"Seq{tuple(self.items)}"

q = Seq(1, 2, 3, 4)
print(q[0], q[-1], q[1:3], q[::-1], len(q))
try:
    q[10]
except IndexError as e:
    print(type(e).__name__, e)

# Augmented assignment on an item calls __getitem__ then __setitem__.
r2 = Recorder()
r2.data["n"] = 10
r2["n"] += 5
print(r2.data)

# Class-level subscription needs __class_getitem__.
try:
    Recorder["x"]
except TypeError as e:
    print(type(e).__name__, e)
