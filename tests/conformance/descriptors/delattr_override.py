# __delattr__ overrides.

class Guard:
    protected = {"id"}

    def __init__(self):
        self.id = 1
        self.tmp = 2

    def __delattr__(self, name):
        if name in self.protected:
            raise AttributeError(f"{name} is protected")
        print("deleting", name)
        super().__delattr__(name)


g = Guard()
del g.tmp
print(g.__dict__)
try:
    del g.id
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del g.missing
except AttributeError as e:
    print(type(e).__name__, e)

# object.__delattr__ on a property without a deleter.
class P:
    @property
    def x(self):
        return 1

    def __delattr__(self, name):
        print("custom delattr", name)
        object.__delattr__(self, name)

try:
    del P().x
except AttributeError as e:
    print(type(e).__name__, e)

# Soft delete: record instead of deleting.
class Soft:
    def __init__(self):
        self.a = 1
        self.deleted = []

    def __delattr__(self, name):
        self.deleted.append(name)

s = Soft()
del s.a
del s.nothing
print(s.a, s.deleted)

# object.__delattr__ errors.
try:
    object.__delattr__(s, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__delattr__(s, "zzz")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__delattr__(5, "real")
except AttributeError as e:
    print(type(e).__name__, e)
