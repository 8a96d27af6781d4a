# super() inside properties, and extending/overriding inherited properties.

class Base:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value


class Doubler(Base):
    @property
    def v(self):
        return super().v * 2

    @v.setter
    def v(self, value):
        # super().v = value does not work; use the base property's fset.
        Base.v.fset(self, value + 100)


d = Doubler()
print(d.v)
d.v = 5
print(d.v, d._v)

# super().prop = x raises AttributeError.
class Bad(Base):
    @property
    def v(self):
        return super().v

    @v.setter
    def v(self, value):
        super().v = value

b = Bad()
try:
    b.v = 3
except AttributeError as e:
    print(type(e).__name__, e)

# Using super(Bad, type(self)).v.__set__ explicitly works.
class Good(Base):
    @property
    def v(self):
        return super().v

    @v.setter
    def v(self, value):
        super(Good, type(self)).v.__set__(self, value * 3)

g = Good()
g.v = 3
print(g.v)

# Accessing the property object itself via super() on the class.
class Child(Base):
    def which(self):
        return type(super(Child, Child).v).__name__

print(Child().which())

# A property overridden by a plain attribute in a subclass.
class Plain(Base):
    v = "class value"

p = Plain()
print(p.v)
p.v = "instance value"
print(p.v)
