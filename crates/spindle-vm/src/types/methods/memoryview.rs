//! `memoryview`: a view of the bytes of a `bytes` or `bytearray` object without copying.
//!
//! A view records its exporter (always the underlying `bytes`/`bytearray`, also for views of
//! views), the byte offset of its first item, its shape and strides, and its item format
//! (`struct` module letters, native sizes). Slicing makes a new view of the same memory, and
//! writes through a view change the bytearray. While a view of a bytearray is alive (not
//! released), the bytearray cannot change size. Data attributes (`nbytes`, `shape`, ...) are
//! served by [`attr`].

use super::bytearray::{as_bytearray, bytes_like, ByteArray};
use super::bytes::new_bytes;
use super::list::{rest, this};
use super::Methods;
use crate::error::PyResult;
use crate::object::{native, NativeObject, Payload};
use crate::ops;
use crate::ops::num::{as_int, IntRef};
use crate::types::function::Args;
use crate::types::list::new_list;
use crate::types::str::{as_str, from_string, new_str};
use crate::types::tuple::new_tuple;
use crate::types::type_name;
use crate::value::Value;
use crate::vm::Vm;
use crate::{bail, py_err};
use spindle_bytecode::CmpOp;
use std::sync::atomic::{AtomicBool, Ordering};

/// A `memoryview`.
pub struct MemoryView {
    /// The exporting `bytes` or `bytearray`.
    pub obj: Value,
    /// Byte offset of the first item.
    pub start: usize,
    pub shape: Vec<usize>,
    /// Byte distance between neighbouring items along each dimension.
    pub strides: Vec<isize>,
    pub itemsize: usize,
    pub format: String,
    pub readonly: bool,
    released: AtomicBool,
}

impl NativeObject for MemoryView {
    fn type_name(&self) -> &'static str {
        "memoryview"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        if !self.released.load(Ordering::Acquire) {
            if let Some(ba) = as_bytearray(&self.obj) {
                ba.exports.fetch_sub(1, Ordering::AcqRel);
            }
        }
    }
}

pub fn as_memoryview(v: &Value) -> Option<&MemoryView> {
    native::<MemoryView>(v)
}

/// The size of one item of a `struct` format letter (native sizes), if memoryview supports it.
fn format_size(fmt: &str) -> Option<usize> {
    let f = fmt.strip_prefix('@').unwrap_or(fmt);
    Some(match f {
        "B" | "b" | "c" | "?" => 1,
        "H" | "h" => 2,
        "I" | "i" | "f" => 4,
        "L" | "l" | "Q" | "q" | "N" | "n" | "d" | "P" => 8,
        _ => return None,
    })
}

fn is_byte_format(fmt: &str) -> bool {
    matches!(fmt.strip_prefix('@').unwrap_or(fmt), "B" | "b" | "c")
}

/// Register a new view of `obj` (counts as an export of a bytearray).
fn new_view(
    obj: Value,
    start: usize,
    shape: Vec<usize>,
    strides: Vec<isize>,
    itemsize: usize,
    format: String,
    readonly: bool,
) -> Value {
    if let Some(ba) = as_bytearray(&obj) {
        ba.exports.fetch_add(1, Ordering::AcqRel);
    }
    Value::from_obj(Payload::Native(Box::new(MemoryView {
        obj,
        start,
        shape,
        strides,
        itemsize,
        format,
        readonly,
        released: AtomicBool::new(false),
    })))
}

/// A view of the whole of a bytes-like object.
pub fn memoryview_of(obj: &Value) -> PyResult<Value> {
    if let Some(m) = as_memoryview(obj) {
        m.check()?;
        return Ok(new_view(
            m.obj.clone(),
            m.start,
            m.shape.clone(),
            m.strides.clone(),
            m.itemsize,
            m.format.clone(),
            m.readonly,
        ));
    }
    let (n, readonly) = match obj.payload() {
        Some(Payload::Bytes(b)) => (b.len(), true),
        _ => match as_bytearray(obj) {
            Some(ba) => (ba.data.read().len(), false),
            None => bail!(
                TypeError,
                "memoryview: a bytes-like object is required, not '{}'",
                type_name(obj)
            ),
        },
    };
    Ok(new_view(
        obj.clone(),
        0,
        vec![n],
        vec![1],
        1,
        "B".to_string(),
        readonly,
    ))
}

