# Attribute-heavy workload: reads and writes of instance attributes in a loop (the shapes
# and inline caches of the object model), plus a property and a class attribute.
N = 600_000


class Vec:
    scale = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.n = 0

    @property
    def total(self):
        return self.x + self.y


def run(n):
    a = Vec(1, 2)
    b = Vec(5, 7)
    acc = 0
    for i in range(n):
        a.x = (a.x + b.y) % 1009
        b.y = (b.y * 3 + a.x) % 997
        a.n += 1
        acc += a.x - b.y + a.total + Vec.scale
    return acc + a.n + b.x


print("checksum:", run(N))
