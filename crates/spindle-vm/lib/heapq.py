"""Heap queue (min-heap on a list), Spindle's own implementation.

The sift operations follow the bottom-up variant (move the smaller child up to a leaf, then
sift the new item back down), so heaps have the same layout as CPython's for the same
operations.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest",
           "nsmallest", "heappushpop"]


def _sift_toward_root(heap, root, pos):
    item = heap[pos]
    while pos > root:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def heappush(heap, item):
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf(x, i)


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:max(n, 0)]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]


def merge(*iterables, key=None, reverse=False):
    keyf = (lambda v: v) if key is None else key
    its = [iter(it) for it in iterables]
    heads = []
    for idx, it in enumerate(its):
        for v in it:
            heads.append([keyf(v), idx, v])
            break
    while heads:
        best = None
        for h in heads:
            if best is None:
                best = h
            elif (h[0] > best[0]) if reverse else (h[0] < best[0]):
                best = h
        yield best[2]
        for v in its[best[1]]:
            best[0], best[2] = keyf(v), v
            break
        else:
            heads.remove(best)
