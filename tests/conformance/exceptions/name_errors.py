# NameError messages.
def show(fn):
    try:
        print(fn())
    except NameError as e:
        print(type(e).__name__, "|", e, "|", e.name)
show(lambda: undefined_thing)
show(lambda: Print("x"))
show(lambda: lenn([1]))
def uses_later():
    return defined_below
show(uses_later)
defined_below = "now defined"
show(uses_later)
def local_unbound():
    y = x_local + 1
    x_local = 0
    return y
try:
    local_unbound()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e, "|", isinstance(e, NameError))
try:
    del not_there
except NameError as e:
    print(type(e).__name__, "|", e)
