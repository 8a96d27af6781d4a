e = ValueError("deepest")
for i in range(13):
    e = ExceptionGroup(f"level {i}", [e, TypeError(i)])
raise e
