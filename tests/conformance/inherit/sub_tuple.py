# Subclassing tuple, including namedtuple-like classes with __new__.

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    @property
    def second(self):
        return self[1]

    def __repr__(self):
        return f"Pair({self[0]!r}, {self[1]!r})"


p = Pair(1, "x")
print(p, p.first, p.second, len(p), p == (1, "x"), hash(p) == hash((1, "x")))
a, b = p
print(a, b, list(p), p[::-1], type(p[::-1]).__name__, type(p + (3,)).__name__)
print(isinstance(p, tuple), p.count(1), p.index("x"))
try:
    Pair(1)
except TypeError as e:
    print(type(e).__name__, e)

# A hand-written namedtuple-like class.
class Point(tuple):
    __slots__ = ()
    _fields = ("x", "y")

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    x = property(lambda self: self[0], doc="x coordinate")
    y = property(lambda self: self[1], doc="y coordinate")

    def _replace(self, **kw):
        values = dict(zip(self._fields, self))
        values.update(kw)
        return type(self)(**values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __repr__(self):
        return "Point(x=%r, y=%r)" % self

    def __getnewargs__(self):
        return tuple(self)


pt = Point(3, 4)
print(pt, pt.x, pt.y, pt._replace(y=10), pt._asdict(), Point.x.__doc__)
try:
    pt.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    pt.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted([Point(2, 1), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
print(dict([Point("k", "v")]), {pt: "hashable"}[(3, 4)])

# Subclass of the namedtuple-like class.
class Point3(Point):
    __slots__ = ()

    def norm2(self):
        return self.x ** 2 + self.y ** 2

print(Point3(1, 2).norm2(), type(Point3(1, 2)._replace(x=0)).__name__)

# tuple subclass keeps extra attributes when not slotted.
class Tagged(tuple):
    pass

t = Tagged([1, 2])
t.tag = "T"
print(t, t.tag, repr(t), type(t * 2).__name__)

# Immutable: __init__ sees the arguments but cannot change the value.
class Init(tuple):
    def __init__(self, iterable):
        self.size = len(self)

print(Init("abc"), Init("abc").size)
