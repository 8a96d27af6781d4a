# Errors around the with statement protocol.

class NoEnter:
    def __exit__(self, *a):
        pass


class NoExit:
    def __enter__(self):
        return self


class Nothing:
    pass


for obj in (NoEnter(), NoExit(), Nothing(), 5):
    try:
        with obj:
            print("never")
    except TypeError as e:
        print(type(e).__name__, e)

# __enter__ raising: __exit__ is not called.
class EnterFails:
    def __enter__(self):
        raise ValueError("enter failed")

    def __exit__(self, *a):
        print("exit called?!")

try:
    with EnterFails():
        print("never")
except ValueError as e:
    print(type(e).__name__, e)

# __exit__ raising replaces the original exception, chaining it as context.
class ExitFails:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit failed")

try:
    with ExitFails():
        raise KeyError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)

try:
    with ExitFails():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)

# The exception seen by __exit__ is the one raised; the traceback object is a traceback.
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print(et.__name__, ev.args, type(tb).__name__, isinstance(ev, et))
        return True

with Inspect():
    1 / 0
with Inspect():
    raise StopIteration(7)

# Special methods are looked up on the type: instance attributes are ignored.
class InstanceOnly:
    pass

io = InstanceOnly()
io.__enter__ = lambda: None
io.__exit__ = lambda *a: None
try:
    with io:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __exit__ receives None three times on normal exit.
class Args:
    def __enter__(self):
        pass

    def __exit__(self, *args):
        print("exit args", args)

with Args():
    pass

# Suppressing inside a loop lets the loop continue.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)

for v in ["1", "x", "3"]:
    with Suppress(ValueError):
        print("parsed", int(v))

try:
    with Suppress(ValueError):
        raise TypeError("not suppressed")
except TypeError as e:
    print(type(e).__name__, e)
