# Catching via base classes.
cases = [
    (lambda: {}["k"], LookupError),
    (lambda: [][0], LookupError),
    (lambda: 1 / 0, ArithmeticError),
    (lambda: float(10 ** 400), ArithmeticError),
    (lambda: int("x"), Exception),
    (lambda: undefined_name, NameError),
    (lambda: "a".missing, AttributeError),
    (lambda: "é".encode("ascii"), ValueError),
    (lambda: next(iter([])), Exception),
]
for fn, base in cases:
    try:
        fn()
    except base as e:
        print(base.__name__, "caught", type(e).__name__, "-", e)
pairs = [(KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
         (OverflowError, ArithmeticError), (UnicodeDecodeError, ValueError), (UnboundLocalError, NameError),
         (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (FileNotFoundError, OSError),
         (ModuleNotFoundError, ImportError), (StopIteration, Exception), (KeyboardInterrupt, Exception),
         (SystemExit, BaseException), (Exception, BaseException), (TimeoutError, OSError)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__])
