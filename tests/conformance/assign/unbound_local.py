# UnboundLocalError, NameError and free-variable errors.
g = "global"

def uses_before_assign():
    print(g)
    g = "local"

def free_before_assign():
    def inner():
        return late
    result = inner_call(inner)
    late = 1
    return result

def inner_call(fn):
    try:
        return fn()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)

def conditional(flag):
    if flag:
        value = "set"
    return value

try:
    uses_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(free_before_assign())
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    print(totally_undefined)
except NameError as e:
    print(type(e).__name__, e)
print(isinstance(UnboundLocalError(), NameError))

def loop_var():
    for i in range(0):
        pass
    return i

try:
    loop_var()
except UnboundLocalError as e:
    print(type(e).__name__, e)
