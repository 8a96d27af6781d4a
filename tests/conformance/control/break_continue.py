# break and continue in nested loops.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j, end=" | ")
    print()
result = []
for word in ["apple", "skip", "banana", "stop", "cherry"]:
    if word == "skip":
        continue
    if word == "stop":
        break
    result.append(word)
print(result)
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
print("first product 6 at", found)
count = 0
while True:
    count += 1
    if count < 3:
        continue
    if count >= 5:
        break
    print("count", count)
print("final", count)
total = 0
for x in range(100):
    if x % 7:
        continue
    total += x
print(total)
