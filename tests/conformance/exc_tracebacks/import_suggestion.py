import traceback
try:
    from sys import getrecursionlimt
except ImportError as e:
    print(repr(e.name), repr(e.name_from), repr(e.path))
    print(e.msg)
    traceback.print_exc()
from sys import exitt
