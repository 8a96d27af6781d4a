# The methods of bytes (and the same on bytearray): results and errors.
for T in (bytes, bytearray):
    b = T(b"  Hello World, hello  ")
    print(T.__name__)
    print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b.split(), b.split(b"l"), b.rsplit(b"l", 1))
    print(b.split(maxsplit=1), b.rsplit(None, 1), b.split(b"o", maxsplit=1), T(b"a,b,,c").split(b","))
    print(b.find(b"lo"), b.rfind(b"lo"), b.find(108), b.index(b"W"), b.rindex(b"l"), b.count(b"l"), b.count(b"l", 5, 10))
    print(b.upper(), b.lower(), b.swapcase(), b.title(), T(b"hello WORLD").capitalize())
    print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.replace(b"", b"-", 3))
    print(T(b"abc").center(9, b"*"), T(b"abc").ljust(5), T(b"abc").rjust(6, b"0"), T(b"-42").zfill(6), T(b"+").zfill(3))
    print(T(b"a=b=c").partition(b"="), T(b"a=b=c").rpartition(b"="), T(b"abc").partition(b"x"), T(b"abc").rpartition(b"x"))
    print(T(b"a\nb\r\nc\rd").splitlines(), T(b"a\nb\r\n").splitlines(True), T(b"x\x0by\x0cz").splitlines())
    print(T(b"a\tbc\td").expandtabs(), T(b"a\tbc\td").expandtabs(4), T(b"a\tb").expandtabs(tabsize=2))
    print(T(b"prefix-x").removeprefix(b"prefix-"), T(b"x.txt").removesuffix(b".txt"), T(b"abc").removeprefix(b"z"))
    print(T(b"-").join([b"a", bytearray(b"b"), memoryview(b"c")]), T(b"").join([]), T(b", ").join((b"x",)))
    print(T(b"abc").startswith(b"a"), T(b"abc").startswith((b"x", b"ab")), T(b"abc").endswith(b"bc", 1), T(b"abc").endswith(bytearray(b"c")))
    print(T(b"abc").isalpha(), T(b"ab1").isalnum(), T(b"123").isdigit(), T(b" \t").isspace(), T(b"\x80").isascii(), T(b"").isascii())
    print(T(b"ABC").isupper(), T(b"abc").islower(), T(b"Hello World").istitle(), T(b"hello").istitle(), T(b"").isalpha())
    print(T(b"\xde\xad\xbe\xef").hex(), T(b"\xde\xad\xbe\xef").hex(":"), T(b"\xde\xad\xbe\xef").hex("-", 3), T(b"\xde\xad\xbe\xef").hex(b"_", -3))
    print(T.fromhex("de ad be ef"), T.fromhex(""), T(b"abc").translate(None, b"b"), T(b"abc").translate(bytes.maketrans(b"abc", b"xyz")))
    print(T(b"abcabc").translate(None, delete=b"ac"), T.maketrans(b"a", b"b")[97], T(b"aaa").count(b""), T(b"abc").find(b"", 10))
    print(T(b"%s and %d") % (b"x", 5), T(b"caf\xc3\xa9").decode(), T(b"\xff").decode("latin-1"), T(b"%b") % T(b"z"))
errors = [
    lambda: b"a".split(b""), lambda: b"a".split(""), lambda: b"a".strip("a"), lambda: b"a".find("a"),
    lambda: b"a".find(256), lambda: b"a".index(b"z"), lambda: b"a".rindex(b"z"), lambda: b"a".center(3, b"ab"),
    lambda: b"a".center(3, "a"), lambda: b"a".partition(b""), lambda: b"a".replace("a", b"b"),
    lambda: b"a".join([1]), lambda: b"a".join(5), lambda: b"a".startswith("a"), lambda: b"a".startswith([b"a"]),
    lambda: b"a".hex("ab"), lambda: b"a".hex(1), lambda: bytes.fromhex("a"), lambda: bytes.fromhex("zz"),
    lambda: bytes.fromhex("ab c"), lambda: bytes.fromhex(b"ab"), lambda: b"a".translate(b"short"),
    lambda: bytes.maketrans(b"ab", b"a"), lambda: b"a".zfill("3"), lambda: b"a".decode("ascii", 5),
    lambda: b"a".expandtabs(1, 2), lambda: b"a".removeprefix("a"), lambda: bytearray(b"a").find("x"),
    lambda: bytearray(b"ab").split(b""), lambda: b"a".count(), lambda: b"a".replace(b"a", b"b", count=1),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
