# global declarations.
counter = 0

def increment():
    global counter
    counter += 1
    return counter

def read_only():
    return counter * 10

def make_new_global():
    global created_later
    created_later = "created"

def shadow():
    counter = 99
    return counter

for _ in range(3):
    increment()
print(counter, read_only(), shadow(), counter)
make_new_global()
print(created_later)

def multi():
    global g1, g2
    g1, g2 = 1, 2

multi()
print(g1, g2)

def outer():
    def inner():
        global counter
        counter = -1
    inner()
    return counter

print(outer(), counter)

def reads_before_assign():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5
    return counter

print(reads_before_assign())
