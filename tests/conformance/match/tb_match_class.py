# An uncaught TypeError from a class pattern.
class Point:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x


def check(p):
    match p:
        case Point(1, 2):
            return "two"
        case _:
            return "other"


print(check(5))
print(check(Point(1)))
