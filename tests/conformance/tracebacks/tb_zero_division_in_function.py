# ZeroDivisionError inside a function using floor division in a larger expression.
def average(values):
    return sum(values) // len(values) + 1

print(average([1, 2, 3]))
print(average([]))
