shared = ValueError("shared")
try:
    raise shared
except ValueError:
    pass
g = ExceptionGroup("dups", [shared, shared, TypeError("t")])
shared.__context__ = KeyError("ctx of shared")
raise g
