# __exit__ raising on the way out of a return inside two managers.
class A:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit", self.n, a[0])
        if self.n == 2:
            1 / 0


def f():
    with A(1), A(2):
        return 5


f()
