import traceback, sys

def level3():
    return {}["missing"]
def level2():
    return level3()
def level1():
    return level2()

try:
    level1()
except KeyError:
    traceback.print_exc()
    traceback.print_exc(limit=1)
    traceback.print_exc(limit=-1)
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    print(text, end="")
    print(repr(traceback.format_exc(limit=0)))
traceback.print_exc()
print(repr(traceback.format_exc()))
print(traceback.format_exception_only(None))
