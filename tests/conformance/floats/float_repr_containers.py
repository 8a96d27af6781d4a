vals = [0.1, 1e16, 1.5e-7, -0.0, float('inf'), float('nan'), 100.0, 1e22, 2.5]
print(vals)
print(tuple(vals), set([1.5]), {1.5: 2.5}, str(vals), repr(vals))
print(str(0.1), repr(0.1), f"{0.1}", f"{0.1!r}", f"{0.1!s}", "%s %r" % (0.1, 0.1), "{} {!r}".format(0.1, 0.1), format(0.1))
print(str(1e16), str(1e15), str(123456789.0), str(1234567890123456.7), str(0.0001), str(0.00001234))
print(float.__repr__(1e-5), float.__str__(-1e-5), (1.5).__repr__(), [float(i) for i in range(5)])
print(1.0 * 10 ** 15, 1.0 * 10 ** 16, 1.0 * 10 ** 17, 2.0 ** 53, 2.0 ** 54, 2.0 ** -20, 2.0 ** 100)
