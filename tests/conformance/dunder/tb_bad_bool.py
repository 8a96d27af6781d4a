# Uncaught TypeError from a __bool__ returning a non-bool in an if statement.

class Flag:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        return self.value


if Flag(True):
    print("true flag")
if Flag(1):
    print("never")