/// `memoryview(object)`.
pub fn construct(_vm: &Vm, args: &Args) -> PyResult<Value> {
    args.only_kwargs("memoryview", &["object"])?;
    let p = args.pos();
    if p.len() > 1 {
        bail!(
            TypeError,
            "memoryview() takes at most 1 argument ({} given)",
            p.len()
        );
    }
    match p.first().or_else(|| args.kw("object")) {
        Some(v) => memoryview_of(v),
        None => bail!(
            TypeError,
            "memoryview() missing required argument 'object' (pos 1)"
        ),
    }
}

impl MemoryView {
    /// Raise ValueError on a released view.
    pub fn check(&self) -> PyResult<()> {
        if self.released.load(Ordering::Acquire) {
            bail!(
                ValueError,
                "operation forbidden on released memoryview object"
            );
        }
        Ok(())
    }

    pub fn is_released(&self) -> bool {
        self.released.load(Ordering::Acquire)
    }

    fn release(&self) {
        if !self.released.swap(true, Ordering::AcqRel) {
            if let Some(ba) = as_bytearray(&self.obj) {
                ba.exports.fetch_sub(1, Ordering::AcqRel);
            }
        }
    }

    fn nitems(&self) -> usize {
        self.shape.iter().product()
    }

    pub fn nbytes(&self) -> usize {
        self.nitems() * self.itemsize
    }

    /// Run `f` over the exporter's bytes (a bytearray's lock is held for reading).
    fn with_data<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self.obj.payload() {
            Some(Payload::Bytes(b)) => f(b),
            _ => match as_bytearray(&self.obj) {
                Some(ba) => f(&ba.data.read()),
                None => f(&[]),
            },
        }
    }

    fn bytearray(&self) -> Option<&ByteArray> {
        as_bytearray(&self.obj)
    }

    /// Byte offsets of every item, in C order.
    fn item_offsets(&self) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.nitems());
        if self.shape.is_empty() {
            out.push(self.start);
            return out;
        }
        fn walk(shape: &[usize], strides: &[isize], base: isize, out: &mut Vec<usize>) {
            match (shape.split_first(), strides.split_first()) {
                (Some((n, rest_shape)), Some((s, rest_strides))) => {
                    for k in 0..*n {
                        let off = base + k as isize * s;
                        if rest_shape.is_empty() {
                            out.push(off.max(0) as usize);
                        } else {
                            walk(rest_shape, rest_strides, off, out);
                        }
                    }
                }
                _ => out.push(base.max(0) as usize),
            }
        }
        walk(&self.shape, &self.strides, self.start as isize, &mut out);
        out
    }

    /// The view's bytes in logical (C) order.
    pub fn to_bytes(&self) -> PyResult<Vec<u8>> {
        self.check()?;
        let offs = self.item_offsets();
        let size = self.itemsize;
        Ok(self.with_data(|d| {
            let mut out = Vec::with_capacity(offs.len() * size);
            for o in offs {
                if let Some(chunk) = d.get(o..o + size) {
                    out.extend_from_slice(chunk);
                }
            }
            out
        }))
    }

    fn is_c_contiguous(&self) -> bool {
        let mut expect = self.itemsize as isize;
        for (n, s) in self.shape.iter().zip(&self.strides).rev() {
            if *n > 1 && *s != expect {
                return false;
            }
            expect *= *n as isize;
        }
        true
    }

    fn is_f_contiguous(&self) -> bool {
        let mut expect = self.itemsize as isize;
        for (n, s) in self.shape.iter().zip(&self.strides) {
            if *n > 1 && *s != expect {
                return false;
            }
            expect *= *n as isize;
        }
        true
    }
}

