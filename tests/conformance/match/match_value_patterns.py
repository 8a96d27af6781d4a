# Value patterns: dotted names are looked up and compared with ==.
class Color:
    RED = 1
    GREEN = 2
    BLUE = "blue"


class Ns:
    class Inner:
        VALUE = (1, 2)


def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.BLUE:
            return "blue"
        case Ns.Inner.VALUE:
            return "inner tuple"
        case _:
            return "unknown"

for c in [1, 2, "blue", (1, 2), [1, 2], 3, True]:
    print(repr(c), name(c))

import sys
match sys.maxsize:
    case sys.maxsize:
        print("maxsize matched")

# The value is looked up each time the case is tried.
class Config:
    LIMIT = 10

def check(v):
    match v:
        case Config.LIMIT:
            return True
    return False

print(check(10))
Config.LIMIT = 20
print(check(10), check(20))

# Only tried when reached.
class Loud:
    @property
    def value(self):
        print("looking up value")
        return 3

loud = Loud()
match 1:
    case 1:
        print("first case")
    case loud.value:
        print("not reached")

match 3:
    case loud.value:
        print("matched loud value")

# Lookup errors propagate.
try:
    match 1:
        case Color.PURPLE:
            pass
except AttributeError as e:
    print(type(e).__name__, e)

# Value patterns inside other patterns.
match [Color.RED, {"c": "blue"}]:
    case [Color.RED, {"c": Color.BLUE}]:
        print("nested values")
