# Errors about iteration, calling and subscripting.
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
n = 5
f = 1.5
nothing = None
show(lambda: [x for x in n])
show(lambda: list(f))
show(lambda: n())
show(lambda: nothing[0])
show(lambda: n[0])
show(lambda: next(iter(())))
show(lambda: next(n))
show(lambda: sorted(nothing))
show(lambda: dict(n))
show(lambda: set(n))
show(lambda: (lambda: 0)()())
text = "abc"
show(lambda: text())
show(lambda: len(iter([1])))
show(lambda: max(n))
show(lambda: sum(nothing))
