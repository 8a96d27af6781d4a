# Tuples: creation, operations and immutability.
t = (1, 2, 3)
single = (5,)
not_tuple = (5)
empty = ()
print(t, single, not_tuple, empty, type(single).__name__, type(not_tuple).__name__)
print(t + (4,), t * 2, t[1], t[-1], t[1:], t[::-1], len(t), 2 in t)
print(t.count(2), t.index(3), (1, 2, 1, 1).count(1), (3, 2, 1) < (3, 2, 2), (1,) < (1, 0))
implicit = 1, 2
print(implicit, type(implicit).__name__, tuple([1, 2]) == implicit)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "tuple key"}[(1, 2)])
a, b, c = t
print(a, b, c, max(t), sum(t), sorted((3, 1, 2)))
print((1, "a", None), ((1, 2),), (((),),), tuple("hi"))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(t[5])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(t.index(9))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(hash((1, [2])))
except TypeError as e:
    print(type(e).__name__, e)
