# sorted() with key= and reverse=, stability.
print(sorted([3, 1, 2]), sorted("banana"), sorted((5, -1, 0)), sorted({3: 0, 1: 0}), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower))
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted([1.5, -2, 0, True, 2**70, -0.5]), sorted([[2, 1], [1, 9], [1, 2]]))
print(sorted(range(10), key=lambda x: x % 3), sorted("Hello World".split(), key=len))
lst = [5, 2, 8]
out = sorted(lst)
print(lst, out, out is lst)
for call in [lambda: sorted([1, "a"]), lambda: sorted([None, 1]), lambda: sorted([1, 2], key=5),
             lambda: sorted([1], 2), lambda: sorted(5)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
