class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class Bad:
    def __index__(self):
        return "no"
print(hex(I(255)), oct(I(8)), bin(I(5)), int("ff", I(16)), round(15, I(-1)), "%x %o %c" % (I(255), I(8), I(65)))
print((5).to_bytes(I(2), "little"), pow(2, I(10)) if False else "", 12345 .__round__(I(-2)), round(2.675, I(2)))
for f in [lambda: hex(Bad()), lambda: int("1", Bad()), lambda: round(5, Bad()), lambda: "%x" % Bad(), lambda: hex(I(1.5))]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(format(I(5), "") if False else "", int(I(7)), float(I(3)), complex(I(2)))
