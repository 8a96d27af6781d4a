# AttributeError messages (suggestions only appear in tracebacks, not str(e)).
def show(fn):
    try:
        print(fn())
    except AttributeError as e:
        print(type(e).__name__, "|", e, "|", e.name)
show(lambda: (5).foo)
show(lambda: "s".uper())
show(lambda: [].push(1))
show(lambda: {}.has_key("x"))
show(lambda: None.anything)
show(lambda: (1, 2).append(3))
show(lambda: len.missing)
show(lambda: (1.5).is_int())
show(lambda: True.nope)
def fn():
    pass
show(lambda: fn.attr)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del [].append
except AttributeError as e:
    print(type(e).__name__, e)
