# "generator already executing", uncaught.

def recursive():
    yield next(me)

me = recursive()
next(me)
