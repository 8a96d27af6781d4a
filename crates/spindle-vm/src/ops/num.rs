//! Numeric arithmetic for int (machine word with transparent overflow into `BigInt`), float and
//! bool, with Python's rules: floor division and modulo round toward negative infinity, `**`
//! with a negative int exponent gives a float, true division of ints is correctly rounded,
//! and CPython's error messages.

use crate::error::{PyErr, PyResult};
use crate::object::Payload;
use crate::value::Value;
use crate::{bail, py_err};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use spindle_bytecode::BinOp;

/// An int operand, borrowed.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_big(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }
}

/// View an int (or bool) value as an int.
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(IntRef::Big(b)),
            _ => None,
        },
        _ => None,
    }
}

/// Normalize a BigInt result: machine word when it fits.
pub fn big_to_value(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::from_obj(Payload::BigInt(b)),
    }
}

/// int → float, with CPython's OverflowError.
pub fn int_to_f64(i: &IntRef) -> PyResult<f64> {
    match i {
        IntRef::Small(i) => Ok(*i as f64),
        IntRef::Big(b) => {
            let f = b.to_f64().unwrap_or(f64::INFINITY);
            if f.is_infinite() {
                bail!(OverflowError, "int too large to convert to float");
            }
            Ok(f)
        }
    }
}

/// View a number (int, bool, float) as f64 for mixed arithmetic.
pub fn as_f64(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        _ => as_int(v).map(|i| int_to_f64(&i)),
    }
}

fn overflow_result() -> PyErr {
    PyErr::with_args(
        crate::types::exceptions::ExcKind::OverflowError,
        vec![
            Value::Int(34),
            crate::types::str::new_str("Numerical result out of range"),
        ],
    )
}

/// Binary operation on two ints (None when `op` is not an int operation).
pub fn int_binop(a: &IntRef, b: &IntRef, op: BinOp) -> Option<PyResult<Value>> {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if let Some(r) = small_binop(*x, *y, op) {
            return Some(r);
        }
    }
    let x = a.to_big();
    let y = b.to_big();
    Some(big_binop(&x, &y, op))
}

