def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(8))
a[::3] = "abc"; print(a)
a[1::2] = range(4); print(a)
a[::-2] = [0] * 4; print(a)
def f(seq, sl, val):
    try:
        seq[sl] = val
        print(seq)
    except Exception as e:
        print(type(e).__name__, e)
f([1, 2, 3], slice(None, None, 2), [1, 2, 3])
f([1, 2, 3], slice(None, None, 2), [])
f([1, 2, 3], slice(None, None, -1), [1, 2])
f([1, 2, 3], slice(None, None, 2), 5)
f([1, 2, 3], slice(None, None, 2), None)
f([1, 2, 3], slice(None, None, 1), 5)
f([1, 2, 3], slice(5, None, 2), [])
f([1, 2, 3], slice(5, None, 2), [1])
f([1, 2, 3], slice(None, None, 2), (x for x in [7, 8]))
f([1, 2, 3], slice(None, None, 2), {1: 0, 2: 0})
f([1, 2, 3], slice(0, 0, 1), [9, 9])
f([1, 2, 3], slice(2, 0, 1), [9])
f([1, 2, 3], slice(None, None, 0), [9])
f((1, 2), slice(None), [1])
f("ab", slice(None), "x")
x = [1, 2, 3, 4]
x[::2] = x[1::2]; print(x)
