# split/rsplit with maxsplit, partition/rpartition, removeprefix/removesuffix.
s = "  a  b c\td\n e  "
for m in [-1, 0, 1, 2, 10]:
    print(m, s.split(maxsplit=m), s.rsplit(maxsplit=m), s.split(None, m), s.rsplit(None, m))
t = "a,b,,c,"
for m in [-1, 0, 1, 2, 10]:
    print(m, t.split(",", m), t.rsplit(",", m), t.split(sep=",", maxsplit=m))
print("a\u3000b\x85c\u2028d".split(), "x\u00a0y".split(), "".split(), "".split(","))
print("abcabc".split("bc"), "aaa".split("a"), "aaa".rsplit("aa"), "aaa".split("aa"))
for f in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1),
          lambda: "a".split(",", "1"), lambda: "a".split(",", 1, 2), lambda: "a".split(x=1),
          lambda: "a".partition(""), lambda: "a".partition(None), lambda: "a".rpartition(1),
          lambda: "a".removeprefix(1), lambda: "a".removesuffix()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("a=b".partition("a=b"), "中=文".partition("="))
print("prefix_body".removeprefix("prefix_"), "body".removeprefix("x"), "a".removeprefix(""))
print("body.txt".removesuffix(".txt"), "abc".removesuffix("abcd"), "abc".removesuffix(""))
print("a b".split(None), "a b".rsplit(sep=None, maxsplit=0), "  ".split(" "))
print("1 2 3".split(" ", -5), "x".split("x"), "ab".rsplit("b", 1))
