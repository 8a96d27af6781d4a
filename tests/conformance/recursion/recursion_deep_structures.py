# Recursion over nested data, and RecursionError from a self-referencing structure walk.
def nest(n):
    value = []
    for _ in range(n):
        value = [value]
    return value

def depth_of(x):
    if not x:
        return 0
    return 1 + depth_of(x[0])

print(depth_of(nest(10)), depth_of(nest(300)))
def total(tree):
    if isinstance(tree, int):
        return tree
    return sum(total(t) for t in tree)
print(total([1, [2, [3, [4, [5]]]], [[6], 7]]))
loop = []
loop.append(loop)
def walk(x):
    return 1 + max([walk(item) for item in x], default=0)
try:
    walk(loop)
except RecursionError as e:
    print("cycle:", type(e).__name__, e)
def safe_depth(x, seen=None):
    if seen is None:
        seen = []
    for s in seen:
        if s is x:
            return 0
    seen.append(x)
    return 1 + max([safe_depth(i, seen) for i in x], default=0)
print("cycle-safe depth:", safe_depth(loop), safe_depth(nest(5)))
