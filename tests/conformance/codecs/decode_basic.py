# bytes.decode with every supported codec and error handler, and the exact error messages.
data = [b"abc", b"caf\xc3\xa9", b"\xff", b"a\xffb", b"\xe2\x82", b"\xe2\x82x", b"\xed\xa0\x80",
        b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\xf0\x9f\x98\x80", b"\x80\x81abc", b"",
        b"\xef\xbb\xbfhi", b"a\x00b", b"\xff\xfea\x00", b"\xfe\xff\x00a"]
codecs_ = ["utf-8", "ascii", "latin-1", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
           "utf-32", "utf-32-le", "utf-32-be"]
for b in data:
    for c in codecs_:
        for h in ["strict", "replace", "ignore", "backslashreplace"]:
            try:
                print(b, c, h, ascii(b.decode(c, h)))
            except UnicodeDecodeError as e:
                print(b, c, h, type(e).__name__, e)
for h in ["xmlcharrefreplace", "bogus", "surrogatepass"]:
    try:
        print(b"\xff".decode("utf-8", h))
    except Exception as e:
        print(h, type(e).__name__, e)
print(b"ok".decode("ascii", "bogus"), b"abc".decode(errors="ignore"), b"\xe9".decode(encoding="latin1"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
for f in [lambda: b"a".decode(1), lambda: b"a".decode("nope"), lambda: b"a".decode("utf-8", None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(UnicodeDecodeError, type), issubclass(UnicodeDecodeError, ValueError))
try:
    b"ab\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.args, repr(e))
try:
    "x\u0100y\u0101".encode("latin-1", "strict")
except UnicodeEncodeError as e:
    print(e.args, e.start, e.end)
