# __module__ and __doc__ of classes and methods.

class WithDoc:
    """Class docstring."""

    def m(self):
        """Method docstring."""

    def no_doc(self):
        pass


class NoDoc:
    pass


class Sub(WithDoc):
    pass


print(WithDoc.__module__, WithDoc.m.__module__, __name__)
print(repr(WithDoc.__doc__), repr(WithDoc.m.__doc__), repr(WithDoc.no_doc.__doc__))
print(repr(NoDoc.__doc__), repr(Sub.__doc__))
print(repr(WithDoc().__doc__), repr(NoDoc().__doc__))
print("__doc__" in NoDoc.__dict__, NoDoc.__dict__["__doc__"])

# __module__ can be set in the class body.
class Elsewhere:
    __module__ = "somewhere.else"

print(Elsewhere.__module__, repr(Elsewhere))

# __module__ and __doc__ can be reassigned.
NoDoc.__doc__ = "later doc"
print(NoDoc.__doc__)
NoDoc.__module__ = "mod"
print(repr(NoDoc))

# Docstring only if first statement is a string literal.
class NotDoc:
    x = 1
    "not a docstring"

print(repr(NotDoc.__doc__))

class FDoc:
    f"not {1} a docstring"

print(repr(FDoc.__doc__))

# Docstring is stripped of common indentation (3.13).
class Indented:
    """First line.

        Indented line.
    Last line.
    """

print(repr(Indented.__doc__))

def func():
    """
    Leading newline.
      more
    """

print(repr(func.__doc__))

# Functions defined in classes record the module.
print(WithDoc.m.__module__, type(WithDoc().m).__name__)

# Class created inside a function.
def make():
    class Local:
        "local doc"
    return Local

print(make().__module__, make().__doc__)
