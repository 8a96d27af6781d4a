# str.format with positional, indexed, named and nested fields.
print("{} and {}".format("spam", "eggs"), "{1} and {0}".format("spam", "eggs"))
print("{0}{1}{0}".format("ab", "cd"), "{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {0[0]}".format(["x", "y"]), "{d[key]}".format(d={"key": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:08.3f}".format(3.14159))
print("{0:{1}}|".format("w", 5), "{:{fill}>{width}}".format("z", fill="#", width=4))
print("{{}} {}".format(1), "{!r} {!s} {!a}".format("q", "q", "é"))
print("{:,} {:b} {:o} {:x}".format(10**6, 10, 10, 255))
print("{0.real} {0.imag}".format(5))
print("%s %s" % ("old", "style"), "{}".format([1, {2: 3}]))
for template, args in [("{} {}", (1,)), ("{2}", (1, 2)), ("{", ()), ("}", ()), ("{0:q}", (1,))]:
    try:
        print(template.format(*args))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    print("{x}".format(y=1))
except KeyError as e:
    print(type(e).__name__, e)
print(format(3.5, "08.2f"), format("s", "^5"), format(10, "x"), format(1234, ""))
