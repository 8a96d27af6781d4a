def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, repr(slice(None)), slice(5), slice(1, 2), slice("a", [1], None))
print(s.start, s.stop, s.step, slice(3).start, slice(3).stop)
print(s.indices(5), s.indices(20), slice(None).indices(4), slice(None, None, -1).indices(4))
print(slice(-3, None).indices(10), slice(-100, 100).indices(10), slice(None, None, -2).indices(0))
print(slice(10, -10, -3).indices(7))
t(lambda: slice(None, None, 0).indices(5))
t(lambda: s.indices(-1))
t(lambda: s.indices("a"))
t(lambda: slice("a").indices(5))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(x=1))
print(slice(2**70).indices(10), slice(0, 2**70, 2**65).indices(2**80))
print(hash(slice(1, 2)) == hash(slice(1, 2)), {slice(1, 2): 'x'}[slice(1, 2)])
t(lambda: hash(slice([], 1)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
t(lambda: slice(1, 2, 3) >= slice(1, 2))
t(lambda: slice(1) < (1,))
print(slice(1) == (None, 1, None))
def f():
    s.start = 5
t(f)
print(type(s).__name__)
class I:
    def __index__(self): return 3
print(slice(I(), None).indices(10), [1, 2, 3, 4, 5][slice(I())])
print(slice(None, None, None).indices(2**64))
print(slice(1, None, 2**70).indices(5))
