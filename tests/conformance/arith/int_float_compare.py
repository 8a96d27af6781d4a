# Exact comparisons between ints and floats, including values beyond 2**53.
big = 2**53
print(big + 1 == float(big + 1), float(big + 1) == big, big + 1 > float(big + 1))
print(2**64 == 2.0**64, 2**64 + 1 > 2.0**64, -(2**64) - 1 < -(2.0**64))
print(10**400 > float("inf"), 10**400 < float("inf"), -10**400 > float("-inf"))
print(1 == 1.0, 1 != 1.0000000000000002, 0 == -0.0, True == 1.0)
print(float("nan") == 0, float("nan") != 0, 0 < float("nan"), 0 >= float("nan"))
print(hash(1) == hash(1.0), hash(2**61) == hash(float(2**61)), hash(-1) == hash(-1.0))
print(sorted([3, 2.5, True, -1, 2**70, 0.0]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(3 in [3.0], 3.0 in {3: "x"}, {1: "a", 1.0: "b", True: "c"})
print((1, 2.0) == (1.0, 2), [1] < [1.0, 0])
print(999999999999999999999 == 1e21, 10**21 == 1e21, 10**22 == 1e22, 10**23 == 1e23)
