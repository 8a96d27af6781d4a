//! Spindle's pure-Python standard library, embedded in the binary. Each module is a `.py` file
//! under `crates/spindle-vm/lib/`, written for Spindle (not copied from CPython).

/// The source of an embedded module.
pub fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "threading" => include_str!("../lib/threading.py"),
        "abc" => include_str!("../lib/abc.py"),
        "weakref" => include_str!("../lib/weakref.py"),
        "queue" => include_str!("../lib/queue.py"),
        "random" => include_str!("../lib/random.py"),
        "functools" => include_str!("../lib/functools.py"),
        "collections" => include_str!("../lib/collections.py"),
        "keyword" => include_str!("../lib/keyword.py"),
        "itertools" => include_str!("../lib/itertools.py"),
        "operator" => include_str!("../lib/operator.py"),
        "heapq" => include_str!("../lib/heapq.py"),
        "copy" => include_str!("../lib/copy.py"),
        "bisect" => include_str!("../lib/bisect.py"),
        "concurrent" => "__path__ = []\n",
        "concurrent.futures" => include_str!("../lib/concurrent_futures.py"),
        "traceback" => include_str!("../lib/traceback.py"),
        "contextlib" => include_str!("../lib/contextlib.py"),
        _ => return None,
    })
}
