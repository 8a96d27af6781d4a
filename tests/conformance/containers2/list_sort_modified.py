def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [3, 1, 2]
def key(x):
    a.append(0)
    return x
try:
    a.sort(key=key)
except ValueError as e:
    print("VE", e)
print(a)
b = [3, 1, 2]
class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        b.append(1)
        return s.v < o.v
    def __repr__(s): return "C%d" % s.v
b = [C(3), C(1), C(2)]
try:
    b.sort()
except ValueError as e:
    print("VE", e)
print(len(b))
c = [3, 1, 2]
def key2(x):
    print("during", c)
    return x
c.sort(key=key2)
print(c)
d = [2, 1]
def key3(x):
    raise KeyError(x)
t(lambda: d.sort(key=key3))
print(d)
