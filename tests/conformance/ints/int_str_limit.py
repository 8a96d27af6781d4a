import sys
print(sys.get_int_max_str_digits())
s = "1" * 4300
print(len(str(int(s))))
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("-" + "1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
x = 10 ** 4300
try:
    str(x)
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(-x)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{x}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    "%d" % x
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)))
print(len(hex(x)), len(bin(x)), len(oct(x)))
print(int("f" * 5000, 16) > 0)
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(x)))
print(len(str(int("2" * 5000))))
try:
    int("2" * 5001)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 10000)))
for bad in [1, 639, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
try:
    int("1" * 641)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits("x")
except TypeError as e:
    print(type(e).__name__, e)
