def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2}
s.add(3); print(s)
s.add(3); print(s)
t(lambda: s.add([]))
t(lambda: s.add())
s.discard(9); s.discard(1); print(s)
t(lambda: s.discard([]))
s.remove(2); print(s)
t(lambda: s.remove(42))
t(lambda: s.remove((1, 2)))
t(lambda: s.remove([]))
print(s.pop(), s)
t(lambda: s.pop())
t(lambda: set().pop())
c = {1, 2}
d = c.copy(); d.add(9); print(c, d)
c.clear(); print(c)
print(set(), set([1, 1, 2]), set("aab") == {"a", "b"}, set({1: 2}))
t(lambda: set(1))
t(lambda: set([[]]))
t(lambda: set(1, 2))
t(lambda: set(x=1))
print(len({1, 2}), 1 in {1}, [] in set() if False else None)
t(lambda: [] in {1})
print({1} .__contains__(1))
print(frozenset([1]) in {frozenset([1])})
print(set([frozenset()]) if False else {frozenset()})
x = {1}
x.__init__([5, 6]); print(x)
t(lambda: hash(set()))
print(set.__hash__)
print({frozenset({1})} == {frozenset({1})})
ss = {1}
print({1, 2}.__contains__({1}) if False else "n")
print(frozenset({1}) in [ {1} ], {1} in {frozenset({1})})
d = {frozenset({1, 2}): "ok"}
print(d[frozenset({2, 1})])
