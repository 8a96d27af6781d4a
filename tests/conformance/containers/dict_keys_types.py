# Dict keys of different types; equal numbers collide.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
e = {True: "first", 1: "second", 1.0: "third"}
print(e)
f = {0: "zero", False: "false", 0.0: "zero-float", -0.0: "neg"}
print(f)
mix = {None: 0, "s": 1, (1, 2): 2, 3.5: 3, frozenset([1]): 4, b"b": 5, range(2): 6}
print(mix[None], mix["s"], mix[(1, 2)], mix[3.5], mix[frozenset({1})], mix[b"b"], mix[range(0, 2)])
print(2**64 in {2**64: 1}, {2**64: "big"}[2**64], {-1: "neg"}[-1], {-2: "x"}.get(-2))
print({(1, (2, 3)): "nested tuple"}[(1, (2, 3))], {1: "a"}.get(1.0), {"1": 1}.get(1))
nan = float("nan")
g = {nan: 1}
print(g.get(nan), g.get(float("nan")), len({float("nan"): 1, float("nan"): 2}))
for bad in [[1], {1: 2}, {1}, ([1],), bytearray()]:
    try:
        print({bad: 1})
    except TypeError as e:
        print(type(e).__name__, e)
