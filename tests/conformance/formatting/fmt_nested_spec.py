w, p, a, f = 10, 3, '^', '*'
x = 3.14159265
print("{:{}.{}f}".format(x, w, p), "{:{a}{w}}".format("hi", a=a, w=w), "{0:{f}{a}{w}.{p}}".format(x, f=f, a=a, w=w, p=p))
print(f"{x:{w}.{p}f}|{x:{f}{a}{w}.{p}}|{'hi':{f}>{w}}|{12345:{','}}|{12345:{'_'}{'x'}}")
print("{:{}}".format("ab", 5), "{0:>{1}}".format(7, 4), "{:^{}.{}}".format("abcdef", 9, 3))
for spec in ["{:{}}", "{:{}{}}", "{0:{1}}"]:
    try:
        print(repr(spec.format(1, "x", "y")))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    print("{:{:{}}}".format(1, 2, 3))
except ValueError as e:
    print(type(e).__name__, e)
print(format(12.5, "*^+{}.{}f".format(12, 2)), "{:>{width}}".format("r", width=6))
