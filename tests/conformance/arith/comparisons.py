# Comparisons among ints, floats and bools.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1.0)
print(True == 1, False == 0, True is True, 2 == True, 1.0 == True)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2**53 == 2.0**53)
print(10**20 < 1e21, 10**20 == 1e20, 10**400 > 1e308)
print(-0.0 == 0.0, -0.0 < 0.0, 0 == -0.0)
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
print(inf > 10**1000, -inf < -(10**1000), inf == inf, inf - inf == 0)
print(1 == 1 == 1.0, 3 > 2 > 1, 3 > 2 < 1)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [3] > [2, 9], (1, "a") == (1, "a"))
print(None == None, None == 0, None is None, [] == [], [] is [])
print(1 == "1", "1" != 1)
try:
    print(1 < "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None > 0)
except TypeError as e:
    print(type(e).__name__, e)
