def f():
    try:
        pass
    except* ValueError:
        if f:
            return
