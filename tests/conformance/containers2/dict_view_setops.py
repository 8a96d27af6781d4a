def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'z': 3, 'w': 4}
ka, kb = a.keys(), b.keys()
def s(x): return sorted(x, key=repr)
print(s(ka & kb), s(ka | kb), s(ka - kb), s(ka ^ kb))
print(type(ka & kb).__name__, type(ka | kb).__name__)
print(s(ka & {'x', 'q'}), s(ka | ['q']), s(ka - ('x',)), s(ka ^ 'xq'))
print(s({'x', 'q'} & ka), s(['q'] | ka), s(('x', 'y', 'w') - ka), s('xq' ^ ka))
ia, ib = a.items(), b.items()
print(s(ia & ib), s(ia - ib), s(ia ^ ib), len(ia | ib))
t(lambda: ka & 1)
t(lambda: ka | 1)
t(lambda: 1 - ka)
t(lambda: a.values() & b.values())
t(lambda: a.values() | {1})
print(ka.isdisjoint(['q']), ka.isdisjoint('x'), ia.isdisjoint([('x', 2)]), ia.isdisjoint([('x', 1)]))
t(lambda: ka.isdisjoint(1))
print(ka <= {'x', 'y', 'z'}, ka < {'x', 'y', 'z'}, ka < {'x', 'y', 'z', 'q'}, ka >= {'x'}, ka > ka)
print(ka == kb, ka != kb, ka == a.keys())
print(ka <= kb, ka >= ka)
t(lambda: ka < 1)
t(lambda: ka <= [1])
print(s(ia & {('x', 1), ('y', 2)}), s(ia - [('x', 1)]))
print(ia == {('x', 1), ('y', 2), ('z', 3)}, ka == set('xyz'), ka == frozenset('xyz'))
c = {1: [1]}
t(lambda: c.items() & {(1, 2)})
t(lambda: c.items() | {(1, 2)})
print(c.items() - {(1, 2)} if False else "s")
