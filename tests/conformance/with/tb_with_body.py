# An uncaught exception raised in a with body; __exit__ does not suppress it.
class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, t, v, tb):
        print("exit", t)
        return None


def work(n):
    with CM() as cm:
        return 10 // n


print(work(5))
print(work(0))
