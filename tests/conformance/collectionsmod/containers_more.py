from collections import deque, defaultdict, OrderedDict, Counter, ChainMap

d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.count(7), d.index(7), 8 in d, list(reversed(d)))
m = deque(range(10), maxlen=3); print(m, m.maxlen); m.append(99); print(m); m.appendleft(-1); print(m)
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)

dd = defaultdict(list)
dd["a"].append(1); dd["b"].append(2); dd["a"].append(3)
print(dict(dd), dd["zz"], len(dd), dd.default_factory is list)
print(repr(defaultdict(int, {"x": 1})))
cnt = defaultdict(int)
for w in "the cat the hat the end".split():
    cnt[w] += 1
print(sorted(cnt.items()))
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print(type(e).__name__, e)

od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b"); print(list(od)); od.move_to_end("c", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})

c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], c.total())
c.update("aaz"); c.subtract({"b": 5}); print(sorted(c.items()))
print(sorted((Counter(a=3, b=1) + Counter(a=1, b=2)).items()), sorted((Counter(a=3, b=1) - Counter(a=1, b=2)).items()))
print(sorted((Counter(a=3, b=1) | Counter(a=1, b=2)).items()), sorted((Counter(a=3, b=1) & Counter(a=1, b=2)).items()))
print(sorted(Counter(a=2, b=1).elements()), Counter(), repr(Counter(x=2, y=5)))

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), "a" in cm, cm.get("z", 0))
child = cm.new_child({"a": 100}); print(child["a"], child.parents["a"])
cm["d"] = 4; print(over)
try:
    del cm["a"]
except KeyError as e:
    print(type(e).__name__, e)
