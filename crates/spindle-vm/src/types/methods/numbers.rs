//! Methods and data attributes of `int`, `bool` and `float` (and the `complex` method table,
//! which lives in `complex.rs`): the named methods (`bit_length`, `to_bytes`, `hex`, ...) and
//! the special methods (`__add__`, `__round__`, `__format__`, ...) that Python code can call
//! directly. The operators themselves are evaluated natively by `ops`; these methods give the
//! same results.

use super::list::this;
use super::Methods;
use crate::bail;
use crate::error::PyResult;
use crate::object::Payload;
use crate::object::RangeObj;
use crate::ops::num::{self, as_int, IntRef};
use crate::types::function::Args;
use crate::types::str::from_string;
use crate::types::tuple::new_tuple;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use spindle_bytecode::{BinOp, CmpOp};

fn not_implemented() -> Value {
    crate::types::types().not_implemented.clone()
}

/// Is `m` a slot wrapper (`int.__add__`) rather than a method descriptor (`int.__round__`)?
/// The two kinds word their argument errors differently.
fn is_slot(m: &str) -> bool {
    m.starts_with("__")
        && !matches!(
            m,
            "__format__"
                | "__round__"
                | "__getnewargs__"
                | "__trunc__"
                | "__floor__"
                | "__ceil__"
                | "__sizeof__"
                | "__complex__"
        )
}

/// The TypeError for a method of `owner` called on a value of another type.
pub fn descriptor_error(m: &str, owner: &str, v: &Value) -> crate::error::PyErr {
    if is_slot(m) {
        return crate::py_err!(
            TypeError,
            "descriptor '{}' requires a '{}' object but received a '{}'",
            m,
            owner,
            crate::types::type_name(v)
        );
    }
    crate::py_err!(
        TypeError,
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        m,
        owner,
        crate::types::type_name(v)
    )
}

fn no_kwargs_for(args: &Args, owner: &str, m: &str) -> PyResult<()> {
    if args.has_kwargs() {
        if is_slot(m) {
            bail!(TypeError, "wrapper {}() takes no keyword arguments", m);
        }
        bail!(TypeError, "{}.{}() takes no keyword arguments", owner, m);
    }
    Ok(())
}

fn int_self<'a>(args: &Args<'a>, m: &str) -> PyResult<IntRef<'a>> {
    let v = this(args, "int", m)?;
    as_int(v).ok_or_else(|| descriptor_error(m, "int", v))
}

/// `self` as a plain int value (bools become ints).
fn int_value(args: &Args, m: &str) -> PyResult<Value> {
    let v = this(args, "int", m)?;
    match v {
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ if as_int(v).is_some() => Ok(v.clone()),
        _ => Err(descriptor_error(m, "int", v)),
    }
}

/// A method that takes no arguments besides `self`.
pub fn check_no_args(args: &Args, owner: &str, m: &str) -> PyResult<()> {
    no_kwargs_for(args, owner, m)?;
    let n = args.pos().len().saturating_sub(1);
    if n > 0 {
        if is_slot(m) {
            bail!(TypeError, "expected 0 arguments, got {}", n);
        }
        bail!(
            TypeError,
            "{}.{}() takes no arguments ({} given)",
            owner,
            m,
            n
        );
    }
    Ok(())
}

/// The single operand of a binary special method.
pub fn operand<'a>(args: &Args<'a>, m: &str) -> PyResult<&'a Value> {
    no_kwargs_for(args, "", m)?;
    let p = args.pos();
    if p.len() != 2 {
        bail!(
            TypeError,
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        );
    }
    // An instance of a subclass of a built-in type takes part as its built-in value.
    Ok(p[1].unwrap_base())
}

/// `(other, modulo)` of a `__pow__`/`__rpow__` slot.
pub fn pow_operands<'a>(args: &Args<'a>, m: &str) -> PyResult<(&'a Value, Option<&'a Value>)> {
    no_kwargs_for(args, "", m)?;
    let p = args.pos();
    match p.len() {
        2 => Ok((p[1].unwrap_base(), None)),
        3 => Ok((p[1].unwrap_base(), Some(p[2].unwrap_base()))),
        0 | 1 => bail!(TypeError, " expected at least 1 argument, got 0"),
        n => bail!(TypeError, " expected at most 2 arguments, got {}", n - 1),
    }
}

/// The spec argument of `__format__`.
pub fn format_operand<'a>(args: &Args<'a>, owner: &str) -> PyResult<&'a str> {
    no_kwargs_for(args, owner, "__format__")?;
    let p = args.pos();
    if p.len() != 2 {
        bail!(
            TypeError,
            "{}.__format__() takes exactly one argument ({} given)",
            owner,
            p.len().saturating_sub(1)
        );
    }
    match crate::types::str::as_str(&p[1]) {
        Some(s) => Ok(s),
        None => bail!(
            TypeError,
            "__format__() argument must be str, not {}",
            crate::types::type_name(&p[1])
        ),
    }
}

// ----------------------------------------------------------------------------------------------
// int

