//! Built-in iterators (list, tuple, str, range, dict, set iterators; enumerate, zip, map,
//! filter, reversed, callable iterators).
//!
//! Each iterator keeps its position behind a small mutex. Iterators that call Python code
//! (`map`, `filter`, ...) copy what they need out of the lock first, so Python code never runs
//! with an iterator's lock held. List iterators read a batch of items under one read lock and
//! serve them until the list's version changes, so many threads iterating one shared list do not
//! contend on its lock for every item.

use crate::bail;
use crate::error::PyResult;
use crate::object::Payload;
use crate::ops;
use crate::types::tuple::new_tuple;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use parking_lot::Mutex;

/// Names of the iterator types (`type(iter([])).__name__`).
pub const ITER_TYPE_NAMES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "range_iterator",
    "longrange_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "bytes_iterator",
    "iterator",
    "callable_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "list_reverseiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
];

const BATCH: usize = 32;

pub enum IterState {
    List {
        list: ObjRef,
        index: usize,
        buf: Vec<Value>,
        buf_start: usize,
        version: u64,
    },
    Tuple {
        tuple: ObjRef,
        index: usize,
    },
    Str {
        s: ObjRef,
        byte: usize,
    },
    Range {
        next: i128,
        step: i128,
        remaining: i128,
    },
    DictKeys {
        dict: ObjRef,
        slot: usize,
        len: usize,
        /// Entries produced so far (more than `len` means the keys changed).
        seen: usize,
    },
    DictValues {
        dict: ObjRef,
        slot: usize,
        len: usize,
        /// Entries produced so far (more than `len` means the keys changed).
        seen: usize,
    },
    DictItems {
        dict: ObjRef,
        slot: usize,
        len: usize,
        /// Entries produced so far (more than `len` means the keys changed).
        seen: usize,
    },
    Set {
        set: ObjRef,
        slot: usize,
        len: usize,
    },
    Bytes {
        bytes: ObjRef,
        index: usize,
    },
    /// The `__getitem__` sequence protocol.
    SeqIter {
        seq: Value,
        index: i64,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// `reversed()` over a dict or one of its views (`which`: 0 keys, 1 values, 2 items);
    /// `slot` is one past the next slot to look at.
    DictRev {
        dict: ObjRef,
        slot: usize,
        len: usize,
        which: u8,
    },
    /// `reversed()` over a sequence with a length and indexing.
    Reversed {
        seq: Value,
        index: i64,
    },
    Exhausted,
}

impl IterState {
    /// A forward iterator over a dict (`which`: 0 keys, 1 values, 2 items).
    pub fn dict(dict: ObjRef, which: u8) -> IterState {
        let len = match &dict.payload {
            Payload::Dict(d) => d.len(),
            _ => 0,
        };
        match which {
            0 => IterState::DictKeys {
                dict,
                slot: 0,
                len,
                seen: 0,
            },
            1 => IterState::DictValues {
                dict,
                slot: 0,
                len,
                seen: 0,
            },
            _ => IterState::DictItems {
                dict,
                slot: 0,
                len,
                seen: 0,
            },
        }
    }

    /// A reverse iterator over a dict (`which`: 0 keys, 1 values, 2 items).
    pub fn dict_reversed(dict: ObjRef, which: u8) -> IterState {
        let (len, slot) = match &dict.payload {
            Payload::Dict(d) => (d.len(), d.slot_count()),
            _ => (0, 0),
        };
        IterState::DictRev {
            dict,
            slot,
            len,
            which,
        }
    }

    pub fn list(list: ObjRef) -> IterState {
        IterState::List {
            list,
            index: 0,
            buf: Vec::new(),
            buf_start: 0,
            version: u64::MAX,
        }
    }

