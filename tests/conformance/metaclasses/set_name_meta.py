# __set_name__ timing relative to metaclasses and __init_subclass__.

class Field:
    def __init__(self, label):
        self.label = label

    def __set_name__(self, owner, name):
        print("set_name", self.label, owner.__name__, name)
        self.name = name


class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__ before type.__new__")
        cls = super().__new__(mcls, name, bases, ns)
        print("Meta.__new__ after type.__new__")
        return cls

    def __init__(cls, name, bases, ns):
        print("Meta.__init__")
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    def __init_subclass__(cls):
        print("__init_subclass__", cls.__name__, [k for k in vars(cls) if k.startswith("f")])


class Model(Base):
    f1 = Field("one")
    f2 = Field("two")


print(Model.f1.name, Model.f2.name)

# Fields added by the metaclass __new__ to the namespace also get __set_name__.
class Adder(type):
    def __new__(mcls, name, bases, ns):
        ns["auto"] = Field("auto")
        return super().__new__(mcls, name, bases, ns)

class WithAuto(metaclass=Adder):
    manual = Field("manual")

print(WithAuto.auto.name)

# Fields added after type.__new__ do not.
class Later(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.late = Field("late")
        return cls

class WithLate(metaclass=Later):
    pass

print(hasattr(WithLate.late, "name"))

# A dataclass-like metaclass collecting fields in order.
class Collect(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        fields = []
        for base in reversed(cls.__mro__[1:]):
            fields.extend(getattr(base, "_fields", ()))
        fields.extend(k for k, v in ns.items() if isinstance(v, Field))
        cls._fields = tuple(dict.fromkeys(fields))
        return cls

class Record(metaclass=Collect):
    pass

class Person(Record):
    name = Field("name")
    age = Field("age")

class Employee(Person):
    salary = Field("salary")

print(Person._fields, Employee._fields)
