//! `dict`: an insertion-ordered hash table behind a per-dict reader-writer lock.
//!
//! Keys are hashed before the lock is taken (hashing may run Python code). Key comparison under
//! the lock is native for built-in key types; a key whose equality needs Python code (`__eq__` of
//! a class) is compared after the lock is released and the match re-validated, so Python code
//! never runs while a dict lock is held.

use crate::error::PyResult;
use crate::object::Payload;
use crate::ops;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use hashbrown::HashTable;
use parking_lot::RwLock;
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default, Clone)]
pub struct DictTable {
    indices: HashTable<usize>,
    entries: Vec<Option<Entry>>,
    len: usize,
}

/// Outcome of a lookup under the lock.
enum Probe {
    Found(usize),
    Missing,
    /// Candidates whose equality needs Python code: (entry index, key).
    NeedsPython(Vec<(usize, Value)>),
}

impl DictTable {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn probe(&self, hash: i64, key: &Value) -> Probe {
        let mut slow = Vec::new();
        for &i in self.indices.iter_hash(hash as u64) {
            if let Some(Some(e)) = self.entries.get(i) {
                if e.hash != hash {
                    continue;
                }
                if e.key.is(key) {
                    return Probe::Found(i);
                }
                match ops::eq_native(&e.key, key) {
                    Some(true) => return Probe::Found(i),
                    Some(false) => {}
                    None => slow.push((i, e.key.clone())),
                }
            }
        }
        if slow.is_empty() {
            Probe::Missing
        } else {
            Probe::NeedsPython(slow)
        }
    }

    fn find_native(&self, hash: i64, key: &Value) -> Option<usize> {
        match self.probe(hash, key) {
            Probe::Found(i) => Some(i),
            _ => None,
        }
    }

