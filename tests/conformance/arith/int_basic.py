# Basic integer arithmetic: + - * with signs and zero.
a = 17
b = 5
print(a + b, a - b, a * b)
print(b - a, -a - b, -a * b, -a * -b)
print(0 * a, a * 0, 0 - 0, -0)
print(a + -b, a - -b)
total = 0
for i in range(1, 11):
    total = total + i * i
print("sum of squares 1..10:", total)
x = 1
for i in range(10):
    x = x * 3 - 1
print("iterated:", x)
print(1 + 2 * 3 - 4, (1 + 2) * (3 - 4))
print(100 - 99 - 98, 100 - (99 - 98))
print(2 * 3 * 4 * 5, 7 * -7)
print(type(a + b).__name__, type(a * b).__name__)
print(123456789 * 987654321)
print(-123456789 * 987654321)
print(999999999 + 1, -999999999 - 1)
