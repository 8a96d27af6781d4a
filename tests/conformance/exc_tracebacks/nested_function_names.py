class Service:
    def handle(self, data):
        def parse(item):
            return int(item)
        out = []
        for x in data:
            out.append(parse(x))
        return out

    @staticmethod
    def helper():
        return (lambda v: v["key"])({})

import traceback
try:
    Service().helper()
except KeyError:
    traceback.print_exc()
Service().handle(["1", "x"])
