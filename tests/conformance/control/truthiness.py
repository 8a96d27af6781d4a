# Truth values of built-in objects.
values = [0, 1, -1, 0.0, 0.5, -0.0, float("nan"), "", " ", "0", [], [0], (), (None,), {},
          {0: 0}, set(), {0}, None, True, False, range(0), range(1), b"", b"\x00",
          frozenset(), 2**100]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(not [], not [[]], not not [], bool([[]]))
count = 0
for v in values:
    if v:
        count += 1
print("truthy count:", count)
