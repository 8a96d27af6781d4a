# Private name mangling inside class bodies.

class Account:
    __secret = "hidden"

    def __init__(self):
        self.__balance = 100
        self._protected = 1
        self.__dunder__ = "not mangled"

    def balance(self):
        return self.__balance

    def __private_method(self):
        return "private"

    def call_private(self):
        return self.__private_method()


a = Account()
print(a.balance(), a.call_private())
print(sorted(a.__dict__))
print(a._Account__balance, a._Account__secret, Account._Account__secret)
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Account.__secret
except AttributeError as e:
    print(type(e).__name__, e)

# Subclasses use their own mangled names.
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = 5

    def sub_balance(self):
        return self.__balance

s = Sub()
print(s.balance(), s.sub_balance(), sorted(k for k in s.__dict__ if "balance" in k))

# Mangling applies to getattr strings? No: only identifiers in code.
class G:
    def __init__(self):
        self.__x = 1

    def via_getattr(self):
        return getattr(self, "__x", "not found"), getattr(self, "_G__x")

print(G().via_getattr())

# Leading underscores in the class name are stripped.
class _Under:
    def __init__(self):
        self.__v = 1

class __Double:
    def __init__(self):
        self.__v = 2

print(sorted(_Under().__dict__), sorted(__Double().__dict__))

# A class name made only of underscores does not mangle.
class ___:
    def __init__(self):
        self.__v = 3

print(sorted(___().__dict__))

# Mangling inside nested functions and comprehensions in methods.
class N:
    def __init__(self):
        self.__a = 1

    def nested(self):
        def inner():
            return self.__a
        return inner(), [self.__a for _ in range(2)], (lambda: self.__a)()

print(N().nested())

# Names imported or in global statements are mangled too.
_N__glob = "mangled global"

class M:
    def get(self):
        return __glob

try:
    print(M().get())
except NameError as e:
    print(type(e).__name__, e)

class N:
    def get(self):
        return __glob

print(N().get())
