# surrogateescape/surrogatepass round trips (lone surrogates in str) and namereplace.
raw = b"caf\xe9 \xff\xfe"
s = raw.decode("utf-8", "surrogateescape")
print(ascii(s), len(s))
print(s.encode("utf-8", "surrogateescape") == raw)
print(ascii(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")))
print("\ud800".encode("utf-8", "surrogatepass"), "\udcff".encode("latin-1", "surrogateescape"))
print("\u00e9\u20ac\U0001f600".encode("ascii", "namereplace"))
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
