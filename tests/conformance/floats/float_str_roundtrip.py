# deterministic pseudo-random doubles checked for repr round-trip and exact repr text
state = 12345
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (2**64)
    return state

count = 0
out = []
for i in range(3000):
    bits = nxt()

    mant = bits >> 12
    exp = (bits >> 2) % 600 - 300
    sign = -1 if bits & 1 else 1
    f = sign * (mant / 2**52 + 1) * 10.0 ** exp if False else sign * float.fromhex('0x1.%013xp%d' % (mant, exp))
    r = repr(f)
    if float(r) != f:
        print("BAD", r)
    if i % 50 == 0:
        out.append(r)
print(out)
print([repr(i / 10) for i in range(30)])
print([repr(i * 0.1) for i in range(30)])
print([repr(1.0 / i) for i in range(1, 40)])
print([str(2.0 ** -i) for i in range(0, 80, 7)])
print([str(10.0 ** i) for i in range(-25, 25)])
