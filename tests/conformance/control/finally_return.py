# try/finally interacting with return, break and continue.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())

def finally_runs():
    log = []
    def f():
        try:
            log.append("body")
            return "value"
        finally:
            log.append("cleanup")
    return f(), log
print(finally_runs())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())

def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_break())

def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out
print(loop_continue())

def nested_finally():
    log = []
    def g():
        try:
            try:
                return 1
            finally:
                log.append("inner")
        finally:
            log.append("outer")
    return g(), log
print(nested_finally())

def ret_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(ret_value_evaluated_before_finally())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n < 3:
                continue
print(while_finally())

def exc_then_finally():
    try:
        try:
            1 / 0
        finally:
            print("cleanup before propagate")
    except ZeroDivisionError as e:
        return "caught " + str(e)
print(exc_then_finally())
