# raise X from Y shows the explicit cause.
def convert(text):
    try:
        return int(text)
    except ValueError as exc:
        raise TypeError("bad input for convert") from exc

print(convert("12"))
convert("twelve")
