# property with getter, setter and deleter.

class Temp:
    def __init__(self):
        self._c = 0
        self.log = []

    @property
    def celsius(self):
        self.log.append("get")
        return self._c

    @celsius.setter
    def celsius(self, v):
        self.log.append("set")
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9


t = Temp()
print(t.celsius)
t.celsius = 100
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t._c)
print(t.log)

# The property object on the class.
p = Temp.__dict__["celsius"]
print(type(p).__name__, isinstance(p, property))
print(Temp.celsius is p)
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(Temp.fahrenheit.fdel)
print(p.__get__(t), p.__get__(None, Temp) is p)

# Property values take precedence over the instance dict.
t.__dict__["celsius"] = "shadow"
print(t.celsius)

# A property built with the call syntax.
class Box:
    def __init__(self):
        self._w = 1

    def _get(self):
        return self._w

    def _set(self, v):
        self._w = v * 2

    def _del(self):
        del self._w

    width = property(_get, _set, _del, "the width")

b = Box()
b.width = 5
print(b.width, Box.width.__doc__)
del b.width
print(hasattr(b, "_w"))
try:
    b.width
except AttributeError as e:
    print(type(e).__name__, e)

# Computed property used in a subclass.
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

class Sq(Rect):
    def __init__(self, s):
        super().__init__(s, s)

print(Sq(4).area, Rect(2, 3).area)

# Property with only a setter.
class W:
    x = property(None, lambda self, v: print("setting", v))

w = W()
w.x = 3
try:
    w.x
except AttributeError as e:
    print(type(e).__name__, e)
