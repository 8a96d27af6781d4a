# A ValueError raised by a builtin call at module level.
values = ["1", "2", "three"]
numbers = []
for v in values:
    numbers.append(int(v))
print(numbers)
