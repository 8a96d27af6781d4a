def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class D(dict):
    def __init__(self, *a, **k):
        print("init", a, k)
        super().__init__(*a, **k)
d = D.fromkeys("ab", 0)
print(d, type(d).__name__)
class OD(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
o = OD.fromkeys([1, 2])
print(o)
print(dict.fromkeys({"x": 1, "y": 2}), dict.fromkeys({3, 3}), dict.fromkeys(range(2), "v"))
x = {1: 2}
print(x.fromkeys([5]))
t(lambda: dict.fromkeys([[]]))
t(lambda: dict.fromkeys("a", 1, 2))
