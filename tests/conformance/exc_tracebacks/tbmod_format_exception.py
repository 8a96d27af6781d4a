import traceback

def fail(n):
    if n == 0:
        raise ValueError("zero")
    fail(n - 1)

try:
    fail(2)
except ValueError as e:
    caught = e

parts = traceback.format_exception(caught)
print(len(parts))
for p in parts:
    print(repr(p))
print(traceback.format_exception(type(caught), caught, caught.__traceback__) == parts)
print(traceback.format_exception(caught, limit=1))
print(traceback.format_exception(type(caught), caught, None))
print(traceback.format_exception_only(caught))
print(traceback.format_exception_only(type(caught), caught))
print(traceback.format_exception_only(KeyError('k')))
print(traceback.format_exception_only(ExceptionGroup('g', [ValueError(1), ExceptionGroup('h', [TypeError(2)])]), show_group=True))
try:
    traceback.format_exception(caught, caught)
except ValueError as e:
    print(type(e).__name__, e)
traceback.print_exception(caught)
traceback.print_exception(caught, limit=2)
traceback.print_exception(type(caught), caught, caught.__traceback__, chain=False)
