# Recursion with an explicit memo dict.
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r

print(fib(90), fib(200), len(memo))

def ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return ways(amount - coins[0], coins) + ways(amount, coins[1:])

print(ways(100, [50, 25, 10, 5, 1]))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([ackermann(m, n) for m in range(3) for n in range(3)], ackermann(2, 3))

def binary_search(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return binary_search(items, target, mid + 1, hi)
    return binary_search(items, target, lo, mid)

data = list(range(0, 100, 3))
print(binary_search(data, 27), binary_search(data, 28), binary_search([], 1))
