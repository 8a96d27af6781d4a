# A missing __exit__, uncaught.
class OnlyEnter:
    def __enter__(self):
        return self


def use():
    with OnlyEnter() as x:
        print("never")


print("start")
use()
