# An uncaught exception raised in the body of a @contextmanager manager: the traceback shows
# only the user's frames and the generator's cleanup runs first.
from contextlib import contextmanager

@contextmanager
def managed(name):
    print("enter", name)
    try:
        yield name
    finally:
        print("cleanup", name)

def parse(text):
    return int(text)

def main():
    with managed("outer"):
        with managed("inner") as n:
            print("using", n)
            parse("not a number")

main()
