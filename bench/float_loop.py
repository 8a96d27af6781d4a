# Float-heavy loop: measures float arithmetic, float compares and float
# boxing/unboxing in the dispatch loop. Two kernels: a Mandelbrot escape-time
# count over a grid, and a midpoint-rule integration of 4/(1+x*x) (= pi).
# Only +, -, *, / and compares on floats; the only int work is the loop
# counters. The float result is printed with repr(), so the checksum also
# checks that float repr matches CPython (shortest round-trip repr).
SIZE = 320          # grid is SIZE x SIZE points (size constant)
MAX_ITER = 100
STEPS = 3_600_000     # integration steps (size constant)


def mandel(size, max_iter):
    count = 0
    esc = 0.0
    for py in range(size):
        ci = (py * 2.0) / size - 1.0
        for px in range(size):
            cr = (px * 3.0) / size - 2.0
            zr = 0.0
            zi = 0.0
            k = 0
            while k < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                k = k + 1
            count = count + k
            esc = esc + zr * 0.5 - zi * 0.25
    return count, esc


def integrate(steps):
    h = 1.0 / steps
    s = 0.0
    x = 0.5 * h
    for i in range(steps):
        s = s + 4.0 / (1.0 + x * x)
        x = x + h
    return s * h


def main():
    count, esc = mandel(SIZE, MAX_ITER)
    pi = integrate(STEPS)
    print("checksum:", count, repr(esc), repr(pi))


main()
