class CM:
    pass
with CM() as 1:
    pass
