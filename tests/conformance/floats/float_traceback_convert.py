values = ["1.5", "2.5e3", "abc"]
for v in values:
    print(float(v))