    fn type_name(&self) -> &'static str {
        match self {
            IterState::List { .. } => "list_iterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Str { .. } => "str_ascii_iterator",
            IterState::Range {
                next,
                step,
                remaining,
            } => {
                let fits = |v: i128| i64::try_from(v).is_ok();
                let end = step
                    .checked_mul(*remaining)
                    .and_then(|d| next.checked_add(d));
                if fits(*next) && fits(*step) && end.is_some_and(fits) {
                    "range_iterator"
                } else {
                    "longrange_iterator"
                }
            }
            IterState::DictKeys { .. } => "dict_keyiterator",
            IterState::DictValues { .. } => "dict_valueiterator",
            IterState::DictItems { .. } => "dict_itemiterator",
            IterState::Set { .. } => "set_iterator",
            IterState::DictRev { which: 0, .. } => "dict_reversekeyiterator",
            IterState::DictRev { which: 1, .. } => "dict_reversevalueiterator",
            IterState::DictRev { .. } => "dict_reverseitemiterator",
            IterState::Bytes { .. } => "bytes_iterator",
            IterState::SeqIter { .. } => "iterator",
            IterState::Callable { .. } => "callable_iterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Reversed { seq, .. } => {
                if matches!(seq.payload(), Some(Payload::List(_))) {
                    "list_reverseiterator"
                } else {
                    "reversed"
                }
            }
            IterState::Exhausted => "iterator",
        }
    }
}

pub struct IterObj {
    state: Mutex<IterState>,
    name: &'static str,
}

pub fn new_iter(state: IterState) -> Value {
    let name = state.type_name();
    Value::from_obj(Payload::Iter(Box::new(IterObj {
        state: Mutex::new(state),
        name,
    })))
}

/// What to do after the lock is released.
enum Step {
    Done(Option<Value>),
    Enumerate(Value, Value),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    SeqItem(Value, i64),
    CallFunc(Value, Value),
    Reversed(Value, i64),
}

