# __cause__, __context__ and __suppress_context__.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context:", type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", e.__cause__, "| context:", type(e.__context__).__name__, repr(e.__context__))
    print("suppress:", e.__suppress_context__)
try:
    try:
        raise TypeError("hidden")
    except TypeError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise IndexError("no context")
except IndexError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError("bad cause") from 5
except TypeError as e:
    print(type(e).__name__, e)
