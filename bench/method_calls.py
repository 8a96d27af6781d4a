# Method-call-heavy workload: small methods called on per-object instances (bound-method
# lookup through the class, argument passing, self attribute access), including an
# inherited method and a super() call.
N = 300_000


class Counter:
    def __init__(self, start):
        self.value = start

    def step(self, k):
        self.value = (self.value * 31 + k) % 100003
        return self.value

    def get(self):
        return self.value


class Doubler(Counter):
    def step(self, k):
        return super().step(k) * 2


def run(n):
    c = Counter(7)
    d = Doubler(11)
    acc = 0
    for i in range(n):
        acc += c.step(i) + d.step(i & 255) + c.get()
    return acc % 1_000_000_007


print("checksum:", run(N))
