# reversed() on sequences.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(5))))
print(list(reversed([])), "".join(reversed("stressed")), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
lst = [1, 2, 3]
for x in reversed(lst):
    print(x, end=" ")
print()
print(type(reversed([])).__name__, type(reversed(range(3))).__name__, type(reversed("")).__name__)
for bad in [{1, 2}, 5, (x for x in [])]:
    try:
        print(list(reversed(bad)))
    except TypeError as e:
        print(type(e).__name__, e)
