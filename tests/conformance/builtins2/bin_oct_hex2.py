def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: bin(10))
t(lambda: bin(-10))
t(lambda: oct(8))
t(lambda: oct(-8))
t(lambda: hex(255))
t(lambda: hex(-255))
t(lambda: hex(2**70))
t(lambda: bin(0))
t(lambda: hex(True))
t(lambda: hex(1.5))
t(lambda: bin("1"))
t(lambda: oct(None))
class I:
    def __index__(s): return 42
t(lambda: hex(I()))
t(lambda: bin(I()))
class BadI:
    def __index__(s): return "x"
t(lambda: hex(BadI()))
t(lambda: hex())
