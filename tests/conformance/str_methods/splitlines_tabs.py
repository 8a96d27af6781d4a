# splitlines with every line boundary, and expandtabs.
s = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "x\n".splitlines())
print("\r\n\r".splitlines(), "\r\n\r".splitlines(True), "abc".splitlines(1))
print("a\x1fb".splitlines(), "a\u2027b".splitlines(), "a\x0ab".splitlines(0))
try:
    "a".splitlines(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".splitlines(foo=1)
except TypeError as e:
    print(type(e).__name__, e)
print(repr("a\tb\tc".expandtabs()))
print(repr("a\tb\tc".expandtabs(4)))
print(repr("ab\tc\nxyz\td".expandtabs(3)))
print(repr("\t".expandtabs(0)), repr("\t".expandtabs(-1)), repr("a\tb".expandtabs(tabsize=2)))
print(repr("12345\t6\r\t7".expandtabs(4)))
print(repr("é\tx".expandtabs(4)), repr("中\t|".expandtabs(3)))
try:
    "a".expandtabs("4")
except TypeError as e:
    print(type(e).__name__, e)
