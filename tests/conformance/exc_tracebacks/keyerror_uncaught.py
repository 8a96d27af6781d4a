d = {"a": 1}
def get(key):
    return d[key]
try:
    get(("tuple", "key"))
except KeyError as e:
    print(e, repr(e))
get("")
