# for loops with else.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for ch in "abc":
    if ch == "z":
        break
    continue
else:
    print("else after loop ending in continue")
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
    else:
        print("inner never broke for", outer)
    print("outer", outer, "inner stopped at", inner)
