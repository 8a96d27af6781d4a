# Invalid except* clauses are TypeErrors at run time.
def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, e)
        print("  context:", repr(e.__context__))


def t1():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass

def t2():
    try:
        raise ValueError(1)
    except* BaseExceptionGroup:
        pass

def t3():
    try:
        raise ValueError(1)
    except* (ValueError, ExceptionGroup):
        pass

def t4():
    try:
        raise ValueError(1)
    except* int:
        pass

def t5():
    try:
        raise ValueError(1)
    except* "ValueError":
        pass

def t6():
    try:
        raise ValueError(1)
    except* (ValueError, 5):
        pass

# The type is checked even when nothing is left to match.
def t7():
    try:
        raise ValueError(1)
    except* ValueError:
        print("  first clause handled it")
    except* ExceptionGroup:
        pass

# No exception: the clauses are not evaluated.
def t8():
    try:
        pass
    except* ExceptionGroup:
        pass
    print("  no exception, no check")

for t in [t1, t2, t3, t4, t5, t6, t7, t8]:
    attempt(t.__name__, t)
