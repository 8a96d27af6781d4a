//! `complex`: arithmetic (with the division, integer-power and general-power algorithms whose
//! rounding Python programs observe), comparison with ints and floats, repr, and the methods
//! and special methods of the type.

use super::list::this;
use super::Methods;
use crate::bail;
use crate::error::PyResult;
use crate::object::Payload;
use crate::ops::num::{self, as_int};
use crate::types::function::Args;
use crate::types::str::from_string;
use crate::types::tuple::new_tuple;
use crate::value::Value;
use crate::vm::Vm;
use spindle_bytecode::BinOp;

pub type C = (f64, f64);

fn zero_power_error() -> crate::error::PyErr {
    crate::py_err!(ZeroDivisionError, "0.0 to a negative or complex power")
}

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Complex division scaled by the larger divisor component (Smith's method); None for a zero
/// divisor.
pub fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN component.
        Some((f64::NAN, f64::NAN))
    }
}

/// `a ** n` for a non-negative integer `n` by repeated squaring.
fn pow_unsigned(a: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = a;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b` through polar form.
fn pow_general(a: C, b: C) -> PyResult<C> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_power_error());
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// `a ** b` as Python computes it: small integral exponents by multiplication.
pub fn pow(a: C, b: C) -> PyResult<C> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            pow_unsigned(a, n as u64)
        } else {
            quot((1.0, 0.0), pow_unsigned(a, n.unsigned_abs())).ok_or_else(zero_power_error)?
        }
    } else {
        pow_general(a, b)?
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        bail!(OverflowError, "complex exponentiation");
    }
    Ok(r)
}

/// A number operand as a complex: complex, float or int (None for other types).
pub fn parts(v: &Value) -> Option<PyResult<C>> {
    match v.payload() {
        Some(Payload::Complex(r, i)) => Some(Ok((*r, *i))),
        _ => num::as_f64(v).map(|r| r.map(|r| (r, 0.0))),
    }
}

/// Binary arithmetic on complex values (None: the operator is not defined for complex).
pub fn binop(a: C, b: C, op: BinOp) -> Option<PyResult<Value>> {
    let r = match op {
        BinOp::Add => (a.0 + b.0, a.1 + b.1),
        BinOp::Sub => (a.0 - b.0, a.1 - b.1),
        BinOp::Mul => prod(a, b),
        BinOp::TrueDiv => match quot(a, b) {
            Some(q) => q,
            None => {
                return Some(Err(crate::py_err!(
                    ZeroDivisionError,
                    "complex division by zero"
                )))
            }
        },
        BinOp::Pow => match pow(a, b) {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        },
        _ => return None,
    };
    Some(Ok(new(r)))
}

/// Binary operation where at least one side is complex and the other is a number: the
/// result, or None when the operation does not apply (the caller raises TypeError).
pub fn mixed_binop(a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    let x = parts(a)?;
    let y = parts(b)?;
    let (x, y) = match (x, y) {
        (Ok(x), Ok(y)) => (x, y),
        (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
    };
    binop(x, y, op)
}

/// `complex == other` (None when `other` is not a number).
pub fn eq(a: C, other: &Value) -> Option<bool> {
    match other.payload() {
        Some(Payload::Complex(r, i)) => Some(a.0 == *r && a.1 == *i),
        _ => {
            if let Value::Float(f) = other {
                return Some(a.1 == 0.0 && a.0 == *f);
            }
            let i = as_int(other)?;
            if a.1 != 0.0 {
                return Some(false);
            }
            Some(num::cmp_int_float(&i, a.0) == Some(std::cmp::Ordering::Equal))
        }
    }
}

/// `complex == x` / `!=` for any two values when one is complex (None: not comparable).
pub fn compare_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a.payload(), b.payload()) {
        (Some(Payload::Complex(r, i)), _) => eq((*r, *i), b),
        (_, Some(Payload::Complex(r, i))) => eq((*r, *i), a),
        _ => None,
    }
}

/// `abs(z)`.
pub fn abs(z: C) -> PyResult<f64> {
    let r = z.0.hypot(z.1);
    if r.is_infinite() && z.0.is_finite() && z.1.is_finite() {
        bail!(OverflowError, "absolute value too large");
    }
    Ok(r)
}

/// Python's `repr(complex)`.
pub fn repr(re: f64, im: f64) -> String {
    let imag = crate::floatfmt::repr_no_dot0(im.abs());
    let imag = if im.is_nan() { "nan".to_string() } else { imag };
    if re == 0.0 && re.is_sign_positive() {
        let sign = if im.is_sign_negative() && !im.is_nan() {
            "-"
        } else {
            ""
        };
        return format!("{sign}{imag}j");
    }
    let sign = if im.is_sign_negative() && !im.is_nan() {
        '-'
    } else {
        '+'
    };
    let real = if re.is_nan() {
        "nan".to_string()
    } else {
        crate::floatfmt::repr_no_dot0(re)
    };
    format!("({real}{sign}{imag}j)")
}

pub fn new(z: C) -> Value {
    Value::from_obj(Payload::Complex(z.0, z.1))
}

fn self_of(args: &Args, m: &str) -> PyResult<C> {
    let v = this(args, "complex", m)?;
    match v.payload() {
        Some(Payload::Complex(r, i)) => Ok((*r, *i)),
        _ => Err(super::numbers::descriptor_error(m, "complex", v)),
    }
}

fn no_args(args: &Args, m: &str) -> PyResult<C> {
    let z = self_of(args, m)?;
    super::numbers::check_no_args(args, "complex", m)?;
    Ok(z)
}

fn other_arg<'a>(args: &Args<'a>, m: &str) -> PyResult<(C, &'a Value)> {
    let z = self_of(args, m)?;
    Ok((z, super::numbers::operand(args, m)?))
}

fn not_implemented() -> Value {
    crate::types::types().not_implemented.clone()
}

fn arith(args: &Args, m: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (z, other) = other_arg(args, m)?;
    let w = match parts(other) {
        Some(w) => w?,
        None => return Ok(not_implemented()),
    };
    let (a, b) = if reflected { (w, z) } else { (z, w) };
    match binop(a, b, op) {
        Some(r) => r,
        None => Ok(not_implemented()),
    }
}

macro_rules! arith_methods {
    ($($f:ident, $name:literal, $op:expr, $refl:expr;)*) => {
        $(fn $f(_vm: &Vm, args: Args) -> PyResult<Value> {
            arith(&args, $name, $op, $refl)
        })*
    };
}

arith_methods! {
    c_add, "__add__", BinOp::Add, false;
    c_radd, "__radd__", BinOp::Add, true;
    c_sub, "__sub__", BinOp::Sub, false;
    c_rsub, "__rsub__", BinOp::Sub, true;
    c_mul, "__mul__", BinOp::Mul, false;
    c_rmul, "__rmul__", BinOp::Mul, true;
    c_truediv, "__truediv__", BinOp::TrueDiv, false;
    c_rtruediv, "__rtruediv__", BinOp::TrueDiv, true;
}

fn pow_method(args: &Args, m: &str, reflected: bool) -> PyResult<Value> {
    let z = self_of(args, m)?;
    let (other, modulo) = super::numbers::pow_operands(args, m)?;
    if modulo.is_some_and(|v| !v.is_none()) {
        bail!(ValueError, "complex modulo");
    }
    let w = match parts(other) {
        Some(w) => w?,
        None => return Ok(not_implemented()),
    };
    let (a, b) = if reflected { (w, z) } else { (z, w) };
    Ok(new(pow(a, b)?))
}

fn c_pow(_vm: &Vm, args: Args) -> PyResult<Value> {
    pow_method(&args, "__pow__", false)
}

fn c_rpow(_vm: &Vm, args: Args) -> PyResult<Value> {
    pow_method(&args, "__rpow__", true)
}

fn c_eq(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (z, other) = other_arg(&args, "__eq__")?;
    Ok(eq(z, other).map_or_else(not_implemented, Value::Bool))
}

fn c_ne(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (z, other) = other_arg(&args, "__ne__")?;
    Ok(eq(z, other).map_or_else(not_implemented, |b| Value::Bool(!b)))
}

fn c_order(_vm: &Vm, args: Args) -> PyResult<Value> {
    other_arg(&args, "__lt__")?;
    Ok(not_implemented())
}

fn c_abs(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(abs(no_args(&args, "__abs__")?)?))
}

fn c_neg(_vm: &Vm, args: Args) -> PyResult<Value> {
    let z = no_args(&args, "__neg__")?;
    Ok(new((-z.0, -z.1)))
}

fn c_pos(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(new(no_args(&args, "__pos__")?))
}

fn c_bool(_vm: &Vm, args: Args) -> PyResult<Value> {
    let z = no_args(&args, "__bool__")?;
    Ok(Value::Bool(z.0 != 0.0 || z.1 != 0.0))
}

fn c_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = no_args(&args, "__hash__")?;
    crate::ops::hash(vm, &new(z)).map(Value::Int)
}

fn c_repr(_vm: &Vm, args: Args) -> PyResult<Value> {
    let z = no_args(&args, "__repr__")?;
    Ok(from_string(repr(z.0, z.1)))
}

fn c_format(_vm: &Vm, args: Args) -> PyResult<Value> {
    let z = self_of(&args, "__format__")?;
    let spec = super::numbers::format_operand(&args, "complex")?;
    Ok(from_string(crate::format::format_complex(z.0, z.1, spec)?))
}

fn c_conjugate(_vm: &Vm, args: Args) -> PyResult<Value> {
    let z = no_args(&args, "conjugate")?;
    Ok(new((z.0, -z.1)))
}

fn c_complex(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(new(no_args(&args, "__complex__")?))
}

fn c_getnewargs(_vm: &Vm, args: Args) -> PyResult<Value> {
    let z = no_args(&args, "__getnewargs__")?;
    Ok(new_tuple(vec![Value::Float(z.0), Value::Float(z.1)]))
}

pub fn methods() -> Methods {
    vec![
        ("conjugate", c_conjugate),
        ("__complex__", c_complex),
        ("__abs__", c_abs),
        ("__neg__", c_neg),
        ("__pos__", c_pos),
        ("__bool__", c_bool),
        ("__hash__", c_hash),
        ("__repr__", c_repr),
        ("__format__", c_format),
        ("__getnewargs__", c_getnewargs),
        ("__add__", c_add),
        ("__radd__", c_radd),
        ("__sub__", c_sub),
        ("__rsub__", c_rsub),
        ("__mul__", c_mul),
        ("__rmul__", c_rmul),
        ("__truediv__", c_truediv),
        ("__rtruediv__", c_rtruediv),
        ("__pow__", c_pow),
        ("__rpow__", c_rpow),
        ("__eq__", c_eq),
        ("__ne__", c_ne),
        ("__lt__", c_order),
        ("__le__", c_order),
        ("__gt__", c_order),
        ("__ge__", c_order),
    ]
}
