# Unusual for-loop and assignment targets.
lst = [0, 0, 0]
for lst[0] in range(3):
    print(lst)
d = {}
for d["k"] in "ab":
    pass
print(d)
for i in range(3):
    pass
print("after loop i =", i)
for i in []:
    pass
print("unchanged i =", i)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c, end=" ")
print()
for x, *rest in ["abc", "de"]:
    print(x, rest)
for i in range(5):
    i = 100
print(i)
target = [None] * 2
for target[0], target[1] in [(1, 2), (3, 4)]:
    print(target)
