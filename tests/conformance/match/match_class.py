# Class patterns with __match_args__ and keyword sub-patterns.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point3(x, y, z=0):
            return f"3d flat {x},{y}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point3(1, 2, 0), Point3(0, 0, 9),
          Point(4, 4), Point(1, 2), (0, 0), None]:
    print(where(p))

# Keywords only, without __match_args__.
class Plain:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

match Plain(a=1, b=2):
    case Plain(a=1, b=b):
        print("b =", b)

match Plain(a=1):
    case Plain(b=_):
        print("wrong")
    case Plain(a=a):
        print("missing attribute means no match; a =", a)

# Class attributes count as attributes.
class WithClassAttr:
    kind = "K"

match WithClassAttr():
    case WithClassAttr(kind="K"):
        print("class attribute matched")

# Properties are evaluated.
class Prop:
    @property
    def value(self):
        print("property read")
        return 42

match Prop():
    case Prop(value=42):
        print("property matched")

# Subclass instances match the base class pattern.
match Point3(1, 2, 3):
    case Point(x, y):
        print("base pattern on subclass", x, y)

# The class can be a dotted name.
class Shapes:
    P = Point

match Point(7, 8):
    case Shapes.P(a, b):
        print("dotted class", a, b)

# Nested class patterns.
class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end

match Line(Point(0, 0), Point(1, 1)):
    case Line(Point(0, 0), Point(x, y) as end):
        print("line from origin to", x, y, type(end).__name__)

# __getattr__ fallback provides attributes.
class Dynamic:
    def __getattr__(self, name):
        if name.startswith("d_"):
            return name[2:]
        raise AttributeError(name)

match Dynamic():
    case Dynamic(d_one=v, missing=m):
        print("wrong")
    case Dynamic(d_two=v):
        print("dynamic", v)

# isinstance semantics: bool is an int, but not the other way.
match True:
    case int():
        print("True is an int")

match 1:
    case bool():
        print("wrong")
    case int():
        print("1 is not a bool")

# Tuple of classes is not allowed as class; but type objects are.
match Point:
    case type():
        print("Point is a type")
