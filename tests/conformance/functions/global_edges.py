# global statements: creating, rebinding and deleting module names from functions.
def create():
    global created
    created = "made in function"
create()
print(created)

counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
bump(); bump(5)
print(counter)

def nested_global():
    def inner():
        global counter
        counter = -1
    inner()
    return counter
print(nested_global(), counter)

def remove():
    global created
    del created
remove()
try:
    print(created)
except NameError as e:
    print(type(e).__name__, e)

def local_shadow():
    counter = "local"
    return counter
print(local_shadow(), counter)

def read_only():
    return counter + 100
print(read_only())

def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 1
unbound()

def global_in_loop():
    global acc
    acc = []
    for i in range(3):
        acc.append(i)
global_in_loop()
print(acc)
x = "module"
def g():
    global x
    x = "changed"
    def h():
        return x
    return h()
print(g(), x)
print("counter" in globals(), "nothing" in globals())
