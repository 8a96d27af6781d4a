//! `bytearray`: a mutable sequence of bytes, and the protocols (indexing, slice assignment,
//! deletion, `in`, iteration, `+`, `*`, `+=`, `*=`, comparisons) that the buffer objects
//! `bytearray` and `memoryview` share.
//!
//! The read-only methods (`find`, `split`, `upper`, ...) run the `bytes` implementation on a
//! snapshot and turn the `bytes` results back into bytearrays. A bytearray that a memoryview
//! exports cannot change size ("BufferError: Existing exports of data: object cannot be
//! re-sized"); writes of the same size go through.

use super::bytes::new_bytes;
use super::list::{rest, this};
use super::memoryview::{self as mv, as_memoryview};
use super::Methods;
use crate::error::PyResult;
use crate::object::{native, NativeObject, Payload};
use crate::ops;
use crate::ops::num::{as_int, IntRef};
use crate::types::function::Args;
use crate::types::list::new_list;
use crate::types::tuple::new_tuple;
use crate::types::{type_name, type_of};
use crate::value::Value;
use crate::vm::Vm;
use crate::{bail, py_err};
use parking_lot::RwLock;
use spindle_bytecode::{BinOp, CmpOp};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A `bytearray`.
pub struct ByteArray {
    pub data: RwLock<Vec<u8>>,
    /// Live memoryviews of this buffer; while there are any, its size cannot change.
    pub exports: AtomicUsize,
}

impl NativeObject for ByteArray {
    fn type_name(&self) -> &'static str {
        "bytearray"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl ByteArray {
    /// Raise BufferError when a memoryview holds this buffer.
    pub fn check_resizable(&self) -> PyResult<()> {
        if self.exports.load(Ordering::Acquire) > 0 {
            bail!(
                BufferError,
                "Existing exports of data: object cannot be re-sized"
            );
        }
        Ok(())
    }
}

pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::from_obj(Payload::Native(Box::new(ByteArray {
        data: RwLock::new(data),
        exports: AtomicUsize::new(0),
    })))
}

pub fn as_bytearray(v: &Value) -> Option<&ByteArray> {
    native::<ByteArray>(v)
}

/// The bytes of a bytes-like value (`bytes`, `bytearray`, or a memoryview that is not
/// released), copied.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::Native(_)) => match as_bytearray(v) {
            Some(b) => Some(b.data.read().clone()),
            None => as_memoryview(v).and_then(|m| m.to_bytes().ok()),
        },
        _ => None,
    }
}

/// Is `v` one of the native buffer objects this module handles (bytearray, memoryview)?
pub fn is_native_buffer(v: &Value) -> bool {
    as_bytearray(v).is_some() || as_memoryview(v).is_some()
}

