def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3}
b = {2, 3, 4}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [5], "x" if False else ()), a.intersection(b, [3]), a.difference(b, [1]), sorted(a.symmetric_difference([1, 9])))
print(a.union(), a.intersection(), a.difference())
t(lambda: a | [1])
t(lambda: a & (1,))
t(lambda: a - 1)
t(lambda: a ^ "x")
t(lambda: a.union(1))
t(lambda: a.symmetric_difference())
t(lambda: a.symmetric_difference([1], [2]))
print(a.union(range(5, 7)), a.intersection(range(2)), a.difference({1: 2}))
print(a == {1, 2, 3}, a != b, a == frozenset({1, 2, 3}), a == [1, 2, 3])
print(a <= {1, 2, 3}, a < {1, 2, 3}, a < {1, 2, 3, 4}, a >= {1}, a > {1}, a > a)
t(lambda: a < [1])
t(lambda: a <= 1)
print(a.issubset([1, 2, 3, 4]), a.issubset(range(3)), a.issuperset([1]), a.issuperset(iter([9])), a.isdisjoint([9]), a.isdisjoint(b))
t(lambda: a.issubset(1))
t(lambda: a.issuperset())
t(lambda: a.isdisjoint(None))
print(a, b)
