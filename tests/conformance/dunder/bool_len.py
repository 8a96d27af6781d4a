# __bool__ and __len__ in truth testing.

class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool", self.v)
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("len", self.n)
        return self.n


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class Neither:
    pass


print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
if B(False) or L(2):
    print("or-branch")
print(not L(0), B(True) and "and-result")
while L(0):
    print("never")
print([x for x in (L(0), L(1)) if x] and "filtered")
print(len(L(7)), len(Both()))

# Errors: __bool__ must return bool.
class BadBool:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v

for v in (1, 0, "yes", None, 1.0):
    try:
        bool(BadBool(v))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    if BadBool(1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    not BadBool(0)
except TypeError as e:
    print(type(e).__name__, e)

# bool subclass cannot exist, but True/False are fine.
class RetTrue:
    def __bool__(self):
        return True

print(bool(RetTrue()))

# __len__ errors.
class BadLen:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v

for v in (-1, "3", 1.5, None, 2 ** 70, True):
    for f in (len, bool):
        try:
            print(f.__name__, f(BadLen(v)))
        except (TypeError, ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)

class IndexLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 4
        return I()

print(len(IndexLen()))

# __bool__ = None: truth testing tries to call None.
class NoneBool:
    __bool__ = None

try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)

# len() of objects without __len__.
for obj in (Neither(), 5, iter([])):
    try:
        len(obj)
    except TypeError as e:
        print(type(e).__name__, e)
