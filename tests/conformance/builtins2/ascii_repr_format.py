def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: ascii("héllo\u2603\U0001F600"))
t(lambda: ascii([1, "é"]))
t(lambda: ascii(b"\xff"))
t(lambda: repr("a\nb"))
t(lambda: repr())
class R:
    def __repr__(s): return 5
t(lambda: repr(R()))
class A:
    def __repr__(s): return "ünï"
t(lambda: ascii(A()))
t(lambda: format(3.14159, ".2f"))
t(lambda: format(42))
t(lambda: format(42, "x"))
t(lambda: format("s", ">5"))
t(lambda: format(1, "q"))
t(lambda: format(1, 5))
t(lambda: format(object(), "x"))
t(lambda: format(None))
t(lambda: format([1], ""))
class F:
    def __format__(s, spec): return "F<" + spec + ">"
t(lambda: format(F(), "abc"))
class FB:
    def __format__(s, spec): return 1
t(lambda: format(FB()))
t(lambda: format(1234567, ","))
t(lambda: format(True, "d"))
