# Checksums of the Unicode predicates and case mappings over many blocks: every character's
# isalpha/isdecimal/isdigit/isnumeric/isspace/isprintable/isupper/islower/istitle/isidentifier
# and its upper/lower/title/casefold/swapcase mappings feed a per-range checksum.
ranges = [(0, 0x800), (0x800, 0x1800), (0x1800, 0x2C00), (0x2C00, 0x3400), (0xA000, 0xAC00),
          (0xF900, 0x10000), (0x10000, 0x10800), (0x11000, 0x11800), (0x16E00, 0x16F00),
          (0x1D400, 0x1D800), (0x1E900, 0x1E960), (0x1F100, 0x1F200)]
M = (1 << 61) - 1
for lo, hi in ranges:
    pred = 0
    case = 0
    changed = 0
    for cp in range(lo, hi):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        bits = 0
        for f in (c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(),
                  c.isprintable(), c.isupper(), c.islower(), c.istitle(), c.isidentifier(),
                  ("a" + c).isidentifier()):
            bits = bits * 2 + (1 if f else 0)
        pred = (pred * 31 + bits + cp) % M
        for m in (c.upper(), c.lower(), c.title(), c.casefold(), c.swapcase()):
            if m != c:
                changed += 1
                for ch in m:
                    case = (case * 131 + ord(ch)) % M
    print(hex(lo), hex(hi), pred, case, changed)