/// The bytes that `bytes(...)` / `bytearray(...)` build from their arguments.
pub fn bytes_from_args(vm: &Vm, fname: &str, args: &Args) -> PyResult<Vec<u8>> {
    args.only_kwargs(fname, &["source", "encoding", "errors"])?;
    let p = args.pos();
    if p.len() > 3 {
        bail!(
            TypeError,
            "{}() takes at most 3 arguments ({} given)",
            fname,
            p.len()
        );
    }
    let src = p.first().or_else(|| args.kw("source"));
    let encoding = p.get(1).or_else(|| args.kw("encoding"));
    let errors = p.get(2).or_else(|| args.kw("errors"));
    let Some(v) = src else {
        if encoding.is_some() {
            bail!(TypeError, "encoding without a string argument");
        }
        if errors.is_some() {
            bail!(TypeError, "errors without a string argument");
        }
        return Ok(Vec::new());
    };
    if let Some(Payload::Str(s)) = v.payload() {
        let Some(enc) = encoding else {
            bail!(TypeError, "string argument without an encoding")
        };
        let r = super::str::bytes_from_str(s.as_str(), Some(enc), errors)?;
        return bytes_like(&r).ok_or_else(|| py_err!(TypeError, "encoder did not return bytes"));
    }
    if encoding.is_some() {
        bail!(TypeError, "encoding without a string argument");
    }
    if errors.is_some() {
        bail!(TypeError, "errors without a string argument");
    }
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    if let Some(m) = as_memoryview(v) {
        // A released view.
        m.check()?;
    }
    if let Some(n) = as_int(v) {
        let n = match n {
            IntRef::Small(n) => n,
            IntRef::Big(_) => bail!(
                OverflowError,
                "cannot fit 'int' into an index-sized integer"
            ),
        };
        if n < 0 {
            bail!(ValueError, "negative count");
        }
        crate::error::check_alloc(n as usize)?;
        return Ok(vec![0u8; n as usize]);
    }
    if matches!(v.payload(), Some(Payload::Instance(_))) {
        if let Some(r) = vm.call_special(v, "__bytes__", &[])? {
            return match r.payload() {
                Some(Payload::Bytes(b)) => Ok(b.to_vec()),
                _ => bail!(
                    TypeError,
                    "__bytes__ returned non-bytes (type {})",
                    type_name(&r)
                ),
            };
        }
        if let Some(r) = vm.call_special(v, "__index__", &[])? {
            let n = ops::index_of(&r)?;
            if n < 0 {
                bail!(ValueError, "negative count");
            }
            crate::error::check_alloc(n as usize)?;
            return Ok(vec![0u8; n as usize]);
        }
    }
    let it = match ops::iter(vm, v) {
        Ok(it) => it,
        Err(e) if e.matches(crate::types::exceptions::ExcKind::TypeError) => {
            bail!(
                TypeError,
                "cannot convert '{}' object to {}",
                type_name(v),
                fname
            )
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = ops::next(vm, &it)? {
        out.push(match byte_value(&x) {
            Err(e)
                if fname == "bytes" && e.matches(crate::types::exceptions::ExcKind::ValueError) =>
            {
                bail!(ValueError, "bytes must be in range(0, 256)")
            }
            r => r?,
        });
    }
    Ok(out)
}

/// An int in range(256), as stored in bytes.
pub fn byte_value(v: &Value) -> PyResult<u8> {
    match as_int(v) {
        Some(IntRef::Small(i)) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => bail!(ValueError, "byte must be in range(0, 256)"),
        None => {
            let i = ops::index_of(v).map_err(|_| {
                py_err!(
                    TypeError,
                    "'{}' object cannot be interpreted as an integer",
                    type_name(v)
                )
            })?;
            if (0..256).contains(&i) {
                Ok(i as u8)
            } else {
                bail!(ValueError, "byte must be in range(0, 256)")
            }
        }
    }
}

/// The bytes an iterable of ints (or a bytes-like object) stands for: the right-hand side of
/// `ba[i:j] = x`, `ba += x`, `ba.extend(x)`.
fn bytes_of_iterable(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    let it = ops::iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = ops::next(vm, &it)? {
        out.push(byte_value(&x)?);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Methods.

fn ba_of<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a ByteArray> {
    let v = this(args, "bytearray", method)?;
    as_bytearray(v).ok_or_else(|| {
        py_err!(
            TypeError,
            "descriptor '{}' for 'bytearray' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        )
    })
}

fn ba_append(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "append")?;
    let p = rest(&args, "bytearray.append", 1, 1)?;
    let x = byte_value(&p[0])?;
    b.check_resizable()?;
    b.data.write().push(x);
    Ok(Value::None)
}

fn ba_extend(vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "extend")?;
    let p = rest(&args, "bytearray.extend", 1, 1)?;
    if let Some(Payload::Str(_)) = p[0].payload() {
        bail!(TypeError, "expected iterable of integers; got: 'str'");
    }
    let extra = match bytes_like(&p[0]) {
        Some(x) => x,
        None => {
            if ops::iter(vm, &p[0]).is_err() {
                bail!(
                    TypeError,
                    "can't extend bytearray with {}",
                    type_name(&p[0])
                );
            }
            bytes_of_iterable(vm, &p[0])?
        }
    };
    if !extra.is_empty() {
        b.check_resizable()?;
    }
    b.data.write().extend(extra);
    Ok(Value::None)
}

fn ba_pop(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "pop")?;
    let p = rest(&args, "pop", 0, 1)?;
    let idx = match p.first() {
        Some(v) => Some(ops::index_of(v)?),
        None => None,
    };
    b.check_resizable()?;
    let mut d = b.data.write();
    if d.is_empty() {
        bail!(IndexError, "pop from empty bytearray");
    }
    let n = d.len() as i64;
    let i = idx.unwrap_or(-1);
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        bail!(IndexError, "pop index out of range");
    }
    Ok(Value::Int(d.remove(i as usize) as i64))
}

fn ba_remove(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "remove")?;
    let p = rest(&args, "bytearray.remove", 1, 1)?;
    let x = byte_value(&p[0])?;
    let mut d = b.data.write();
    match d.iter().position(|c| *c == x) {
        Some(i) => {
            b.check_resizable()?;
            d.remove(i);
            Ok(Value::None)
        }
        None => bail!(ValueError, "value not found in bytearray"),
    }
}

