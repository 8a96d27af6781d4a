# An exception raised inside __getattr__ propagates with a traceback through it.

class Config:
    def __init__(self, values):
        self._values = values

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting named {name!r}") from None


cfg = Config({"debug": True})
print(cfg.debug)
print(cfg.verbose)
