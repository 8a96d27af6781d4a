# Unary minus, plus, invert and not.
for x in [0, 1, -1, 7, -2**70, 2**63]:
    print(x, -x, +x, ~x, not x)
for f in [0.0, -0.0, 1.5, -2.25, float("inf")]:
    print(f, -f, +f, not f)
print(- -5, -(-5), --5, +-5, -+5, ~~5, ~-5, -~5)
print(not not 3, not 0 == 1, (not 0) == 1)
print(-True, +True, ~False, -False)
print(- 2 ** 2, (-2) ** 2, -2 ** -1)
try:
    print(-"abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(~1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(+[1])
except TypeError as e:
    print(type(e).__name__, e)