/// One item's value from its bytes.
fn unpack(fmt: &str, b: &[u8]) -> Value {
    let f = fmt.strip_prefix('@').unwrap_or(fmt);
    let arr = |n: usize| -> [u8; 8] {
        let mut a = [0u8; 8];
        for (i, x) in b.iter().take(n).enumerate() {
            a[i] = *x;
        }
        a
    };
    let uint = |n: usize| -> u64 { u64::from_le_bytes(arr(n)) };
    let sint = |n: usize| -> i64 {
        let u = uint(n);
        let shift = 64 - 8 * n as u32;
        ((u << shift) as i64) >> shift
    };
    let big = |u: u64| -> Value {
        match i64::try_from(u) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::from_obj(Payload::BigInt(num_bigint::BigInt::from(u))),
        }
    };
    match f {
        "B" => Value::Int(uint(1) as i64),
        "b" => Value::Int(sint(1)),
        "c" => new_bytes(b.get(..1).unwrap_or_default().to_vec()),
        "?" => Value::Bool(uint(1) != 0),
        "H" => Value::Int(uint(2) as i64),
        "h" => Value::Int(sint(2)),
        "I" => Value::Int(uint(4) as i64),
        "i" => Value::Int(sint(4)),
        "L" | "Q" | "N" | "P" => big(uint(8)),
        "l" | "q" | "n" => Value::Int(sint(8)),
        "f" => {
            let a = arr(4);
            Value::Float(f32::from_le_bytes([a[0], a[1], a[2], a[3]]) as f64)
        }
        "d" => Value::Float(f64::from_le_bytes(arr(8))),
        _ => Value::None,
    }
}

/// The bytes of one item, or CPython's error for a value that does not fit the format.
fn pack(vm: &Vm, fmt: &str, v: &Value) -> PyResult<Vec<u8>> {
    let f = fmt.strip_prefix('@').unwrap_or(fmt);
    let invalid_type = || py_err!(TypeError, "memoryview: invalid type for format '{}'", fmt);
    let invalid_value = || py_err!(ValueError, "memoryview: invalid value for format '{}'", fmt);
    match f {
        "c" => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => Ok(b.to_vec()),
            Some(Payload::Bytes(_)) => Err(invalid_value()),
            _ => Err(invalid_type()),
        },
        "?" => Ok(vec![ops::truthy(vm, v)? as u8]),
        "f" | "d" => {
            let x = match v {
                Value::Float(x) => *x,
                _ => match ops::num::as_f64(v) {
                    Some(r) => r?,
                    None => return Err(invalid_type()),
                },
            };
            Ok(if f == "f" {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            })
        }
        _ => {
            let size = format_size(f).unwrap_or(1);
            let signed = matches!(f, "b" | "h" | "i" | "l" | "q" | "n");
            let big = match as_int(v) {
                Some(i) => i.to_big(),
                None => match v.payload() {
                    Some(Payload::Instance(_)) => match ops::index_of(v) {
                        Ok(i) => num_bigint::BigInt::from(i),
                        Err(_) => return Err(invalid_type()),
                    },
                    _ => return Err(invalid_type()),
                },
            };
            let bits = 8 * size as u32;
            let (lo, hi) = if signed {
                (
                    -(num_bigint::BigInt::from(1) << (bits - 1)),
                    (num_bigint::BigInt::from(1) << (bits - 1)) - 1,
                )
            } else {
                (
                    num_bigint::BigInt::from(0),
                    (num_bigint::BigInt::from(1) << bits) - 1,
                )
            };
            if big < lo || big > hi {
                return Err(invalid_value());
            }
            let bytes = big.to_signed_bytes_le();
            let fill = if num_traits::Signed::is_negative(&big) {
                0xff
            } else {
                0
            };
            let mut out = vec![fill; size];
            for (i, x) in bytes.iter().take(size).enumerate() {
                out[i] = *x;
            }
            Ok(out)
        }
    }
}

