# __exit__ raising while the body's exception propagates: a chained traceback.
class Broken:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise RuntimeError("cleanup failed")


def run():
    with Broken():
        {}["missing"]


run()
