# Generator loop: a `for` loop over a generator function, measuring generator resumption
# (frame resume and suspend per item, send-less `next`) plus small-int arithmetic.
N = 4_000_000   # size constant: tuned for ~1 s on CPython 3.13


def numbers(n):
    i = 0
    x = 7
    while i < n:
        x = (x * 31 + i) % 1000003
        yield x
        i += 1


def run(n):
    acc = 0
    for v in numbers(n):
        acc = (acc + v) % 2147483647
    return acc


def main():
    print("checksum:", run(N))


main()
