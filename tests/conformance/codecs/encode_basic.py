# str.encode with every supported codec and error handler.
texts = ["abc", "café", "€uro", "\U0001f600!", "", "aé€\U0001f600z", "\x00\x7f\x80\xff"]
codecs_ = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
           "latin-1", "ascii", "utf-8-sig"]
for t in texts:
    for c in codecs_:
        try:
            print(repr(t), c, t.encode(c))
        except UnicodeEncodeError as e:
            print(repr(t), c, type(e).__name__, e)
for t in ["café", "a€b€€c", "\U0001f600", "xyz", "ÿĀ"]:
    for c in ["ascii", "latin-1"]:
        for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                  "surrogateescape", "surrogatepass", "bogus"]:
            try:
                print(repr(t), c, h, t.encode(c, h))
            except Exception as e:
                print(repr(t), c, h, type(e).__name__, e)
print("abc".encode(), "é".encode(encoding="latin-1"), "é".encode("ascii", errors="replace"))
print("é".encode(errors="strict"), "x".encode("ascii", "bogus"))
for f in [lambda: "a".encode(1), lambda: "a".encode("utf-8", 1), lambda: "a".encode("xyz"),
          lambda: "a".encode("utf-8", "strict", 3), lambda: "a".encode(foo="x"),
          lambda: "a".encode(""), lambda: "a".encode("utf-9")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
