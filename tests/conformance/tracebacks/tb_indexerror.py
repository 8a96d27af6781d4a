# An uncaught IndexError inside a loop in a function.
def last_three(items):
    return [items[i] for i in (0, 1, 2)]

print(last_three([1, 2, 3]))
data = [5, 6]
first = data[0]
print(first)
print(data[2])
