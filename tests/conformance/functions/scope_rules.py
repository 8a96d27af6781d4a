# LEGB name resolution.
x = "global x"

def local_scope():
    x = "local x"
    return x

def enclosing():
    x = "enclosing x"
    def inner():
        return x
    return inner()

def builtin_shadow():
    len = lambda obj: "shadowed len"
    return len([1, 2])

def reads_global():
    return x

print(local_scope(), enclosing(), reads_global(), builtin_shadow(), len([1, 2]))
def comprehension_scope():
    y = 10
    return [y + i for i in range(3)]
print(comprehension_scope())
def param_shadows(x):
    return x
print(param_shadows("param"), x)
def nested_levels():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            return a + b + c
        return l2()
    return l1()
print(nested_levels())
def late_global():
    return later_defined
later_defined = "defined after function"
print(late_global())
print = print
print("rebound print still works")
