from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
print(Point._fields, Point._make([3, 4]), p._replace(x=10), p._asdict())
x, y = p
print(x + y, hash(p) == hash((1, 2)), Point.__name__, Point.__doc__)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults)
R = namedtuple("R", "a def a", rename=True)
print(R._fields)
for bad in [("P", "a a"), ("P", "a _b"), ("P", "a def"), ("1P", "a")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__)
match p:
    case Point(a, b):
        print("matched", a, b)
print(sorted([Point(2, 1), Point(1, 5)]))
