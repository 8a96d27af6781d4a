# Default equality, hashing and comparisons of instances.

class C:
    pass


a, b = C(), C()
print(a == a, a == b, a != b, a != a)
print(hash(a) == hash(a), type(hash(a)).__name__)
print(a is not b, a in [b, a], a in {a}, b in {a})
d = {a: "a", b: "b"}
print(d[a], d[b], len(d))
for case in (lambda: a < b, lambda: a <= b, lambda: a > b, lambda: a >= b):
    try:
        case()
    except TypeError as e:
        print(type(e).__name__, e)

print(a.__eq__(b), a.__eq__(a), a.__ne__(b), a.__lt__(b))
print(C.__hash__ is object.__hash__, C.__eq__ is object.__eq__)

# Comparisons with other types.
print(a == 1, a != "x", 1 == a, None == a)
try:
    a < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 > a
except TypeError as e:
    print(type(e).__name__, e)

# Instances with __eq__ only become unhashable.
class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, E) and self.v == other.v

print(E(1) == E(1), E(1) != E(1), E(1) == E(2), E.__hash__)
try:
    hash(E(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {E(1)}
except TypeError as e:
    print(type(e).__name__, e)

# __ne__ defaults to the inverse of __eq__.
class F:
    def __eq__(self, other):
        return "yes"

print(F() == 1, F() != 1)
