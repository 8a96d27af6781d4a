# Closures capture variables, not values.
def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(0))

funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])

def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])

def outer():
    value = "before"
    def show():
        return value
    value = "after"
    return show
print(outer()())

def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
print(add5.__closure__ is not None, len(add5.__closure__), add5.__closure__[0].cell_contents)
def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose(str, abs)(-3))
