# New exceptions and the unhandled rest, combined into one uncaught group.
def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise RuntimeError("replaced")
    except* OSError:
        pass


def main():
    g()


main()
