# A generator suspended inside try/finally is closed when its last reference goes away.

def tracked(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)

g = tracked("del")
next(g)
del g
print("after del")

g = tracked("rebind")
next(g)
g = None
print("after rebind")

def use_in_function():
    local = tracked("local")
    next(local)
    print("returning")

use_in_function()
print("after function")

for x in tracked("break"):
    print("loop", x)
    break
print("after break")

# Not started: nothing runs.
g = tracked("never started")
del g
print("after unstarted")

# Finished: nothing runs again.
g = tracked("finished")
print(list(g))
del g
print("after finished")

# A generator not inside a try: nothing to run.
def plain():
    yield 1
    print("not printed")
    yield 2

g = plain()
next(g)
del g
print("after plain")

# except GeneratorExit also runs.
def catches():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise

g = catches()
next(g)
del g
print("after catches")

# Delegation chain dropped while suspended.
def inner():
    try:
        yield "in"
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
next(g)
del g
print("after chain")

# Dropping the list that holds the generator.
holder = [tracked("in list")]
next(holder[0])
holder.clear()
print("after clear")
