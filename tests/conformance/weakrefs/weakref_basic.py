import weakref, sys
class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"C({self.n})"
    def __del__(self): print("del", self.n)
c = C(1)
r = weakref.ref(c, lambda w: print("callback", w() is None))
print(r() is c, weakref.getweakrefcount(c))
del c
print("after del", r())
class K:
    def __init__(self, n): self.n = n
d = weakref.WeakValueDictionary()
a, b = K(1), K(2)
d['a'] = a; d['b'] = b
print(sorted(d.keys()), len(d))
del a
print(sorted(d.keys()), len(d))
wk = weakref.WeakKeyDictionary()
k1 = K(5); wk[k1] = 'five'
print(wk[k1], len(wk), k1 in wk)
del k1
print(len(wk))
try:
    weakref.ref(3)
except TypeError as e: print(e)
x = C(2)
x = None
print("end")
f = K(9)
fin = weakref.finalize(f, print, "finalized", 9)
print(fin.alive)
del f
print(fin.alive)
