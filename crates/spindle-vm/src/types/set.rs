//! `set` and `frozenset`: an open-addressing table laid out like CPython's (same probe sequence,
//! same growth policy) so that iteration order — and therefore printed output — matches CPython
//! for the same insertions. A per-set lock guards the table.

use crate::error::PyResult;
use crate::object::Payload;
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;
use parking_lot::RwLock;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// The next probe position of CPython's open addressing (after the linear run).
#[inline]
fn next_probe(i: usize, perturb: u64, mask: usize) -> usize {
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(perturb as usize))
        & mask
}

#[derive(Clone, Default)]
enum Slot {
    #[default]
    Empty,
    Dummy,
    Full(i64, Value),
}

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active entries.
    used: usize,
    /// Active plus dummy entries.
    fill: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            used: 0,
            fill: 0,
        }
    }
}

impl SetTable {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Stored keys with `hash` that native equality cannot compare with `key` (instances of
    /// classes with `__eq__`): the caller compares them in Python, without the lock.
    pub fn undecided(&self, hash: i64, key: &Value) -> Vec<Value> {
        let mut out = Vec::new();
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        for _ in 0..=self.slots.len() {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return out,
                    Slot::Full(h, k)
                        if *h == hash && !k.is(key) && ops::eq_native(k, key).is_none() =>
                    {
                        out.push(k.clone());
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = next_probe(i, perturb, mask);
        }
        out
    }

    /// Find the slot holding `key`, or None.
    fn find(&self, hash: i64, key: &Value) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return None,
                    Slot::Full(h, k)
                        if *h == hash && (k.is(key) || ops::eq_native(k, key) == Some(true)) =>
                    {
                        return Some(j)
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = next_probe(i, perturb, mask);
        }
    }

    /// Add `key`; returns false when it was already present.
    pub fn add(&mut self, hash: i64, key: Value) -> bool {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let target;
        'outer: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => {
                        target = j;
                        break 'outer;
                    }
                    Slot::Full(h, k) => {
                        if *h == hash && (k.is(&key) || ops::eq_native(k, &key) == Some(true)) {
                            return false;
                        }
                    }
                    Slot::Dummy => {
                        if freeslot.is_none() {
                            freeslot = Some(j);
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = next_probe(i, perturb, mask);
        }
        if let Some(f) = freeslot {
            self.slots[f] = Slot::Full(hash, key);
            self.used += 1;
            return true;
        }
        self.slots[target] = Slot::Full(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            let min = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(min);
        }
        true
    }

    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Full(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for slot in slots[i + 1..=i + LINEAR_PROBES].iter_mut() {
                    if matches!(slot, Slot::Empty) {
                        *slot = Slot::Full(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = next_probe(i, perturb, mask);
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        for s in old {
            if let Slot::Full(h, k) = s {
                Self::insert_clean(&mut self.slots, h, k);
            }
        }
        self.fill = self.used;
    }

    pub fn contains(&self, hash: i64, key: &Value) -> bool {
        self.find(hash, key).is_some()
    }

    pub fn remove(&mut self, hash: i64, key: &Value) -> Option<Value> {
        let i = self.find(hash, key)?;
        let old = std::mem::replace(&mut self.slots[i], Slot::Dummy);
        self.used -= 1;
        match old {
            Slot::Full(_, k) => Some(k),
            _ => None,
        }
    }

    /// Merge another table in, following CPython's fast paths so the resulting order matches.
    pub fn merge(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.used = other.used;
            self.fill = other.fill;
            return;
        }
        if self.fill == 0 {
            for s in &other.slots {
                if let Slot::Full(h, k) = s {
                    Self::insert_clean(&mut self.slots, *h, k.clone());
                }
            }
            self.used = other.used;
            self.fill = other.used;
            return;
        }
        for s in &other.slots {
            if let Slot::Full(h, k) = s {
                self.add(*h, k.clone());
            }
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Full(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|(_, k)| k.clone()).collect()
    }

    /// Remove and return an arbitrary element (CPython's `set.pop` scans from a finger; this scans
    /// from the start).
    pub fn pop(&mut self) -> Option<Value> {
        let i = self
            .slots
            .iter()
            .position(|s| matches!(s, Slot::Full(..)))?;
        let old = std::mem::replace(&mut self.slots[i], Slot::Dummy);
        self.used -= 1;
        match old {
            Slot::Full(_, k) => Some(k),
            _ => None,
        }
    }

    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// Element at slot `i` if the slot is full.
    pub fn slot(&self, i: usize) -> Option<Option<Value>> {
        match self.slots.get(i)? {
            Slot::Full(_, k) => Some(Some(k.clone())),
            _ => Some(None),
        }
    }
}

pub struct SetObj {
    pub table: RwLock<SetTable>,
}

impl SetObj {
    pub fn new(t: SetTable) -> SetObj {
        SetObj {
            table: RwLock::new(t),
        }
    }

    pub fn add(&self, vm: &Vm, key: Value) -> PyResult<bool> {
        let h = ops::hash(vm, &key)?;
        if self.python_equal(vm, h, &key)?.is_some() {
            return Ok(false);
        }
        Ok(self.table.write().add(h, key))
    }

    pub fn contains(&self, vm: &Vm, key: &Value) -> PyResult<bool> {
        let frozen = set_key(key);
        let key = frozen.as_ref().unwrap_or(key);
        let h = ops::hash(vm, key)?;
        if self.table.read().contains(h, key) {
            return Ok(true);
        }
        Ok(self.python_equal(vm, h, key)?.is_some())
    }

    /// A stored key equal to `key` by a Python `__eq__` (compared outside the lock).
    pub fn python_equal(&self, vm: &Vm, h: i64, key: &Value) -> PyResult<Option<Value>> {
        let cands = self.table.read().undecided(h, key);
        for c in cands {
            if ops::eq(vm, &c, key)? {
                return Ok(Some(c));
            }
        }
        Ok(None)
    }

    pub fn len(&self) -> usize {
        self.table.read().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A `set` used as a key of a set lookup (`in`, `remove`, `discard`) is looked up as the
/// `frozenset` with the same elements, as CPython does.
pub fn set_key(key: &Value) -> Option<Value> {
    match key.payload() {
        Some(Payload::Set(s)) => Some(new_frozenset(s.table.read().clone())),
        _ => None,
    }
}

/// Build a table from values.
pub fn table_from(vm: &Vm, items: impl IntoIterator<Item = Value>) -> PyResult<SetTable> {
    let mut t = SetTable::default();
    for v in items {
        let h = ops::hash(vm, &v)?;
        let mut dup = false;
        for c in t.undecided(h, &v) {
            if ops::eq(vm, &c, &v)? {
                dup = true;
                break;
            }
        }
        if !dup {
            t.add(h, v);
        }
    }
    Ok(t)
}

pub fn new_set(t: SetTable) -> Value {
    Value::from_obj(Payload::Set(SetObj::new(t)))
}

pub fn new_frozenset(t: SetTable) -> Value {
    Value::from_obj(Payload::FrozenSet(SetObj::new(t)))
}

pub fn as_set(v: &Value) -> Option<&SetObj> {
    match v.payload() {
        Some(Payload::Set(s)) | Some(Payload::FrozenSet(s)) => Some(s),
        _ => None,
    }
}
