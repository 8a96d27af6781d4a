def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: len([1,2]))
t(lambda: len("héllo"))
t(lambda: len(5))
t(lambda: len(None))
t(lambda: len(len))
t(lambda: len())
t(lambda: len([], []))
t(lambda: len(x for x in []))
class L:
    def __len__(s): return 3
class Neg:
    def __len__(s): return -1
class Flt:
    def __len__(s): return 1.5
class Big:
    def __len__(s): return 2**70
class Bo:
    def __len__(s): return True
t(lambda: len(L()))
t(lambda: len(Neg()))
t(lambda: len(Flt()))
t(lambda: len(Bo()))
t(lambda: len(range(10**20)))
t(lambda: len(range(0, 10, 3)))
t(lambda: len({1: 2}.keys()))
t(lambda: len(b"ab"), )
t(lambda: len(obj=[1]))
