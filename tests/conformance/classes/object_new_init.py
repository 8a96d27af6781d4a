# Argument checks of object.__new__ and object.__init__.

class Plain:
    pass


try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain(a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)

# Only __init__ defined: extra arguments go to __init__, object.__new__ ignores them.
class OnlyInit:
    def __init__(self, a, b=2):
        self.a, self.b = a, b

o = OnlyInit(1)
print(o.a, o.b)
try:
    OnlyInit()
except TypeError as e:
    print(type(e).__name__, e)

# Only __new__ defined: object.__init__ ignores the extra arguments.
class OnlyNew:
    def __new__(cls, v):
        self = super().__new__(cls)
        self.v = v
        return self

print(OnlyNew(7).v)

# __new__ passing the arguments on to object.__new__ is an error when __new__ is overridden.
class PassesArgs:
    def __new__(cls, *args):
        return object.__new__(cls, *args)

try:
    PassesArgs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# __init__ passing the arguments on to object.__init__ is an error when __init__ is overridden.
class InitPasses:
    def __init__(self, *args):
        super().__init__(*args)

InitPasses()
try:
    InitPasses(1)
except TypeError as e:
    print(type(e).__name__, e)

# Calling object.__init__ directly.
p = Plain()
object.__init__(p)
try:
    object.__init__(p, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__()
except TypeError as e:
    print(type(e).__name__, e)

# object.__new__ argument checks.
try:
    object.__new__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
x = object.__new__(Plain)
print(type(x).__name__)

# Both overridden.
class Both:
    def __new__(cls, *a, **k):
        print("new", a, k)
        return super().__new__(cls)

    def __init__(self, *a, **k):
        print("init", a, k)

Both(1, 2, z=3)

# __new__ returning a non-instance skips __init__.
class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")

print(Other())

# __new__ returning an instance of a subclass still runs __init__.
class Parent:
    def __new__(cls, flag):
        if flag:
            return super().__new__(Kid)
        return super().__new__(cls)

    def __init__(self, flag):
        print("init", type(self).__name__, flag)

class Kid(Parent):
    pass

print(type(Parent(True)).__name__, type(Parent(False)).__name__)
