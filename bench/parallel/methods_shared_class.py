# Free-threading: every thread creates its own instances of one shared module-level class and
# calls its methods (attribute reads/writes on per-thread objects, method lookup through the
# shared class). Usage: methods_shared_class.py [N]. Checksum = N * (1-thread checksum).
import sys
import threading

ITERS = 2_100_000


class Account:
    rate = 3

    def __init__(self, start):
        self.balance = start
        self.ops = 0

    def deposit(self, x):
        self.balance = (self.balance + x * self.rate) % 1000003
        self.ops += 1
        return self.balance

    def report(self):
        return self.balance + self.ops


def work(slot, results):
    a = Account(7)
    b = Account(11)
    acc = 0
    for i in range(ITERS):
        acc = (acc + a.deposit(i) + b.deposit(i & 1023)) % 1000000007
    results[slot] = acc + a.report() + b.report()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    results = [0] * n
    threads = [threading.Thread(target=work, args=(i, results)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("checksum:", sum(results))


main()
