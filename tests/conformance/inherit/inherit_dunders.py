# Special methods are inherited; __eq__ without __hash__ in a subclass resets hashing.

class Base:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return type(other) is type(self) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"

    def __len__(self):
        return self.v

    def __add__(self, other):
        return type(self)(self.v + other.v)


class Child(Base):
    pass


class EqOnly(Base):
    def __eq__(self, other):
        return super().__eq__(other)


class EqAndHash(Base):
    def __eq__(self, other):
        return super().__eq__(other)

    __hash__ = Base.__hash__


print(Child(1), len(Child(3)), Child(1) + Child(2), Child(1) == Child(1), hash(Child(5)) == hash(5))
print(Child.__hash__ is Base.__hash__, EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(EqAndHash(2)) == hash(2), {EqAndHash(1), EqAndHash(1)})

# __hash__ = None in a base is inherited.
class NoHash:
    __hash__ = None

class StillNoHash(NoHash):
    pass

try:
    hash(StillNoHash())
except TypeError as e:
    print(type(e).__name__, e)

# Restoring hashability in a subclass.
class HashAgain(NoHash):
    def __hash__(self):
        return 7

print(hash(HashAgain()))

# Inherited __repr__ uses the runtime type; __str__ falls back to __repr__.
class R:
    def __repr__(self):
        return f"<{type(self).__name__}>"

class R2(R):
    pass

print(R2(), str(R2()), [R2()], f"{R2()!r}")

# __str__ in a subclass does not change repr.
class S(R):
    def __str__(self):
        return "S as str"

print(S(), repr(S()), [S()])

# Overriding only __lt__ in a subclass; the rest are inherited.
class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __gt__(self, other):
        return self.v > other.v

class RevCmp(Cmp):
    def __lt__(self, other):
        return self.v > other.v

print(RevCmp(1) < RevCmp(2), RevCmp(1) > RevCmp(2), sorted([RevCmp(1), RevCmp(3), RevCmp(2)], key=lambda x: x).__len__())
print([c.v for c in sorted([RevCmp(1), RevCmp(3), RevCmp(2)])])

# __bool__ inherited, __len__ consulted when __bool__ is missing.
class Truthy:
    def __bool__(self):
        return False

class T2(Truthy):
    def __len__(self):
        return 5

print(bool(T2()), len(T2()))

# __init_subclass__-free class hierarchy using __class_getitem__ inheritance.
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"

class G2(G):
    pass

print(G2[int.__name__])