    pub fn get_index(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    /// Insert or replace; returns the old value.
    fn insert_at(
        &mut self,
        found: Option<usize>,
        hash: i64,
        key: Value,
        value: Value,
    ) -> Option<Value> {
        if let Some(i) = found {
            if let Some(Some(e)) = self.entries.get_mut(i) {
                return Some(std::mem::replace(&mut e.value, value));
            }
        }
        let idx = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.indices.insert_unique(hash as u64, idx, |&j| {
            entries
                .get(j)
                .and_then(|e| e.as_ref())
                .map(|e| e.hash as u64)
                .unwrap_or(0)
        });
        self.len += 1;
        None
    }

    fn remove_at(&mut self, i: usize) -> Option<Entry> {
        let e = self.entries.get_mut(i)?.take()?;
        if let Ok(slot) = self.indices.find_entry(e.hash as u64, |&j| j == i) {
            slot.remove();
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        let entries: Vec<Entry> = self.entries.drain(..).flatten().collect();
        self.indices.clear();
        self.len = 0;
        for e in entries {
            self.insert_at(None, e.hash, e.key, e.value);
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// Entry slots including holes (for iterators that resume by position).
    pub fn slot_count(&self) -> usize {
        self.entries.len()
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices.clear();
        self.len = 0;
    }

    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        let e = self.remove_at(i);
        // Trailing holes can go.
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        e
    }
}

pub struct DictObj {
    pub table: RwLock<DictTable>,
    /// Bumped on every mutation; inline caches of global loads key on it.
    version: AtomicU64,
}

/// Dict versions are unique across all dicts and threads without a shared counter: each thread
/// draws from its own block (block number in the high bits), so bumping a version never writes
/// a cache line another thread uses.
static VERSION_BLOCKS: AtomicU64 = AtomicU64::new(1);

thread_local! {
    static NEXT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

fn next_version() -> u64 {
    NEXT_VERSION.with(|c| {
        let mut v = c.get();
        if v & 0xff_ffff == 0 {
            // A new block of 2**24 versions.
            v = VERSION_BLOCKS.fetch_add(1, Ordering::Relaxed) << 24;
        }
        c.set(v + 1);
        v + 1
    })
}

impl Default for DictObj {
    fn default() -> Self {
        Self::new()
    }
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj {
            table: RwLock::new(DictTable::default()),
            version: AtomicU64::new(0),
        }
    }

    pub fn from_table(t: DictTable) -> DictObj {
        DictObj {
            table: RwLock::new(t),
            version: AtomicU64::new(0),
        }
    }

    #[inline]
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    fn touch(&self) {
        // Versions are unique across dicts so a cache entry can never match a stale dict.
        let v = next_version();
        self.version.store(v, Ordering::Release);
    }

    pub fn len(&self) -> usize {
        self.table.read().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Look a key up; Python-level `__eq__` runs without the lock held.
    pub fn get(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(vm, key)?;
        self.get_hashed(vm, hash, key)
    }

    pub fn get_hashed(&self, vm: &Vm, hash: i64, key: &Value) -> PyResult<Option<Value>> {
        loop {
            let slow = {
                let t = self.table.read();
                match t.probe(hash, key) {
                    Probe::Found(i) => return Ok(t.get_index(i).map(|e| e.value.clone())),
                    Probe::Missing => return Ok(None),
                    Probe::NeedsPython(c) => c,
                }
            };
            match self.resolve_slow(vm, key, slow)? {
                Resolved::Index(i, k) => {
                    let t = self.table.read();
                    if let Some(e) = t.get_index(i) {
                        if e.key.is(&k) {
                            return Ok(Some(e.value.clone()));
                        }
                    }
                    // The table changed meanwhile: look again.
                }
                Resolved::None => return Ok(None),
            }
        }
    }

    fn resolve_slow(&self, vm: &Vm, key: &Value, cands: Vec<(usize, Value)>) -> PyResult<Resolved> {
        for (i, k) in cands {
            if ops::eq(vm, &k, key)? {
                return Ok(Resolved::Index(i, k));
            }
        }
        Ok(Resolved::None)
    }

    pub fn set(&self, vm: &Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = ops::hash(vm, &key)?;
        self.set_hashed(vm, hash, key, value)
    }

    pub fn set_hashed(&self, vm: &Vm, hash: i64, key: Value, value: Value) -> PyResult<()> {
        let old;
        loop {
            let slow = {
                let mut t = self.table.write();
                match t.probe(hash, &key) {
                    Probe::Found(i) => {
                        old = t.insert_at(Some(i), hash, key, value);
                        break;
                    }
                    Probe::Missing => {
                        old = t.insert_at(None, hash, key, value);
                        break;
                    }
                    Probe::NeedsPython(c) => c,
                }
            };
            if let Resolved::Index(i, k) = self.resolve_slow(vm, &key, slow)? {
                let mut t = self.table.write();
                if t.get_index(i).map(|e| e.key.is(&k)).unwrap_or(false) {
                    old = t.insert_at(Some(i), hash, key, value);
                    break;
                }
                continue;
            }
            let mut t = self.table.write();
            old = t.insert_at(None, hash, key, value);
            break;
        }
        self.touch();
        drop(old);
        Ok(())
    }

    pub fn remove(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(vm, key)?;
        loop {
            let slow = {
                let mut t = self.table.write();
                match t.probe(hash, key) {
                    Probe::Found(i) => {
                        let e = t.remove_at(i);
                        drop(t);
                        self.touch();
                        return Ok(e.map(|e| e.value));
                    }
                    Probe::Missing => return Ok(None),
                    Probe::NeedsPython(c) => c,
                }
            };
            match self.resolve_slow(vm, key, slow)? {
                Resolved::Index(i, k) => {
                    let mut t = self.table.write();
                    if t.get_index(i).map(|e| e.key.is(&k)).unwrap_or(false) {
                        let e = t.remove_at(i);
                        drop(t);
                        self.touch();
                        return Ok(e.map(|e| e.value));
                    }
                }
                Resolved::None => return Ok(None),
            }
        }
    }

    /// String-keyed lookup without a VM (names, attributes, globals).
    pub fn get_str(&self, name: &str) -> Option<Value> {
        let hash = crate::hash::hash_str(name);
        let t = self.table.read();
        for &i in t.indices.iter_hash(hash as u64) {
            if let Some(Some(e)) = t.entries.get(i) {
                if e.hash == hash && crate::types::str::as_str(&e.key) == Some(name) {
                    return Some(e.value.clone());
                }
            }
        }
        None
    }

    /// String-keyed store without a VM.
    pub fn set_str(&self, name: &str, value: Value) {
        let key = crate::types::str::new_str(name);
        self.set_str_key(key, value);
    }

    /// Store with a key known to be a str.
    pub fn set_str_key(&self, key: Value, value: Value) {
        let hash = match crate::types::str::as_strobj(&key) {
            Some(s) => s.hash(),
            None => return,
        };
        let old = {
            let mut t = self.table.write();
            let found = t.find_native(hash, &key);
            t.insert_at(found, hash, key, value)
        };
        self.touch();
        drop(old);
    }

    pub fn remove_str(&self, name: &str) -> Option<Value> {
        let key = crate::types::str::new_str(name);
        let hash = crate::hash::hash_str(name);
        let e = {
            let mut t = self.table.write();
            let i = t.find_native(hash, &key)?;
            t.remove_at(i)
        };
        self.touch();
        e.map(|e| e.value)
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.read().iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table.read().iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .read()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.write());
        self.touch();
        drop(old);
    }

    pub fn snapshot(&self) -> DictTable {
        self.table.read().clone()
    }

    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let e = self.table.write().pop_last();
        self.touch();
        e.map(|e| (e.key, e.value))
    }

    /// Number of entry slots (live entries and holes), for iterators.
    pub fn slot_count(&self) -> usize {
        self.table.read().slot_count()
    }

    /// Entry at slot `i` (for iterators): Some(Some(entry)) live, Some(None) hole, None end.
    pub fn entry_at(&self, i: usize) -> Option<Option<(Value, Value)>> {
        let t = self.table.read();
        if i >= t.slot_count() {
            return None;
        }
        Some(t.get_index(i).map(|e| (e.key.clone(), e.value.clone())))
    }
}

enum Resolved {
    Index(usize, Value),
    None,
}

pub fn new_dict_obj() -> ObjRef {
    ObjRef::new(Payload::Dict(DictObj::new()))
}

pub fn new_dict() -> Value {
    Value::Obj(new_dict_obj())
}

pub fn as_dict(v: &Value) -> Option<&DictObj> {
    match v.payload() {
        Some(Payload::Dict(d)) => Some(d),
        _ => None,
    }
}

/// `d[name]` for a dict object and a str key.
pub fn dict_get_str(d: &ObjRef, name: &str) -> Option<Value> {
    match &d.payload {
        Payload::Dict(dict) => dict.get_str(name),
        _ => None,
    }
}
