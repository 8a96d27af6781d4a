# Descriptor lookup follows the MRO; the first hit decides data/non-data.

class DataD:
    def __init__(self, tag):
        self.tag = tag

    def __get__(self, obj, owner=None):
        return "data:" + self.tag

    def __set__(self, obj, value):
        obj.__dict__["_set_by_" + self.tag] = value


class NonDataD:
    def __init__(self, tag):
        self.tag = tag

    def __get__(self, obj, owner=None):
        return "nondata:" + self.tag


class A:
    x = DataD("A")
    y = NonDataD("A")


class B(A):
    x = NonDataD("B")   # hides A's data descriptor
    y = DataD("B")      # hides A's non-data descriptor


b = B()
b.__dict__["x"] = "inst-x"
b.__dict__["y"] = "inst-y"
print(b.x, b.y)
b.y = 5
print(sorted(b.__dict__))

# Multiple inheritance: the MRO order picks the descriptor.
class L:
    v = DataD("L")

class R:
    v = NonDataD("R")

class LR(L, R):
    pass

class RL(R, L):
    pass

lr, rl = LR(), RL()
lr.__dict__["v"] = "inst"
rl.__dict__["v"] = "inst"
print(lr.v, rl.v)

# Changing the base class dict after creating the subclass is seen.
class Base:
    pass

class Child(Base):
    pass

ch = Child()
ch.__dict__["z"] = "inst-z"
print(ch.z)
Base.z = DataD("late")
print(ch.z)
del Base.z
print(ch.z)

# A descriptor on object-level name lookups via super().
class P:
    attr = NonDataD("P")

class Q(P):
    attr = NonDataD("Q")

    def parent_attr(self):
        return super().attr

print(Q().attr, Q().parent_attr())
