//! Methods and data attributes of `int`, `float` and `complex`.

use super::list::this;
use super::Methods;
use crate::bail;
use crate::error::PyResult;
use crate::object::Payload;
use crate::object::RangeObj;
use crate::ops::num::{self, as_int};
use crate::types::function::Args;
use crate::types::str::from_string;
use crate::types::tuple::new_tuple;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;

fn int_self<'a>(args: &Args<'a>, m: &str) -> PyResult<num::IntRef<'a>> {
    let v = this(args, "int", m)?;
    match as_int(v) {
        Some(i) => Ok(i),
        None => bail!(
            TypeError,
            "descriptor '{}' for 'int' objects doesn't apply to a '{}' object",
            m,
            crate::types::type_name(v)
        ),
    }
}

fn bit_length(_vm: &Vm, args: Args) -> PyResult<Value> {
    let i = int_self(&args, "bit_length")?;
    Ok(Value::Int(match i {
        num::IntRef::Small(x) => 64 - x.unsigned_abs().leading_zeros() as i64,
        num::IntRef::Big(b) => b.bits() as i64,
    }))
}

fn bit_count(_vm: &Vm, args: Args) -> PyResult<Value> {
    let i = int_self(&args, "bit_count")?;
    Ok(Value::Int(match i {
        num::IntRef::Small(x) => x.unsigned_abs().count_ones() as i64,
        num::IntRef::Big(b) => b.magnitude().count_ones() as i64,
    }))
}

fn conjugate(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "int", "conjugate")?;
    Ok(match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    })
}

fn as_integer_ratio(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "int", "as_integer_ratio")?;
    match v {
        Value::Float(f) => float_ratio(*f),
        Value::Bool(b) => Ok(new_tuple(vec![Value::Int(*b as i64), Value::Int(1)])),
        other => Ok(new_tuple(vec![other.clone(), Value::Int(1)])),
    }
}

fn float_ratio(f: f64) -> PyResult<Value> {
    if f.is_infinite() {
        bail!(OverflowError, "cannot convert Infinity to integer ratio");
    }
    if f.is_nan() {
        bail!(ValueError, "cannot convert NaN to integer ratio");
    }
    let (m, e) = crate::hash::frexp(f);
    let mut mant = m;
    let mut exp = e;
    for _ in 0..300 {
        if mant == mant.floor() {
            break;
        }
        mant *= 2.0;
        exp -= 1;
    }
    let n = num::float_to_bigint(mant).unwrap_or_default();
    let (num_, den) = if exp > 0 {
        (n << exp as u64, BigInt::from(1))
    } else {
        (n, BigInt::from(1) << (-exp) as u64)
    };
    let g = num_integer::Integer::gcd(&num_, &den);
    Ok(new_tuple(vec![
        num::big_to_value(&num_ / &g),
        num::big_to_value(&den / &g),
    ]))
}

fn is_integer(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "float", "is_integer")?;
    Ok(Value::Bool(match v {
        Value::Float(f) => f.is_finite() && f.fract() == 0.0,
        _ => true,
    }))
}

fn float_hex(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "float", "hex")?;
    let Value::Float(f) = v else {
        bail!(TypeError, "hex() on a non-float")
    };
    Ok(from_string(crate::format::float_hex(*f)))
}

fn int_index(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "int", "__index__")?;
    Ok(v.clone())
}

fn to_bytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let i = int_self(&args, "to_bytes")?.to_big();
    let p = &args.pos()[1..];
    let length = match p.first().or_else(|| args.kw("length")) {
        Some(l) => crate::ops::index_of(l)?,
        None => 1,
    };
    let order = p
        .get(1)
        .or_else(|| args.kw("byteorder"))
        .and_then(crate::types::str::as_str)
        .unwrap_or("big");
    let signed = match args.kw("signed") {
        Some(s) => crate::ops::truthy(vm, s)?,
        None => false,
    };
    if num_traits::Signed::is_negative(&i) && !signed {
        bail!(OverflowError, "can't convert negative int to unsigned");
    }
    let mut bytes = if signed {
        i.to_signed_bytes_le()
    } else {
        i.to_bytes_le().1
    };
    if bytes.len() > length as usize && !(bytes.len() == 1 && bytes[0] == 0 && length == 0) {
        bail!(OverflowError, "int too big to convert");
    }
    let fillb = if signed && num_traits::Signed::is_negative(&i) {
        0xff
    } else {
        0
    };
    bytes.resize(length as usize, fillb);
    if order == "big" {
        bytes.reverse();
    }
    Ok(Value::from_obj(Payload::Bytes(bytes.into_boxed_slice())))
}

