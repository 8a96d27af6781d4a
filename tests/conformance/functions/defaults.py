# Default parameter values.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []), append_to(4))

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2))
base = 10
def uses_base(x, b=base):
    return x + b
base = 20
print(uses_base(1), uses_base(1, base))
def all_defaults(a=1, b=2, c=3):
    return (a, b, c)
print(all_defaults(), all_defaults(9), all_defaults(c=9), all_defaults(7, c=8))
print(greet.__defaults__, all_defaults.__defaults__, append_to.__defaults__)
