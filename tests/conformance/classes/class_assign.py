# Assigning __class__ on instances of Python classes.

class A:
    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

class C(A):
    def who(self):
        return "C:" + super().who()


obj = A()
obj.data = 1
print(obj.who(), type(obj).__name__)
obj.__class__ = B
print(obj.who(), type(obj).__name__, obj.data, isinstance(obj, A), isinstance(obj, B))
obj.__class__ = C
print(obj.who(), isinstance(obj, A))

for bad in (5, "B", None):
    try:
        obj.__class__ = bad
    except TypeError as e:
        print(type(e).__name__, e)

try:
    obj.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)

try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)

# Slots layouts must match.
class S1:
    __slots__ = ("a",)

class S2:
    __slots__ = ("a",)

class S3:
    __slots__ = ("b", "c")

s = S1()
s.a = 5
s.__class__ = S2
print(type(s).__name__, s.a)
try:
    s.__class__ = S3
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.__class__ = A
except TypeError as e:
    print(type(e).__name__, e)

try:
    del obj.__class__
except TypeError as e:
    print(type(e).__name__, e)

# __class__ on the class itself is the metaclass.
print(A.__class__, obj.__class__.__name__, (5).__class__)
