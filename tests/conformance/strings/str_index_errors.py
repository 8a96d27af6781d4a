# Errors from indexing and mutating strings.
s = "abc"
try:
    print(s[3])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s[-4])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(""[0])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s[1.0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s.nosuchmethod())
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(s + None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(len(s, s))
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[-True], s[2:1000], "done")
