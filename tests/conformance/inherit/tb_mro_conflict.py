# Uncaught MRO conflict.

class Base:
    pass


class Derived(Base):
    pass


class Broken(Base, Derived):
    pass
