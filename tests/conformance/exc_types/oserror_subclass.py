# Subclasses of OSError keep their class; errno mapping happens only for OSError itself.
class MyOSError(OSError):
    pass
e = MyOSError(2, 'x', 'f')
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))

class WithInit(OSError):
    def __init__(self, *args):
        self.seen = args
w = WithInit(2, 'x', 'f')
print(type(w).__name__, w.args, w.errno, w.seen)

class CallsBase(OSError):
    def __init__(self, a, b, c):
        OSError.__init__(self, a, b, c)
c = CallsBase(13, 'denied', 'p')
print(type(c).__name__, c.args, c.errno, c.strerror, c.filename, str(c))

e = OSError(1)
OSError.__init__(e, 2, 'x', 'f')
print(e.args, e.errno, e.filename)

print(isinstance(OSError(2, 'x'), FileNotFoundError))
print(type(ConnectionError(111, 'refused')).__name__)
print(type(OSError(111, 'refused')).__name__)
