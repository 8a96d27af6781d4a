# redirect_stdout(None) / redirect_stderr(None): print() then writes nothing (sys.stdout is None).
import sys
from contextlib import redirect_stdout, redirect_stderr

with redirect_stdout(None):
    print("lost")
    print("lost too", end="")
print("visible")

with redirect_stderr(None):
    print("lost on stderr", file=sys.stderr)
print("visible again")

# print(file=None) uses sys.stdout, which is None inside the block
with redirect_stdout(None):
    print("also lost", file=None)
print("end")
