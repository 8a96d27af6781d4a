for v in [0, 5, -1234567, 2**70, 0.0, 1.5, 1234567.0, 1e-7, 123456789.123, float('inf'), -0.0]:
    row = []
    for s in ["n", ".3n", "10n", "<10.2n", "+n", "#n", "#.3n", "012n"]:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append(str(e))
    print(repr(v), row)
for spec in [",n", "_n", ".2n" if False else "n"]:
    for v in [5, 5.5]:
        try:
            print(spec, repr(format(v, spec)))
        except ValueError as e:
            print(spec, type(e).__name__, e)
