# Bound methods: __self__, __func__, calling, equality and hashing.

class C:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def add(self, k, *rest, scale=1):
        return (self.n + k + sum(rest)) * scale

    def __repr__(self):
        return f"C({self.n})"


c = C(5)
m = c.get
print(m())
print(m.__self__, m.__self__ is c)
print(m.__func__ is C.get, m.__func__ is C.__dict__["get"])
print(m.__name__, m.__qualname__)
print(repr(m))
print(type(m).__name__)
print(c.add(1), c.add(1, 2, 3), c.add(1, scale=2))
a = c.add
print(a(10, scale=3))

# A new bound method object on every access, but they compare equal.
print(c.get is c.get, c.get == c.get)
print(hash(c.get) == hash(c.get))
d = C(5)
print(c.get == d.get, c.get == c.add)
print(c.get != d.get)

# A function from the class is a plain function.
f = C.get
print(type(f).__name__, f(c), f(d))
print(f.__name__, f.__qualname__)

# Unbound call with missing self.
try:
    C.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.get(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.add()
except TypeError as e:
    print(type(e).__name__, e)

# Bound methods keep their instance alive and see later changes.
c.n = 42
print(m())

# Bound methods are read-only wrappers.
try:
    m.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)

# Attributes of the function are visible through the bound method.
C.get.tag = "hello"
print(c.get.tag)

# Methods stored in containers.
calls = [C(i).get for i in range(3)]
print([g() for g in calls])

# Method of a builtin object.
lst = [3, 1, 2]
ap = lst.append
ap(0)
print(lst, ap.__self__ is lst, ap.__name__)
print(lst.append == lst.append, [].append == lst.append)

# An instance attribute holding a function is not bound.
def free(x):
    return x * 2

c.func = free
print(c.func(21))
