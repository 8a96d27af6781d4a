import weakref

class C:
    pass

c = C()
r1 = weakref.ref(c)
r2 = weakref.ref(c)
print(r1() is c, r1 == r2, hash(r1) == hash(c) if False else True)
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)))
print(type(r1).__name__, callable(r1))

calls = []
def cb(wr):
    calls.append(wr() is None)
r3 = weakref.ref(c, cb)
del c
print(r1(), r2(), r3(), calls)
print(r1 == r2, r1 == r1)

for bad in (1, "s", [1], (1,), None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(type(e).__name__, e)

d = C()
fin = weakref.finalize(d, print, "finalizer ran")
print(fin.alive)
fin()
print(fin.alive)
fin()
del d
print("end")
