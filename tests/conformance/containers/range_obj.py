# range objects behave like immutable sequences.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[3], r[-2])
print(r[1:4], r[::-1], r[::2], r[10:], list(r[1:4]), r[:0])
print(5 in r, 6 in r, 20 in r, -1 in range(-5, 0), 3.0 in range(5), "a" in range(3))
print(r.index(8), r.count(8), r.count(9), r.start, r.stop, r.step)
print(range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(1, 1) == range(2, 2))
print(list(range(5, -5, -2)), list(range(-10, -1, 4)), range(3) == list(range(3)))
print(bool(range(0)), bool(range(2)), min(range(4, 9)), max(range(4, 9)), sum(range(-3, 4)))
print(hash(range(3)) == hash(range(0, 3, 1)), tuple(range(3)), sorted(range(3), reverse=True))
big = range(0, 10**30, 7)
print(big[12345], big.index(7 * 99), 10**20 in big, big[-1])
for fn in [lambda: r[100], lambda: r.index(9), lambda: range(1, 2, 0)]:
    try:
        print(fn())
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
