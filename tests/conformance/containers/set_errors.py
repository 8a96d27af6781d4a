# Errors from set operations.
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: {1}.remove(2))
show(lambda: set().pop())
show(lambda: {[1, 2]})
show(lambda: set([{}]))
show(lambda: {1} | [2])
show(lambda: {1} + {2})
show(lambda: frozenset([1]).add(2))
show(lambda: {1}.add([]))
show(lambda: {1} < [1])
one = {1}
show(lambda: one[0])
show(lambda: {1}.remove([1]))
show(lambda: {1}.union(5))
show(lambda: 5 in {1} and [] in {1})
