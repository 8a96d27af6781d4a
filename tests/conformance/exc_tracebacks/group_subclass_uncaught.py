class Failures(ExceptionGroup):
    def __str__(self):
        return f"{self.message}: {len(self.exceptions)} failures"

class Custom(Exception):
    pass
Custom.__module__ = "app.errors"

def run():
    raise Failures("run", [Custom("c1"), ZeroDivisionError("z")])

run()
