# nonlocal through several levels, and nonlocal + del.
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 100
            return x
        return inner()
    r = middle()
    return r, x
print(outer())

def shadow():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            nonlocal x
            x = "changed-mid"
        inner()
        return x
    return mid(), x
print(shadow())

def deleter():
    x = 5
    def rm():
        nonlocal x
        del x
    rm()
    try:
        return x
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(deleter())

def free_unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 3
    return inner()
print(free_unbound())

def counter_gen():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
add = counter_gen()
print([add(i) for i in range(5)])

def nested_nonlocal_loop():
    acc = []
    n = 0
    def step():
        nonlocal n
        n += 1
        acc.append(n)
    for _ in range(4):
        step()
    return acc, n
print(nested_nonlocal_loop())
