# An uncaught exception raised inside a with block; __exit__ runs first.

class Logged:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit with", exc_type.__name__)
        return False


def work():
    with Logged():
        data = {"a": 1}
        return data["b"]


work()
