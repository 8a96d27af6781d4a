# __init__ must return None.

class Good:
    def __init__(self):
        return None

class Bad:
    def __init__(self):
        return 1

class BadStr:
    def __init__(self):
        return "x"


print(type(Good()).__name__)
for cls in (Bad, BadStr):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)

class Gen:
    def __init__(self):
        yield 1

try:
    Gen()
except TypeError as e:
    print(type(e).__name__, e)

# Explicitly calling __init__ returns its value without a check.
b = Bad.__new__(Bad)
print(b.__init__())

# An exception raised in __init__ propagates.
class Raises:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        self.v = v

print(Raises(1).v)
try:
    Raises(-1)
except ValueError as e:
    print(type(e).__name__, e)

# The uncaught case shows a traceback.
Bad()
