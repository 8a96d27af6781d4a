# Precedence: data descriptor > instance dict > non-data descriptor > class attribute.

class NonData:
    def __get__(self, obj, t=None):
        return "non-data"


class Data:
    def __get__(self, obj, t=None):
        return "data"

    def __set__(self, obj, value):
        obj.__dict__["seen"] = value


class C:
    nd = NonData()
    d = Data()
    plain = "class plain"


c = C()
print(c.nd, c.d, c.plain)
c.__dict__["nd"] = "instance nd"
c.__dict__["d"] = "instance d"
c.__dict__["plain"] = "instance plain"
print(c.nd, c.d, c.plain)

# Assigning through the instance: non-data descriptors are shadowed; data ones intercept.
c2 = C()
c2.nd = "assigned nd"
c2.d = "assigned d"
print(c2.nd, c2.d, c2.__dict__)

# Deleting the instance value reveals the non-data descriptor again.
del c2.nd
print(c2.nd)

# Methods are non-data descriptors: instance attributes shadow them.
class M:
    def meth(self):
        return "method"

m = M()
m.meth = lambda: "instance lambda"
print(m.meth())
del m.meth
print(m.meth())

# Properties are data descriptors: they win over the instance dict.
class P:
    @property
    def p(self):
        return "property"

pp = P()
pp.__dict__["p"] = "dict"
print(pp.p, pp.__dict__)

# Descriptors in a base class follow the same rules.
class Sub(C):
    pass

s = Sub()
s.__dict__["d"] = "x"
s.__dict__["nd"] = "y"
print(s.d, s.nd)

# A subclass attribute that is not a descriptor hides the base descriptor.
class Hide(C):
    d = "plain override"

h = Hide()
h.d = "now in dict"
print(h.d, h.__dict__)

# Descriptor presence is decided by the type of the class attribute.
class DynamicData:
    def __get__(self, obj, t=None):
        return "dyn"

class K:
    x = DynamicData()

k = K()
k.__dict__["x"] = "dict value"
print(k.x)
DynamicData.__set__ = lambda self, obj, v: None
print(k.x)
