import sys
try:
    1 / 0
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())
print("still running")
try:
    sys.excepthook()
except TypeError as e:
    print(type(e).__name__, e)
sys.__excepthook__(ValueError, ValueError("passed directly"), None)
print("done")
