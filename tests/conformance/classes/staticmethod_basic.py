# staticmethod: no implicit first argument; works through class and instance.

class Math:
    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def nothing():
        return "nothing"

    def use(self):
        return self.add(1, 2) + Math.add(3, 4)


print(Math.add(1, 2), Math().add(3, 4), Math.nothing(), Math().nothing())
print(Math().use())
raw = Math.__dict__["add"]
print(type(raw).__name__)
print(raw.__func__(5, 6))
print(Math.add is raw.__func__)
print(isinstance(raw, staticmethod))

# staticmethod objects are callable themselves (3.10+).
print(raw(10, 20))

# Wrapping with staticmethod() explicitly.
def plain(x):
    return x + 1

class K:
    inc = staticmethod(plain)

print(K.inc(1), K().inc(2), K.inc is plain)

# The wrapped function's metadata is copied.
print(raw.__name__, raw.__qualname__, raw.__doc__)
print(raw.__wrapped__ is raw.__func__)

# staticmethod errors.
try:
    Math.add(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__, e)

# Subclasses inherit staticmethods.
class Sub(Math):
    pass

print(Sub.add(2, 2), Sub().nothing())

# staticmethod of a non-callable is allowed, but calling fails.
s = staticmethod(5)
print(s.__func__)
try:
    s()
except TypeError as e:
    print(type(e).__name__, e)
