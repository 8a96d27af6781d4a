import sys, traceback
def a(n):
    if n == 0:
        raise ValueError("x")
    a(n - 1)
sys.tracebacklimit = 2
try:
    a(3)
except ValueError:
    traceback.print_exc()
    print(len(traceback.format_exc().splitlines()))
    print(len(traceback.extract_tb(sys.exception().__traceback__)))
sys.tracebacklimit = 0
try:
    a(3)
except ValueError:
    traceback.print_exc()
sys.tracebacklimit = -1
try:
    a(3)
except ValueError:
    traceback.print_exc()
sys.tracebacklimit = 1
a(2)
