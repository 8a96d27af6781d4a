def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1,)) == hash((1.0,)))
print(hash((1, 2, 3)))
print(hash(()), hash((1,)), hash((1, 2)), hash(((1, 2), "")), hash((None, True, 2.5)))
t(lambda: hash((1, [])))
t(lambda: hash(([],)))
t(lambda: {(1, {}): 1})
d = {(1, 2): "a", (1, (2, 3)): "b"}
print(d[(1, 2)], d[1, (2, 3)])
print({(1, 2), (1, 2), (2, 1)} == {(1, 2), (2, 1)})
print(hash((1, 2)) != hash((2, 1)))
print(hash((-1,)), hash((-2,)), hash((2**70,)))
