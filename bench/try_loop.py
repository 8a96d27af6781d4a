# Exception loop: raise and catch an exception in a loop (a raise in a called function,
# unwinding one frame, matching the except clause, binding and clearing the name).
N = 3_500_000   # size constant: tuned for ~1 s on CPython 3.13


def check(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i


def run(n):
    acc = 0
    for i in range(n):
        try:
            acc += check(i)
        except ValueError as e:
            acc += e.args[0] // 3
    return acc


def main():
    print("checksum:", run(N))


main()
