# classmethod: the class is passed as the first argument.

class Shape:
    count = 0

    def __init__(self, sides):
        self.sides = sides

    @classmethod
    def triangle(cls):
        return cls(3)

    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count

    @classmethod
    def who(cls):
        return cls.__name__


class Square(Shape):
    def __init__(self, sides=4):
        super().__init__(sides)


t = Shape.triangle()
print(type(t).__name__, t.sides)
s = Square.triangle()
print(type(s).__name__, s.sides)
print(Shape.who(), Square.who(), Square().who(), t.who())

print(Shape.bump(), Shape.bump(), Square.bump(), Shape.count, Square.count)

m = Square.who
print(m.__self__ is Square, m.__func__ is Shape.__dict__["who"].__func__)
print(type(m).__name__)
m2 = Square().who
print(m2.__self__ is Square)

raw = Shape.__dict__["who"]
print(type(raw).__name__, isinstance(raw, classmethod))
print(raw.__func__.__name__, raw.__wrapped__ is raw.__func__)
print(raw.__get__(None, Square)())
print(raw.__get__(Square())())

# classmethod made with the call syntax.
def make(cls, n):
    return [cls.__name__] * n

class K:
    make = classmethod(make)

print(K.make(2), K().make(1))

# Alternative constructors in a hierarchy.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class MyDate(Date):
    pass

print(Date.from_string("2024-01-31"), MyDate.from_string("1999-12-01"))

try:
    Shape.who(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod()
except TypeError as e:
    print(type(e).__name__, e)
