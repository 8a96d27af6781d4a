vals = [0.0, -0.0, 1.5, -2.5, 123.456, 1e16, 1e-5, 1e22, float('inf'), float('-inf'), float('nan'), 3, 2**70, True]
for fmt in ["%f", "%.0f", "%.2f", "%10.3f", "%-10.3f|", "%010.3f", "%+f", "% f", "%#.0f", "%e", "%.2e", "%E", "%#.0e", "%g", "%.3g", "%#g",
            "%G", "%F", "%+08.2f", "%-+8.1e|", "% 012.4g", "%.20g", "%.0g", "%#.0g", "%s", "%r", "%.1%" if False else "%.3s", "%5.1F"]:
    row = []
    for v in vals:
        try:
            row.append(fmt % v)
        except (TypeError, ValueError, OverflowError) as e:
            row.append(f"{type(e).__name__}: {e}")
    print(fmt, row)
