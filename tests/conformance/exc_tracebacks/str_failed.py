class Broken(Exception):
    def __str__(self):
        raise ValueError("cannot str")

class Empty(Exception):
    def __str__(self):
        return ""

import traceback
try:
    raise Empty("ignored")
except Empty:
    traceback.print_exc()
raise Broken("message")
