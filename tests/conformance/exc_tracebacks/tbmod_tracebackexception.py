import traceback

def cause():
    raise OSError(2, "No such file or directory", "data.txt")

try:
    try:
        cause()
    except OSError as e:
        raise RuntimeError("could not load") from e
except RuntimeError as caught:
    err = caught
    te = traceback.TracebackException.from_exception(err)

print(te.exc_type_str, str(te))
print(te.__cause__.exc_type_str, str(te.__cause__))
print(te.__context__ is None, te.__suppress_context__)
print(len(te.stack), te.stack[0].name)
print(''.join(te.format()), end='')
print('---')
print(''.join(te.format(chain=False)), end='')
print('---')
print(list(te.format_exception_only()))
te.print()
te2 = traceback.TracebackException(type(err), err, err.__traceback__)
print(te2.__context__ is not None, te2.__cause__ is not None)
class Local(Exception):
    pass
tl = traceback.TracebackException.from_exception(Local("x"))
print(tl.exc_type_str, tl.stack, list(tl.format()))
g = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
tg = traceback.TracebackException.from_exception(g)
print(len(tg.exceptions), [str(x) for x in tg.exceptions])
print(''.join(tg.format()), end='')
tw = traceback.TracebackException.from_exception(ExceptionGroup("w", [ValueError(i) for i in range(4)]), max_group_width=2)
print(''.join(tw.format()), end='')
se = SyntaxError("bad syntax", ("prog.py", 3, 5, "x = = 1\n", 3, 8))
ts = traceback.TracebackException.from_exception(se)
print(ts.filename, ts.lineno, ts.offset, repr(ts.text), ts.msg)
print(''.join(ts.format_exception_only()), end='')
