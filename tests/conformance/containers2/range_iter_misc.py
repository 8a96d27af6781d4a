def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(1, 10, 2)
it = iter(r)
print(next(it), it.__length_hint__(), list(it))
print(list(range(-3, 3)), list(range(3, -3, -2)), sum(range(101)))
print(range(3).__reversed__ if False else "", list(reversed(range(2**64, 2**64 + 10, 3))))
print(range(10).__contains__(3), range(10).__getitem__(slice(2, 4)))
print(range(0, -10, -1)[3], range(0, -10, -1)[-1])
t(lambda: range(0, 1)[1])
t(lambda: next(iter(range(0))))
print([x for x in range(0)], list(range(5))[::-1] == list(reversed(range(5))))
print(range(True, 3), range(False))
t(lambda: range(None))
t(lambda: range(1, None))
print(range(5)[1:][1:][1:], range(100)[::10][::2])
print(max(range(5)), min(range(1, 5)), sorted(range(3), reverse=True))
print(str(range(1, 2)), f"{range(3)}")
