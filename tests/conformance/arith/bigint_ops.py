# Arbitrary-precision integer arithmetic beyond 64 bits.
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // 2**20, f % 1000003)
big = 2**127 - 1
print(big, big * big)
print(big + 1, big - 2**127, -big - 1)
print(big // 12345678901234567890, big % 12345678901234567890)
print((-big) // 98765, (-big) % 98765)
print(10**30 + 10**15 + 1)
print(10**40 // 10**20, 10**40 // -(10**20))
a = 3**100
b = 7**60
print(a * b, a - b, b - a)
print(a // b, a % b, divmod(a, b))
print(a == 3**100, a > b, a < b, -a < -b)
print(str(2**200)[:20], len(str(2**200)))
print(int("123456789012345678901234567890") + 1)
print(-int("-99999999999999999999999"))
fib = [0, 1]
for _ in range(150):
    fib.append(fib[-1] + fib[-2])
print("fib150:", fib[150])
print(abs(-(2**80)), hash(2**80) == hash(2**80))