fn bit_length(_vm: &Vm, args: Args) -> PyResult<Value> {
    let i = int_self(&args, "bit_length")?;
    check_no_args(&args, "int", "bit_length")?;
    Ok(Value::Int(match i {
        IntRef::Small(x) => 64 - x.unsigned_abs().leading_zeros() as i64,
        IntRef::Big(b) => b.bits() as i64,
    }))
}

fn bit_count(_vm: &Vm, args: Args) -> PyResult<Value> {
    let i = int_self(&args, "bit_count")?;
    check_no_args(&args, "int", "bit_count")?;
    Ok(Value::Int(match i {
        IntRef::Small(x) => x.unsigned_abs().count_ones() as i64,
        IntRef::Big(b) => b.magnitude().count_ones() as i64,
    }))
}

fn int_same(args: &Args, m: &str) -> PyResult<Value> {
    let v = int_value(args, m)?;
    check_no_args(args, "int", m)?;
    Ok(v)
}

fn int_conjugate(_vm: &Vm, args: Args) -> PyResult<Value> {
    int_same(&args, "conjugate")
}

fn int_index(_vm: &Vm, args: Args) -> PyResult<Value> {
    int_same(&args, "__index__")
}

fn int_int(_vm: &Vm, args: Args) -> PyResult<Value> {
    int_same(&args, "__int__")
}

fn int_trunc(_vm: &Vm, args: Args) -> PyResult<Value> {
    int_same(&args, "__trunc__")
}

fn int_floor(_vm: &Vm, args: Args) -> PyResult<Value> {
    int_same(&args, "__floor__")
}

fn int_ceil(_vm: &Vm, args: Args) -> PyResult<Value> {
    int_same(&args, "__ceil__")
}

fn int_pos(_vm: &Vm, args: Args) -> PyResult<Value> {
    int_same(&args, "__pos__")
}

fn int_as_integer_ratio(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = int_same(&args, "as_integer_ratio")?;
    Ok(new_tuple(vec![v, Value::Int(1)]))
}

fn int_is_integer(_vm: &Vm, args: Args) -> PyResult<Value> {
    int_same(&args, "is_integer")?;
    Ok(Value::Bool(true))
}

fn int_getnewargs(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = int_same(&args, "__getnewargs__")?;
    Ok(new_tuple(vec![v]))
}

fn int_unary(vm: &Vm, args: &Args, m: &str, op: spindle_bytecode::UnOp) -> PyResult<Value> {
    let v = int_same(args, m)?;
    crate::ops::unary_op(vm, &v, op)
}

fn int_neg(vm: &Vm, args: Args) -> PyResult<Value> {
    int_unary(vm, &args, "__neg__", spindle_bytecode::UnOp::Neg)
}

fn int_invert(vm: &Vm, args: Args) -> PyResult<Value> {
    int_unary(vm, &args, "__invert__", spindle_bytecode::UnOp::Invert)
}

fn int_abs(_vm: &Vm, args: Args) -> PyResult<Value> {
    let i = int_self(&args, "__abs__")?;
    check_no_args(&args, "int", "__abs__")?;
    Ok(match i {
        IntRef::Small(x) => match x.checked_abs() {
            Some(a) => Value::Int(a),
            None => num::big_to_value(-BigInt::from(x)),
        },
        IntRef::Big(b) => num::big_to_value(b.abs()),
    })
}

fn int_bool(_vm: &Vm, args: Args) -> PyResult<Value> {
    let i = int_self(&args, "__bool__")?;
    check_no_args(&args, "int", "__bool__")?;
    Ok(Value::Bool(match i {
        IntRef::Small(x) => x != 0,
        IntRef::Big(b) => !b.is_zero(),
    }))
}

fn int_float(_vm: &Vm, args: Args) -> PyResult<Value> {
    let i = int_self(&args, "__float__")?;
    check_no_args(&args, "int", "__float__")?;
    num::int_to_f64(&i).map(Value::Float)
}

fn int_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = int_same(&args, "__hash__")?;
    crate::ops::hash(vm, &v).map(Value::Int)
}

fn int_repr(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = int_same(&args, "__repr__")?;
    crate::ops::repr::int_repr(&v).map(from_string)
}

fn int_format(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = int_value(&args, "__format__")?;
    format_method(vm, &args, &v, "int")
}

fn format_method(vm: &Vm, args: &Args, v: &Value, owner: &str) -> PyResult<Value> {
    let spec = format_operand(args, owner)?;
    Ok(from_string(crate::format::format_value(vm, v, spec)?))
}

/// `int.__round__(ndigits=None)`.
pub fn int_round_value(vm: &Vm, x: &Value, nd: Option<&Value>) -> PyResult<Value> {
    let plain = match x {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    };
    let Some(nd) = nd else {
        return Ok(plain);
    };
    let n = num::index_value(vm, nd)?;
    let n = as_int(&n).map(|i| i.to_big()).unwrap_or_default();
    if !n.is_negative() {
        return Ok(plain);
    }
    let Some(i) = as_int(&plain) else {
        return Ok(plain);
    };
    Ok(num::int_round_negative(&i, &n))
}

fn round_args<'a>(args: &Args<'a>, owner: &str) -> PyResult<Option<&'a Value>> {
    no_kwargs_for(args, owner, "__round__")?;
    let p = args.pos();
    if p.len() > 2 {
        bail!(
            TypeError,
            "__round__ expected at most 1 argument, got {}",
            p.len() - 1
        );
    }
    Ok(p.get(1))
}