fn mv_of<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a MemoryView> {
    let v = this(args, "memoryview", method)?;
    as_memoryview(v).ok_or_else(|| {
        py_err!(
            TypeError,
            "descriptor '{}' for 'memoryview' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        )
    })
}

/// A view that is usable (not released).
fn live<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a MemoryView> {
    let m = mv_of(args, method)?;
    m.check()?;
    Ok(m)
}

fn tolist_rec(m: &MemoryView, data: &[u8], dim: usize, base: isize) -> Value {
    let n = m.shape.get(dim).copied().unwrap_or(0);
    let s = m.strides.get(dim).copied().unwrap_or(0);
    let mut items = Vec::with_capacity(n);
    for k in 0..n {
        let off = base + k as isize * s;
        if dim + 1 < m.shape.len() {
            items.push(tolist_rec(m, data, dim + 1, off));
        } else {
            let o = off.max(0) as usize;
            items.push(unpack(
                &m.format,
                data.get(o..o + m.itemsize).unwrap_or_default(),
            ));
        }
    }
    new_list(items)
}

fn values_of(m: &MemoryView) -> Vec<Value> {
    let offs = m.item_offsets();
    m.with_data(|d| {
        offs.iter()
            .map(|o| unpack(&m.format, d.get(*o..*o + m.itemsize).unwrap_or_default()))
            .collect()
    })
}

fn tolist(_vm: &Vm, args: Args) -> PyResult<Value> {
    let m = live(&args, "tolist")?;
    rest(&args, "memoryview.tolist", 0, 0)?;
    if m.shape.is_empty() {
        return Ok(values_of(m).pop().unwrap_or(Value::None));
    }
    Ok(m.with_data(|d| tolist_rec(m, d, 0, m.start as isize)))
}

fn tobytes(_vm: &Vm, args: Args) -> PyResult<Value> {
    let m = live(&args, "tobytes")?;
    args.only_kwargs("tobytes", &["order"])?;
    let p = &args.pos()[1..];
    if p.len() > 1 {
        bail!(
            TypeError,
            "tobytes() takes at most 1 argument ({} given)",
            p.len()
        );
    }
    if let Some(o) = p.first().or_else(|| args.kw("order")) {
        match (o, as_str(o)) {
            (Value::None, _) | (_, Some("C" | "F" | "A")) => {}
            (_, Some(_)) => bail!(ValueError, "order must be 'C', 'F' or 'A'"),
            _ => bail!(
                TypeError,
                "tobytes() argument 'order' must be str or None, not {}",
                type_name(o)
            ),
        }
    }
    Ok(new_bytes(m.to_bytes()?))
}

fn hex(vm: &Vm, args: Args) -> PyResult<Value> {
    let m = live(&args, "hex")?;
    let tmp = new_bytes(m.to_bytes()?);
    let mut v = vec![tmp];
    v.extend(args.values.iter().skip(1).cloned());
    super::bytes::hex(
        vm,
        Args {
            values: &v,
            kwnames: args.kwnames,
        },
    )
}

fn release(_vm: &Vm, args: Args) -> PyResult<Value> {
    let m = mv_of(&args, "release")?;
    rest(&args, "memoryview.release", 0, 0)?;
    m.release();
    Ok(Value::None)
}

fn enter(_vm: &Vm, args: Args) -> PyResult<Value> {
    live(&args, "__enter__")?;
    Ok(args.pos()[0].clone())
}

fn exit(_vm: &Vm, args: Args) -> PyResult<Value> {
    let m = mv_of(&args, "__exit__")?;
    m.release();
    Ok(Value::None)
}

fn toreadonly(_vm: &Vm, args: Args) -> PyResult<Value> {
    let m = live(&args, "toreadonly")?;
    rest(&args, "memoryview.toreadonly", 0, 0)?;
    Ok(new_view(
        m.obj.clone(),
        m.start,
        m.shape.clone(),
        m.strides.clone(),
        m.itemsize,
        m.format.clone(),
        true,
    ))
}

fn cast(vm: &Vm, args: Args) -> PyResult<Value> {
    let m = live(&args, "cast")?;
    args.only_kwargs("cast", &["format", "shape"])?;
    let p = &args.pos()[1..];
    if p.len() > 2 {
        bail!(
            TypeError,
            "cast() takes at most 2 arguments ({} given)",
            p.len()
        );
    }
    let Some(fv) = p.first().or_else(|| args.kw("format")) else {
        bail!(
            TypeError,
            "cast() missing required argument 'format' (pos 1)"
        )
    };
    let Some(fmt) = as_str(fv) else {
        bail!(
            TypeError,
            "cast() argument 'format' must be str, not {}",
            type_name(fv)
        )
    };
    let shape_arg = p.get(1).or_else(|| args.kw("shape"));
    if !m.is_c_contiguous() {
        bail!(
            TypeError,
            "memoryview: casts are restricted to C-contiguous views"
        );
    }
    let Some(size) = format_size(fmt) else {
        bail!(
            ValueError,
            "memoryview: destination format must be a native single character format prefixed with an optional '@'"
        )
    };
    if !is_byte_format(fmt) && !is_byte_format(&m.format) {
        bail!(
            TypeError,
            "memoryview: cannot cast between two non-byte formats"
        );
    }
    let shape: Option<Vec<usize>> = match shape_arg {
        None => None,
        Some(sv) => {
            let items = match sv.payload() {
                Some(Payload::List(l)) => l.snapshot(),
                Some(Payload::Tuple(t)) => t.to_vec(),
                _ => bail!(TypeError, "shape must be a list or a tuple"),
            };
            if items.len() > 64 {
                bail!(
                    ValueError,
                    "memoryview: number of dimensions must not exceed 64"
                );
            }
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                let n = match as_int(it) {
                    Some(IntRef::Small(n)) => n,
                    _ => bail!(
                        TypeError,
                        "memoryview.cast(): elements of shape must be integers"
                    ),
                };
                if n <= 0 {
                    bail!(
                        ValueError,
                        "memoryview.cast(): elements of shape must be integers > 0"
                    );
                }
                out.push(n as usize);
            }
            Some(out)
        }
    };
    let nbytes = m.nbytes();
    if m.shape.len() != 1 && shape.as_ref().map(|s| s.len() != 1).unwrap_or(false) {
        bail!(TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
    let shape = match shape {
        Some(s) => {
            let total = s
                .iter()
                .try_fold(size, |acc, n| acc.checked_mul(*n))
                .unwrap_or(usize::MAX);
            if total != nbytes {
                bail!(
                    TypeError,
                    "memoryview: product(shape) * itemsize != buffer size"
                );
            }
            s
        }
        None => {
            if nbytes % size != 0 {
                bail!(
                    TypeError,
                    "memoryview: length is not a multiple of itemsize"
                );
            }
            vec![nbytes / size]
        }
    };
    let mut strides = vec![0isize; shape.len()];
    let mut acc = size as isize;
    for (k, n) in shape.iter().enumerate().rev() {
        strides[k] = acc;
        acc *= *n as isize;
    }
    let _ = vm;
    Ok(new_view(
        m.obj.clone(),
        m.start,
        shape,
        strides,
        size,
        fmt.to_string(),
        m.readonly,
    ))
}

fn dunder_len(_vm: &Vm, args: Args) -> PyResult<Value> {
    mv_of(&args, "__len__")?;
    Ok(Value::Int(super::bytearray::len(&args.pos()[0])? as i64))
}

fn dunder_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let m = mv_of(&args, "__getitem__")?;
    let p = rest(&args, "__getitem__", 1, 1)?;
    getitem(vm, &args.pos()[0], m, &p[0])
}

fn dunder_setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let m = mv_of(&args, "__setitem__")?;
    let p = rest(&args, "__setitem__", 2, 2)?;
    setitem(vm, m, &p[0], &p[1])?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    mv_of(&args, "__delitem__")?;
    let p = rest(&args, "__delitem__", 1, 1)?;
    super::bytearray::delitem(vm, &args.pos()[0], &p[0])?;
    Ok(Value::None)
}

