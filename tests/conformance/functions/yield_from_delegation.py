# yield from: delegation of send, throw and close; return values; non-generator iterables.
def sub():
    try:
        x = yield 1
        print("sub got", x)
        yield 2
    except KeyError as e:
        print("sub caught", repr(e))
        yield "recovered"
    finally:
        print("sub finally")
    return "subret"

def top():
    r = yield from sub()
    print("top got", r)
    r2 = yield from [10, 20]
    print("list gave", r2)
    yield from range(2)
    return "done"

g = top()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(next(g))
print(list(g))

g = top()
next(g)
g.close()
print("closed")

g = top()
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)
print(list(g))

def ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignore()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def unstarted():
    print("never")
    yield 1
u = unstarted()
try:
    u.throw(IndexError("early"))
except IndexError as e:
    print("early", e)
print(list(u))
def retgen():
    yield 1
    return 5
r = retgen(); next(r)
try:
    r.throw(ValueError)
except ValueError as e:
    print("VE", repr(e))

def deleg():
    return (yield from retgen())
d = deleg()
print(next(d))
try:
    next(d)
except StopIteration as e:
    print("stop", e.value)
def catch_in_outer():
    try:
        yield from sub()
    except ZeroDivisionError:
        yield "outer caught"
c = catch_in_outer()
next(c)
print(c.throw(ZeroDivisionError))
def yf_nonit():
    yield from 5
try:
    list(yf_nonit())
except TypeError as e:
    print(e)
