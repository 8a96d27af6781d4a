class Outer:
    class InnerError(Exception):
        pass

class Renamed(Exception):
    pass
Renamed.__module__ = "somepackage.mod"

import traceback
try:
    raise Renamed("from elsewhere")
except Renamed:
    traceback.print_exc()
def f():
    raise Outer.InnerError("nested class")
f()
