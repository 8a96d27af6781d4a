# repr() and str() of built-in values.
values = [None, True, False, 0, -12, 3.0, 1e-10, "s", "it's", [1, "a"], (1,), (), (1, 2),
          {"a": [1, 2]}, {}, set(), {1, 2}, frozenset(), frozenset({3}), range(3), b"b",
          bytearray(b"ba"), [[]], [(), {}], slice(1, 2), slice(None), ..., NotImplemented,
          int, str, type(None), len, ValueError("bad", 2), KeyError("k"), StopIteration()]
for v in values:
    print(repr(v), "|", str(v))
nested = [1]
nested.append(nested)
print(nested, repr(nested))
d = {}
d["self"] = d
print(d)
