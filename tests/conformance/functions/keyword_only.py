# Keyword-only parameters.
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"

print(connect("a"), connect("b", port=8080), connect("c", secure=True, port=1))

def required_kw(*, key, value=None):
    return key, value

print(required_kw(key=1), required_kw(value=2, key=3))

def mixed(a, *args, flag, **rest):
    return a, args, flag, rest

print(mixed(1, 2, 3, flag=True, extra=4))
for call in [lambda: connect("x", 1),
             lambda: required_kw(),
             lambda: required_kw(1),
             lambda: mixed(1, 2),
             lambda: connect(host="h", bogus=1)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
def two_required(*, a, b):
    return a + b
try:
    two_required()
except TypeError as e:
    print(type(e).__name__, e)
print(connect.__kwdefaults__, two_required(b=1, a=2))
