vals = [0j, 1 + 0j, complex(1, -0.0), 1j, -1j, 2.5 + 0j, complex(2**53 + 1), complex(float('inf')), 1e300 + 1e300j]
others = [0, 1, 1.0, 2.5, True, False, 2**53 + 1, 2**53, float('inf'), "1"]
for v in vals:
    print(repr(v), [v == o for o in others], [o == v for o in others], [v != o for o in others], hash(v))
print(hash(complex(5, 0)) == hash(5), hash(complex(0.5, 0)) == hash(0.5), hash(complex(0, 1)) == 1000003)
print({1: 'a', 1 + 0j: 'b', 1.0: 'c'}, {2j: 1, complex(0, 2): 2}, (1 + 0j) in [1], 1 in [1 + 0j], [1j].count(1j))
for op in ['<', '<=', '>', '>=']:
    try:
        eval(f"1j {op} 2j")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    1j < 1
except TypeError as e:
    print(type(e).__name__, e)
