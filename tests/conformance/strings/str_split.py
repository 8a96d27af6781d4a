# split, rsplit, splitlines, partition, rpartition.
print("a b  c   d".split())
print("a b  c   d".split(" "))
print("  leading and trailing  ".split())
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 1))
print("one two three four".split(maxsplit=2), "one two three four".rsplit(maxsplit=2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("a--b--c".split("--"), "x".split("x"), "xax".split("x"))
print("line1\nline2\r\nline3\rline4".splitlines())
print("line1\nline2\n".splitlines(), "line1\nline2\n".splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n\nb".split("\n"))
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a\tb\nc d\x0be".split())
try:
    print("abc".split(""))
except ValueError as e:
    print(type(e).__name__, e)
for part in "2024-01-15".split("-"):
    print(int(part), end=" ")
print()