fn int_round(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = int_value(&args, "__round__")?;
    let nd = round_args(&args, "int")?;
    int_round_value(vm, &v, nd)
}

/// An int binary special method: `self op other` (or `other op self` when reflected).
fn int_arith(args: &Args, m: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let a = int_self(args, m)?;
    let other = operand(args, m)?;
    let Some(b) = as_int(other) else {
        return Ok(not_implemented());
    };
    let r = if reflected {
        num::int_binop(&b, &a, op)
    } else {
        num::int_binop(&a, &b, op)
    };
    r.unwrap_or_else(|| Ok(not_implemented()))
}

fn int_divmod_impl(args: &Args, m: &str, reflected: bool) -> PyResult<Value> {
    let a = int_self(args, m)?;
    let other = operand(args, m)?;
    let Some(b) = as_int(other) else {
        return Ok(not_implemented());
    };
    let (x, y) = if reflected { (&b, &a) } else { (&a, &b) };
    let q = num::int_binop(x, y, BinOp::FloorDiv).unwrap_or(Ok(Value::None))?;
    let r = num::int_binop(x, y, BinOp::Mod).unwrap_or(Ok(Value::None))?;
    Ok(new_tuple(vec![q, r]))
}

fn int_divmod(_vm: &Vm, args: Args) -> PyResult<Value> {
    int_divmod_impl(&args, "__divmod__", false)
}

fn int_rdivmod(_vm: &Vm, args: Args) -> PyResult<Value> {
    int_divmod_impl(&args, "__rdivmod__", true)
}

fn int_pow_impl(args: &Args, m: &str, reflected: bool) -> PyResult<Value> {
    let a = int_self(args, m)?;
    let (other, modulo) = pow_operands(args, m)?;
    let Some(b) = as_int(other) else {
        return Ok(not_implemented());
    };
    let (x, y) = if reflected { (&b, &a) } else { (&a, &b) };
    match modulo.filter(|v| !v.is_none()) {
        None => num::int_binop(x, y, BinOp::Pow).unwrap_or_else(|| Ok(not_implemented())),
        Some(mv) => match as_int(mv) {
            Some(md) => num::int_pow_mod(x, y, &md),
            None => Ok(not_implemented()),
        },
    }
}

fn int_pow(_vm: &Vm, args: Args) -> PyResult<Value> {
    int_pow_impl(&args, "__pow__", false)
}

fn int_rpow(_vm: &Vm, args: Args) -> PyResult<Value> {
    int_pow_impl(&args, "__rpow__", true)
}

fn int_compare(args: &Args, m: &str, op: CmpOp) -> PyResult<Value> {
    let a = int_self(args, m)?;
    let other = operand(args, m)?;
    let Some(b) = as_int(other) else {
        return Ok(not_implemented());
    };
    let o = match (&a, &b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(y),
        _ => a.to_big().cmp(&b.to_big()),
    };
    Ok(Value::Bool(crate::ops::ord_matches(o, op)))
}

macro_rules! binary_methods {
    ($imp:ident; $($f:ident, $name:literal, $op:expr, $refl:expr;)*) => {
        $(fn $f(_vm: &Vm, args: Args) -> PyResult<Value> {
            $imp(&args, $name, $op, $refl)
        })*
    };
}

binary_methods! { int_arith;
    int_add, "__add__", BinOp::Add, false;
    int_radd, "__radd__", BinOp::Add, true;
    int_sub, "__sub__", BinOp::Sub, false;
    int_rsub, "__rsub__", BinOp::Sub, true;
    int_mul, "__mul__", BinOp::Mul, false;
    int_rmul, "__rmul__", BinOp::Mul, true;
    int_truediv, "__truediv__", BinOp::TrueDiv, false;
    int_rtruediv, "__rtruediv__", BinOp::TrueDiv, true;
    int_floordiv, "__floordiv__", BinOp::FloorDiv, false;
    int_rfloordiv, "__rfloordiv__", BinOp::FloorDiv, true;
    int_mod, "__mod__", BinOp::Mod, false;
    int_rmod, "__rmod__", BinOp::Mod, true;
    int_lshift, "__lshift__", BinOp::LShift, false;
    int_rlshift, "__rlshift__", BinOp::LShift, true;
    int_rshift, "__rshift__", BinOp::RShift, false;
    int_rrshift, "__rrshift__", BinOp::RShift, true;
    int_and, "__and__", BinOp::And, false;
    int_rand, "__rand__", BinOp::And, true;
    int_or, "__or__", BinOp::Or, false;
    int_ror, "__ror__", BinOp::Or, true;
    int_xor, "__xor__", BinOp::Xor, false;
    int_rxor, "__rxor__", BinOp::Xor, true;
}

macro_rules! compare_methods {
    ($imp:ident; $($f:ident, $name:literal, $op:expr;)*) => {
        $(fn $f(_vm: &Vm, args: Args) -> PyResult<Value> {
            $imp(&args, $name, $op)
        })*
    };
}