fn ba_clear(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "clear")?;
    rest(&args, "bytearray.clear", 0, 0)?;
    b.check_resizable()?;
    b.data.write().clear();
    Ok(Value::None)
}

fn ba_copy(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "copy")?;
    rest(&args, "bytearray.copy", 0, 0)?;
    let d = b.data.read().clone();
    Ok(new_bytearray(d))
}

fn ba_reverse(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "reverse")?;
    rest(&args, "bytearray.reverse", 0, 0)?;
    b.data.write().reverse();
    Ok(Value::None)
}

fn ba_insert(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "insert")?;
    let p = rest(&args, "insert", 2, 2)?;
    let i = ops::index_of(&p[0])?;
    let x = byte_value(&p[1])?;
    b.check_resizable()?;
    let mut d = b.data.write();
    let n = d.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.insert(i as usize, x);
    Ok(Value::None)
}

fn ba_len(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "__len__")?;
    Ok(Value::Int(b.data.read().len() as i64))
}

fn ba_alloc(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "__alloc__")?;
    Ok(Value::Int(b.data.read().capacity() as i64 + 1))
}

fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    ba_of(args, name)?;
    args.no_kwargs(name)?;
    match &args.pos()[1..] {
        [x] => Ok(x),
        p => bail!(TypeError, "expected 1 argument, got {}", p.len()),
    }
}

fn ba_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__getitem__")?;
    getitem(vm, &args.pos()[0], x)
}

fn ba_setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    ba_of(&args, "__setitem__")?;
    let p = rest(&args, "__setitem__", 2, 2)?;
    setitem(vm, &args.pos()[0], &p[0], p[1].clone())?;
    Ok(Value::None)
}

fn ba_delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__delitem__")?;
    delitem(vm, &args.pos()[0], x)?;
    Ok(Value::None)
}

fn ba_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__contains__")?;
    Ok(Value::Bool(contains(vm, &args.pos()[0], x)?))
}

fn ba_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    ba_of(&args, "__iter__")?;
    iter(vm, &args.pos()[0])
}

fn ba_binop(vm: &Vm, args: &Args, name: &str, op: BinOp) -> PyResult<Value> {
    let x = one_arg(args, name)?;
    Ok(binop(vm, &args.pos()[0], x, op)?
        .unwrap_or_else(|| crate::types::types().not_implemented.clone()))
}

fn ba_add(vm: &Vm, args: Args) -> PyResult<Value> {
    ba_binop(vm, &args, "__add__", BinOp::Add)
}
fn ba_mul(vm: &Vm, args: Args) -> PyResult<Value> {
    ba_binop(vm, &args, "__mul__", BinOp::Mul)
}
fn ba_mod(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__mod__")?;
    let b = ba_of(&args, "__mod__")?;
    let data = b.data.read().clone();
    let r = super::bytes::percent_format(vm, &data, x)?;
    Ok(new_bytearray(r))
}

fn ba_iadd(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__iadd__")?;
    Ok(inplace(vm, &args.pos()[0], x, BinOp::Add)?
        .unwrap_or_else(|| crate::types::types().not_implemented.clone()))
}
fn ba_imul(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "__imul__")?;
    Ok(inplace(vm, &args.pos()[0], x, BinOp::Mul)?
        .unwrap_or_else(|| crate::types::types().not_implemented.clone()))
}

