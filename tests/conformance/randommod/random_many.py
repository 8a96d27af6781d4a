import random
# Long sequences from several integer seeds must match CPython bit for bit.
for s in (0, 1, 42, 2**32 - 1, 2**32, 10**25, -99):
    r = random.Random(s)
    acc = 0
    for i in range(2000):
        acc = (acc * 31 + r.getrandbits(31)) % (2**61 - 1)
    print(s, acc, r.random(), r.randrange(10**12), r.choice(range(1000)))
r = random.Random(5)
data = list(range(50))
for _ in range(20):
    r.shuffle(data)
print(data[:10], r.sample(data, 7), r.choices(data, k=6, cum_weights=list(range(1, 51))))
print([round(r.gauss(10, 3), 9) for _ in range(5)])
print(sum(r.random() for _ in range(10000)))
