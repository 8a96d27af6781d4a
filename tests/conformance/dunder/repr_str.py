# __repr__ and __str__.

class Both:
    def __repr__(self):
        return "Both-repr"

    def __str__(self):
        return "Both-str"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr-repr"


class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"


b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r, s)
print(repr(b), repr(r), str(b), str(r), str(s))
print([b, r], (b,), {"k": b}, {b: 1})
print(f"{b} {b!r} {b!s} {r} {r!r}", "%s %r" % (b, b))
print("{} {!r} {!s}".format(b, b, r))

# repr/str must return str.
class BadRepr:
    def __repr__(self):
        return 42

class BadStr:
    def __str__(self):
        return None

class BytesStr:
    def __str__(self):
        return b"bytes"

for f in (lambda: repr(BadRepr()), lambda: str(BadStr()), lambda: str(BytesStr()),
          lambda: print(BadStr()), lambda: f"{BadStr()}", lambda: [BadRepr()].__repr__()):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

# str subclass results are allowed.
class MyStr(str):
    pass

class SubResult:
    def __repr__(self):
        return MyStr("sub-repr")

    def __str__(self):
        return MyStr("sub-str")

print(repr(SubResult()), str(SubResult()), type(repr(SubResult())).__name__, type(str(SubResult())).__name__)

# Exceptions in __repr__ propagate.
class Raises:
    def __repr__(self):
        raise ValueError("no repr")

try:
    print([Raises()])
except ValueError as e:
    print(type(e).__name__, e)

# Recursive containers with custom reprs.
class Node:
    def __init__(self, children):
        self.children = children

    def __repr__(self):
        return f"Node({self.children!r})"

print(Node([Node([]), Node([Node([])])]))

# ascii() uses __repr__ and escapes.
class Uni:
    def __repr__(self):
        return "ünï"

print(ascii(Uni()), repr(Uni()))

# The default repr of an object uses the class qualified name.
class Default:
    pass

text = repr(Default())
print(text.startswith("<__main__.Default object at 0x"), text.endswith(">"))
dflt = Default()
print(str(dflt) == repr(dflt) == object.__repr__(dflt))
