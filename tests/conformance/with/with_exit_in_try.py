# __exit__ raising while a return/break/continue leaves the with: enclosing handlers see it.
class R:
    def __enter__(self): return self
    def __exit__(self, *a): raise ValueError("exit")
def f():
    try:
        with R():
            return 1
    except ValueError as e:
        return "caught " + str(e)
print(f())
def g():
    for i in range(3):
        try:
            with R():
                if i == 0: continue
                break
        except ValueError as e:
            print("caught", i, e)
    return i
print(g())
def h():
    try:
        with R():
            return 1
    finally:
        print("finally")
try:
    h()
except ValueError as e:
    print("h", e)
