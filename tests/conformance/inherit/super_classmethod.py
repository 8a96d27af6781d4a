# super() in classmethods, staticmethods and __new__.

class Base:
    @classmethod
    def create(cls, *args):
        return ("Base.create", cls.__name__, args)

    @classmethod
    def name(cls):
        return "Base"

    @staticmethod
    def util(x):
        return x + 1


class Child(Base):
    @classmethod
    def create(cls, *args):
        return ("Child.create",) + super().create(*args)

    @classmethod
    def name(cls):
        return "Child<" + super().name() + ">"

    @staticmethod
    def util(x):
        try:
            return super().util(x)
        except (RuntimeError, TypeError) as e:
            return f"{type(e).__name__}: {e}"

    @staticmethod
    def util2(x):
        return super(Child, Child).util(x) * 10


class GrandChild(Child):
    pass


print(Child.create(1, 2))
print(GrandChild.create())
print(GrandChild().name())
print(Child.util(1))
print(Child.util2(1))

# super() in __new__.
class Tracked:
    created = []

    def __new__(cls, *args, **kwargs):
        obj = super().__new__(cls)
        cls.created.append(cls.__name__)
        return obj

    def __init__(self, v):
        self.v = v

class SubTracked(Tracked):
    def __new__(cls, v):
        obj = super().__new__(cls, v)
        obj.extra = v * 2
        return obj

s = SubTracked(4)
print(s.v, s.extra, Tracked.created)

# super(cls, cls) style in classmethods.
class A:
    @classmethod
    def hello(cls):
        return f"A.hello from {cls.__name__}"

class B(A):
    @classmethod
    def hello(cls):
        return "B/" + super(B, cls).hello()

print(B.hello(), B().hello())

# super() inside a classmethod of a subclass of a builtin.
class MyDict(dict):
    @classmethod
    def fromkeys(cls, keys, value=None):
        d = super().fromkeys(keys, value)
        d["extra"] = True
        return d

md = MyDict.fromkeys("ab", 0)
print(type(md).__name__, md)

# super() in a staticmethod with no arguments at all.
class NoArgs(Base):
    @staticmethod
    def util():
        try:
            return super().util(1)
        except RuntimeError as e:
            return f"{type(e).__name__}: {e}"

print(NoArgs.util())
