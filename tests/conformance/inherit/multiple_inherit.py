# Multiple inheritance: attribute resolution follows the MRO.

class A:
    def who(self):
        return "A"

    def only_a(self):
        return "only A"


class B(A):
    def who(self):
        return "B"


class C(A):
    def who(self):
        return "C"

    def only_c(self):
        return "only C"


class D(B, C):
    pass


class E(C, B):
    pass


d, e = D(), E()
print(d.who(), e.who(), d.only_a(), d.only_c())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in E.__mro__])

# Mixins.
class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return "{" + items + "}"

class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({fields})"

class Point(JsonMixin, ReprMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
print(p, p.to_json())
print(isinstance(p, JsonMixin), isinstance(p, ReprMixin), issubclass(Point, (int, ReprMixin)))

# Class attributes from several bases.
class X:
    value = "X"
    x_only = 1

class Y:
    value = "Y"
    y_only = 2

class XY(X, Y):
    pass

class YX(Y, X):
    pass

print(XY.value, YX.value, XY.x_only, XY.y_only)

# Instances of a diamond.
class Base:
    def __init__(self):
        self.calls = ["Base"]

class Left(Base):
    def __init__(self):
        super().__init__()
        self.calls.append("Left")

class Right(Base):
    def __init__(self):
        super().__init__()
        self.calls.append("Right")

class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.calls.append("Bottom")

print(Bottom().calls)

# Explicit base calls in a diamond call Base twice.
class L2(Base):
    def __init__(self):
        Base.__init__(self)
        self.calls.append("L2")

class R2(Base):
    def __init__(self):
        Base.__init__(self)
        self.calls.append("R2")

class Bottom2(L2, R2):
    def __init__(self):
        L2.__init__(self)
        R2.__init__(self)

print(Bottom2().calls)

# Inheriting from object explicitly alongside others.
class O1(object):
    pass

class O2(O1, object):
    pass

print([k.__name__ for k in O2.__mro__])
