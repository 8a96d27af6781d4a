def load(name):
    raise OSError(2, "No such file or directory", name)

try:
    load("config.ini")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
    raise PermissionError(13, "Permission denied", "other.ini", None, "target.ini")