fn ba_cmp(vm: &Vm, args: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let x = one_arg(args, name)?;
    Ok(compare(vm, &args.pos()[0], x, op)?
        .unwrap_or_else(|| crate::types::types().not_implemented.clone()))
}
fn ba_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    ba_cmp(vm, &args, "__eq__", CmpOp::Eq)
}
fn ba_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    ba_cmp(vm, &args, "__ne__", CmpOp::Ne)
}
fn ba_lt(vm: &Vm, args: Args) -> PyResult<Value> {
    ba_cmp(vm, &args, "__lt__", CmpOp::Lt)
}
fn ba_le(vm: &Vm, args: Args) -> PyResult<Value> {
    ba_cmp(vm, &args, "__le__", CmpOp::Le)
}
fn ba_gt(vm: &Vm, args: Args) -> PyResult<Value> {
    ba_cmp(vm, &args, "__gt__", CmpOp::Gt)
}
fn ba_ge(vm: &Vm, args: Args) -> PyResult<Value> {
    ba_cmp(vm, &args, "__ge__", CmpOp::Ge)
}

fn ba_repr(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = ba_of(&args, "__repr__")?;
    let data = b.data.read().clone();
    Ok(crate::types::str::from_string(bytearray_repr(&data)))
}

/// Turn `bytes` results of a `bytes` method into bytearrays (also inside a returned list or
/// tuple).
fn to_bytearray_result(r: Value) -> Value {
    match r.payload() {
        Some(Payload::Bytes(x)) => new_bytearray(x.to_vec()),
        Some(Payload::List(l)) => {
            new_list(l.snapshot().into_iter().map(to_bytearray_result).collect())
        }
        Some(Payload::Tuple(t)) => new_tuple(t.iter().cloned().map(to_bytearray_result).collect()),
        _ => r,
    }
}

/// Run the `bytes` method `name` on a snapshot of the bytearray.
fn via_bytes(vm: &Vm, args: &Args, name: &str, convert: bool) -> PyResult<Value> {
    let b = ba_of(args, name)?;
    let tmp = new_bytes(b.data.read().clone());
    let mut v = Vec::with_capacity(args.values.len());
    v.push(tmp.clone());
    v.extend(args.values.iter().skip(1).cloned());
    let f = ops::getattr(vm, &Value::Obj(type_of(&tmp)), name)?;
    let r = vm.call(
        &f,
        Args {
            values: &v,
            kwnames: args.kwnames,
        },
    )?;
    Ok(if convert { to_bytearray_result(r) } else { r })
}

macro_rules! delegate {
    ($($fname:ident => $name:literal, $convert:expr;)*) => {
        $(
            fn $fname(vm: &Vm, args: Args) -> PyResult<Value> {
                via_bytes(vm, &args, $name, $convert)
            }
        )*
        const DELEGATED: &[(&str, crate::types::function::NativeFn)] = &[$(($name, $fname)),*];
    };
}

delegate! {
    d_decode => "decode", false;
    d_hex => "hex", false;
    d_upper => "upper", true;
    d_lower => "lower", true;
    d_swapcase => "swapcase", true;
    d_capitalize => "capitalize", true;
    d_title => "title", true;
    d_isalpha => "isalpha", false;
    d_isalnum => "isalnum", false;
    d_isdigit => "isdigit", false;
    d_isspace => "isspace", false;
    d_isascii => "isascii", false;
    d_isupper => "isupper", false;
    d_islower => "islower", false;
    d_istitle => "istitle", false;
    d_join => "join", true;
    d_split => "split", true;
    d_rsplit => "rsplit", true;
    d_strip => "strip", true;
    d_lstrip => "lstrip", true;
    d_rstrip => "rstrip", true;
    d_find => "find", false;
    d_rfind => "rfind", false;
    d_index => "index", false;
    d_rindex => "rindex", false;
    d_count => "count", false;
    d_startswith => "startswith", false;
    d_endswith => "endswith", false;
    d_replace => "replace", true;
    d_center => "center", true;
    d_ljust => "ljust", true;
    d_rjust => "rjust", true;
    d_zfill => "zfill", true;
    d_partition => "partition", true;
    d_rpartition => "rpartition", true;
    d_splitlines => "splitlines", true;
    d_expandtabs => "expandtabs", true;
    d_removeprefix => "removeprefix", true;
    d_removesuffix => "removesuffix", true;
    d_translate => "translate", true;
}

fn ba_fromhex(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = super::bytes::fromhex(vm, args)?;
    Ok(to_bytearray_result(r))
}

fn ba_maketrans(vm: &Vm, args: Args) -> PyResult<Value> {
    super::bytes::maketrans(vm, args)
}

