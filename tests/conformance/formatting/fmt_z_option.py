vals = [-0.0, 0.0, -0.0001, -0.004, -0.005, -0.0051, -1e-20, -0.4, -0.5, -0.6, -1.0, float('-inf'), float('nan'), -1e-300]
for spec in ["z", "z.0f", "z.1f", "z.2f", "z.2e", "z.0e", "z.1g", "z.3", "z.0%", "z.1%", "+z.1f", " z.1f", "z>8.1f", "z08.1f", "z,.1f", "z#.0f"]:
    print(spec, [format(v, spec) for v in vals])
for v in [-0.0, -0.001]:
    print(f"{v:z.1f}", f"{complex(v, v):z.1f}", "{:z.2f}".format(v))
for spec in ["zd", "z", "zs", "zc", "zx"]:
    for v in [5, "s"]:
        try:
            print(spec, repr(format(v, spec)))
        except ValueError as e:
            print(spec, type(e).__name__, e)
