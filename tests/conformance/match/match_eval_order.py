# The order in which a pattern inspects the subject.
log = []

class Obj:
    __match_args__ = ("a", "b")

    @property
    def a(self):
        log.append("get a")
        return 1

    @property
    def b(self):
        log.append("get b")
        return 2

    @property
    def c(self):
        log.append("get c")
        return 3

o = Obj()
log.clear()
match o:
    case Obj(1, 3):
        print("wrong")
    case Obj(1, 2, c=3):
        print("matched")
print(log)

# Keyword attributes are read in order and stop at the first failing sub-pattern.
log.clear()
match o:
    case Obj(c=0, a=1):
        print("wrong")
    case _:
        pass
print(log)

class Eq:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("eq", self.name, "vs", repr(other))
        return self.name == other

match [Eq("x"), Eq("y")]:
    case ["a", "b"]:
        print("wrong")
    case ["x", "z"]:
        print("wrong")
    case ["x", "y"]:
        print("matched after comparisons")

# Alternatives are tried left to right and stop at the first match.
match Eq("q"):
    case "p" | "q" | "r":
        print("or matched")

# Guards are evaluated once per attempt.
count = 0
def bump():
    global count
    count += 1
    return count == 2

for _ in range(2):
    match 1:
        case 1 if bump():
            print("guard passed on attempt", count)
        case 1:
            print("guard failed on attempt", count)