pub fn bytearray_methods() -> Methods {
    let mut m: Methods = vec![
        ("__len__", ba_len),
        ("__alloc__", ba_alloc),
        ("__getitem__", ba_getitem),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
        ("__contains__", ba_contains),
        ("__iter__", ba_iter),
        ("__add__", ba_add),
        ("__mul__", ba_mul),
        ("__rmul__", ba_mul),
        ("__mod__", ba_mod),
        ("__iadd__", ba_iadd),
        ("__imul__", ba_imul),
        ("__eq__", ba_eq),
        ("__ne__", ba_ne),
        ("__lt__", ba_lt),
        ("__le__", ba_le),
        ("__gt__", ba_gt),
        ("__ge__", ba_ge),
        ("__repr__", ba_repr),
        ("__str__", ba_repr),
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("reverse", ba_reverse),
        ("insert", ba_insert),
        ("fromhex", ba_fromhex),
        ("maketrans", ba_maketrans),
    ];
    m.extend(DELEGATED.iter().copied());
    m
}

// ---------------------------------------------------------------------------------------------
// Protocols shared by bytearray and memoryview (called from `ops`).

fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i.checked_add(len as i64)? } else { i };
    if i < 0 || i >= len as i64 {
        None
    } else {
        Some(i as usize)
    }
}

fn index_arg(key: &Value, what: &str) -> PyResult<i64> {
    match as_int(key) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(_)) => bail!(IndexError, "cannot fit 'int' into an index-sized integer"),
        None => match ops::index_of(key) {
            Ok(i) if !matches!(key.payload(), Some(Payload::Str(_))) => Ok(i),
            _ => bail!(
                TypeError,
                "{} indices must be integers or slices, not {}",
                what,
                type_name(key)
            ),
        },
    }
}

/// The positions a slice selects, in order.
fn slice_positions(vm: &Vm, s: &[Value; 3], len: usize) -> PyResult<Vec<usize>> {
    let (start, _, step, n) = ops::item::slice_indices(vm, s, len)?;
    Ok((0..n)
        .map(|k| (start + k as i64 * step) as usize)
        .filter(|i| *i < len)
        .collect())
}

/// `obj[key]` for a bytearray or memoryview.
pub fn getitem(vm: &Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    if let Some(m) = as_memoryview(obj) {
        return mv::getitem(vm, obj, m, key);
    }
    let Some(ba) = as_bytearray(obj) else {
        bail!(
            TypeError,
            "'{}' object is not subscriptable",
            type_name(obj)
        )
    };
    let data = ba.data.read();
    if let Some(Payload::Slice(sl)) = key.payload() {
        let idx = slice_positions(vm, sl, data.len())?;
        let out: Vec<u8> = idx.iter().filter_map(|i| data.get(*i).copied()).collect();
        return Ok(new_bytearray(out));
    }
    let i = index_arg(key, "bytearray")?;
    match norm_index(i, data.len()).and_then(|i| data.get(i)) {
        Some(x) => Ok(Value::Int(*x as i64)),
        None => bail!(IndexError, "bytearray index out of range"),
    }
}

/// `obj[key] = value` for a bytearray or memoryview.
pub fn setitem(vm: &Vm, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    if let Some(m) = as_memoryview(obj) {
        return mv::setitem(vm, m, key, &value);
    }
    let Some(ba) = as_bytearray(obj) else {
        bail!(
            TypeError,
            "'{}' object does not support item assignment",
            type_name(obj)
        )
    };
    if let Some(Payload::Slice(s)) = key.payload() {
        let new_items = match bytes_like(&value) {
            Some(b) => b,
            None => {
                if as_int(&value).is_some() || matches!(value.payload(), Some(Payload::Str(_))) {
                    bail!(
                        TypeError,
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)"
                    );
                }
                match bytes_of_iterable(vm, &value) {
                    Ok(b) => b,
                    Err(e) if e.matches(crate::types::exceptions::ExcKind::TypeError) => {
                        if ops::iter(vm, &value).is_err() {
                            bail!(
                                TypeError,
                                "can assign only bytes, buffers, or iterables of ints in range(0, 256)"
                            );
                        }
                        return Err(e);
                    }
                    Err(e) => return Err(e),
                }
            }
        };
        let mut items = ba.data.write();
        let (start, stop, step, n) = ops::item::slice_indices(vm, s, items.len())?;
        if step == 1 {
            let start = (start.max(0) as usize).min(items.len());
            let stop = (stop.max(start as i64) as usize).min(items.len());
            if stop - start != new_items.len() {
                ba.check_resizable()?;
            }
            items.splice(start..stop, new_items);
            return Ok(());
        }
        if new_items.len() != n {
            bail!(
                ValueError,
                "attempt to assign bytes of size {} to extended slice of size {}",
                new_items.len(),
                n
            );
        }
        let idx = slice_positions(vm, s, items.len())?;
        for (i, x) in idx.into_iter().zip(new_items) {
            if let Some(slot) = items.get_mut(i) {
                *slot = x;
            }
        }
        return Ok(());
    }
    let i = index_arg(key, "bytearray")?;
    let x = byte_value(&value)?;
    let mut items = ba.data.write();
    let n = items.len();
    match norm_index(i, n).and_then(|i| items.get_mut(i)) {
        Some(slot) => {
            *slot = x;
            Ok(())
        }
        None => bail!(IndexError, "bytearray index out of range"),
    }
}

