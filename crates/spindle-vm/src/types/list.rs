//! `list`: a mutable sequence behind a per-list reader-writer lock. Every built-in operation
//! (append, pop, item store, slice store, sort...) holds the lock for its whole duration, so
//! concurrent operations are atomic and never lost. Code that calls back into Python (sort keys,
//! comparisons of instances) works on a snapshot and never holds the lock while Python runs.

use crate::object::Payload;
use crate::value::Value;
use parking_lot::RwLock;
use std::sync::atomic::{AtomicU64, Ordering};

pub struct ListObj {
    pub items: RwLock<Vec<Value>>,
    /// Bumped on every structural change; list iterators use it to detect mutation.
    version: AtomicU64,
}

impl ListObj {
    pub fn new(items: Vec<Value>) -> ListObj {
        ListObj {
            items: RwLock::new(items),
            version: AtomicU64::new(0),
        }
    }

    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    pub fn touch(&self) {
        self.version.fetch_add(1, Ordering::Release);
    }

    pub fn len(&self) -> usize {
        self.items.read().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.read().get(i).cloned()
    }

    pub fn push(&self, v: Value) {
        self.items.write().push(v);
        self.touch();
    }

    pub fn snapshot(&self) -> Vec<Value> {
        self.items.read().clone()
    }
}

pub fn new_list(items: Vec<Value>) -> Value {
    Value::from_obj(Payload::List(ListObj::new(items)))
}

pub fn as_list(v: &Value) -> Option<&ListObj> {
    match v.payload() {
        Some(Payload::List(l)) => Some(l),
        _ => None,
    }
}
