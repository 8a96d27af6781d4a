# Cooperative multiple inheritance with super().__init__(**kwargs).

class Shape:
    def __init__(self, **kwargs):
        print("Shape init, leftover:", kwargs)
        super().__init__(**kwargs)


class Colored(Shape):
    def __init__(self, color="black", **kwargs):
        print("Colored init", color)
        self.color = color
        super().__init__(**kwargs)


class Named(Shape):
    def __init__(self, name="?", **kwargs):
        print("Named init", name)
        self.name = name
        super().__init__(**kwargs)


class Thing(Colored, Named):
    def __init__(self, size, **kwargs):
        print("Thing init", size)
        self.size = size
        super().__init__(**kwargs)


t = Thing(3, color="red", name="box")
print(t.size, t.color, t.name)
print([k.__name__ for k in Thing.__mro__])

try:
    Thing(1, extra=True)
except TypeError as e:
    print(type(e).__name__, e)

# A root class that swallows leftovers.
class Root:
    def __init__(self, **kwargs):
        self.leftover = kwargs

class Left(Root):
    def __init__(self, left=0, **kwargs):
        self.left = left
        super().__init__(**kwargs)

class Right(Root):
    def __init__(self, right=0, **kwargs):
        self.right = right
        super().__init__(**kwargs)

class Both(Left, Right):
    pass

b = Both(left=1, right=2, other=3)
print(b.left, b.right, b.leftover)

# Cooperative methods other than __init__.
class Base:
    def describe(self):
        return ["Base"]

class M1(Base):
    def describe(self):
        return ["M1"] + super().describe()

class M2(Base):
    def describe(self):
        return ["M2"] + super().describe()

class M3(M1, M2):
    def describe(self):
        return ["M3"] + super().describe()

print(M3().describe(), M2().describe())
