# vars() with and without arguments.

class C:
    x = 1

    def __init__(self):
        self.a = "A"


c = C()
print(vars(c))
print(vars(c) is c.__dict__)
v = vars(C)
print(type(v).__name__, v["x"])

def f():
    local1 = 1
    local2 = 2
    return sorted(vars())

print(f())

import sys
m = vars(sys)
print(m is sys.__dict__, "path" in m)

for bad in (1, "s", [1], None):
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars(c, c)
except TypeError as e:
    print(type(e).__name__, e)

# An object with a custom __dict__ property.
class Custom:
    @property
    def __dict__(self):
        return {"fake": True}

print(vars(Custom()))

class NotMapping:
    __dict__ = 5

try:
    print(vars(NotMapping()))
except TypeError as e:
    print(type(e).__name__, e)

# vars() at module level is globals().
g = vars()
print(g is globals(), "C" in g)