fn dunder_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    mv_of(&args, "__iter__")?;
    super::bytearray::iter(vm, &args.pos()[0])
}

fn cmp_method(vm: &Vm, args: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    mv_of(args, name)?;
    let p = rest(args, name, 1, 1)?;
    Ok(compare(vm, &args.pos()[0], &p[0], op)?
        .unwrap_or_else(|| crate::types::types().not_implemented.clone()))
}

fn dunder_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    cmp_method(vm, &args, "__eq__", CmpOp::Eq)
}

fn dunder_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    cmp_method(vm, &args, "__ne__", CmpOp::Ne)
}

fn dunder_hash(_vm: &Vm, args: Args) -> PyResult<Value> {
    mv_of(&args, "__hash__")?;
    Ok(Value::Int(hash(&args.pos()[0])?))
}

/// `hash(m)`: the hash of the bytes of a read-only view of a byte format.
pub fn hash(v: &Value) -> PyResult<i64> {
    let Some(m) = as_memoryview(v) else {
        bail!(TypeError, "unhashable type: '{}'", type_name(v))
    };
    m.check()?;
    if !m.readonly {
        bail!(ValueError, "cannot hash writable memoryview object");
    }
    if !is_byte_format(&m.format) {
        bail!(
            ValueError,
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'"
        );
    }
    Ok(crate::hash::hash_bytes(&m.to_bytes()?))
}

