# Chaining __getattr__/__getattribute__/__setattr__ through super().

class Base:
    def __getattribute__(self, name):
        if name == "magic":
            return "base magic"
        return super().__getattribute__(name)


class Derived(Base):
    def __getattribute__(self, name):
        if name == "extra":
            return "derived extra"
        return super().__getattribute__(name)


d = Derived()
d.normal = 1
print(d.magic, d.extra, d.normal)

# object has no __getattr__, so super().__getattr__ is missing.
class G:
    def __getattr__(self, name):
        try:
            return super().__getattr__(name)
        except AttributeError as e:
            return f"{type(e).__name__}: {e}"

print(G().whatever)

# A mixin chain of __getattr__ implementations.
class First:
    def __getattr__(self, name):
        if name.startswith("first_"):
            return "First handles " + name
        return super().__getattr__(name)

class Second:
    def __getattr__(self, name):
        if name.startswith("second_"):
            return "Second handles " + name
        raise AttributeError(f"nobody handles {name}")

class Both(First, Second):
    pass

bo = Both()
print(bo.first_a, bo.second_b)
try:
    bo.third_c
except AttributeError as e:
    print(type(e).__name__, e)

# super().__setattr__ through a chain.
class Log:
    def __setattr__(self, name, value):
        print("Log", name)
        super().__setattr__(name, value)

class Upper:
    def __setattr__(self, name, value):
        print("Upper", name)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)

class LogUpper(Log, Upper):
    pass

lu = LogUpper()
lu.s = "abc"
lu.n = 1
print(lu.s, lu.n)

# object.__getattribute__ bypasses the class's own __getattribute__.
class Hidden:
    def __getattribute__(self, name):
        return "always this"

h = Hidden()
object.__setattr__(h, "real", "real value")
print(h.real, object.__getattribute__(h, "real"))
try:
    object.__getattribute__(h, "none")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__getattribute__(h, 5)
except TypeError as e:
    print(type(e).__name__, e)
