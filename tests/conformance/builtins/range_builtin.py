# range() construction and behaviour.
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(-3)), list(range(5, 5)), list(range(5, 0)), list(range(-5, -1)))
print(range(5), range(1, 5), range(1, 5, 2), range(0, -5, -1))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], 7 in r, 8 in r)
print(r.index(11), r.count(11), r.count(12), r.start, r.stop, r.step)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1), range(3) == [0, 1, 2])
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
print(range(10**20)[-1], range(10**20)[5:7], 10**19 in range(10**20))
for bad in [lambda: range(0, 10, 0), lambda: range(1.5), lambda: range("3"),
            lambda: range(3)[5], lambda: range(3).index(7), lambda: range()]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