compare_methods! { int_compare;
    int_eq, "__eq__", CmpOp::Eq;
    int_ne, "__ne__", CmpOp::Ne;
    int_lt, "__lt__", CmpOp::Lt;
    int_le, "__le__", CmpOp::Le;
    int_gt, "__gt__", CmpOp::Gt;
    int_ge, "__ge__", CmpOp::Ge;
}

/// Resolve `(length, byteorder)` style arguments: positional slots after `self`/`cls`, then
/// keywords.
fn arg_at<'a>(args: &Args<'a>, skip: usize, idx: usize, name: &str) -> Option<&'a Value> {
    args.pos().get(skip + idx).or_else(|| args.kw(name))
}

fn byteorder_arg(args: &Args, skip: usize, fname: &str) -> PyResult<bool> {
    match arg_at(args, skip, 1, "byteorder") {
        None => Ok(false),
        Some(o) => match crate::types::str::as_str(o) {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => bail!(ValueError, "byteorder must be either 'little' or 'big'"),
            None => bail!(
                TypeError,
                "{}() argument 'byteorder' must be str, not {}",
                fname,
                crate::types::type_name(o)
            ),
        },
    }
}

fn signed_arg(vm: &Vm, args: &Args) -> PyResult<bool> {
    match args.kw("signed") {
        Some(s) => crate::ops::truthy(vm, s),
        None => Ok(false),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let i = int_self(&args, "to_bytes")?.to_big();
    args.only_kwargs("to_bytes", &["length", "byteorder", "signed"])?;
    let np = args.pos().len() - 1;
    if np > 2 {
        bail!(
            TypeError,
            "to_bytes() takes at most 2 positional arguments ({} given)",
            np
        );
    }
    let length = match arg_at(&args, 1, 0, "length") {
        Some(l) => num::index_ssize(vm, l)?,
        None => 1,
    };
    let little = byteorder_arg(&args, 1, "to_bytes")?;
    let signed = signed_arg(vm, &args)?;
    if length < 0 {
        bail!(ValueError, "length argument must be non-negative");
    }
    let negative = i.is_negative();
    if negative && !signed {
        bail!(OverflowError, "can't convert negative int to unsigned");
    }
    let mut bytes = if signed {
        i.to_signed_bytes_le()
    } else {
        i.to_bytes_le().1
    };
    // Zero (and, signed, -1) need no bytes at all: CPython accepts length 0 for them.
    if i.is_zero() || (signed && i == BigInt::from(-1) && length == 0) {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        bail!(OverflowError, "int too big to convert");
    }
    crate::error::check_alloc_items(length, 1)?;
    bytes.resize(length, if negative { 0xff } else { 0 });
    if !little {
        bytes.reverse();
    }
    Ok(Value::from_obj(Payload::Bytes(bytes.into_boxed_slice())))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (bound to the class).
fn from_bytes(vm: &Vm, args: Args) -> PyResult<Value> {
    args.only_kwargs("from_bytes", &["bytes", "byteorder", "signed"])?;
    let np = args.pos().len().saturating_sub(1);
    if np > 2 {
        bail!(
            TypeError,
            "from_bytes() takes at most 2 positional arguments ({} given)",
            np
        );
    }
    let Some(src) = arg_at(&args, 1, 0, "bytes") else {
        bail!(
            TypeError,
            "from_bytes() missing required argument 'bytes' (pos 1)"
        );
    };
    let little = byteorder_arg(&args, 1, "from_bytes")?;
    let signed = signed_arg(vm, &args)?;
    let mut bytes: Vec<u8> = match crate::types::methods::misc::bytes_like(src) {
        Some(b) => b,
        None => {
            if matches!(src.payload(), Some(Payload::Str(_))) || crate::ops::iter(vm, src).is_err()
            {
                bail!(
                    TypeError,
                    "cannot convert '{}' object to bytes",
                    crate::types::type_name(src)
                );
            }
            let mut out = Vec::new();
            for v in crate::builtins::collect(vm, src)? {
                let i = num::index_value(vm, &v)?;
                match as_int(&i) {
                    Some(IntRef::Small(b)) if (0..=255).contains(&b) => out.push(b as u8),
                    _ => bail!(ValueError, "bytes must be in range(0, 256)"),
                }
            }
            out
        }
    };
    if little {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_be(&bytes)
    } else {
        BigInt::from_bytes_be(num_bigint::Sign::Plus, &bytes)
    };
    let cls_is_bool = match args.pos().first() {
        Some(Value::Obj(o)) => crate::value::ObjRef::ptr_eq(o, &crate::types::types().bool_),
        _ => false,
    };
    if cls_is_bool {
        return Ok(Value::Bool(!v.is_zero()));
    }
    Ok(num::big_to_value(v))
}

pub fn int_methods() -> Methods {
    vec![
        ("from_bytes", from_bytes),
        ("to_bytes", to_bytes),
        ("bit_length", bit_length),
        ("bit_count", bit_count),
        ("conjugate", int_conjugate),
        ("as_integer_ratio", int_as_integer_ratio),
        ("is_integer", int_is_integer),
        ("__index__", int_index),
        ("__int__", int_int),
        ("__float__", int_float),
        ("__trunc__", int_trunc),
        ("__floor__", int_floor),
        ("__ceil__", int_ceil),
        ("__round__", int_round),
        ("__abs__", int_abs),
        ("__neg__", int_neg),
        ("__pos__", int_pos),
        ("__invert__", int_invert),
        ("__bool__", int_bool),
        ("__hash__", int_hash),
        ("__repr__", int_repr),
        ("__format__", int_format),
        ("__getnewargs__", int_getnewargs),
        ("__add__", int_add),
        ("__radd__", int_radd),
        ("__sub__", int_sub),
        ("__rsub__", int_rsub),
        ("__mul__", int_mul),
        ("__rmul__", int_rmul),
        ("__truediv__", int_truediv),
        ("__rtruediv__", int_rtruediv),
        ("__floordiv__", int_floordiv),
        ("__rfloordiv__", int_rfloordiv),
        ("__mod__", int_mod),
        ("__rmod__", int_rmod),
        ("__divmod__", int_divmod),
        ("__rdivmod__", int_rdivmod),
        ("__pow__", int_pow),
        ("__rpow__", int_rpow),
        ("__lshift__", int_lshift),
        ("__rlshift__", int_rlshift),
        ("__rshift__", int_rshift),
        ("__rrshift__", int_rrshift),
        ("__and__", int_and),
        ("__rand__", int_rand),
        ("__or__", int_or),
        ("__ror__", int_ror),
        ("__xor__", int_xor),
        ("__rxor__", int_rxor),
        ("__eq__", int_eq),
        ("__ne__", int_ne),
        ("__lt__", int_lt),
        ("__le__", int_le),
        ("__gt__", int_gt),
        ("__ge__", int_ge),
    ]
}

// ----------------------------------------------------------------------------------------------
// bool

fn bool_self(args: &Args, m: &str) -> PyResult<bool> {
    let v = this(args, "bool", m)?;
    match v {
        Value::Bool(b) => Ok(*b),
        _ => Err(descriptor_error(m, "bool", v)),
    }
}

fn bool_repr(_vm: &Vm, args: Args) -> PyResult<Value> {
    let b = bool_self(&args, "__repr__")?;
    check_no_args(&args, "bool", "__repr__")?;
    Ok(crate::types::str::new_str(if b { "True" } else { "False" }))
}

fn bool_logic(args: &Args, m: &str, op: BinOp) -> PyResult<Value> {
    let a = bool_self(args, m)?;
    let other = operand(args, m)?;
    match other {
        Value::Bool(b) => Ok(Value::Bool(match op {
            BinOp::And => a & b,
            BinOp::Or => a | b,
            _ => a ^ b,
        })),
        _ => match as_int(other) {
            Some(b) => num::int_binop(&IntRef::Small(a as i64), &b, op)
                .unwrap_or_else(|| Ok(not_implemented())),
            None => Ok(not_implemented()),
        },
    }
}

fn bool_and(_vm: &Vm, args: Args) -> PyResult<Value> {
    bool_logic(&args, "__and__", BinOp::And)
}

fn bool_or(_vm: &Vm, args: Args) -> PyResult<Value> {
    bool_logic(&args, "__or__", BinOp::Or)
}

fn bool_xor(_vm: &Vm, args: Args) -> PyResult<Value> {
    bool_logic(&args, "__xor__", BinOp::Xor)
}

pub fn bool_methods() -> Methods {
    vec![
        ("__repr__", bool_repr),
        ("__and__", bool_and),
        ("__rand__", bool_and),
        ("__or__", bool_or),
        ("__ror__", bool_or),
        ("__xor__", bool_xor),
        ("__rxor__", bool_xor),
    ]
}

// ----------------------------------------------------------------------------------------------
// float

fn float_self(args: &Args, m: &str) -> PyResult<f64> {
    let v = this(args, "float", m)?;
    match v {
        Value::Float(f) => Ok(*f),
        _ => Err(descriptor_error(m, "float", v)),
    }
}

fn float_noargs(args: &Args, m: &str) -> PyResult<f64> {
    let f = float_self(args, m)?;
    check_no_args(args, "float", m)?;
    Ok(f)
}

/// `float.as_integer_ratio()`: the exact fraction in lowest terms.
pub fn float_ratio(f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_infinite() {
        bail!(OverflowError, "cannot convert Infinity to integer ratio");
    }
    if f.is_nan() {
        bail!(ValueError, "cannot convert NaN to integer ratio");
    }
    if f == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let bits = f.abs().to_bits();
    let be = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if be == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), be - 1075)
    };
    let tz = m.trailing_zeros() as i64;
    m >>= tz;
    e += tz;
    let n = BigInt::from(m);
    let n = if f < 0.0 { -n } else { n };
    Ok(if e >= 0 {
        (n << e as u64, BigInt::from(1))
    } else {
        (n, BigInt::from(1) << (-e) as u64)
    })
}

