def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print((1,), ((1,),), (1, (2,)), ((),), ([],), ("a", 'b"c'), (None,))
print(tuple([[1], {2}]), str((1.0,)), repr(((1, 2),)))
a = []
t0 = (a,)
a.append(t0)
print(t0, a)
class R:
    def __repr__(s): return "<r>"
print((R(),), (R(), R()))
print(tuple(range(3)) * 2, (1, 2) + (3,), ((1,) * 3)[::2])
print(len(()), len((1,)), 1 in (1, 2), (1, 2) in ((1, 2),), () in ((),))
print(tuple.__len__((1, 2)), tuple.__getitem__((1, 2), -1), tuple.__contains__((1,), 1))
print(type(iter(())).__name__, iter((1,)).__length_hint__())
print(list(reversed((1, 2, 3))), type(reversed((1,))).__name__)
