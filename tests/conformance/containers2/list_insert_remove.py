def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
a.insert(0, 0); print(a)
a.insert(100, 9); print(a)
a.insert(-1, 7); print(a)
a.insert(-100, -1); print(a)
t(lambda: a.insert(1))
t(lambda: a.insert("x", 1))
t(lambda: a.insert(1.5, 1))
a.remove(7); print(a)
t(lambda: a.remove(42))
t(lambda: [].remove(1))
t(lambda: a.remove())
b = [1, 1.0, True]
b.remove(True); print(b)
class E:
    def __eq__(self, o): raise ValueError("boom")
t(lambda: [E()].remove(1))
t(lambda: [1].insert(2**70, 5))
x = [1]; x.insert(-2**70, 5) if False else None
