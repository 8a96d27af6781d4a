# Uncaught metaclass conflict.

class MetaA(type):
    pass


class MetaB(type):
    pass


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


print("defining AB")


class AB(A, B):
    pass
