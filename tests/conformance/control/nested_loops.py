# Nested loops building results.
for i in range(1, 6):
    print(" ".join(f"{i * j:3}" for j in range(1, 6)))
tri = []
for row in range(6):
    line = [1]
    if tri:
        prev = tri[-1]
        for k in range(1, row):
            line.append(prev[k - 1] + prev[k])
        line.append(1)
    tri.append(line)
for line in tri:
    print(line)
pairs = []
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                pairs.append((a, b, c))
print(pairs)
for i in range(3):
    for j in range(3):
        for k in range(3):
            if i == j == k:
                print("diag", i)
