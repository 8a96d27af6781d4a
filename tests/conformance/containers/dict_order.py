# Dicts preserve insertion order.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d, list(d))
d["alpha"] = 99
print(d)
del d["zeta"]
d["zeta"] = 0
print(d)
d.pop("mid")
d["mid"] = "back"
print(list(d.items()))
print(d.keys(), d.values(), d.items())
print(list(reversed(d)), list(reversed(d.values())))
e = {3: "c", 1: "a", 2: "b"}
print(e, sorted(e), sorted(e.items(), key=lambda kv: kv[1]))
merged = {**{"x": 1, "y": 2}, "z": 3, "x": 10}
print(merged)
ks = d.keys()
d["late"] = 1
print(ks, len(ks), "late" in ks)
print(dict(sorted({"b": 2, "a": 1}.items())), {k: d[k] for k in sorted(d)})
