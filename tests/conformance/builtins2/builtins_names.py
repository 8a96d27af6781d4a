def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import builtins
names = ["abs","aiter","all","anext","any","ascii","bin","breakpoint","callable","chr","compile","delattr","dir","divmod","eval","exec","format","getattr","globals","hasattr","hash","hex","id","input","isinstance","issubclass","iter","len","locals","max","min","next","oct","ord","pow","print","repr","round","setattr","sorted","sum","vars","__import__","__build_class__"]
print([n for n in names if not hasattr(builtins, n)])
print([n for n in names if not callable(getattr(builtins, n))])
print(len.__name__, len.__module__, type(len).__name__)
print(repr(len), repr(sorted))
print(builtins.__name__, __builtins__ is builtins or type(__builtins__).__name__)
print(type(builtins.max).__qualname__, max.__qualname__)
