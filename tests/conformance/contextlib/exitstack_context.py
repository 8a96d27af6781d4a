# ExitStack fixes exception contexts the way nested `with` statements would.
from contextlib import ExitStack

def chain(e):
    out = []
    seen = 0
    while e is not None and seen < 10:
        out.append("%s(%s)" % (type(e).__name__, e))
        e = e.__context__
        seen += 1
    return " <- ".join(out)

class RaiseExc:
    def __init__(self, exc):
        self.exc = exc
    def __enter__(self):
        return self
    def __exit__(self, *details):
        raise self.exc

class RaiseExcWithContext:
    def __init__(self, outer, inner):
        self.outer = outer
        self.inner = inner
    def __enter__(self):
        return self
    def __exit__(self, *details):
        try:
            raise self.inner
        except:
            raise self.outer

class SuppressExc:
    saved = None
    def __enter__(self):
        return self
    def __exit__(self, *details):
        SuppressExc.saved = details[1]
        return True

# the result of nested with statements
try:
    with RaiseExc(IndexError("index")):
        with RaiseExcWithContext(KeyError("key"), AttributeError("attr")):
            with SuppressExc():
                with RaiseExc(ValueError("value")):
                    1 / 0
except IndexError as e:
    print("nested with:", chain(e))
print("saved:", chain(SuppressExc.saved))

# the same with an ExitStack
try:
    with ExitStack() as stack:
        stack.enter_context(RaiseExc(IndexError("index")))
        stack.enter_context(RaiseExcWithContext(KeyError("key"), AttributeError("attr")))
        stack.enter_context(SuppressExc())
        stack.enter_context(RaiseExc(ValueError("value")))
        1 / 0
except IndexError as e:
    print("exit stack: ", chain(e))
print("saved:", chain(SuppressExc.saved))

# the stack used while another exception is being handled
def raise_exc(exc):
    raise exc

try:
    try:
        raise ZeroDivisionError("handled")
    except ZeroDivisionError:
        with ExitStack() as stack:
            stack.callback(raise_exc, IndexError("i"))
            stack.callback(raise_exc, KeyError("k"))
except IndexError as e:
    print("inside handler:", chain(e))

# nested with statements inside a handler, for comparison
try:
    try:
        raise ZeroDivisionError("handled")
    except ZeroDivisionError:
        with RaiseExc(IndexError("i")):
            with RaiseExc(KeyError("k")):
                pass
except IndexError as e:
    print("with in handler:", chain(e))

# close() called from an except block
try:
    try:
        raise OSError("outer")
    except OSError:
        s = ExitStack()
        s.callback(raise_exc, ValueError("v1"))
        s.callback(raise_exc, TypeError("t1"))
        s.close()
except ValueError as e:
    print("close in handler:", chain(e))

# a callback whose exception already has the previous one as context
def raise_with_given_context(typ, val, tb):
    try:
        raise val
    except BaseException:
        raise RuntimeError("given context")

try:
    with ExitStack() as stack:
        stack.push(raise_with_given_context)
        raise KeyError("body")
except RuntimeError as e:
    print("given:", chain(e))

# the exception chain does not loop
exc = ValueError("loop")
try:
    with ExitStack() as stack:
        stack.callback(raise_exc, exc)
        stack.callback(raise_exc, KeyError("k"))
        raise exc
except ValueError as e:
    print("no loop:", chain(e))

# context of an exception raised inside a callback that itself handled something
def handles_inside(*details):
    try:
        raise LookupError("inner handled")
    except LookupError:
        pass
    raise OSError("after handling")

try:
    with ExitStack() as stack:
        stack.push(handles_inside)
        stack.callback(raise_exc, AttributeError("first"))
except OSError as e:
    print("handled inside:", chain(e))

# deep chains: the body exception is linked at the end of the callback's own chain
def deep(*details):
    try:
        try:
            raise KeyError("d1")
        except KeyError:
            raise IndexError("d2")
    except IndexError:
        raise ValueError("d3")

try:
    with ExitStack() as stack:
        stack.push(deep)
        stack.callback(raise_exc, TypeError("t"))
        raise OSError("body")
except ValueError as e:
    print("deep:", chain(e))
