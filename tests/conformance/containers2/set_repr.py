def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print({1}, {'a'}, set(), frozenset(), frozenset({1}), {(1, 2)}, {None})
print(repr({1, 2, 3}), str({3}))
class S(set): pass
class F(frozenset): pass
print(len(S()), sorted(S([1])), len(F([1])))
print({frozenset({1})}, [set()], {1: set()})
print(sorted({5, 1, 3}), min({4, 2}), sum({1, 2}))
class R:
    def __repr__(s): return "R"
print({R()}, frozenset([R()]))
print(set(range(5)), {-1, -2}, {2**70})
print({1.5, 2.5} == {2.5, 1.5}, {0.0} == {-0.0}, {1} == {1.0} == {True})
