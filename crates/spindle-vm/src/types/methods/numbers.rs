//! Methods and data attributes of `int`, `float` and `complex`.

use super::list::{rest, this};
use super::Methods;
use crate::error::PyResult;
use crate::object::Payload;
use crate::ops::num::{self, as_int};
use crate::types::function::Args;
use crate::types::str::from_string;
use crate::types::tuple::new_tuple;
use crate::value::Value;
use crate::vm::Vm;
use crate::bail;
use num_bigint::BigInt;

fn int_self<'a>(args: &Args<'a>, m: &str) -> PyResult<num::IntRef<'a>> {
    let v = this(args, "int", m)?;
    match as_int(v) {
        Some(i) => Ok(i),
        None => bail!(TypeError, "descriptor '{}' for 'int' objects doesn't apply to a '{}' object", m, crate::types::type_name(v)),
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
    let (num_, den) = if exp > 0 { (n << exp as u64, BigInt::from(1)) } else { (n, BigInt::from(1) << (-exp) as u64) };
    let g = num_integer::Integer::gcd(&num_, &den);
    Ok(new_tuple(vec![num::big_to_value(&num_ / &g), num::big_to_value(&den / &g)]))
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
    let Value::Float(f) = v else { bail!(TypeError, "hex() on a non-float") };
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
    let order = p.get(1).or_else(|| args.kw("byteorder")).and_then(crate::types::str::as_str).unwrap_or("big");
    let signed = match args.kw("signed") {
        Some(s) => crate::ops::truthy(vm, s)?,
        None => false,
    };
    if num_traits::Signed::is_negative(&i) && !signed {
        bail!(OverflowError, "can't convert negative int to unsigned");
    }
    let mut bytes = if signed { i.to_signed_bytes_le() } else { i.to_bytes_le().1 };
    if bytes.len() > length as usize && !(bytes.len() == 1 && bytes[0] == 0 && length == 0) {
        bail!(OverflowError, "int too big to convert");
    }
    let fillb = if signed && num_traits::Signed::is_negative(&i) { 0xff } else { 0 };
    bytes.resize(length as usize, fillb);
    if order == "big" {
        bytes.reverse();
    }
    let _ = rest;
    Ok(Value::from_obj(Payload::Bytes(bytes.into_boxed_slice())))
}

pub fn int_methods() -> Methods {
    vec![
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
    vec![("is_integer", is_integer), ("as_integer_ratio", as_integer_ratio), ("hex", float_hex), ("conjugate", conjugate)]
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
