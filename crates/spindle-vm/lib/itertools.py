"""Iterator building blocks (Spindle's own implementation, in Python)."""

__all__ = ["accumulate", "batched", "chain", "combinations", "combinations_with_replacement",
           "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice",
           "pairwise", "permutations", "product", "repeat", "starmap", "takewhile", "tee",
           "zip_longest"]


class count:
    """count(start=0, step=1) -> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(v, "__add__"):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and isinstance(self._step, int):
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


class repeat:
    """repeat(object[, times]) -> object, object, ..."""

    def __init__(self, object, times=None):
        self._obj = object
        self._left = None if times is None else max(0, times)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is not None:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._left)


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def batched(iterable, n, *, strict=False):
    if n < 1:
        raise ValueError("n must be at least one")
    it = iter(iterable)
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        if strict and len(batch) != n:
            raise ValueError("batched(): incomplete batch")
        yield batch


class chain:
    """chain(*iterables) -> the items of each iterable in turn."""

    def __init__(self, *iterables):
        self._its = iter(iterables)
        self._cur = iter(())

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._its = iter(iterables)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            try:
                return next(self._cur)
            except StopIteration:
                self._cur = iter(next(self._its))


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def groupby(iterable, key=None):
    """Yield (key, group) for each run of consecutive items with equal keys. Advancing to
    the next group leaves the previous group empty."""
    keyfunc = (lambda x: x) if key is None else key
    it = iter(iterable)
    try:
        first = next(it)
    except StopIteration:
        return
    look = [first, keyfunc(first)]   # the next item and its key
    done = [False]

    def run(k):
        while True:
            yield look[0]
            try:
                v = next(it)
            except StopIteration:
                done[0] = True
                return
            look[0] = v
            look[1] = keyfunc(v)
            if not look[1] == k:
                return

    while not done[0]:
        k = look[1]
        group = run(k)
        yield k, group
        for _ in group:
            pass


def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, 1 if s.step is None else s.step
    for v, name in ((start, "Indices"), (stop, "Stop")):
        if v is not None and (not isinstance(v, int) or v < 0):
            raise ValueError("%s for islice() must be None or an integer: 0 <= x <= sys.maxsize."
                             % ("Stop argument" if name == "Stop" else
                                "Indices"))
    if not isinstance(step, int) or step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    # Pull items only while their index is below stop (never one too many).
    i = 0
    nexti = start
    while stop is None or i < stop:
        try:
            element = next(it)
        except StopIteration:
            return
        if i == nexti:
            yield element
            nexti += step
        i += 1


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mybuf):
        while True:
            if not mybuf:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield mybuf.pop(0)
    return tuple(gen(b) for b in buffers)


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    """r-length orderings of the items, in lexicographic order of their positions."""
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    used = [False] * n
    chosen = []

    def extend(depth):
        if depth == r:
            yield tuple(pool[i] for i in chosen)
            return
        for i in range(n):
            if not used[i]:
                used[i] = True
                chosen.append(i)
                yield from extend(depth + 1)
                chosen.pop()
                used[i] = False
    yield from extend(0)


def _choose(iterable, r, again):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    chosen = []

    def extend(start, depth):
        if depth == r:
            yield tuple(pool[i] for i in chosen)
            return
        for i in range(start, n):
            chosen.append(i)
            yield from extend(i if again else i + 1, depth + 1)
            chosen.pop()
    yield from extend(0, 0)


def combinations(iterable, r):
    """r-length subsequences of the items, in lexicographic order of their positions."""
    return _choose(iterable, r, False)


def combinations_with_replacement(iterable, r):
    """r-length subsequences allowing repeated items."""
    return _choose(iterable, r, True)
