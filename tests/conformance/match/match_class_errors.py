# Run-time errors of class patterns.
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


not_a_class = 42
alias = len


def t1():
    match 1:
        case not_a_class():
            pass

def t2():
    match 1:
        case alias(x):
            pass

class NoArgs:
    pass

def t3():
    match NoArgs():
        case NoArgs(1):
            pass

def t4():
    # Not an instance: no error, no match.
    match 5:
        case NoArgs(1, 2, 3):
            pass

class TwoArgs:
    __match_args__ = ("a", "b")
    a = 1
    b = 2

def t5():
    match TwoArgs():
        case TwoArgs(1, 2, 3):
            pass

class ListArgs:
    __match_args__ = ["a"]
    a = 1

def t6():
    match ListArgs():
        case ListArgs(1):
            pass

def t6b():
    # No positional sub-patterns: __match_args__ is not consulted.
    match ListArgs():
        case ListArgs(a=1):
            print("  keyword only is fine")

class BadElement:
    __match_args__ = ("a", 2)
    a = 1

def t7():
    match BadElement():
        case BadElement(1, 2):
            pass

def t7b():
    match BadElement():
        case BadElement(1):
            print("  the bad element is not reached")

class Dup:
    __match_args__ = ("a",)
    a = 1

def t8():
    match Dup():
        case Dup(1, a=1):
            pass

def t8b():
    match Dup():
        case Dup(2, a=1):
            pass

class Raises:
    @property
    def a(self):
        raise ValueError("property failed")

def t9():
    match Raises():
        case Raises(a=1):
            pass

class AttrErr:
    @property
    def a(self):
        raise AttributeError("no a")

def t10():
    match AttrErr():
        case AttrErr(a=1):
            print("  wrong")
        case _:
            print("  AttributeError means no match")

class OneArg:
    __match_args__ = ("a",)
    a = 1

def t11():
    match OneArg():
        case OneArg(1, 2):
            pass

def t12():
    match OneArg():
        case OneArg():
            print("  zero positional is fine")

class MatchArgsNone:
    __match_args__ = None

def t13():
    match MatchArgsNone():
        case MatchArgsNone(1):
            pass

for i, t in enumerate([t1, t2, t3, t4, t5, t6, t6b, t7, t7b, t8, t8b, t9, t10, t11, t12, t13]):
    attempt(t.__name__, t)
