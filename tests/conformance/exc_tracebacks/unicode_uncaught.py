def decode(data):
    raise UnicodeDecodeError("utf-8", data, 1, 2, "invalid continuation byte")

decode(b"a\xffb")
