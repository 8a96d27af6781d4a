def work(n):
    try:
        return 10 // n
    except ZeroDivisionError as z:
        raise ValueError(f"bad input {n}") from z

errors = []
for n in (0, 'x'):
    try:
        work(n)
    except Exception as e:
        errors.append(e)
try:
    raise ExceptionGroup("batch failed", errors)
except ExceptionGroup as g:
    raise RuntimeError("while reporting") 