fn float_as_integer_ratio(_vm: &Vm, args: Args) -> PyResult<Value> {
    let f = float_noargs(&args, "as_integer_ratio")?;
    let (n, d) = float_ratio(f)?;
    Ok(new_tuple(vec![num::big_to_value(n), num::big_to_value(d)]))
}

fn float_is_integer(_vm: &Vm, args: Args) -> PyResult<Value> {
    let f = float_noargs(&args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_hex(_vm: &Vm, args: Args) -> PyResult<Value> {
    let f = float_noargs(&args, "hex")?;
    Ok(from_string(crate::format::float_hex(f)))
}

fn float_same(_vm: &Vm, args: Args) -> PyResult<Value> {
    let f = float_self(&args, "conjugate")?;
    check_no_args(&args, "float", "conjugate")?;
    Ok(Value::Float(f))
}

fn float_pos(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(float_noargs(&args, "__pos__")?))
}

fn float_float(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(float_noargs(&args, "__float__")?))
}

fn float_neg(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(-float_noargs(&args, "__neg__")?))
}

fn float_abs(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(float_noargs(&args, "__abs__")?.abs()))
}

fn float_bool(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(float_noargs(&args, "__bool__")? != 0.0))
}

fn float_int(_vm: &Vm, args: Args) -> PyResult<Value> {
    num::float_to_int(float_noargs(&args, "__int__")?)
}

