def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = [(i % 5, i) for i in range(50)]
for _ in range(3):
    d = data[:]
    d.reverse()
    d.sort(key=lambda p: p[0])
    print(d[:12])
d = data[:]
d.sort(key=lambda p: p[0], reverse=True)
print(d[:12])
print(sorted(["b", "A", "a", "B"], key=str.lower))
print(sorted(["b", "A", "a", "B"], key=str.lower, reverse=True))
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-5:], big == sorted(big))
f = [3.5, -1, 2, 0.5, True]
f.sort(); print(f)
print(sorted([[2, 1], [1, 9], [1, 2]]), sorted([(1, "b"), (1, "a")]))
l = ["a"]
print(l.sort() is None)
