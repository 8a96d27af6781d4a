# Common real-world metaclass patterns.

# 1. Automatic registry keyed by a class attribute.
class RegistryMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        key = ns.get("key")
        if key is not None:
            mcls.registry[key] = cls
        return cls


class Handler(metaclass=RegistryMeta):
    def handle(self):
        return f"{type(self).__name__} handling"


class JsonHandler(Handler):
    key = "json"


class XmlHandler(Handler):
    key = "xml"


print(sorted(RegistryMeta.registry), RegistryMeta.registry["xml"]().handle())

# 2. An enum-like metaclass: members are instances, iteration over the class.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and isinstance(v, int)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            cls._members[k] = inst
            type.__setattr__(cls, k, inst)
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, name):
        return cls._members[name]

    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_members", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)


class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3

    def __repr__(self):
        return f"<Color.{self.name}: {self.value}>"


print(list(Color), len(Color), Color.RED, Color["GREEN"], Color(3), Color.RED is Color(1))
print(isinstance(Color.RED, Color), Color.BLUE.name)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)

# 3. Enforcing an interface at class-creation time.
class InterfaceMeta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        required = getattr(cls, "required_methods", ())
        if bases:
            missing = [m for m in required if not callable(getattr(cls, m, None))]
            if missing:
                raise TypeError(f"{name} is missing {', '.join(missing)}")


class Plugin(metaclass=InterfaceMeta):
    required_methods = ("load", "unload")


class Good(Plugin):
    def load(self): ...
    def unload(self): ...


try:
    class Bad(Plugin):
        def load(self): ...
except TypeError as e:
    print(type(e).__name__, e)

# 4. Auto-generated properties from a field list.
class FieldsMeta(type):
    def __new__(mcls, name, bases, ns):
        for field in ns.get("fields", ()):
            private = "_" + field
            ns[field] = property(lambda self, p=private: getattr(self, p),
                                 lambda self, v, p=private: setattr(self, p, v))
        return super().__new__(mcls, name, bases, ns)


class Rec(metaclass=FieldsMeta):
    fields = ("a", "b")


r = Rec()
r.a = 1
r.b = "two"
print(r.a, r.b, sorted(vars(r)), type(Rec.__dict__["a"]).__name__)
