# Literal patterns: compared with ==, except None/True/False which use `is`.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case 1j:
            return "imaginary one"
        case 3 + 4j:
            return "complex 3+4j"
        case -2 - 1j:
            return "complex -2-1j"
        case "hello":
            return "greeting"
        case "multi" "part":
            return "concatenated"
        case b"bytes":
            return "some bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0x10:
            return "sixteen"
        case 1_000_000:
            return "million"
        case _:
            return "other " + repr(x)


for v in [0, 1, -1, 2.5, -0.5, 1j, 3 + 4j, -2 - 1j, "hello", "multipart", b"bytes",
          None, True, False, 16, 1000000, 0.0, 1.0, "bytes", bytearray(b"bytes"),
          2, "Hello", [], (), 2.50, complex(0, 1)]:
    print(repr(v), "->", describe(v))

# True and 1: `case 1` matches True (1 == True), but `case True` does not match 1.
match True:
    case 1:
        print("True matched case 1")

match 1:
    case True:
        print("wrong")
    case _:
        print("1 does not match case True")

match 0.0:
    case False:
        print("wrong")
    case 0:
        print("0.0 matched case 0")

# A custom __eq__ is used for literal patterns.
class AlwaysEqual:
    def __eq__(self, other):
        print("eq called with", repr(other))
        return True

match AlwaysEqual():
    case 42:
        print("matched 42")

class NeverEqual:
    def __eq__(self, other):
        return False

match NeverEqual():
    case None:
        print("wrong")
    case "x":
        print("wrong")
    case _:
        print("nothing matched")

# nan never equals itself.
match float("nan"):
    case 1.0:
        print("wrong")
    case _:
        print("nan fell through")
