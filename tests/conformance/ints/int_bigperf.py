x = 2 ** 100000
s = str(x) if False else None
import sys
sys.set_int_max_str_digits(0)
s = str(x)
print(len(s), s[:20], s[-20:])
y = int(s)
print(y == x, y.bit_length())
f = 1
for i in range(2, 3001):
    f *= i
fs = str(f)
print(len(fs), fs[:30], sum(map(int, fs)))
print(len(str(3 ** 50000)), (3 ** 50000) % 1000007)
a = 7 ** 20000
b = 11 ** 15000
q, r = divmod(a, b)
print(q * b + r == a, len(str(q)), r % 99991)
print(hash(2 ** 100000), hash(-(3 ** 5000)), hash(10 ** 1000) == hash(10 ** 1000 % (2**61 - 1)))
print(len(hex(x)), len(bin(x)), format(x, 'x')[:5], f"{3**2000:,}"[:20])
print(int("9" * 20000) % 12345)
print(len(f"{7**10000:_}"))
