# Class attributes versus instance attributes.

class C:
    shared = []
    value = 10

    def add(self, x):
        self.shared.append(x)

    def set_value(self, v):
        self.value = v


a = C()
b = C()
a.add(1)
b.add(2)
print(a.shared, b.shared, C.shared, a.shared is C.shared)

a.set_value(99)
print(a.value, b.value, C.value)
print("value" in a.__dict__, "value" in b.__dict__)

del a.value
print(a.value)
try:
    del a.value
except AttributeError as e:
    print(type(e).__name__, e)

# Rebinding the class attribute is visible through instances without their own.
C.value = 7
print(a.value, b.value)

# Augmented assignment on an instance creates an instance attribute.
class Counter:
    count = 0

c1 = Counter()
c1.count += 1
c1.count += 1
print(c1.count, Counter.count, c1.__dict__)

# Augmented assignment of a mutable class attribute mutates it in place, then binds it.
class Bag:
    items = []

g = Bag()
g.items += [1]
print(g.items, Bag.items, "items" in g.__dict__, g.items is Bag.items)

# Class attribute lookup through the class and an instance.
class Base:
    x = "base"

class Derived(Base):
    pass

d = Derived()
print(d.x, Derived.x)
Derived.x = "derived"
print(d.x, Base.x)
del Derived.x
print(d.x)
try:
    del Derived.x
except AttributeError as e:
    print(type(e).__name__, e)

# Attributes on the class object itself.
C.new_attr = 1
print(C.new_attr, a.new_attr)
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
