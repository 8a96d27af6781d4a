def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import sys
t(lambda: input())
t(lambda: input("prompt> "))
t(lambda: input(1, 2))
