# An uncaught error from a descriptor's __set__.

class Positive:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value}")
        obj.__dict__[self.name] = value


class Account:
    balance = Positive()

    def __init__(self, balance):
        self.balance = balance


print(Account(10).balance)
Account(-1)
