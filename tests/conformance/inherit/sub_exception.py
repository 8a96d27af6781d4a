# Subclassing Exception.

class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name


class WithCode(AppError):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


for exc in (AppError(), AppError("x"), AppError("x", 1), NotFound("file"), WithCode("bad", 42)):
    print(type(exc).__name__, repr(str(exc)), exc.args, repr(exc))

try:
    raise NotFound("key")
except AppError as e:
    print("caught", type(e).__name__, e, e.name)

try:
    raise WithCode("boom", 7)
except Exception as e:
    print("caught", e, e.code, isinstance(e, AppError))

print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException), NotFound.__mro__[-3].__name__)

# Exception hierarchy matching order.
def classify(exc):
    try:
        raise exc
    except NotFound:
        return "NotFound"
    except AppError:
        return "AppError"
    except Exception:
        return "Exception"

print(classify(NotFound("a")), classify(WithCode("m", 1)), classify(ValueError()))

# Subclassing built-in exceptions.
class MyKeyError(KeyError):
    pass

class MyValueError(ValueError):
    def __init__(self, value):
        self.value = value
        super().__init__(f"invalid value: {value!r}")

try:
    {}["x"]
except KeyError as e:
    print(type(e).__name__)
try:
    raise MyKeyError("k")
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    raise MyValueError(3)
except ValueError as e:
    print(type(e).__name__, e, e.value, e.args)

# __init__ not calling super: args still come from the constructor call.
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b

e = NoSuper(1, 2)
print(e.args, e.total, str(e), repr(e))

# Custom __repr__ and attributes.
class Detailed(Exception):
    def __init__(self, **info):
        super().__init__(*info.values())
        self.info = info

    def __repr__(self):
        return f"Detailed({self.info})"

d = Detailed(a=1, b=2)
print(repr(d), str(d), d.args)

# Exceptions carry their class through re-raise and chaining.
try:
    try:
        raise NotFound("inner")
    except NotFound as inner:
        raise AppError("outer") from inner
except AppError as outer:
    print(type(outer).__name__, outer, type(outer.__cause__).__name__, outer.__cause__)

# BaseException subclass not caught by except Exception.
class Fatal(BaseException):
    pass

try:
    try:
        raise Fatal("fatal")
    except Exception:
        print("wrong handler")
except BaseException as e:
    print("BaseException handler", type(e).__name__)

# Raising a class instantiates it.
try:
    raise NotFound
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise AppError
except AppError as e:
    print(type(e).__name__, e.args)

# Non-exception classes cannot be raised.
class NotAnError:
    pass

try:
    raise NotAnError()
except TypeError as e:
    print(type(e).__name__, e)
