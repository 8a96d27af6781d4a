# Single inheritance: overriding, extending and attribute resolution.

class Animal:
    sound = "..."
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{self.name} has {self.legs} legs; {self.speak()}"


class Dog(Animal):
    sound = "woof"


class Bird(Animal):
    sound = "tweet"
    legs = 2

    def speak(self):
        return super().speak().upper()


class Parrot(Bird):
    def __init__(self, name, words):
        super().__init__(name)
        self.words = words

    def speak(self):
        return f"{self.name} says {self.words!r}"


for a in (Animal("generic"), Dog("rex"), Bird("tweety"), Parrot("polly", "hello")):
    print(type(a).__name__, "|", a.describe())

print(issubclass(Parrot, Animal), issubclass(Animal, Parrot), issubclass(Dog, Dog))
print(isinstance(Parrot("p", "w"), Bird), isinstance(Dog("d"), Bird))

# Overridden methods are found even when called from base methods.
class Template:
    def run(self):
        return [self.step1(), self.step2()]

    def step1(self):
        return "base1"

    def step2(self):
        return "base2"

class Concrete(Template):
    def step2(self):
        return "concrete2"

print(Concrete().run())

# Calling the base implementation explicitly.
class Explicit(Concrete):
    def step2(self):
        return "explicit+" + Concrete.step2(self) + "+" + Template.step2(self)

print(Explicit().run())

# Inherited __init__ with a subclass that adds nothing.
class P:
    def __init__(self, a, b=2):
        self.a, self.b = a, b

class Q(P):
    pass

q = Q(1)
print(q.a, q.b)
try:
    Q()
except TypeError as e:
    print(type(e).__name__, e)

# Subclass without calling base __init__: base attributes missing.
class NoSuper(P):
    def __init__(self):
        self.c = 3

ns = NoSuper()
print(ns.c, hasattr(ns, "a"))

# Deleting an override in the subclass reveals the base one.
class R(P):
    def extra(self):
        return "R.extra"

print(R(1).extra())
del R.extra
try:
    R(1).extra()
except AttributeError as e:
    print(type(e).__name__, e)
