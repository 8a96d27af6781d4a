# Name resolution in class bodies.

x = "global"

class A:
    x = "class"
    y = x                      # class-level name
    def get_x(self):
        return x               # methods skip the class scope

print(A.y, A().get_x())

def outer():
    x = "enclosing"
    class B:
        print("in B, x is", x)
        x = "B's"
        def m(self):
            return x
    return B

B = outer()
print(B.x, B().m())

def outer2():
    v = "free"
    class C:
        w = v                  # free variable from the enclosing function
        def m(self):
            return v
    return C

C = outer2()
print(C.w, C().m())

# Comprehensions in a class body do not see class variables (except the first iterable).
class D:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [items for _ in range(2)]
    except NameError as e:
        err = f"{type(e).__name__}: {e}"

print(D.doubled, D.err)

# Names assigned in the class body are local to it.
class E:
    a = 1
    b = a + 1
    del a

print(E.b, hasattr(E, "a"))

# global/nonlocal in class bodies.
counter = 0

class F:
    global counter
    counter += 10

print(counter)

def outer3():
    n = 1
    class G:
        nonlocal n
        n = 2
    return n

print(outer3())

# locals() inside a class body is the namespace.
class H:
    p = 1
    q = 2
    names = sorted(k for k in locals() if not k.startswith("__"))

print(H.names)

# __class__ cell inside methods.
class I:
    def cls(self):
        return __class__

print(I().cls() is I)

class J(I):
    pass

print(J().cls() is I)

# A name used before assignment in a class body reads the global.
y = "global y"

class K:
    first = y
    y = "class y"

print(K.first, K.y)
