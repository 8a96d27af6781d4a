print("{} {} {}".format(1, 2.5, "x"), "{0} {1} {0}".format("a", "b"), "{x} {y}".format(x=1, y=2))
print("{:>8.3f}|{:<+8d}|{:^#10x}|{:_b}".format(3.14159, 42, 255, 1023))
print("{0:{1}}|{0:{w}.{p}f}|{:{}}".format(3.14159, 10, w=9, p=2) if False else "{0:{1}}|{0:{w}.{p}f}".format(3.14159, 10, w=9, p=2))
print("{!r:>10}|{!s:^7}|{!a}".format("é", "ab", "é"))
print("{0[0]} {0[1]} {1[k]} {2.real} {2.imag}".format([1, 2], {"k": "v"}, 3 + 4j))
print("{:,}".format(1234567.891), "{:_}".format(10**10), "{:,.0f}".format(-1e9), "{:.2%}".format(0.12345), "{:e}".format(0))
print("{{}} {{{}}}".format(5), "{:%}".format(1), "{:n}".format(1234.5), "{:#}".format(1.0), "{:#.3}".format(1.0))
print("{:=^20,.2f}".format(-1234.5), "{:0=+12,.1f}".format(5555.55), "{:08.3e}".format(-1.5), "{:x>-8}".format(-3))
for fmt, a in [("{:d}", 1.5), ("{:f}", "s"), ("{:s}", 5), ("{0:.{1}f}", (1.5, "x")), ("{:,s}", "a"), ("{:=}", "a"), ("{:c}", 1.5), ("{:+}", "a"),
               ("{", ()), ("}", ()), ("{0", ()), ("{!}", 1), ("{!x}", 1), ("{:{}{}}", (1, "a", "b", "c")), ("{0:.{1}}", (1.5, 99999999999999999999))]:
    try:
        print(repr(fmt), fmt.format(*a) if isinstance(a, tuple) else fmt.format(a))
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print(format(1234.5678, ","), format(-0.0, ""), format(1e300 * 10, "+"), format(float("nan"), "+f"), format(2**0.5, ""), format(100.0, "e"))
