# break/continue/return from inside except and finally blocks restore the handled exception.
import sys
out = []
for i in range(4):
    try:
        if i % 2:
            raise ValueError(i)
        out.append(i)
    except ValueError as e:
        out.append("E%s" % e)
        if i == 3:
            break
        continue
    finally:
        out.append("F")
print(out, sys.exc_info()[0])

def ret_from_except():
    try:
        raise KeyError("k")
    except KeyError:
        return sys.exc_info()[0].__name__
print(ret_from_except(), sys.exc_info()[0])

def nested_handlers():
    log = []
    try:
        raise TypeError("outer")
    except TypeError:
        for j in range(3):
            try:
                raise IndexError(j)
            except IndexError:
                if j == 1:
                    continue
                log.append(j)
        log.append(sys.exc_info()[0].__name__)
    return log
print(nested_handlers())

def while_break_in_finally():
    n = 0
    while True:
        try:
            n += 1
            raise RuntimeError("x")
        except RuntimeError:
            if n >= 3:
                break
        finally:
            pass
    return n, sys.exc_info()
print(while_break_in_finally())

def gen():
    for i in range(3):
        try:
            yield i
        finally:
            print("gen finally", i)
it = gen()
for v in it:
    if v == 1:
        break
print("after gen loop")
it.close()

def bare_raise_after_loop():
    try:
        raise ValueError("keep")
    except ValueError:
        for _ in range(2):
            try:
                raise KeyError("inner")
            except KeyError:
                pass
        raise
try:
    bare_raise_after_loop()
except ValueError as e:
    print("reraised original:", e)