#[inline]
fn small_binop(x: i64, y: i64, op: BinOp) -> Option<PyResult<Value>> {
    Some(Ok(Value::Int(match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::FloorDiv => {
            if y == 0 {
                return Some(Err(py_err!(
                    ZeroDivisionError,
                    "integer division or modulo by zero"
                )));
            }
            let q = x.checked_div(y)?;
            if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinOp::Mod => {
            if y == 0 {
                return Some(Err(py_err!(ZeroDivisionError, "integer modulo by zero")));
            }
            let r = x.checked_rem(y)?;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        BinOp::TrueDiv => {
            // Both exactly representable: one correctly rounded float division.
            if y != 0 && x.unsigned_abs() <= 1 << 53 && y.unsigned_abs() <= 1 << 53 {
                return Some(Ok(Value::Float(x as f64 / y as f64)));
            }
            return Some(int_truediv(&BigInt::from(x), &BigInt::from(y)));
        }
        BinOp::Pow => {
            if y < 0 {
                return Some(float_pow(x as f64, y as f64));
            }
            if y > u32::MAX as i64 {
                return None;
            }
            x.checked_pow(y as u32)?
        }
        BinOp::LShift => {
            if y < 0 {
                return Some(Err(py_err!(ValueError, "negative shift count")));
            }
            if x == 0 {
                0
            } else if y >= 63 {
                return None;
            } else {
                let r = x << y;
                if (r >> y) != x {
                    return None;
                }
                r
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Some(Err(py_err!(ValueError, "negative shift count")));
            }
            if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        _ => return Some(Err(py_err!(TypeError, "unsupported int operation"))),
    })))
}

fn big_binop(x: &BigInt, y: &BigInt, op: BinOp) -> PyResult<Value> {
    Ok(big_to_value(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv => {
            if y.is_zero() {
                bail!(ZeroDivisionError, "integer division or modulo by zero");
            }
            x.div_floor(y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                bail!(ZeroDivisionError, "integer modulo by zero");
            }
            x.mod_floor(y)
        }
        BinOp::TrueDiv => return int_truediv(x, y),
        BinOp::Pow => {
            if y.is_negative() {
                let xf = int_to_f64(&IntRef::Big(x))?;
                let yf = int_to_f64(&IntRef::Big(y))?;
                return float_pow(xf, yf);
            }
            if x.is_zero() || x.is_one() {
                return Ok(big_to_value(x.clone()));
            }
            if *x == BigInt::from(-1) {
                return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
            }
            let e = y.to_u32().ok_or_else(|| py_err!(MemoryError, ""))?;
            if x.bits().saturating_mul(e as u64) > 1 << 34 {
                bail!(MemoryError, "");
            }
            num_traits::pow::Pow::pow(x, e)
        }
        BinOp::LShift => {
            if y.is_negative() {
                bail!(ValueError, "negative shift count");
            }
            if x.is_zero() {
                return Ok(Value::Int(0));
            }
            let s = y
                .to_u64()
                .ok_or_else(|| py_err!(OverflowError, "too many digits in integer"))?;
            if s > 1 << 34 {
                bail!(MemoryError, "");
            }
            x << s
        }
        BinOp::RShift => {
            if y.is_negative() {
                bail!(ValueError, "negative shift count");
            }
            match y.to_u64() {
                Some(s) => x >> s,
                None => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        _ => bail!(TypeError, "unsupported int operation"),
    }))
}

/// Correctly rounded int / int.
fn int_truediv(x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if y.is_zero() {
        bail!(ZeroDivisionError, "division by zero");
    }
    if x.magnitude().bits() <= 53 && y.magnitude().bits() <= 53 {
        let (a, b) = (x.to_f64().unwrap_or(0.0), y.to_f64().unwrap_or(1.0));
        return Ok(Value::Float(a / b));
    }
    // Scale so the quotient has 55+ significant bits, divide exactly, then round once.
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (num, den) = if shift >= 0 {
        (a << shift as u64, b)
    } else {
        (a, b << (-shift) as u64)
    };
    let (q, r) = num.div_rem(&den);
    // q has 55 or 56 bits; fold the remainder into a sticky bit, convert (rounds to nearest even).
    let q = if r.is_zero() {
        q
    } else {
        (q << 1u32) | BigInt::one()
    };
    let extra = if r.is_zero() { 0 } else { 1 };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = -(shift as i32) - extra;
    let val = ldexp(qf, exp);
    if val.is_infinite() {
        bail!(
            OverflowError,
            "integer division result too large for a float"
        );
    }
    Ok(Value::Float(if negative { -val } else { val }))
}

pub fn ldexp(x: f64, exp: i32) -> f64 {
    let mut x = x;
    let mut e = exp;
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e)
}

/// Binary operation on two floats.
pub fn float_binop(x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                bail!(ZeroDivisionError, "float division by zero");
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                bail!(ZeroDivisionError, "float floor division by zero");
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                bail!(ZeroDivisionError, "float modulo by zero");
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => return float_pow(x, y),
        _ => bail!(TypeError, "unsupported float operation"),
    }))
}

/// Python's float divmod (signs follow the divisor).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// float ** float with CPython's special cases.
pub fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return Ok(Value::Float(1.0));
    }
    if x.is_nan() {
        return Ok(Value::Float(if y == 0.0 { 1.0 } else { x }));
    }
    if y.is_nan() {
        return Ok(Value::Float(if x == 1.0 { 1.0 } else { y }));
    }
    if x == 0.0 && y < 0.0 && y.is_finite() {
        bail!(
            ZeroDivisionError,
            "0.0 cannot be raised to a negative power"
        );
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        // A negative base with a non-integer exponent gives a complex number.
        let (r, i) = complex_pow((x, 0.0), (y, 0.0))?;
        return Ok(Value::from_obj(Payload::Complex(r, i)));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow_result());
    }
    Ok(Value::Float(r))
}

