# Unpacking errors and their messages.
def attempt(label, fn):
    try:
        print(label, fn())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

def two(v):
    a, b = v
    return a, b

def three(v):
    a, b, c = v
    return a, b, c

def star(v):
    a, b, *c, d = v
    return a, b, c, d

attempt("two list3", lambda: two([1, 2, 3]))
attempt("two tuple3", lambda: two((1, 2, 3)))
attempt("two str", lambda: two("abcd"))
attempt("two range", lambda: two(range(5)))
attempt("three list2", lambda: three([1, 2]))
attempt("three str", lambda: three("a"))
attempt("three empty", lambda: three([]))
attempt("star short", lambda: star([1, 2]))
attempt("star ok", lambda: star([1, 2, 3]))
attempt("two int", lambda: two(5))
attempt("two None", lambda: two(None))
attempt("two dict", lambda: two({"k": 1, "j": 2, "i": 3}))
attempt("two gen", lambda: two(x for x in range(3)))
attempt("for-target", lambda: [a for a, b in [(1, 2), (3,)]])
