def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

f = frozenset([1, 2, 3])
print(f, repr(frozenset()), frozenset("a"), type(f).__name__)
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__, type(f & {1}).__name__, type({1} & f).__name__)
print(type(f - {1}).__name__, type({1} - f).__name__, type(f ^ {1}).__name__, type({1} ^ f).__name__)
print(type(f.union([1])).__name__, type(f.copy()).__name__, f.copy() is f)
print(f.intersection([1, 9]), f.difference([1]), sorted(f.symmetric_difference([1, 9])))
print(f.issubset({1, 2, 3}), f.issuperset([1]), f.isdisjoint([9]))
print(hash(frozenset()) == hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])))
print(frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([1, 2]))
t(lambda: f.add(1))
t(lambda: f.remove(1))
t(lambda: f.pop())
def g():
    x = frozenset([1])
    x |= {2}
    return x
print(g(), type(g()).__name__)
t(lambda: frozenset(1))
t(lambda: frozenset([[]]))
print({frozenset([1]): 1}, {frozenset(): 2})
class FS(frozenset): pass
print(type(FS([1]) | {2}).__name__)
class S(set): pass
print(type(S([1]) | {2}).__name__, type(S([1]).copy()).__name__)
print(frozenset({1}).union(), type(frozenset({1}).union()).__name__)
