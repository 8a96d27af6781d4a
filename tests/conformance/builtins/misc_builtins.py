# callable, getattr, hasattr, setattr on functions, ascii, format, vars-free introspection.
def f():
    return "f called"
print(callable(f), callable(len), callable(1), callable("x"), callable(int), callable(lambda: 0))
print(getattr("abc", "upper")(), getattr([], "missing", "fallback"), hasattr("", "join"), hasattr(5, "nope"))
setattr(f, "tag", 42)
print(f.tag, getattr(f, "tag"), hasattr(f, "tag"))
delattr(f, "tag")
print(hasattr(f, "tag"))
print(ascii("naïve ☃"), ascii(["é"]), format(12.5, "08.3f"), format("x", ">3"), format(7))
print(divmod(9, 4), list(map(ascii, ["a", "ß"])), str(len), repr(len), type(len).__name__)
print(id(f) == id(f), bool(id(f)), isinstance(id(f), int))
try:
    getattr(1, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