fn float_trunc(_vm: &Vm, args: Args) -> PyResult<Value> {
    num::float_to_int(float_noargs(&args, "__trunc__")?)
}

fn float_floor(_vm: &Vm, args: Args) -> PyResult<Value> {
    num::float_floor_ceil(float_noargs(&args, "__floor__")?, false)
}

fn float_ceil(_vm: &Vm, args: Args) -> PyResult<Value> {
    num::float_floor_ceil(float_noargs(&args, "__ceil__")?, true)
}

fn float_hash(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(crate::hash::hash_float(float_noargs(
        &args, "__hash__",
    )?)))
}

fn float_repr(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(from_string(crate::floatfmt::repr(float_noargs(
        &args, "__repr__",
    )?)))
}

fn float_format(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = float_self(&args, "__format__")?;
    format_method(vm, &args, &Value::Float(f), "float")
}

fn float_getnewargs(_vm: &Vm, args: Args) -> PyResult<Value> {
    let f = float_noargs(&args, "__getnewargs__")?;
    Ok(new_tuple(vec![Value::Float(f)]))
}

/// `float.__round__(ndigits=None)`.
pub fn float_round_value(vm: &Vm, f: f64, nd: Option<&Value>) -> PyResult<Value> {
    match nd.filter(|n| !n.is_none()) {
        None => {
            if f.is_nan() {
                bail!(ValueError, "cannot convert float NaN to integer");
            }
            if f.is_infinite() {
                bail!(OverflowError, "cannot convert float infinity to integer");
            }
            num::float_to_int(f.round_ties_even())
        }
        Some(n) => {
            let n = num::index_clamped(vm, n)?;
            match crate::floatfmt::round_to(f, n) {
                Some(r) => Ok(Value::Float(r)),
                None => bail!(OverflowError, "rounded value too large to represent"),
            }
        }
    }
}

fn float_round(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = float_self(&args, "__round__")?;
    let nd = round_args(&args, "float")?;
    float_round_value(vm, f, nd)
}

/// `round(number, ndigits=None)` for ints and floats; None for other types.
pub fn round_number(vm: &Vm, x: &Value, nd: Option<&Value>) -> Option<PyResult<Value>> {
    match x {
        Value::Float(f) => Some(float_round_value(vm, *f, nd)),
        _ if as_int(x).is_some() => Some(int_round_value(vm, x, nd)),
        _ => None,
    }
}

/// The other operand of a float special method as a float (None: NotImplemented).
fn float_operand(v: &Value) -> Option<PyResult<f64>> {
    num::as_f64(v)
}

fn float_arith(args: &Args, m: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let a = float_self(args, m)?;
    let other = operand(args, m)?;
    let Some(b) = float_operand(other) else {
        return Ok(not_implemented());
    };
    let b = b?;
    if reflected {
        num::float_binop(b, a, op)
    } else {
        num::float_binop(a, b, op)
    }
}

binary_methods! { float_arith;
    float_add, "__add__", BinOp::Add, false;
    float_radd, "__radd__", BinOp::Add, true;
    float_sub, "__sub__", BinOp::Sub, false;
    float_rsub, "__rsub__", BinOp::Sub, true;
    float_mul, "__mul__", BinOp::Mul, false;
    float_rmul, "__rmul__", BinOp::Mul, true;
    float_truediv, "__truediv__", BinOp::TrueDiv, false;
    float_rtruediv, "__rtruediv__", BinOp::TrueDiv, true;
    float_floordiv, "__floordiv__", BinOp::FloorDiv, false;
    float_rfloordiv, "__rfloordiv__", BinOp::FloorDiv, true;
    float_mod, "__mod__", BinOp::Mod, false;
    float_rmod, "__rmod__", BinOp::Mod, true;
}

fn float_divmod_impl(args: &Args, m: &str, reflected: bool) -> PyResult<Value> {
    let a = float_self(args, m)?;
    let other = operand(args, m)?;
    let Some(b) = float_operand(other) else {
        return Ok(not_implemented());
    };
    let b = b?;
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    if y == 0.0 {
        bail!(ZeroDivisionError, "float divmod()");
    }
    let (q, r) = num::float_divmod(x, y);
    Ok(new_tuple(vec![Value::Float(q), Value::Float(r)]))
}