fn int_abs(_vm: &Vm, args: Args) -> PyResult<Value> {
    let i = int_self(&args, "__abs__")?;
    Ok(match i {
        num::IntRef::Small(x) => match x.checked_abs() {
            Some(a) => Value::Int(a),
            None => num::big_to_value(-BigInt::from(x)),
        },
        num::IntRef::Big(b) => num::big_to_value(num_traits::Signed::abs(b)),
    })
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (bound to the class).
fn from_bytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = &args.pos()[1.min(args.pos().len())..];
    let Some(src) = p.first().or_else(|| args.kw("bytes")) else {
        bail!(
            TypeError,
            "from_bytes() missing required argument 'bytes' (pos 1)"
        );
    };
    let order = match p.get(1).or_else(|| args.kw("byteorder")) {
        Some(o) => match crate::types::str::as_str(o) {
            Some(s) => s,
            None => bail!(
                TypeError,
                "from_bytes() argument 'byteorder' must be str, not {}",
                crate::types::type_name(o)
            ),
        },
        None => "big",
    };
    if order != "big" && order != "little" {
        bail!(ValueError, "byteorder must be either 'little' or 'big'");
    }
    let signed = match args.kw("signed") {
        Some(s) => crate::ops::truthy(vm, s)?,
        None => false,
    };
    let mut bytes: Vec<u8> = match src.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => {
            let mut out = Vec::new();
            for v in crate::builtins::collect(vm, src)? {
                let i = crate::ops::index_of(&v)?;
                if !(0..=255).contains(&i) {
                    bail!(ValueError, "bytes must be in range(0, 256)");
                }
                out.push(i as u8);
            }
            out
        }
    };
    if order == "little" {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_be(&bytes)
    } else {
        BigInt::from_bytes_be(num_bigint::Sign::Plus, &bytes)
    };
    Ok(num::big_to_value(v))
}

/// `float.fromhex(s)` (bound to the class).
fn float_fromhex(_vm: &Vm, args: Args) -> PyResult<Value> {
    let p = &args.pos()[1.min(args.pos().len())..];
    let Some(arg) = p.first() else {
        bail!(TypeError, "fromhex() takes exactly one argument (0 given)")
    };
    let Some(s) = crate::types::str::as_str(arg) else {
        bail!(TypeError, "bad argument type for built-in operation");
    };
    parse_hex_float(s).map(Value::Float)
}

fn parse_hex_float(s: &str) -> PyResult<f64> {
    let invalid = || crate::py_err!(ValueError, "invalid hexadecimal floating-point string");
    let t = s.trim();
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
    if mant == BigInt::from(0) {
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
    let mut r = m;
    let mut e = exp;
    while e != 0 {
        let step = e.clamp(-1000, 1000);
        r *= 2f64.powi(step as i32);
        e -= step;
    }
    if r.is_infinite() {
        return Err(too_large());
    }
    Ok(sign * r)
}

pub fn int_methods() -> Methods {
    vec![
        ("__abs__", int_abs),
        ("from_bytes", from_bytes),
        ("bit_length", bit_length),
        ("bit_count", bit_count),
        ("conjugate", conjugate),
        ("as_integer_ratio", as_integer_ratio),
        ("is_integer", is_integer),
        ("__index__", int_index),
        ("to_bytes", to_bytes),
    ]
}

pub fn float_methods() -> Methods {
    vec![
        ("is_integer", is_integer),
        ("as_integer_ratio", as_integer_ratio),
        ("hex", float_hex),
        ("conjugate", conjugate),
        ("fromhex", float_fromhex),
    ]
}

fn complex_conjugate(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = this(&args, "complex", "conjugate")?;
    match v.payload() {
        Some(Payload::Complex(r, i)) => Ok(Value::from_obj(Payload::Complex(*r, -i))),
        _ => bail!(TypeError, "conjugate() on a non-complex"),
    }
}

pub fn complex_methods() -> Methods {
    vec![("conjugate", complex_conjugate)]
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
                        num::IntRef::Small(x) => Value::Int(x),
                        num::IntRef::Big(_) => obj.clone(),
                    }),
                    "imag" => Some(Value::Int(0)),
                    "denominator" => Some(Value::Int(1)),
                    _ => None,
                }
            }
        },
    }
}
