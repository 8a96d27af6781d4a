# Function objects and their attributes.
def documented(a, b=2, *args, c, d=4, **kw):
    "Adds things."
    return a

def outer():
    def inner():
        pass
    return inner

print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__kwdefaults__)
print(outer().__name__, outer().__qualname__, documented.__qualname__)
print((lambda: 0).__qualname__, outer.__doc__)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount, documented.__code__.co_name)
documented.custom = "attr"
print(documented.custom, callable(documented), callable(5), callable(print), callable(len))
print(type(documented).__name__, type(print).__name__, type(lambda: 0).__name__)
def f(): return 1
g = f
print(g(), g.__name__, g is f, f == g)
def f(): return 2
print(g(), f())
print(documented.__module__)
try:
    print(documented.missing_attr)
except AttributeError as e:
    print(type(e).__name__, e)
