# nonlocal declarations in nested functions.
def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
print(inc(), inc(5), get(), inc(-20), get())
inc2, get2 = make_counter(0)
print(inc2(), get(), get2())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    result = middle()
    return result, x

print(outer())

def levels():
    a = 1
    def l1():
        a = 2
        def l2():
            nonlocal a
            a += 10
            return a
        return l2(), a
    return l1(), a

print(levels())

def accum():
    items = []
    total = 0
    def add(v):
        nonlocal total
        items.append(v)
        total += v
        return total
    return add, items

add, items = accum()
print(add(1), add(2), add(3), items)
