# An exception thrown into a generator and not caught there.

def waiter():
    try:
        yield "waiting"
    finally:
        print("cleanup")

w = waiter()
print(next(w))
w.throw(KeyError("thrown in"))
