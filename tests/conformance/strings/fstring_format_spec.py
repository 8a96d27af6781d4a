# Format specifications in f-strings.
x = 1234.5678
n = 1234567
print(f"[{x:.2f}] [{x:10.1f}] [{x:<10.3f}] [{x:^12.2f}] [{x:+.1f}] [{-x:+.1f}] [{x: .0f}]")
print(f"[{x:e}] [{x:.2e}] [{x:E}] [{x:g}] [{x:.3g}] [{1e-7:g}] [{1e20:g}] [{x:%}] [{0.25:.1%}]")
print(f"[{n:,}] [{n:_}] [{x:,.2f}] [{n:>12,}] [{-n:,}] [{n:012,}]")
print(f"[{n:d}] [{n:x}] [{n:X}] [{n:o}] [{n:b}] [{n:#x}] [{n:#o}] [{n:#b}] [{255:#06x}]")
print(f"[{42:5d}] [{42:<5d}] [{42:^5d}] [{42:*^9d}] [{42:=+6d}] [{-42:=6d}] [{42:05d}] [{-42:05d}]")
print(f"[{'abc':>6}] [{'abc':<6}] [{'abc':^7}] [{'abc':.2}] [{'abc':-^9}] [{'abcdef':4.3}]")
w, p = 10, 3
print(f"[{x:{w}.{p}f}] [{x:>{w}}] [{'s':{'>'}{w}}]")
print(f"[{True:d}] [{True:5}] [{3:f}] [{3.0:.0f}] [{2.5:.0f}] [{3.5:.0f}] [{0.125:.2f}]")
print(f"[{float('inf'):f}] [{float('nan'):8.2f}] [{-0.0:.1f}] [{1e16:f}] [{123:e}]")
print(f"[{97:c}] [{65:c}] [{'x':s}] [{None!s:>6}] [{[1, 2]!s:>8}]")
try:
    print(f"{'abc':d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{3.5:d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{12:,s}")
except ValueError as e:
    print(type(e).__name__, e)
