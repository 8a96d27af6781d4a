def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

L = [3,1,2]
def bad(x):
    L.append(x)
    return x
try:
    L.sort(key=bad)
except ValueError as e:
    print("ValueError", e)
print(L)
M = [5, 4, 3]
def k(x):
    if x == 4:
        raise KeyError("boom")
    return x
t(lambda: sorted(M, key=k))
print(M)
t(lambda: M.sort(key=k))
print(M)
t(lambda: [1,2].sort(1))
t(lambda: [2,1].sort(reverse=1))
class B:
    def __lt__(s, o): raise RuntimeError("nope")
t(lambda: sorted([B(), B()]))
t(lambda: len(sorted([B()])))
