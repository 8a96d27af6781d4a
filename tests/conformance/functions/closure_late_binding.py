# Closures capture variables, not values; default-argument trick freezes values.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])

def make_counters():
    out = []
    for i in range(3):
        def c(i=i):
            return i * 10
        out.append(c)
    return out
print([c() for c in make_counters()])

def shared():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    def get():
        return x
    return inc, get
inc, get = shared()
inc(); inc()
print(get(), inc(), get())

def cell_after_def():
    def show():
        return v
    v = "late"
    return show()
print(cell_after_def())

def loop_var_closure():
    funcs = []
    for name in ["a", "b"]:
        funcs.append(lambda: name)
    name = "z"
    return [f() for f in funcs]
print(loop_var_closure())
print(inc.__closure__ is not None, len(inc.__closure__), type(inc.__closure__[0]).__name__)
print(inc.__closure__[0].cell_contents)
print(inc.__code__.co_freevars, shared.__code__.co_cellvars)
