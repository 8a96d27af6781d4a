# Integer algorithms exercising arithmetic in loops.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, limit + 1):
        if sieve[i]:
            for j in range(i * i, limit + 1, i):
                sieve[j] = False
    return [i for i in range(limit + 1) if sieve[i]]

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2**100, 6**50))
print(isqrt(0), isqrt(15), isqrt(16), isqrt(10**40), isqrt(2**127))
print(primes(60))
print(len(primes(5000)), primes(5000)[-1])
n = 600851475143
factors = []
d = 2
while d * d <= n:
    while n % d == 0:
        factors.append(d)
        n //= d
    d += 1
if n > 1:
    factors.append(n)
print(factors)
digits = sum(int(c) for c in str(2**1000))
print("digit sum of 2**1000:", digits)
print(pow(7, 10**18, 10**9 + 7), (10**18 + 9) * (10**18 + 7) % 1000000007)
