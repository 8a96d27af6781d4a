# An unclosed parenthesis.
print("start")
values = [1, 2, 3]
total = sum((v * 2 for v in values)
print(total)
