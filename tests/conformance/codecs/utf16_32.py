# UTF-16 and UTF-32 details: byte-order marks, surrogate pairs, truncated data.
for s in ["", "A", "\U0001f600", "a\U00010000z", "\uffff"]:
    for c in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
        b = s.encode(c)
        print(repr(s), c, b, b.decode(c) == s, len(b))
cases = [(b"a\x00b", "utf-16-le"), (b"a\x00b", "utf-16"), (b"\xfe\xffa", "utf-16"),
         (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdca\x00", "utf-16-le"), (b"\x00\xd8", "utf-16-le"),
         (b"\x00\xd8\x00", "utf-16-le"), (b"\xd8\x00\x00A", "utf-16-be"), (b"abcde", "utf-32-le"),
         (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"), (b"ab", "utf-32"),
         (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32"),
         (b"a\x00\x00\x00\xff\xff\xff\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xff", "utf-16"),
         (b"\xff\xfe\x00", "utf-32"), (b"=\xd8\x00\xde", "utf-16-le"), (b"\xfe\xff\xd8=\xde\x00", "utf-16")]
for b, c in cases:
    for h in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(b, c, h, ascii(b.decode(c, h)))
        except UnicodeDecodeError as e:
            print(b, c, h, type(e).__name__, e, e.start, e.end)
