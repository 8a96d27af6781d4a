# as-patterns.
match [1, 2]:
    case [1, 2] as whole:
        print("whole", whole)

match (1, (2, 3)):
    case (a, (b, c) as inner) as outer:
        print(a, b, c, inner, outer)

match 5:
    case (1 | 5) as n:
        print("n", n)

match {"k": [1, 2]}:
    case {"k": [_, _] as pair}:
        print("pair", pair)

# as binds the same object, not a copy.
data = [1, 2, 3]
match data:
    case [*_] as same:
        print(same is data)

# as on a capture (allowed at the end).
match 9:
    case x as y:
        print(x, y)

# as with class patterns.
class P:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v

match P(P(1)):
    case P(P(v) as inner) as outer:
        print(v, type(inner).__name__, outer.v is inner)

# Failed as-pattern binds nothing.
match [1]:
    case [2] as no:
        print("wrong")
    case _:
        pass
try:
    no
except NameError as e:
    print("no is unbound:", e)

# Star capture inside as.
match [1, 2, 3]:
    case [first, *rest] as all_items:
        print(first, rest, all_items)
