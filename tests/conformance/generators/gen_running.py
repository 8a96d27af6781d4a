# gi_running and "generator already executing".

def self_ref():
    print("running inside:", me.gi_running)
    yield 1
    try:
        next(me)
    except ValueError as e:
        print(type(e).__name__, e)
    yield 2
    try:
        me.send(None)
    except ValueError as e:
        print("send:", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("throw:", e)
    try:
        me.close()
    except ValueError as e:
        print("close:", e)
    yield 3

me = self_ref()
print("before:", me.gi_running)
print(next(me))
print("suspended:", me.gi_running)
print(next(me))
print(next(me))
print(list(me))
print("after:", me.gi_running)

# A generator that delegates is running while its delegate runs.
def inner():
    print("outer running:", outer_gen.gi_running)
    yield "x"

def outer():
    yield from inner()

outer_gen = outer()
print(next(outer_gen))
