def collect():
    raise ExceptionGroup("collected", [ValueError("one"), OSError(2, "No such file or directory", "f.txt")])

try:
    collect()
except ExceptionGroup as g:
    ok, rest = g.split(ValueError)
    print(repr(ok), repr(rest))
    raise RuntimeError("cleanup failed")
