def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = iter([1, 2, 3, 0, 5])
it = iter(lambda: next(vals), 0)
print(list(it))
t(lambda: iter(5, 0))
t(lambda: iter())
t(lambda: iter(1, 2, 3))
t(lambda: iter(5))
t(lambda: iter(None))
count = [0]
def f():
    count[0] += 1
    if count[0] > 3:
        raise StopIteration
    return count[0]
print(list(iter(f, 99)))
def g():
    raise ValueError("inner")
t(lambda: list(iter(g, 1)))
c = iter(lambda: 1, 1)
print(list(c), list(c))
t(lambda: type(iter(lambda: 1, 2)).__name__)
t(lambda: type(iter([])).__name__)
t(lambda: type(iter(())).__name__)
t(lambda: type(iter("")).__name__)
t(lambda: type(iter({})).__name__)
t(lambda: type(iter(range(3))).__name__)
class G:
    def __getitem__(s, i):
        if i < 3: return i * i
        raise IndexError
t(lambda: list(iter(G())))
class Bad:
    def __iter__(s): return 5
t(lambda: iter(Bad()))
