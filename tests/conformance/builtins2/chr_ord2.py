def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: chr(65))
t(lambda: chr(0x1F600))
t(lambda: chr(0x110000))
t(lambda: chr(-1))
t(lambda: chr("a"))
t(lambda: chr(2**70))
t(lambda: chr(65.0))
t(lambda: chr(True))
t(lambda: ord("a"))
t(lambda: ord("é"))
t(lambda: ord(b"a"))
t(lambda: ord(bytearray(b"z")))
t(lambda: ord("ab"))
t(lambda: ord(""))
t(lambda: ord(b"ab"))
t(lambda: ord(5))
t(lambda: ord())
