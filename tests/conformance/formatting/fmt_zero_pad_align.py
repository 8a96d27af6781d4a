for v in [42, -42, 4.5, -4.5, float('-inf'), 'ab']:
    row = []
    for s in ["05", "<05", ">05", "^05", "=05", "x<05", "x>05", "x^6", "x=6", "0=6", "0<6", "0^6", " =6", "+06", "-06", " 06", "+<6", "+^7", "z07.1f" if not isinstance(v, (int, str)) else "07"]:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append(f"{type(e).__name__}: {e}")
    print(repr(v), row)
