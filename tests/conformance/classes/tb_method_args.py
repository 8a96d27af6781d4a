# Uncaught TypeError from calling a method with too many arguments.

class Greeter:
    def greet(self, name):
        return "hello " + name


g = Greeter()
print(g.greet("world"))
print(g.greet("a", "b"))