fn float_divmod(_vm: &Vm, args: Args) -> PyResult<Value> {
    float_divmod_impl(&args, "__divmod__", false)
}

fn float_rdivmod(_vm: &Vm, args: Args) -> PyResult<Value> {
    float_divmod_impl(&args, "__rdivmod__", true)
}

fn float_pow_impl(args: &Args, m: &str, reflected: bool) -> PyResult<Value> {
    let a = float_self(args, m)?;
    let (other, modulo) = pow_operands(args, m)?;
    if modulo.is_some_and(|v| !v.is_none()) {
        bail!(
            TypeError,
            "pow() 3rd argument not allowed unless all arguments are integers"
        );
    }
    let Some(b) = float_operand(other) else {
        return Ok(not_implemented());
    };
    let b = b?;
    if reflected {
        num::float_pow(b, a)
    } else {
        num::float_pow(a, b)
    }
}

fn float_pow(_vm: &Vm, args: Args) -> PyResult<Value> {
    float_pow_impl(&args, "__pow__", false)
}

fn float_rpow(_vm: &Vm, args: Args) -> PyResult<Value> {
    float_pow_impl(&args, "__rpow__", true)
}

fn float_compare(args: &Args, m: &str, op: CmpOp) -> PyResult<Value> {
    let a = float_self(args, m)?;
    let other = operand(args, m)?;
    match other {
        Value::Float(b) => Ok(Value::Bool(crate::ops::float_cmp(a, *b, op))),
        _ => match as_int(other) {
            Some(i) => {
                let o = num::cmp_int_float(&i, a).map(|o| o.reverse());
                Ok(Value::Bool(match o {
                    Some(o) => crate::ops::ord_matches(o, op),
                    None => op == CmpOp::Ne,
                }))
            }
            None => Ok(not_implemented()),
        },
    }
}

compare_methods! { float_compare;
    float_eq, "__eq__", CmpOp::Eq;
    float_ne, "__ne__", CmpOp::Ne;
    float_lt, "__lt__", CmpOp::Lt;
    float_le, "__le__", CmpOp::Le;
    float_gt, "__gt__", CmpOp::Gt;
    float_ge, "__ge__", CmpOp::Ge;
}

/// `float.fromhex(s)` (bound to the class).
fn float_fromhex(_vm: &Vm, args: Args) -> PyResult<Value> {
    let p = &args.pos()[1.min(args.pos().len())..];
    if p.len() != 1 || args.has_kwargs() {
        bail!(
            TypeError,
            "fromhex() takes exactly one argument ({} given)",
            p.len()
        );
    }
    let Some(s) = crate::types::str::as_str(&p[0]) else {
        bail!(TypeError, "bad argument type for built-in operation");
    };
    parse_hex_float(s).map(Value::Float)
}

/// Parse `float.hex()` output (and the wider syntax `float.fromhex` accepts).
fn parse_hex_float(s: &str) -> PyResult<f64> {
    let invalid = || crate::py_err!(ValueError, "invalid hexadecimal floating-point string");
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let sign = if neg { -1.0 } else { 1.0 };
    match lower.as_str() {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(f64::NAN),
        _ => {}
    }
    let rest = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant_s, exp_s) = match rest.find('p') {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let (int_s, frac_s) = match mant_s.find('.') {
        Some(i) => (&mant_s[..i], &mant_s[i + 1..]),
        None => (mant_s, ""),
    };
    if int_s.is_empty() && frac_s.is_empty() {
        return Err(invalid());
    }
    let mut mant = BigInt::from(0);
    for c in int_s.chars().chain(frac_s.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        mant = (mant << 4u32) + BigInt::from(d);
    }
    let mut exp: i64 = match exp_s {
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                i64::MIN / 4
            } else {
                i64::MAX / 4
            })
        }
        None => 0,
    };
    exp = exp.saturating_sub(4 * frac_s.len() as i64);
    if mant.is_zero() {
        return Ok(sign * 0.0);
    }
    let nbits = mant.bits() as i64;
    let top = nbits.saturating_add(exp) - 1;
    let too_large = || {
        crate::py_err!(
            OverflowError,
            "hexadecimal value too large to represent as a float"
        )
    };
    if top > 1023 {
        return Err(too_large());
    }
    if top < -1075 - 1 {
        return Ok(sign * 0.0);
    }
    let keep = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let shift = nbits - keep;
    if shift > 0 {
        let half = BigInt::from(1) << (shift as u64 - 1);
        let mask = (BigInt::from(1) << shift as u64) - 1;
        let low = &mant & &mask;
        let mut m = &mant >> shift as u64;
        let odd = (&m & BigInt::from(1)) == BigInt::from(1);
        if low > half || (low == half && odd) {
            m += 1;
        }
        mant = m;
        exp += shift;
    }
    let m = num_traits::ToPrimitive::to_f64(&mant).unwrap_or(f64::INFINITY);
    let r = num::ldexp(m, exp.clamp(-100_000, 100_000) as i32);
    if r.is_infinite() {
        return Err(too_large());
    }
    Ok(sign * r)
}

