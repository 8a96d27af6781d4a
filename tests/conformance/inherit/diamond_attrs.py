# Attribute resolution in diamonds, with class attributes, properties and __slots__.

class Top:
    kind = "top"
    shared = "top shared"

    def hello(self):
        return "Top.hello"

    @property
    def prop(self):
        return "Top.prop"


class Left(Top):
    kind = "left"

    def hello(self):
        return "Left.hello -> " + super().hello()


class Right(Top):
    kind = "right"
    shared = "right shared"

    def hello(self):
        return "Right.hello -> " + super().hello()

    @property
    def prop(self):
        return "Right.prop -> " + super().prop


class Bottom(Left, Right):
    pass


b = Bottom()
print(b.kind, b.shared, b.hello(), b.prop)
print([k.__name__ for k in Bottom.__mro__])

# Which class provides each attribute.
def provider(cls, name):
    for k in cls.__mro__:
        if name in vars(k):
            return k.__name__
    return None

for name in ("kind", "shared", "hello", "prop", "__init__", "missing"):
    print(name, provider(Bottom, name))

# Changing an attribute in the middle of the MRO is seen immediately.
Right.kind = "right v2"
del Left.kind
print(b.kind)
Left.kind = "left v3"
print(b.kind)

# Slotted diamond with an empty-slot top.
class STop:
    __slots__ = ()

class SLeft(STop):
    __slots__ = ("l",)

class SRight(STop):
    __slots__ = ()

class SBottom(SLeft, SRight):
    __slots__ = ("b",)

sb = SBottom()
sb.l, sb.b = 1, 2
print(sb.l, sb.b, hasattr(sb, "__dict__"))

# Deeper multiple inheritance with repeated method names and super chains.
class A:
    def chain(self):
        return ["A"]

class B(A):
    def chain(self):
        return ["B"] + super().chain()

class C(A):
    def chain(self):
        return ["C"] + super().chain()

class D(B):
    def chain(self):
        return ["D"] + super().chain()

class E(C):
    def chain(self):
        return ["E"] + super().chain()

class F(D, E):
    def chain(self):
        return ["F"] + super().chain()

print(F().chain(), [k.__name__ for k in F.__mro__])
