# repr of containers, including empty and nested ones.
print([], (), {}, set(), frozenset(), [[]], [()], ({},), {1: {}}, [set()])
print([1, "two", 3.0, None, True], (1,), (1, 2), {"k": [1, (2,)]}, {(1, 2): "t"})
print({1}, {1, 2, 3}, frozenset({1}), frozenset({1, 2}), [frozenset()])
print(repr([1, "a"]), str([1, "a"]), repr({"a": "b"}), str(("x",)))
print([["nested", ["deeper", ["deepest"]]]], {"a": {"b": {"c": {}}}})
print(list(range(3)), list("ab"), tuple(range(2)), dict([(1, 2)]))
print({0.5: 1.5, -1: -2, True: False, None: ...})
print([b"bytes", bytearray(b"ba"), range(2), slice(1)])
loop = [1]
loop.append(loop)
d = {"me": None}
d["me"] = d
t = ([],)
t[0].append(t)
print(loop, d, t)