fn dunder_repr(_vm: &Vm, args: Args) -> PyResult<Value> {
    let m = mv_of(&args, "__repr__")?;
    let addr = args.pos()[0].obj().map(|o| o.addr()).unwrap_or(0);
    Ok(from_string(if m.is_released() {
        format!("<released memory at {addr:#x}>")
    } else {
        format!("<memory at {addr:#x}>")
    }))
}

fn dunder_buffer(_vm: &Vm, args: Args) -> PyResult<Value> {
    live(&args, "__buffer__")?;
    memoryview_of(&args.pos()[0])
}

fn dunder_release_buffer(_vm: &Vm, args: Args) -> PyResult<Value> {
    let p = rest(&args, "__release_buffer__", 1, 1)?;
    if let Some(m) = as_memoryview(&p[0]) {
        m.release();
    }
    Ok(Value::None)
}

pub fn methods() -> Methods {
    vec![
        ("__len__", dunder_len),
        ("__getitem__", dunder_getitem),
        ("__setitem__", dunder_setitem),
        ("__delitem__", dunder_delitem),
        ("__iter__", dunder_iter),
        ("__eq__", dunder_eq),
        ("__ne__", dunder_ne),
        ("__hash__", dunder_hash),
        ("__repr__", dunder_repr),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__buffer__", dunder_buffer),
        ("__release_buffer__", dunder_release_buffer),
        ("tolist", tolist),
        ("tobytes", tobytes),
        ("hex", hex),
        ("release", release),
        ("toreadonly", toreadonly),
        ("cast", cast),
    ]
}

/// The data attributes of a memoryview (`nbytes`, `shape`, ...); None for other names/values.
pub fn attr(obj: &Value, name: &str) -> Option<PyResult<Value>> {
    let m = as_memoryview(obj)?;
    let ints = |v: Vec<i64>| new_tuple(v.into_iter().map(Value::Int).collect());
    let known = matches!(
        name,
        "obj"
            | "nbytes"
            | "readonly"
            | "itemsize"
            | "format"
            | "ndim"
            | "shape"
            | "strides"
            | "suboffsets"
            | "c_contiguous"
            | "f_contiguous"
            | "contiguous"
    );
    if !known {
        return None;
    }
    if let Err(e) = m.check() {
        return Some(Err(e));
    }
    Some(Ok(match name {
        "obj" => m.obj.clone(),
        "nbytes" => Value::Int(m.nbytes() as i64),
        "readonly" => Value::Bool(m.readonly),
        "itemsize" => Value::Int(m.itemsize as i64),
        "format" => new_str(&m.format),
        "ndim" => Value::Int(m.shape.len() as i64),
        "shape" => ints(m.shape.iter().map(|n| *n as i64).collect()),
        "strides" => ints(m.strides.iter().map(|n| *n as i64).collect()),
        "suboffsets" => new_tuple(vec![]),
        "c_contiguous" => Value::Bool(m.is_c_contiguous()),
        "f_contiguous" => Value::Bool(m.is_f_contiguous()),
        _ => Value::Bool(m.is_c_contiguous() || m.is_f_contiguous()),
    }))
}

// ---------------------------------------------------------------------------------------------
// Indexing and comparison.

