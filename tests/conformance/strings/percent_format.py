# printf-style % formatting.
print("%s|%r|%a" % ("é", "é", "é"))
print("%d|%i|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42, 42))
print("%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G" % ((3.14159,) * 8))
print("%x|%X|%#x|%o|%#o|%c|%c" % (255, 255, 255, 8, 8, 65, "z"))
print("%s and %s" % ("a", "b"), "%%" % (), "100%%" % (), "%s" % "single")
print("%(name)s is %(age)d" % {"name": "Bob", "age": 5})
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True), "%.3s" % "abcdef", "%*d" % (6, 7))
print("%d" % 3.99, "%d" % -3.99, "%.0f" % 0.5, "%.0f" % 1.5, "%5s|%-5s|" % ("ab", "cd"))
for fmt, args in [("%d", ("x",)), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", (1,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
