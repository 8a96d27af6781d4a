import sys
del sys.excepthook
print("deleted")
raise ValueError("no hook")
