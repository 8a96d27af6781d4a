# int.to_bytes / int.from_bytes
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (1024).to_bytes(4))
print((0).to_bytes(), (0).to_bytes(0), (255).to_bytes(), (-1).to_bytes(1, signed=True))
print((-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, signed=True))
print((2**64).to_bytes(9, 'little'), (-2**63).to_bytes(8, 'big', signed=True))
print((1).to_bytes(length=3, byteorder='little'))
print((-256).to_bytes(2, 'little', signed=True))
for args, kw in [((1, 'big'), {}), ((0, 'big'), {}), ((-1, 'big'), {'signed': True})]:
    for x in [0, 1, 255, 256, -1, -129, 2**100]:
        try:
            print(x, args, kw, x.to_bytes(*args, **kw))
        except (OverflowError, ValueError, TypeError) as e:
            print(x, args, kw, type(e).__name__, e)
for bad in [lambda: (1).to_bytes(2, 'middle'), lambda: (1).to_bytes(-1), lambda: (1).to_bytes(2, 5),
            lambda: (1).to_bytes('2'), lambda: (-1).to_bytes(2), lambda: (128).to_bytes(1, signed=True),
            lambda: (-129).to_bytes(1, signed=True), lambda: (1).to_bytes(1, 'big', True)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(int.from_bytes(b'\x00\x10'), int.from_bytes(b'\x00\x10', 'little'), int.from_bytes(b'\xff', signed=True))
print(int.from_bytes(b''), int.from_bytes(b'', signed=True), int.from_bytes([1, 2, 3], 'big'))
print(int.from_bytes(bytearray(b'\x80\x00'), 'big', signed=True), int.from_bytes(b'\x01' * 20, 'little'))
print(int.from_bytes((255, 255), byteorder='big', signed=True), int.from_bytes(iter([1, 0]), 'little'))
print(int.from_bytes(bytes=b'\x05', byteorder='big'))
for bad in [lambda: int.from_bytes(b'\x01', 'sideways'), lambda: int.from_bytes([256]), lambda: int.from_bytes([-1]),
            lambda: int.from_bytes('abc'), lambda: int.from_bytes(5), lambda: int.from_bytes(),
            lambda: int.from_bytes(b'\x01', 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for n in [0, 1, -1, 127, 128, -128, -129, 2**70 + 3, -(2**70) - 3]:
    length = (n.bit_length() + 8) // 8
    b = n.to_bytes(length, 'little', signed=True)
    print(n, b, int.from_bytes(b, 'little', signed=True) == n)
print(type(int.from_bytes(b'\x01')).__name__, bool.from_bytes(b'\x01'), bool.from_bytes(b'\x00'))
