# Typed and validated attributes via descriptors (a common real-world pattern).

class Validator:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)

    def validate(self, value):
        pass


class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{value!r} is not one of {sorted(self.options)!r}")


class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue = minvalue
        self.maxvalue = maxvalue

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"Expected {value!r} to be an int or float")
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f"Expected {value!r} to be at least {self.minvalue!r}")
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f"Expected {value!r} to be no more than {self.maxvalue!r}")


class String(Validator):
    def __init__(self, minsize=None, predicate=None):
        self.minsize = minsize
        self.predicate = predicate

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"Expected {value!r} to be an str")
        if self.minsize is not None and len(value) < self.minsize:
            raise ValueError(f"Expected {value!r} to be no smaller than {self.minsize!r}")
        if self.predicate is not None and not self.predicate(value):
            raise ValueError(f"Expected {self.predicate} to be true for {value!r}")


class Component:
    name = String(minsize=3, predicate=str.isupper)
    kind = OneOf("wood", "metal", "plastic")
    quantity = Number(minvalue=0)

    def __init__(self, name, kind, quantity):
        self.name = name
        self.kind = kind
        self.quantity = quantity


c = Component("WIDGET", "metal", 5)
print(c.name, c.kind, c.quantity, sorted(vars(c)))
bad_args = [
    ("Widget", "metal", 5),
    ("WIDGET", "metle", 5),
    ("WIDGET", "metal", -5),
    ("WIDGET", "metal", "V"),
    ("WI", "wood", 1),
    (3, "wood", 1),
]
for args in bad_args:
    try:
        Component(*args)
    except (TypeError, ValueError) as e:
        msg = str(e)
        if "<method" in msg:
            msg = msg.split("<")[0] + "<predicate>" + msg.split(">")[-1]
        print(type(e).__name__, msg)

print(Component.quantity.public, Component.kind.private, sorted(Component.kind.options))
