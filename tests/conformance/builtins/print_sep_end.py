# print with sep, end, and multiple arguments.
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="\n", end="\n---\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, "s")
print("sep None", "uses space", sep=None)
print("end None", end=None)
print(*range(5), sep="-")
print(*"abc", sep="|", end="$\n")
print("", "", sep="X")
print("flush", flush=True)
print("tab\tsep", 1, sep="\t")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
