# Error messages around __slots__.

class P:
    __slots__ = ("x",)

p = P()
for name in ("y", "__dict__", "_hidden"):
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print(type(e).__name__, e)

try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)

# __slots__ with __dict__ twice.
try:
    class B:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(type(e).__name__, e)

class HasDict:
    pass

try:
    class C(HasDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(type(e).__name__, e)

# Slots with name mangling.
class M:
    __slots__ = ("__private",)

    def set(self, v):
        self.__private = v

    def get(self):
        return self.__private

m = M()
m.set(3)
print(m.get(), sorted(k for k in M.__dict__ if "private" in k))
print(M.__slots__)

# __slots__ must contain strings.
try:
    class Bad:
        __slots__ = (None,)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad3:
        __slots__ = 5
except TypeError as e:
    print(type(e).__name__, e)