/// Complex power by exp/log (as CPython does for non-integer exponents).
pub fn complex_pow(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            bail!(ZeroDivisionError, "zero to a negative or complex power");
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

/// Exact comparison of an int with a float: Some(ordering) or None when the float is NaN.
pub fn cmp_int_float(i: &IntRef, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let IntRef::Small(s) = i {
        if s.unsigned_abs() < (1u64 << 53) {
            return (*s as f64).partial_cmp(&f);
        }
    }
    let big = i.to_big();
    let fl = f.floor();
    let fb = float_to_bigint(fl)?;
    match big.cmp(&fb) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Less
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

/// An integral finite float as a BigInt.
pub fn float_to_bigint(f: f64) -> Option<BigInt> {
    if !f.is_finite() {
        return None;
    }
    if f.abs() < 9.0e18 {
        return Some(BigInt::from(f as i64));
    }
    let (m, e) = crate::hash::frexp(f);
    let mant = (m * (1u64 << 53) as f64) as i64;
    let e = e - 53;
    let b = BigInt::from(mant);
    Some(if e >= 0 {
        b << e as u64
    } else {
        b >> (-e) as u64
    })
}

/// `int(f)` for a float.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        bail!(ValueError, "cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        bail!(OverflowError, "cannot convert float infinity to integer");
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(big_to_value(float_to_bigint(t).unwrap_or_default()))
}

/// Python's `round(x)` for floats: round half to even.
pub fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

/// A BigInt as the nearest float (ties to even); infinity when it is too large.
pub fn big_to_f64_rounded(b: &BigInt) -> f64 {
    // num-bigint keeps a sticky bit below its top 64 bits, so this rounds once, correctly.
    b.to_f64().unwrap_or(f64::INFINITY)
}

/// `operator.index(v)`: an int value, calling `__index__` on instances of classes.
pub fn index_value(vm: &crate::vm::Vm, v: &Value) -> PyResult<Value> {
    if as_int(v).is_some() {
        return Ok(match v {
            Value::Bool(b) => Value::Int(*b as i64),
            other => other.clone(),
        });
    }
    if let Some(Payload::Instance(_)) = v.payload() {
        if let Some(r) = vm.call_special(v, "__index__", &[])? {
            if as_int(&r).is_none() {
                bail!(
                    TypeError,
                    "__index__ returned non-int (type {})",
                    crate::types::type_name(&r)
                );
            }
            return Ok(r);
        }
    }
    bail!(
        TypeError,
        "'{}' object cannot be interpreted as an integer",
        crate::types::type_name(v)
    )
}

/// `PyNumber_AsSsize_t(v, NULL)`: an index, clamped to the i64 range instead of overflowing.
pub fn index_clamped(vm: &crate::vm::Vm, v: &Value) -> PyResult<i64> {
    let iv = index_value(vm, v)?;
    Ok(match as_int(&iv) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(b)) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => 0,
    })
}

/// `PyNumber_AsSsize_t(v, OverflowError)`: an index that must fit in a machine word.
pub fn index_ssize(vm: &crate::vm::Vm, v: &Value) -> PyResult<i64> {
    let iv = index_value(vm, v)?;
    match as_int(&iv) {
        Some(IntRef::Small(i)) => Ok(i),
        _ => bail!(
            OverflowError,
            "Python int too large to convert to C ssize_t"
        ),
    }
}

/// Three-argument `pow(base, exp, mod)` on ints.
pub fn int_pow_mod(b: &IntRef, e: &IntRef, m: &IntRef) -> PyResult<Value> {
    let (b, e, m) = (b.to_big(), e.to_big(), m.to_big());
    if m.is_zero() {
        bail!(ValueError, "pow() 3rd argument cannot be 0");
    }
    let modulus = m.abs();
    let (base, exp) = if e.is_negative() {
        let inv = mod_inverse(&b, &modulus)
            .ok_or_else(|| py_err!(ValueError, "base is not invertible for the given modulus"))?;
        (inv, -e)
    } else {
        (b.mod_floor(&modulus), e)
    };
    let mut r = base.modpow(&exp, &modulus);
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    Ok(big_to_value(r))
}

/// The inverse of `a` modulo `m` (> 0), if it exists.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    if m.is_one() {
        return Some(BigInt::zero());
    }
    let g = a.mod_floor(m).extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

/// `math.floor` / `math.ceil` of a float as an int.
pub fn float_floor_ceil(f: f64, ceil: bool) -> PyResult<Value> {
    float_to_int(if ceil { f.ceil() } else { f.floor() })
}

/// `round(int, ndigits)` for ndigits < 0: round to a multiple of 10**-ndigits, ties to even.
pub fn int_round_negative(i: &IntRef, ndigits: &BigInt) -> Value {
    let x = i.to_big();
    let k = -ndigits;
    // 10**k > 2·|x| rounds everything to zero; skip building a huge power.
    let digits = (x.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
    let k = match k.to_u64() {
        Some(k) if k <= digits => k,
        _ => return Value::Int(0),
    };
    let m = num_traits::pow(BigInt::from(10), k as usize);
    let (q, r) = x.div_mod_floor(&m);
    let twice = &r << 1u32;
    let q = if twice > m || (twice == m && q.is_odd()) {
        q + 1
    } else {
        q
    };
    big_to_value(q * m)
}

/// Is `op` defined on two floats (the arithmetic operators, not the bitwise ones)?
#[inline]
pub fn float_op(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Add
            | BinOp::Sub
            | BinOp::Mul
            | BinOp::TrueDiv
            | BinOp::FloorDiv
            | BinOp::Mod
            | BinOp::Pow
    )
}
