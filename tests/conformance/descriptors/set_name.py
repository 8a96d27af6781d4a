# __set_name__ is called on class creation with the owner and the attribute name.

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner = owner
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        setattr(obj, self.private, value)


class Model:
    first = Field()
    second = Field()
    not_a_field = 1


m = Model()
m.first = "A"
print(m.first, m.second, m._first)
print(Model.first.name, Model.second.owner is Model)

# The same descriptor under two names gets two calls.
f = Field()

class Two:
    a = f
    b = f

print(f.name)

# Adding a descriptor after class creation does not call __set_name__.
late = Field()
Model.late = late
print(hasattr(late, "name"))
late.__set_name__(Model, "late")
print(late.name)

# Subclasses do not re-run __set_name__ for inherited descriptors.
class SubModel(Model):
    third = Field()

# __set_name__ on any object, not only descriptors.
class Tag:
    def __set_name__(self, owner, name):
        self.where = f"{owner.__qualname__}.{name}"

class Holder:
    t = Tag()

print(Holder.t.where)

# __set_name__ is looked up on the type, not the instance.
class Weird:
    pass

w = Weird()
w.__set_name__ = lambda owner, name: print("instance hook called")

class H2:
    x = w

print("no call for instance attribute")

# Exceptions in __set_name__ propagate with a note (3.12+).
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)

try:
    class Fails:
        attr = Bad()
except ValueError as e:
    print(type(e).__name__, e, getattr(e, "__notes__", None))

# Order of calls follows the namespace order.
order = []

class Rec:
    def __set_name__(self, owner, name):
        order.append(name)

class Many:
    z = Rec()
    a = Rec()
    m = Rec()

print(order)

# type() with a namespace dict also calls __set_name__.
T = type("T", (), {"fld": Field()})
print(T.fld.name)
