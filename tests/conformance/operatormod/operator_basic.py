import operator as op
from operator import itemgetter, attrgetter, methodcaller

print(op.add(2, 3), op.sub(5, 1), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(4), op.pos(-4), op.abs(-3), op.inv(5), op.lshift(1, 4), op.rshift(64, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(3, 2), op.ge(1, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.concat([1], [2]), op.index(5))
d = {"a": 1}
op.setitem(d, "b", 2); print(op.getitem(d, "b")); op.delitem(d, "a"); print(d)
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 9}))
class P:
    def __init__(self):
        self.x = 1
        self.inner = self
    def greet(self, name, punct="!"):
        return "hi " + name + punct
p = P()
print(attrgetter("x")(p), attrgetter("x", "inner.x")(p), methodcaller("greet", "bob")(p), methodcaller("greet", "al", punct="?")(p))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=itemgetter(1)))
l = [1]; print(op.iadd(l, [2]), l, op.imul(3, 4))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(object(), 7), op.call(len, "abc"))
try:
    op.indexOf([1], 5)
except ValueError as e:
    print(type(e).__name__, e)
