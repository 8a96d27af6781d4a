import copy
from collections import namedtuple

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[0])

class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = [y]
    def __repr__(self):
        return "Pt(%r, %r)" % (self.x, self.y)

p = Pt(1, 2)
sp = copy.copy(p); dp = copy.deepcopy(p)
p.y.append(3)
print(sp, dp, sp.y is p.y, dp.y is p.y, type(dp).__name__)

class Custom:
    def __init__(self):
        self.v = 1
    def __copy__(self):
        return "shallow!"
    def __deepcopy__(self, memo):
        return "deep!"
print(copy.copy(Custom()), copy.deepcopy(Custom()))

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = 2
s1 = Slotted(); s2 = copy.deepcopy(s1)
print(s2.a, s2.b, s2.a is s1.a)

P = namedtuple("P", "x y")
print(copy.replace(P(1, 2), y=5), copy.copy(P(3, 4)), copy.deepcopy(P([1], 2)))
try:
    copy.replace([1, 2], x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(copy.deepcopy({"a": {1, 2}, "b": (1, [2])}), copy.copy({1, 2}) == {1, 2})