impl IterObj {
    pub fn type_name(&self) -> &'static str {
        self.name
    }

    /// The remaining length when cheaply known (`__length_hint__`).
    pub fn length_hint(&self) -> Option<usize> {
        match &*self.state.lock() {
            IterState::Range { remaining, .. } => {
                Some((*remaining).clamp(0, usize::MAX as i128) as usize)
            }
            IterState::Tuple { tuple, index } => match &tuple.payload {
                Payload::Tuple(t) => Some(t.len().saturating_sub(*index)),
                _ => None,
            },
            IterState::List { list, index, .. } => match &list.payload {
                Payload::List(l) => Some(l.len().saturating_sub(*index)),
                _ => None,
            },
            IterState::Reversed { seq, index } => {
                let n = match seq.payload() {
                    Some(Payload::List(l)) => l.len() as i64,
                    Some(Payload::Tuple(t)) => t.len() as i64,
                    _ => i64::MAX,
                };
                Some(if *index >= 0 && *index < n {
                    (*index + 1) as usize
                } else {
                    0
                })
            }
            IterState::DictKeys {
                dict, len, seen, ..
            }
            | IterState::DictValues {
                dict, len, seen, ..
            }
            | IterState::DictItems {
                dict, len, seen, ..
            } => match &dict.payload {
                Payload::Dict(d) if d.len() == *len => Some(len.saturating_sub(*seen)),
                _ => Some(0),
            },
            IterState::DictRev {
                dict, slot, len, ..
            } => match &dict.payload {
                Payload::Dict(d) if d.len() == *len => Some(
                    (0..*slot)
                        .filter(|i| matches!(d.entry_at(*i), Some(Some(_))))
                        .count(),
                ),
                _ => Some(0),
            },
            IterState::Set { set, slot, len } => match &set.payload {
                Payload::Set(s) | Payload::FrozenSet(s) => {
                    let t = s.table.read();
                    if t.len() != *len {
                        return Some(0);
                    }
                    Some(
                        (*slot..t.slot_count())
                            .filter(|i| matches!(t.slot(*i), Some(Some(_))))
                            .count(),
                    )
                }
                _ => Some(0),
            },
            _ => None,
        }
    }

    pub fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let step = {
            let mut st = self.state.lock();
            match &mut *st {
                IterState::Range {
                    next,
                    step,
                    remaining,
                } => {
                    if *remaining <= 0 {
                        return Ok(None);
                    }
                    let v = *next;
                    *remaining -= 1;
                    *next = next.wrapping_add(*step);
                    return Ok(Some(crate::object::RangeObj::int(v)));
                }
                IterState::List {
                    list,
                    index,
                    buf,
                    buf_start,
                    version,
                } => {
                    let Payload::List(l) = &list.payload else {
                        return Ok(None);
                    };
                    let cur = l.version();
                    let off = index.wrapping_sub(*buf_start);
                    if cur == *version && off < buf.len() {
                        *index += 1;
                        return Ok(Some(buf[off].clone()));
                    }
                    let items = l.items.read();
                    if *index >= items.len() {
                        drop(items);
                        *st = IterState::Exhausted;
                        return Ok(None);
                    }
                    let end = (*index + BATCH).min(items.len());
                    buf.clear();
                    buf.extend_from_slice(&items[*index..end]);
                    *version = l.version();
                    drop(items);
                    *buf_start = *index;
                    *index += 1;
                    return Ok(Some(buf[0].clone()));
                }
                IterState::Tuple { tuple, index } => {
                    let Payload::Tuple(t) = &tuple.payload else {
                        return Ok(None);
                    };
                    let v = t.get(*index).cloned();
                    *index += 1;
                    Step::Done(v)
                }
                IterState::Str { s, byte } => {
                    let Payload::Str(so) = &s.payload else {
                        return Ok(None);
                    };
                    let rest = so.as_str().get(*byte..).unwrap_or("");
                    match rest.chars().next() {
                        Some(c) => {
                            *byte += c.len_utf8();
                            Step::Done(Some(crate::types::str::new_str(c.encode_utf8(&mut [0; 4]))))
                        }
                        None => Step::Done(None),
                    }
                }
                IterState::DictKeys { dict, len, .. }
                | IterState::DictValues { dict, len, .. }
                | IterState::DictItems { dict, len, .. } => {
                    let Payload::Dict(d) = &dict.payload else {
                        return Ok(None);
                    };
                    if d.len() != *len {
                        *len = usize::MAX;
                        bail!(RuntimeError, "dictionary changed size during iteration");
                    }
                    let which = match &*st {
                        IterState::DictKeys { .. } => 0,
                        IterState::DictValues { .. } => 1,
                        _ => 2,
                    };
                    let (IterState::DictKeys {
                        dict, slot, seen, ..
                    }
                    | IterState::DictValues {
                        dict, slot, seen, ..
                    }
                    | IterState::DictItems {
                        dict, slot, seen, ..
                    }) = &mut *st
                    else {
                        return Ok(None);
                    };
                    let Payload::Dict(d) = &dict.payload else {
                        return Ok(None);
                    };
                    loop {
                        match d.entry_at(*slot) {
                            None => break Step::Done(None),
                            Some(None) => *slot += 1,
                            Some(Some((k, v))) => {
                                *slot += 1;
                                *seen += 1;
                                if *seen > d.len() {
                                    *slot = usize::MAX;
                                    bail!(RuntimeError, "dictionary keys changed during iteration");
                                }
                                break Step::Done(Some(match which {
                                    0 => k,
                                    1 => v,
                                    _ => new_tuple(vec![k, v]),
                                }));
                            }
                        }
                    }
                }
                IterState::DictRev {
                    dict,
                    slot,
                    len,
                    which,
                } => {
                    let Payload::Dict(d) = &dict.payload else {
                        return Ok(None);
                    };
                    if *slot == 0 {
                        return Ok(None);
                    }
                    if d.len() != *len {
                        *slot = 0;
                        bail!(RuntimeError, "dictionary changed size during iteration");
                    }
                    loop {
                        if *slot == 0 {
                            break Step::Done(None);
                        }
                        *slot -= 1;
                        if let Some(Some((k, v))) = d.entry_at(*slot) {
                            break Step::Done(Some(match which {
                                0 => k,
                                1 => v,
                                _ => new_tuple(vec![k, v]),
                            }));
                        }
                    }
                }
                IterState::Set { set, slot, len } => {
                    let (Payload::Set(s) | Payload::FrozenSet(s)) = &set.payload else {
                        return Ok(None);
                    };
                    let t = s.table.read();
                    if t.len() != *len {
                        *len = usize::MAX;
                        bail!(RuntimeError, "Set changed size during iteration");
                    }
                    loop {
                        match t.slot(*slot) {
                            None => break Step::Done(None),
                            Some(None) => *slot += 1,
                            Some(Some(k)) => {
                                *slot += 1;
                                break Step::Done(Some(k));
                            }
                        }
                    }
                }
                IterState::Bytes { bytes, index } => {
                    let Payload::Bytes(b) = &bytes.payload else {
                        return Ok(None);
                    };
                    let v = b.get(*index).map(|x| Value::Int(*x as i64));
                    *index += 1;
                    Step::Done(v)
                }
                IterState::SeqIter { seq, index } => {
                    let r = Step::SeqItem(seq.clone(), *index);
                    *index += 1;
                    r
                }
                IterState::Callable { func, sentinel } => {
                    Step::CallFunc(func.clone(), sentinel.clone())
                }
                IterState::Enumerate { it, count } => {
                    let c = count.clone();
                    *count =
                        ops::binary_op(vm, count, &Value::Int(1), spindle_bytecode::BinOp::Add)?;
                    Step::Enumerate(it.clone(), c)
                }
                IterState::Zip { its, strict } => Step::Zip(its.clone(), *strict),
                IterState::Map { func, its } => Step::Map(func.clone(), its.clone()),
                IterState::Filter { func, it } => Step::Filter(func.clone(), it.clone()),
                IterState::Reversed { seq, index } => {
                    let r = Step::Reversed(seq.clone(), *index);
                    *index -= 1;
                    r
                }
                IterState::Exhausted => return Ok(None),
            }
        };
        let out = match step {
            Step::Done(v) => v,
            Step::Enumerate(it, c) => ops::next(vm, &it)?.map(|v| new_tuple(vec![c, v])),
            Step::Zip(its, strict) => {
                let mut items = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match ops::next(vm, it)? {
                        Some(v) => items.push(v),
                        None => {
                            if strict {
                                if i > 0 {
                                    let s = if i == 1 { " " } else { "s 1-" };
                                    let _ = s;
                                    let plural = if i == 1 {
                                        "argument 1".to_string()
                                    } else {
                                        format!("arguments 1-{i}")
                                    };
                                    bail!(
                                        ValueError,
                                        "zip() argument {} is shorter than {}",
                                        i + 1,
                                        plural
                                    );
                                }
                                for (j, other) in its.iter().enumerate().skip(1) {
                                    if ops::next(vm, other)?.is_some() {
                                        let plural = if j == 1 {
                                            "argument 1".to_string()
                                        } else {
                                            format!("arguments 1-{j}")
                                        };
                                        bail!(
                                            ValueError,
                                            "zip() argument {} is longer than {}",
                                            j + 1,
                                            plural
                                        );
                                    }
                                }
                            }
                            *self.state.lock() = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                Some(new_tuple(items))
            }
            Step::Map(func, its) => {
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match ops::next(vm, it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                Some(vm.call(&func, crate::types::function::Args::new(&args))?)
            }
            Step::Filter(func, it) => loop {
                let Some(v) = ops::next(vm, &it)? else {
                    break None;
                };
                let keep = if func.is_none() {
                    ops::truthy(vm, &v)?
                } else {
                    let r = vm.call(
                        &func,
                        crate::types::function::Args::new(std::slice::from_ref(&v)),
                    )?;
                    ops::truthy(vm, &r)?
                };
                if keep {
                    break Some(v);
                }
            },
            Step::SeqItem(seq, index) => match ops::getitem(vm, &seq, &Value::Int(index)) {
                Ok(v) => Some(v),
                Err(e)
                    if e.matches(crate::types::exceptions::ExcKind::IndexError)
                        || e.matches(crate::types::exceptions::ExcKind::StopIteration) =>
                {
                    *self.state.lock() = IterState::Exhausted;
                    None
                }
                Err(e) => return Err(e),
            },
            Step::CallFunc(func, sentinel) => {
                let v = match vm.call(&func, crate::types::function::Args::new(&[])) {
                    Ok(v) => v,
                    // StopIteration from the callable ends the iteration (callable_iterator).
                    Err(e) if e.matches(crate::types::exceptions::ExcKind::StopIteration) => {
                        *self.state.lock() = IterState::Exhausted;
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                if ops::eq(vm, &v, &sentinel)? {
                    *self.state.lock() = IterState::Exhausted;
                    None
                } else {
                    Some(v)
                }
            }
            Step::Reversed(seq, index) => {
                if index < 0 {
                    None
                } else {
                    match ops::getitem(vm, &seq, &Value::Int(index)) {
                        Ok(v) => Some(v),
                        Err(e) if e.matches(crate::types::exceptions::ExcKind::IndexError) => None,
                        Err(e) => return Err(e),
                    }
                }
            }
        };
        Ok(out)
    }
}
