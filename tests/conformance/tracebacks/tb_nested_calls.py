# An exception raised three calls deep is uncaught.
def parse(text):
    return validate(text.strip())

def validate(value):
    if not value.isdigit():
        fail(value)
    return int(value)

def fail(value):
    raise ValueError("not a number: " + repr(value))

print(parse(" 42 "))
print(parse("4x2"))
print("never printed")
