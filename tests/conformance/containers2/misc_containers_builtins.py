def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(len([]), len(()), len({}), len(set()), len(range(3)), len(frozenset([1])))
print(min([3, 1]), max((3, 1)), sum([1, 2], 10), any([0, 1]), all(()), sorted({3, 1, 2}))
print(list(zip([1, 2], (3, 4))), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(list(enumerate("ab")), dict(enumerate("ab")))
print([1, 2].__class__.__name__, ().__class__.__name__, {}.__class__.__name__)
print([*range(3), *"ab"], (*[1], *(2,)), {*[1, 2], *{3}}, {**{1: 2}, **{3: 4}})
print([x * 2 for x in range(3)], {x: x for x in "ab"}, {x % 2 for x in range(5)})
print(isinstance(range(1), range), issubclass(bool, int), issubclass(frozenset, set))
a, *b = [1, 2, 3]
print(a, b)
t(lambda: {}.keys()[0])
t(lambda: len(5))
t(lambda: iter(5))
print(list(iter([1, 2, 3].__iter__())))
print(reversed.__name__, type(reversed([])).__name__)
t(lambda: reversed(5))
t(lambda: reversed({1}))
class Seq:
    def __len__(s): return 3
    def __getitem__(s, i): return i * 10
print(list(reversed(Seq())))
