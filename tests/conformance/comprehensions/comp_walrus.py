# Walrus inside comprehensions binds in the containing scope.
data = [5, 12, 7, 20, 3]
big = [v for x in data if (v := x * 2) > 15]
print(big, v)
prefix = []
running = 0
sums = [running := running + x for x in data]
print(sums, running)
def f():
    found = [last := w for w in ["a", "bb", "ccc"] if len(w) > 1]
    return found, last
print(f())
print([y := 5, y ** 2])
values = [1, 4, 9, 16]
if any((hit := v) > 5 for v in values):
    print("first > 5:", hit)
print(max(values), [t for t in ((n, n * n) for n in range(4)) if (sq := t[1]) > 1], sq)
