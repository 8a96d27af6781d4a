def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2}
print(a == {2, 1}, a != {1}, a == set(), set() == frozenset())
print(a.__eq__([1, 2]), a.__lt__([1]), a.__le__(1))
print(set() < {1}, frozenset() < {1}, {1} > frozenset())
print(a.issubset(a), a.issuperset(a), a <= a, a < a)
print({1, 2}.__sub__([1]), {1}.__or__(1))
print({1, 2} - {2}, {1, 2}.__rsub__({1, 5}) if hasattr(set, '__rsub__') else '')
print(hasattr(set, '__rsub__'), hasattr(set, '__ror__'), hasattr(frozenset, '__iand__'), hasattr(set, '__iand__'))
print(set.__or__({1}, {2}), set.__ior__({1}, {2}))
print({1, 2, 3} > {1, 2}, {1} >= {1, 2})
