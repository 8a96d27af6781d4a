# The built-in exception hierarchy: every class, its bases and MRO.
import builtins

names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type)
               and issubclass(getattr(builtins, n), BaseException))
print(len(names))
for n in names:
    c = getattr(builtins, n)
    print(n, c.__name__, [b.__name__ for b in c.__bases__], [m.__name__ for m in c.__mro__[1:]])

print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(issubclass(BaseExceptionGroup, Exception))
print(issubclass(PythonFinalizationError, RuntimeError))
print(issubclass(EncodingWarning, Warning))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
print(issubclass(GeneratorExit, Exception))
print(issubclass(ModuleNotFoundError, ImportError))
print(issubclass(TabError, SyntaxError), issubclass(IndentationError, SyntaxError))
print(issubclass(UnicodeDecodeError, ValueError))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError))
print(ValueError.__module__, ValueError.__qualname__)
print(isinstance(ValueError(), Exception), isinstance(KeyboardInterrupt(), Exception))
for n in names:
    c = getattr(builtins, n)
    if n in ('BaseExceptionGroup', 'ExceptionGroup'):
        continue
    try:
        e = c()
        print(n, repr(e), repr(str(e)), e.args)
    except Exception as x:
        print(n, 'error', type(x).__name__, x)
