# Exception args, str and repr.
samples = [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(42), KeyError("k"),
           KeyError(), KeyError("a", 1), IndexError("idx"), TypeError(None), RuntimeError(""),
           Exception([1, 2]), OSError("os msg"), StopIteration(5), SystemExit(3), ZeroDivisionError("z")]
for e in samples:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
try:
    raise ValueError("with", "args")
except ValueError as e:
    print(e.args[0], e.args[1], len(e.args))
e = StopIteration("value")
print(e.value, SystemExit(7).code, SystemExit().code)
err = ValueError("mutable")
err.args = ("changed",)
print(err)
print(str(KeyError("quoted")), str(KeyError(("t",))), str(IndexError("not quoted")))
