import heapq, bisect, random

r = random.Random(3)
data = [r.randrange(100) for _ in range(40)]
h = []
for v in data:
    heapq.heappush(h, v)
print(h)
print([heapq.heappop(h) for _ in range(10)], h[:10])
x = list(data); heapq.heapify(x); print(x)
print(heapq.heapreplace(x, 50), heapq.heappushpop(x, 1), heapq.heappushpop(x, 99), x[:8])
print(heapq.nsmallest(5, data), heapq.nlargest(5, data), heapq.nsmallest(2, data, key=lambda v: -v))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge([9, 4], [8, 1], reverse=True)))
tasks = []
for pr, name in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    heapq.heappush(tasks, (pr, name))
print([heapq.heappop(tasks) for _ in range(4)])
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)

s = [1, 3, 3, 5, 8]
print(bisect.bisect(s, 3), bisect.bisect_left(s, 3), bisect.bisect_right(s, 4), bisect.bisect_left(s, 100))
bisect.insort(s, 4); bisect.insort_left(s, 3); print(s)
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda t: t[1]))
bisect.insort(recs, ("x", 7), key=lambda t: t[1]); print(recs)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(type(e).__name__, e)
