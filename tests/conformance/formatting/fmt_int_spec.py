vals = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64, -(2**70), True]
specs = ["", "d", "5d", "<5d", ">5d", "^5d", "=8d", "+d", " d", "-d", "08d", "+08d", "*^9", "0=8", "#x", "#X", "#o", "#b", "x", "X", "o", "b",
         ",", "_", ",d", "_d", "_x", "_b", "_o", "#_x", "012,", "012_", "+012,d", "#012_x", "#012b", "n", "10n", "c", "e", "E", "f", ".2f",
         "g", "G", ".3g", "%", ".1%", "F", "010.2f", ",.2f", "_.3e", "#10o", " #x", "-^+10", "x<10", "🎉^11", "0<5", "0>5", "0^5", "020_d"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append(f"{type(e).__name__}: {e}")
    print(v, row)
