from itertools import *
import itertools

print(list(islice(count(5), 4)), list(islice(count(1, 0.5), 3)), repr(count(3)), repr(count(1, 2)))
print(list(islice(cycle("abc"), 7)), list(repeat("x", 3)), repr(repeat(1, 2)), list(islice(repeat(0), 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)))
print(list(batched("abcdefg", 3)), list(chain("ab", [1, 2])), list(chain.from_iterable(["xy", "z"])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(6))), list(filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in groupby("aaabbcaa")], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
gs = list(groupby("aabb"))
print([list(g) for k, g in gs])
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 0, None, 3)))
print(list(pairwise("abcd")), list(starmap(pow, [(2, 3), (3, 2)])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(product("ab", repeat=2)), list(product([1, 2], "x")))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)))
for f, a in [(islice, ("abc", -1)), (batched, ("abc", 0))]:
    try:
        list(f(*a))
    except ValueError as e:
        print(type(e).__name__, e)
