# redirect_stdout / redirect_stderr: temporarily replace sys.stdout / sys.stderr.
import sys
from contextlib import redirect_stdout, redirect_stderr

class Buffer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def getvalue(self):
        return "".join(self.parts)

real_out = sys.stdout
buf = Buffer()
with redirect_stdout(buf) as target:
    print("captured", 1)
    print("captured", 2)
    same = target is buf
print(same, repr(buf.getvalue()))
print(sys.stdout is real_out)

# stderr
err = Buffer()
real_err = sys.stderr
with redirect_stderr(err) as target:
    print("to stderr", file=sys.stderr)
    now = sys.stderr is err
print(now, repr(err.getvalue()), sys.stderr is real_err)

# restored after an exception
buf = Buffer()
try:
    with redirect_stdout(buf):
        print("before error")
        raise ValueError("oops")
except ValueError as e:
    print("restored", sys.stdout is real_out, e, repr(buf.getvalue()))

# nesting
a, b = Buffer(), Buffer()
with redirect_stdout(a):
    print("in a")
    with redirect_stdout(b):
        print("in b")
    print("in a again")
print(repr(a.getvalue()), repr(b.getvalue()))

# re-entrant use of one object
c = Buffer()
r = redirect_stdout(c)
with r:
    print("one")
    with r:
        print("two")
    print("three")
print(repr(c.getvalue()), sys.stdout is real_out)

# reusable
with r:
    print("four")
print(repr(c.getvalue()))

# redirect to None
with redirect_stdout(None):
    got = sys.stdout
print(got, sys.stdout is real_out)

# the object keeps the target
r = redirect_stderr(err)
print(r._new_target is err, r._old_targets, type(r).__name__, r._stream)
with r:
    print(len(r._old_targets))
print(r._old_targets)

# both at once
o, e = Buffer(), Buffer()
with redirect_stdout(o), redirect_stderr(e):
    print("out")
    print("err", file=sys.stderr)
print(repr(o.getvalue()), repr(e.getvalue()))

# the redirect target is looked up at print time
with redirect_stdout(o):
    sys.stdout.write("direct write\n")
print(repr(o.getvalue()))

# a decorated function is not supported (no ContextDecorator) -- redirect objects are not callable
try:
    redirect_stdout(o)(print)
except TypeError as e:
    print(type(e).__name__, e)
