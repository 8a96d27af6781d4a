raise ExceptionGroup("sixteen", [KeyError(i) for i in range(16)])