/// `del obj[key]` for a bytearray or memoryview.
pub fn delitem(vm: &Vm, obj: &Value, key: &Value) -> PyResult<()> {
    if let Some(m) = as_memoryview(obj) {
        m.check()?;
        if m.readonly {
            bail!(TypeError, "cannot modify read-only memory");
        }
        bail!(TypeError, "cannot delete memory");
    }
    let Some(ba) = as_bytearray(obj) else {
        bail!(
            TypeError,
            "'{}' object doesn't support item deletion",
            type_name(obj)
        )
    };
    let mut items = ba.data.write();
    if let Some(Payload::Slice(s)) = key.payload() {
        let mut idx = slice_positions(vm, s, items.len())?;
        if idx.is_empty() {
            return Ok(());
        }
        ba.check_resizable()?;
        idx.sort_unstable();
        idx.dedup();
        let mut k = 0;
        let mut pos = 0;
        items.retain(|_| {
            let drop = idx.get(k) == Some(&pos);
            if drop {
                k += 1;
            }
            pos += 1;
            !drop
        });
        return Ok(());
    }
    let i = index_arg(key, "bytearray")?;
    match norm_index(i, items.len()) {
        Some(i) => {
            ba.check_resizable()?;
            items.remove(i);
            Ok(())
        }
        None => bail!(IndexError, "bytearray index out of range"),
    }
}

/// `len(obj)` for a bytearray or memoryview.
pub fn len(obj: &Value) -> PyResult<usize> {
    if let Some(m) = as_memoryview(obj) {
        m.check()?;
        return Ok(m.shape.first().copied().unwrap_or(1));
    }
    Ok(as_bytearray(obj).map(|b| b.data.read().len()).unwrap_or(0))
}

/// `item in obj` for a bytearray or memoryview.
pub fn contains(vm: &Vm, obj: &Value, item: &Value) -> PyResult<bool> {
    if as_memoryview(obj).is_some() {
        let it = iter(vm, obj)?;
        while let Some(v) = ops::next(vm, &it)? {
            if ops::eq(vm, &v, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let b = bytes_like(obj).unwrap_or_default();
    if let Some(sub) = bytes_like(item) {
        return Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]));
    }
    match as_int(item) {
        Some(IntRef::Small(i)) if (0..256).contains(&i) => Ok(b.contains(&(i as u8))),
        Some(_) => bail!(ValueError, "byte must be in range(0, 256)"),
        None => match ops::index_of(item) {
            Ok(i) if (0..256).contains(&i) => Ok(b.contains(&(i as u8))),
            Ok(_) => bail!(ValueError, "byte must be in range(0, 256)"),
            Err(_) => bail!(
                TypeError,
                "a bytes-like object is required, not '{}'",
                type_name(item)
            ),
        },
    }
}

/// `iter(obj)` for a bytearray or memoryview.
pub fn iter(vm: &Vm, obj: &Value) -> PyResult<Value> {
    if let Some(m) = as_memoryview(obj) {
        m.check()?;
        if m.shape.is_empty() {
            bail!(TypeError, "invalid indexing of 0-dim memory");
        }
        if m.shape.len() > 1 {
            bail!(
                NotImplementedError,
                "multi-dimensional sub-views are not implemented"
            );
        }
        let _ = vm;
    }
    Ok(crate::types::iter::new_iter(
        crate::types::iter::IterState::SeqIter {
            seq: obj.clone(),
            index: 0,
        },
    ))
}

