# assert statements.
assert True
assert 1 == 1, "not shown"
x = 5
assert x > 0 and x < 10
try:
    assert x > 10
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert x > 10, "x too small: " + str(x)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print(type(e).__name__, e)
def message():
    print("message evaluated")
    return "lazy"
assert True, message()
try:
    assert False, message()
except AssertionError as e:
    print("caught", e)
try:
    assert None, 42
except AssertionError as e:
    print(e.args, e.args[0] + 1)
print(isinstance(AssertionError(), Exception))