/// Resolve an integer index along dimension `dim` to a byte offset.
fn offset_of(m: &MemoryView, dim: usize, key: &Value, base: isize) -> PyResult<isize> {
    let i = match as_int(key) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(_)) => bail!(IndexError, "cannot fit 'int' into an index-sized integer"),
        None => match key.payload() {
            Some(Payload::Instance(_)) => ops::index_of(key)
                .map_err(|_| py_err!(TypeError, "memoryview: invalid slice key"))?,
            _ => bail!(TypeError, "memoryview: invalid slice key"),
        },
    };
    let n = m.shape.get(dim).copied().unwrap_or(0) as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        if m.shape.len() == 1 {
            bail!(IndexError, "index out of bounds on dimension 1");
        }
        bail!(IndexError, "index out of bounds on dimension {}", dim + 1);
    }
    Ok(base + j as isize * m.strides.get(dim).copied().unwrap_or(0))
}

fn item_at(m: &MemoryView, off: isize) -> Value {
    let o = off.max(0) as usize;
    m.with_data(|d| unpack(&m.format, d.get(o..o + m.itemsize).unwrap_or_default()))
}

/// `m[key]`.
pub fn getitem(vm: &Vm, obj: &Value, m: &MemoryView, key: &Value) -> PyResult<Value> {
    m.check()?;
    let ndim = m.shape.len();
    if ndim == 0 {
        if let Some(Payload::Tuple(t)) = key.payload() {
            if t.is_empty() {
                return Ok(item_at(m, m.start as isize));
            }
        }
        if matches!(key.payload(), Some(Payload::Ellipsis)) {
            return memoryview_of(obj);
        }
        bail!(TypeError, "invalid indexing of 0-dim memory");
    }
    match key.payload() {
        Some(Payload::Slice(s)) => {
            let (start, _, step, n) = ops::item::slice_indices(vm, s, m.shape[0])?;
            let stride = m.strides[0];
            let first = m.start as isize + start as isize * stride;
            let mut shape = m.shape.clone();
            shape[0] = n;
            let mut strides = m.strides.clone();
            strides[0] = stride * step as isize;
            Ok(new_view(
                m.obj.clone(),
                first.max(0) as usize,
                shape,
                strides,
                m.itemsize,
                m.format.clone(),
                m.readonly,
            ))
        }
        Some(Payload::Tuple(t)) => {
            let slices = t
                .iter()
                .filter(|k| matches!(k.payload(), Some(Payload::Slice(_))))
                .count();
            if slices > 0 && slices == t.len() {
                bail!(
                    NotImplementedError,
                    "multi-dimensional slicing is not implemented"
                );
            }
            if slices > 0 {
                bail!(TypeError, "memoryview: invalid slice key");
            }
            if t.len() < ndim {
                bail!(NotImplementedError, "sub-views are not implemented");
            }
            if t.len() > ndim {
                bail!(
                    TypeError,
                    "cannot index {}-dimension view with {}-element tuple",
                    ndim,
                    t.len()
                );
            }
            let mut off = m.start as isize;
            for (dim, k) in t.iter().enumerate() {
                off = offset_of(m, dim, k, off)?;
            }
            Ok(item_at(m, off))
        }
        Some(Payload::Ellipsis) => memoryview_of(obj),
        _ => {
            if ndim > 1 {
                if as_int(key).is_some() {
                    bail!(
                        NotImplementedError,
                        "multi-dimensional sub-views are not implemented"
                    );
                }
                bail!(TypeError, "memoryview: invalid slice key");
            }
            let off = offset_of(m, 0, key, m.start as isize)?;
            Ok(item_at(m, off))
        }
    }
}

/// Write one item's bytes at a byte offset.
fn write_at(m: &MemoryView, off: isize, bytes: &[u8]) {
    if let Some(ba) = m.bytearray() {
        let mut d = ba.data.write();
        let o = off.max(0) as usize;
        if let Some(dst) = d.get_mut(o..o + bytes.len()) {
            dst.copy_from_slice(bytes);
        }
    }
}

