# Nested try statements and exceptions raised in handlers/finally.
def level(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return level(n - 1)
    finally:
        print("unwinding", n)
try:
    level(3)
except ValueError as e:
    print("caught", e)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b")
except IndexError as e:
    print("handler raised", type(e).__name__, e, "context", repr(e.__context__))
try:
    try:
        raise KeyError("from try")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print("finally replaced:", e, "context:", repr(e.__context__))
except KeyError:
    print("not reached")
def deep():
    try:
        try:
            try:
                [][0]
            except KeyError:
                print("wrong")
        except ZeroDivisionError:
            print("wrong")
    except LookupError as e:
        return "matched LookupError: " + str(e)
print(deep())
result = []
for i in range(3):
    try:
        try:
            if i == 1:
                raise ValueError(i)
            result.append(("ok", i))
        finally:
            result.append(("inner-finally", i))
    except ValueError as e:
        result.append(("caught", e.args[0]))
print(result)
