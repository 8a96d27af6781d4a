def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(isinstance(1, int | str), isinstance("a", int | None), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
t(lambda: isinstance(1, int | list[int]))
t(lambda: isinstance([], (int, str | list)))