pub fn float_methods() -> Methods {
    vec![
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
        ("fromhex", float_fromhex),
        ("conjugate", float_same),
        ("__abs__", float_abs),
        ("__neg__", float_neg),
        ("__pos__", float_pos),
        ("__bool__", float_bool),
        ("__int__", float_int),
        ("__float__", float_float),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
        ("__hash__", float_hash),
        ("__repr__", float_repr),
        ("__format__", float_format),
        ("__getnewargs__", float_getnewargs),
        ("__add__", float_add),
        ("__radd__", float_radd),
        ("__sub__", float_sub),
        ("__rsub__", float_rsub),
        ("__mul__", float_mul),
        ("__rmul__", float_rmul),
        ("__truediv__", float_truediv),
        ("__rtruediv__", float_rtruediv),
        ("__floordiv__", float_floordiv),
        ("__rfloordiv__", float_rfloordiv),
        ("__mod__", float_mod),
        ("__rmod__", float_rmod),
        ("__divmod__", float_divmod),
        ("__rdivmod__", float_rdivmod),
        ("__pow__", float_pow),
        ("__rpow__", float_rpow),
        ("__eq__", float_eq),
        ("__ne__", float_ne),
        ("__lt__", float_lt),
        ("__le__", float_le),
        ("__gt__", float_gt),
        ("__ge__", float_ge),
    ]
}

pub fn complex_methods() -> Methods {
    super::complex::methods()
}

/// `x.real`, `x.imag`, `x.numerator`, `x.denominator`.
pub fn number_attr(obj: &Value, name: &str) -> Option<Value> {
    match (obj, name) {
        (Value::Float(f), "real") => Some(Value::Float(*f)),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        _ => match (obj.payload(), name) {
            (Some(Payload::Complex(r, _)), "real") => Some(Value::Float(*r)),
            (Some(Payload::Complex(_, i)), "imag") => Some(Value::Float(*i)),
            (Some(Payload::Range(r)), "start" | "stop" | "step") => {
                Some(RangeObj::int(match name {
                    "start" => r.start,
                    "stop" => r.stop,
                    _ => r.step,
                }))
            }
            (Some(Payload::Slice(sl)), "start" | "stop" | "step") => Some(match name {
                "start" => sl[0].clone(),
                "stop" => sl[1].clone(),
                _ => sl[2].clone(),
            }),
            (Some(Payload::Range(_) | Payload::Slice(_)), _) => None,
            _ => {
                let i = as_int(obj)?;
                match name {
                    "real" | "numerator" => Some(match i {
                        IntRef::Small(x) => Value::Int(x),
                        IntRef::Big(_) => obj.clone(),
                    }),
                    "imag" => Some(Value::Int(0)),
                    "denominator" => Some(Value::Int(1)),
                    _ => None,
                }
            }
        },
    }
}

/// `sys.set_int_max_str_digits(maxdigits)`.
pub fn set_int_max_str_digits(vm: &Vm, args: &Args) -> PyResult<Value> {
    args.only_kwargs("set_int_max_str_digits", &["maxdigits"])?;
    let p = args.pos();
    if p.len() > 1 {
        bail!(
            TypeError,
            "set_int_max_str_digits() takes at most 1 argument ({} given)",
            p.len()
        );
    }
    let Some(v) = p.first().or_else(|| args.kw("maxdigits")) else {
        bail!(
            TypeError,
            "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"
        );
    };
    let iv = num::index_value(vm, v)?;
    let n = match as_int(&iv) {
        Some(IntRef::Small(n)) if i32::try_from(n).is_ok() => n,
        _ => bail!(OverflowError, "Python int too large to convert to C int"),
    };
    if n != 0 && n < 640 {
        bail!(ValueError, "maxdigits must be 0 or larger than 640");
    }
    crate::vm::set_int_max_str_digits(n as usize);
    Ok(Value::None)
}

/// The TypeError of `divmod()` on operands that do not support it.
pub fn divmod_type_error(a: &Value, b: &Value) -> PyResult<Value> {
    bail!(
        TypeError,
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        crate::types::type_name(a),
        crate::types::type_name(b)
    )
}

/// Three-argument `pow(base, exp, mod)` (mod not None).
pub fn pow3(vm: &Vm, base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    if let (Some(b), Some(e), Some(md)) = (as_int(base), as_int(exp), as_int(m)) {
        return num::int_pow_mod(&b, &e, &md);
    }
    let is_complex = |v: &Value| matches!(v.payload(), Some(Payload::Complex(..)));
    let is_number =
        |v: &Value| as_int(v).is_some() || matches!(v, Value::Float(_)) || is_complex(v);
    if base.instance().is_some() {
        if let Some(r) = vm.call_special(base, "__pow__", &[exp.clone(), m.clone()])? {
            if !crate::ops::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    } else if is_number(base) && is_number(exp) && is_number(m) {
        if is_complex(base) || is_complex(exp) || is_complex(m) {
            bail!(ValueError, "complex modulo");
        }
        bail!(
            TypeError,
            "pow() 3rd argument not allowed unless all arguments are integers"
        );
    }
    bail!(
        TypeError,
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        crate::types::type_name(base),
        crate::types::type_name(exp),
        crate::types::type_name(m)
    )
}
