def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 3)
print([0, 1, 2, 3][s], (0, 1, 2, 3)[s], "abcd"[s], range(5)[s], b"abcd"[s])
a = list(range(5))
a[s] = ["x"]; print(a)
del a[s]; print(a)
class G:
    def __getitem__(self, k): return k
g = G()
print(g[1:2], g[::3], g[1:2, 3], g[...], g[:, :], g[1:2:3])
print(g["a":"b"], g[:])
print(slice(1, 2, 3) == slice(1, 2, 3), slice(None) == slice(None, None), slice(1, 2) is slice(1, 2))
print(s.start, s.stop, s.step)
print(slice(1.5, 2.5).start, slice([1]).stop)
t(lambda: [1, 2][1.5:])
t(lambda: [1, 2][:"x"])
t(lambda: "ab"[::0])
t(lambda: (1,)[1:2:0])
print([1, 2, 3][None:None:None], [1, 2, 3][None:2])
