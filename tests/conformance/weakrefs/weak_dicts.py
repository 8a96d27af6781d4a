import weakref

class Obj:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Obj({self.v})"

cache = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(5)]
for i, o in enumerate(objs):
    cache[i] = o
print(len(cache), sorted(cache.keys()))
del objs[1:3]
print(len(cache), sorted(cache.keys()))
print(cache.get(0), cache.get(1), cache.get(1, "gone"))
print(0 in cache, 1 in cache)
try:
    cache[2]
except KeyError as e:
    print("KeyError", e)
print(sorted((k, v.v) for k, v in cache.items()))
objs.clear()
print(len(cache), list(cache.keys()))

meta = weakref.WeakKeyDictionary()
keys = [Obj(i) for i in range(3)]
for k in keys:
    meta[k] = k.v * 10
print(len(meta), sorted(meta.values()))
print(meta[keys[0]], keys[1] in meta, meta.get(keys[2]))
keys.pop(0)
print(len(meta), sorted(meta.values()))
keys.clear()
print(len(meta))

ws = weakref.WeakSet()
a, b = Obj("a"), Obj("b")
ws.add(a); ws.add(b); ws.add(a)
print(len(ws), a in ws)
del a
print(len(ws), sorted(o.v for o in ws))
