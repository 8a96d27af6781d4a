# f-string !r !s !a conversions and the = specifier.
s = "café\n"
n = 7
lst = ["a", 1]
print(f"{s!r}", f"{s!s}", f"{s!a}", f"{n!r}", f"{lst!r}", f"{lst!a}")
print(f"{n=}", f"{s=}", f"{lst=}", f"{n + 1=}", f"{n = }", f"{n=!s}", f"{n=:>4}")
print(f"{s=!a}", f"{'x'=}", f"{n*2=:05d}", f"{len(lst)=}")
value = 3.14159
print(f"{value=:.2f}", f"{value!r:>12}", f"{value!s:<10}|")
print(f"{None=}", f"{True=}", f"{[n, n]=}")