/// `a + b` and `a * n` with a bytearray or memoryview operand.
pub fn binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let _ = vm;
    if as_memoryview(a).is_some() || as_memoryview(b).is_some() {
        // memoryview supports no arithmetic; bytes + memoryview is handled by bytes itself.
        if as_memoryview(b).is_some() && op == BinOp::Add {
            if let (Some(Payload::Bytes(x)), Some(y)) = (a.payload(), bytes_like(b)) {
                let mut v = x.to_vec();
                v.extend(y);
                return Ok(Some(new_bytes(v)));
            }
        }
        return Ok(None);
    }
    let left_ba = as_bytearray(a).is_some();
    match op {
        BinOp::Add => match (bytes_like(a), bytes_like(b)) {
            (Some(mut x), Some(y)) => {
                x.extend(y);
                Ok(Some(if left_ba {
                    new_bytearray(x)
                } else {
                    new_bytes(x)
                }))
            }
            (Some(_), None) if left_ba => bail!(
                TypeError,
                "can't concat {} to {}",
                type_name(b),
                type_name(a)
            ),
            _ => Ok(None),
        },
        BinOp::Mul => {
            let (seq, n) = match (as_bytearray(a), as_bytearray(b)) {
                (Some(x), _) if as_int(b).is_some() || !is_native_buffer(b) => {
                    (x.data.read().clone(), b)
                }
                (_, Some(y)) => (y.data.read().clone(), a),
                _ => return Ok(None),
            };
            if as_int(n).is_none() && ops::index_of(n).is_err() {
                bail!(
                    TypeError,
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(n)
                );
            }
            let n = match as_int(n) {
                Some(IntRef::Small(i)) => i.max(0) as usize,
                Some(IntRef::Big(b)) => {
                    if num_traits::Signed::is_negative(b) {
                        0
                    } else {
                        bail!(
                            OverflowError,
                            "cannot fit 'int' into an index-sized integer"
                        )
                    }
                }
                None => ops::index_of(n)?.max(0) as usize,
            };
            crate::error::check_alloc(seq.len().saturating_mul(n))?;
            Ok(Some(new_bytearray(seq.repeat(n))))
        }
        BinOp::Mod if left_ba => {
            let data = bytes_like(a).unwrap_or_default();
            Ok(Some(new_bytearray(super::bytes::percent_format(
                vm, &data, b,
            )?)))
        }
        _ => Ok(None),
    }
}

/// `a += b`, `a *= n` on a bytearray (in place).
pub fn inplace(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let Some(ba) = as_bytearray(a) else {
        return Ok(None);
    };
    match op {
        BinOp::Add => {
            let Some(extra) = bytes_like(b) else {
                bail!(
                    TypeError,
                    "can't concat {} to {}",
                    type_name(b),
                    type_name(a)
                )
            };
            if !extra.is_empty() {
                ba.check_resizable()?;
            }
            ba.data.write().extend(extra);
            Ok(Some(a.clone()))
        }
        BinOp::Mul => {
            if as_int(b).is_none() && ops::index_of(b).is_err() {
                bail!(
                    TypeError,
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(b)
                );
            }
            let n = match as_int(b) {
                Some(IntRef::Big(x)) if !num_traits::Signed::is_negative(x) => {
                    bail!(MemoryError, "")
                }
                Some(IntRef::Big(_)) => 0,
                _ => ops::index_of(b)?.max(0) as usize,
            };
            let mut d = ba.data.write();
            if n != 1 && !d.is_empty() {
                ba.check_resizable()?;
            }
            crate::error::check_alloc(d.len().saturating_mul(n))?;
            let r = d.repeat(n);
            *d = r;
            drop(d);
            let _ = vm;
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

/// Comparisons with a bytearray or memoryview operand.
pub fn compare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    if as_memoryview(a).is_some() || as_memoryview(b).is_some() {
        return mv::compare(vm, a, b, op);
    }
    match (bytes_like(a), bytes_like(b)) {
        (Some(x), Some(y)) => Ok(Some(Value::Bool(ops::ord_matches(x.cmp(&y), op)))),
        _ => Ok(None),
    }
}

/// `repr(bytearray)`: like bytes, except that a single quote is always escaped.
pub fn bytearray_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 14);
    out.push_str("bytearray(b");
    out.push(quote);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out.push(')');
    out
}
