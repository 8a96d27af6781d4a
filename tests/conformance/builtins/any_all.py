# any() and all().
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]), any(""), all(""))
print(any([None, "", [], "x"]), all(["a", [0], 1]), any(x > 5 for x in range(7)), all(x < 5 for x in range(7)))
def check(v):
    print("check", v)
    return v > 2
print(any(check(v) for v in [1, 3, 5]))
print(all(check(v) for v in [3, 1, 5]))
print(any({0: "a"}), all({1: 0}), any(range(0)), all(range(1, 5)), any(iter([0, 0, 1])))
print(type(any([1])).__name__, any([1, 2]) is True)
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
