# Naive doubly-recursive Fibonacci: measures function call overhead
# (frame setup, argument passing, return), int compare/add on small ints.
N = 30          # size constant: tuned for ~1 s on CPython 3.13
ROUNDS = 7


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for r in range(ROUNDS):
        total = total + fib(N - (r % 2))
    print("checksum:", total)


main()
