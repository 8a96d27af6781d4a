# Metaclass __call__ controls instance creation.

class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value)

class Other(metaclass=Singleton):
    pass

print(Other() is Other(), Other() is a)

# Logging the construction sequence.
class Logged(type):
    def __call__(cls, *args, **kwargs):
        print("Logged.__call__ before", args, kwargs)
        obj = super().__call__(*args, **kwargs)
        print("Logged.__call__ after", type(obj).__name__)
        return obj

class Thing(metaclass=Logged):
    def __new__(cls, *args, **kwargs):
        print("Thing.__new__")
        return super().__new__(cls)

    def __init__(self, x, y=0):
        print("Thing.__init__", x, y)

Thing(1, y=2)

# __call__ can bypass __init__ or return anything.
class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj

class Raw(metaclass=NoInit):
    def __init__(self):
        raise AssertionError("never called")

r = Raw(1, 2)
print(r.args, type(r).__name__)

class Factory(type):
    def __call__(cls, kind):
        return {"int": int, "str": str}[kind]()

class Make(metaclass=Factory):
    pass

print(repr(Make("int")), repr(Make("str")))

# Calling the class object's metaclass __call__ explicitly.
print(type(Thing).__call__(Thing, 5).__class__.__name__)

# An instance-level __call__ is different from the metaclass __call__.
class Both(metaclass=Logged):
    def __call__(self):
        return "instance called"

inst = Both()
print(inst())
