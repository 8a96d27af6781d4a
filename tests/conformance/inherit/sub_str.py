# Subclassing str: methods return plain str.

class Name(str):
    def shout(self):
        return self.upper() + "!"

    def __repr__(self):
        return f"Name({str.__repr__(self)})"


n = Name("alice")
print(n, repr(n), len(n), n[0], n.shout())
for result in (n.upper(), n + "x", "x" + n, n * 2, n[1:], n.strip(), n.replace("a", "b"),
               n.title(), str(n), format(n), f"{n}", n.lower(), "".join([n]), n.split("l")[0]):
    print(type(result).__name__, repr(result))
print(n == "alice", "alice" == n, hash(n) == hash("alice"), n in {"alice": 1}, "lic" in n)
print(isinstance(n, str), n.startswith("al"), sorted(Name("cab")))

# str() of a subclass instance returns a plain str copy.
s = str(n)
print(type(s).__name__, s)

# __str__ overriding.
class Loud(str):
    def __str__(self):
        return self.upper()

l = Loud("quiet")
print(l, str(l), f"{l}", "%s" % l, repr(l), format(l))

# __new__ with extra processing.
class Stripped(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip())

st = Stripped("  padded  ")
print(repr(st), type(st).__name__, len(st))

# Overriding comparison and hashing.
class CaseInsensitive(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())

ci = CaseInsensitive("Hello")
print(ci == "HELLO", "hello" == ci, ci != "hi", {ci: 1}.get(CaseInsensitive("hELLO")))

# Attributes on str subclass instances.
n.meta = 1
print(n.meta, vars(n))

# Iteration yields plain 1-char strings.
print([type(c).__name__ for c in Name("ab")])

# % formatting with a subclass as format string.
print(type(Name("%s!") % "x").__name__)
