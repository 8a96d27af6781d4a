def check(x):
    if x < 0:
        e = ValueError(f"negative: {x}")
        e.add_note("inputs must be >= 0")
        e.add_note("see the documentation\nfor details")
        raise e

try:
    check(-1)
except ValueError as e:
    e.add_note("added by the handler")
    raise
