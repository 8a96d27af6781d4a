# for/while else clauses with break, continue and nested loops.
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            break
    else:
        return "not found"
    return "found at %d" % i
print(find([1, 2, 3], 2), find([1, 2, 3], 9), find([], 1))

n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while else ran", n)

for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
    else:
        print("inner done", i)
else:
    print("outer done")

primes = []
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)

count = 0
while True:
    count += 1
    if count < 5:
        continue
    break
print(count)

for x in []:
    pass
else:
    print("empty for else")
i = 99
for i in range(0):
    pass
print(i)
for i in range(3):
    pass
print(i)
