# Errors raised by list operations.
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [1, 2].remove(3))
show(lambda: [1, 2].index(3))
show(lambda: ["a"].index("b"))
show(lambda: [1, 2][2])
show(lambda: [][0])
one = [1]
show(lambda: one["0"])
show(lambda: one[1.0])
show(lambda: [1, 2].insert(0))
show(lambda: [3, "a"].sort())
show(lambda: [].pop(0))
show(lambda: [1].extend(5))
show(lambda: [1, 2, 3].index(1, 1))
show(lambda: list.append(5, 1))
show(lambda: [1, 2].nope)