/// `m[key] = value`.
pub fn setitem(vm: &Vm, m: &MemoryView, key: &Value, value: &Value) -> PyResult<()> {
    m.check()?;
    if m.readonly {
        bail!(TypeError, "cannot modify read-only memory");
    }
    let ndim = m.shape.len();
    if ndim == 0 {
        if let Some(Payload::Tuple(t)) = key.payload() {
            if t.is_empty() {
                let b = pack(vm, &m.format, value)?;
                write_at(m, m.start as isize, &b);
                return Ok(());
            }
        }
        bail!(TypeError, "invalid indexing of 0-dim memory");
    }
    match key.payload() {
        Some(Payload::Slice(s)) => {
            if ndim > 1 {
                bail!(
                    NotImplementedError,
                    "memoryview slice assignments are currently restricted to ndim = 1"
                );
            }
            let (start, _, step, n) = ops::item::slice_indices(vm, s, m.shape[0])?;
            // The source must be a buffer with the same item format and length.
            let (src, src_fmt, src_len) = match as_memoryview(value) {
                Some(sm) => (sm.to_bytes()?, sm.format.clone(), sm.shape.first().copied()),
                None => match bytes_like(value) {
                    Some(b) => {
                        let len = b.len();
                        (b, "B".to_string(), Some(len))
                    }
                    None => bail!(
                        TypeError,
                        "a bytes-like object is required, not '{}'",
                        type_name(value)
                    ),
                },
            };
            let same_fmt = src_fmt.strip_prefix('@').unwrap_or(&src_fmt)
                == m.format.strip_prefix('@').unwrap_or(&m.format);
            if !same_fmt || src_len != Some(n) {
                bail!(
                    ValueError,
                    "memoryview assignment: lvalue and rvalue have different structures"
                );
            }
            let stride = m.strides[0];
            for k in 0..n {
                let off = m.start as isize + (start as isize + k as isize * step as isize) * stride;
                let chunk = src
                    .get(k * m.itemsize..(k + 1) * m.itemsize)
                    .unwrap_or_default();
                write_at(m, off, chunk);
            }
            Ok(())
        }
        Some(Payload::Tuple(t)) => {
            if t.len() != ndim
                || t.iter()
                    .any(|k| matches!(k.payload(), Some(Payload::Slice(_))))
            {
                bail!(
                    NotImplementedError,
                    "memoryview assignments are currently restricted to ndim = 1"
                );
            }
            let mut off = m.start as isize;
            for (dim, k) in t.iter().enumerate() {
                off = offset_of(m, dim, k, off)?;
            }
            let b = pack(vm, &m.format, value)?;
            write_at(m, off, &b);
            Ok(())
        }
        _ => {
            if ndim > 1 {
                bail!(NotImplementedError, "sub-views are not implemented");
            }
            let off = offset_of(m, 0, key, m.start as isize)?;
            let b = pack(vm, &m.format, value)?;
            write_at(m, off, &b);
            Ok(())
        }
    }
}

/// `==` / `!=` with a memoryview operand: equal when both are buffers of the same shape whose
/// items compare equal (under each side's format).
pub fn compare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(None);
    }
    let res = |eq: bool| Ok(Some(Value::Bool(if op == CmpOp::Eq { eq } else { !eq })));
    if a.is(b) {
        return res(true);
    }
    let side = |v: &Value| -> Option<(Vec<usize>, Vec<Value>)> {
        match as_memoryview(v) {
            Some(m) if m.is_released() => None,
            Some(m) => Some((m.shape.clone(), values_of(m))),
            None => {
                let bytes = bytes_like(v)?;
                Some((
                    vec![bytes.len()],
                    bytes.into_iter().map(|x| Value::Int(x as i64)).collect(),
                ))
            }
        }
    };
    let either_released = as_memoryview(a).map(|m| m.is_released()).unwrap_or(false)
        || as_memoryview(b).map(|m| m.is_released()).unwrap_or(false);
    if either_released {
        return res(false);
    }
    let (Some((sa, va)), Some((sb, vb))) = (side(a), side(b)) else {
        return Ok(None);
    };
    if sa != sb {
        return res(false);
    }
    for (x, y) in va.iter().zip(&vb) {
        if !ops::eq(vm, x, y)? {
            return res(false);
        }
    }
    res(true)
}
