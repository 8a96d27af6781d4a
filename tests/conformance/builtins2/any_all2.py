def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: any([]))
t(lambda: all([]))
t(lambda: any([0, "", None]))
t(lambda: any([0, 1]))
t(lambda: all([1, "a", [0]]))
t(lambda: all([1, 0]))
t(lambda: any(5))
t(lambda: all())
t(lambda: any([1], [2]))
t(lambda: any(x > 2 for x in range(5)))
seen = []
def g():
    for i in range(10):
        seen.append(i)
        yield i
print(any(x == 3 for x in g()), seen)
seen.clear()
print(all(x < 2 for x in g()), seen)
class Bad:
    def __bool__(s): raise ValueError("bool!")
t(lambda: any([Bad()]))
class W:
    def __bool__(s): return 2
t(lambda: all([W()]))
t(lambda: any(iterable=[1]))
