//! `math`: floating-point and integer functions with CPython's results and errors
//! ("math domain error", "math range error", the integer functions' messages).

use crate::error::PyResult;
use crate::ops::num::{as_f64, as_int, big_to_value, IntRef};
use crate::types::function::{Args, NativeFn};
use crate::types::type_name;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::{bail, py_err};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A float argument: floats, ints, and objects with `__float__` (or `__index__`).
fn float_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(r) = as_f64(v.unwrap_base()) {
        return r;
    }
    for name in ["__float__", "__index__"] {
        if let Some(r) = vm.call_special(v, name, &[])? {
            if let Some(f) = as_f64(r.unwrap_base()) {
                return f;
            }
        }
    }
    bail!(TypeError, "must be real number, not {}", type_name(v))
}

/// An integer argument (ints and objects with `__index__`).
fn int_arg(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = as_int(v.unwrap_base()) {
        return Ok(i.to_big());
    }
    if let Some(r) = vm.call_special(v, "__index__", &[])? {
        if let Some(i) = as_int(r.unwrap_base()) {
            return Ok(i.to_big());
        }
    }
    bail!(
        TypeError,
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    )
}

fn domain() -> crate::error::PyErr {
    py_err!(ValueError, "math domain error")
}

fn range_err() -> crate::error::PyErr {
    py_err!(OverflowError, "math range error")
}

/// Check a libm-style result: NaN from a non-NaN input is a domain error, infinity from a
/// finite input a range error.
fn checked(x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(Value::Float(r))
}

fn one_float<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<f64> {
    let v = args.one(name)?;
    float_arg(vm, v)
}

macro_rules! unary {
    ($($f:ident => $e:expr;)*) => {
        $(fn $f(vm: &Vm, args: Args) -> PyResult<Value> {
            let x = one_float(vm, &args, stringify!($f))?;
            let g: fn(f64) -> f64 = $e;
            checked(x, g(x))
        })*
    };
}

unary! {
    exp => f64::exp;
    exp2 => f64::exp2;
    expm1 => f64::exp_m1;
    sin => f64::sin;
    cos => f64::cos;
    tan => f64::tan;
    asin => f64::asin;
    acos => f64::acos;
    atan => f64::atan;
    sinh => f64::sinh;
    cosh => f64::cosh;
    tanh => f64::tanh;
    asinh => f64::asinh;
    acosh => f64::acosh;
    atanh => f64::atanh;
    fabs => f64::abs;
    degrees => f64::to_degrees;
    radians => f64::to_radians;
    cbrt => f64::cbrt;
}

fn sqrt(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "sqrt")?;
    if x < 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.sqrt()))
}

/// `func` (ln, log2, log10) of an int of any size: directly when it fits a float, else as
/// func(m) + func(2) * e with int = m * 2**e (CPython's approach, exact for log2 of powers of 2).
fn log_int(i: &BigInt, func: fn(f64) -> f64) -> PyResult<f64> {
    if !i.is_positive() {
        return Err(domain());
    }
    match i.to_f64().filter(|f| f.is_finite()) {
        Some(f) => Ok(func(f)),
        None => {
            let bits = i.bits();
            let shift = bits.saturating_sub(53);
            let top = (i >> shift).to_f64().unwrap_or(1.0);
            // top * 2**shift with top in [2**52, 2**53): m = top / 2**53, e = shift + 53.
            let m = top / 2f64.powi(53);
            Ok(func(m) + func(2.0) * (shift + 53) as f64)
        }
    }
}

fn log_of(vm: &Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(v.unwrap_base()) {
        return log_int(&i.to_big(), func);
    }
    let x = float_arg(vm, v)?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(func(x))
}

fn ln_of(vm: &Vm, v: &Value) -> PyResult<f64> {
    log_of(vm, v, f64::ln)
}

fn log(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("log", 1, 2)?;
    let num = ln_of(vm, &p[0])?;
    match p.get(1) {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = ln_of(vm, b)?;
            if den == 0.0 {
                bail!(ZeroDivisionError, "float division by zero");
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn log2(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(log_of(vm, args.one("log2")?, f64::log2)?))
}

fn log10(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(log_of(vm, args.one("log10")?, f64::log10)?))
}

fn log1p(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "log1p")?;
    if x <= -1.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.ln_1p()))
}

fn two_floats(vm: &Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let p = args.range(name, 2, 2)?;
    Ok((float_arg(vm, &p[0])?, float_arg(vm, &p[1])?))
}

fn pow(vm: &Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "pow")?;
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err());
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two_floats(vm, &args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "fmod")?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    Ok(Value::Float(x % y))
}

fn remainder(vm: &Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "remainder")?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    let n = (x / y).round();
    let mut r = x - n * y;
    // Ties go to the even multiple.
    if (x / y - (x / y).trunc()).abs() == 0.5 && (n as i64) % 2 != 0 {
        r = x - (n - (x / y).signum()) * y;
    }
    Ok(Value::Float(r))
}

fn hypot(vm: &Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("hypot")?;
    let mut acc = 0.0f64;
    let mut inf = false;
    let mut nan = false;
    for v in args.pos() {
        let x = float_arg(vm, v)?;
        if x.is_infinite() {
            inf = true;
        }
        if x.is_nan() {
            nan = true;
        }
        acc = acc.hypot(x);
    }
    if inf {
        return Ok(Value::Float(f64::INFINITY));
    }
    if nan {
        return Ok(Value::Float(f64::NAN));
    }
    Ok(Value::Float(acc))
}

fn dist(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("dist", 2, 2)?;
    let a = crate::builtins::collect(vm, &p[0])?;
    let b = crate::builtins::collect(vm, &p[1])?;
    if a.len() != b.len() {
        bail!(
            ValueError,
            "both points must have the same number of dimensions"
        );
    }
    let mut acc = 0.0f64;
    for (x, y) in a.iter().zip(b.iter()) {
        acc = acc.hypot(float_arg(vm, x)? - float_arg(vm, y)?);
    }
    Ok(Value::Float(acc))
}

/// floor/ceil/trunc: ints unchanged, floats rounded, else the special method.
fn rounding(vm: &Vm, args: Args, name: &str, special: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = args.one(name)?;
    match v {
        Value::Int(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(x) => {
            let r = f(*x);
            if r.is_nan() {
                bail!(ValueError, "cannot convert float NaN to integer");
            }
            if r.is_infinite() {
                bail!(OverflowError, "cannot convert float infinity to integer");
            }
            return crate::ops::num::float_to_int(r);
        }
        _ => {}
    }
    if let Some(IntRef::Big(_)) = as_int(v) {
        return Ok(v.clone());
    }
    if let Some(r) = vm.call_special(v, special, &[])? {
        return Ok(r);
    }
    if special != "__trunc__" {
        if let Some(x) = as_f64(v.unwrap_base()) {
            let x = x?;
            return crate::ops::num::float_to_int(f(x));
        }
        let x = float_arg(vm, v)?;
        return crate::ops::num::float_to_int(f(x));
    }
    bail!(
        TypeError,
        "type {} doesn't define __trunc__ method",
        type_name(v)
    )
}

fn floor(vm: &Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "trunc", "__trunc__", f64::trunc)
}

fn modf(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "modf")?;
    if x.is_infinite() {
        return Ok(crate::types::tuple::new_tuple(vec![
            Value::Float(0.0f64.copysign(x)),
            Value::Float(x),
        ]));
    }
    let i = x.trunc();
    Ok(crate::types::tuple::new_tuple(vec![
        Value::Float((x - i).copysign(x)),
        Value::Float(i),
    ]))
}

fn frexp(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "frexp")?;
    if x == 0.0 || !x.is_finite() {
        return Ok(crate::types::tuple::new_tuple(vec![
            Value::Float(x),
            Value::Int(0),
        ]));
    }
    let bits = x.to_bits();
    let mut exp = ((bits >> 52) & 0x7ff) as i64;
    let (m, e) = if exp == 0 {
        // Subnormal: scale up first.
        let y = x * 2f64.powi(64);
        let b = y.to_bits();
        exp = ((b >> 52) & 0x7ff) as i64;
        (
            f64::from_bits((b & !(0x7ffu64 << 52)) | (1022u64 << 52)),
            exp - 1022 - 64,
        )
    } else {
        (
            f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52)),
            exp - 1022,
        )
    };
    Ok(crate::types::tuple::new_tuple(vec![
        Value::Float(m),
        Value::Int(e),
    ]))
}

fn ldexp(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("ldexp", 2, 2)?;
    let x = float_arg(vm, &p[0])?;
    let Some(e) = as_int(p[1].unwrap_base()) else {
        bail!(TypeError, "Expected an int as second argument to ldexp.");
    };
    let e = match e {
        IntRef::Small(i) => i.clamp(-100_000, 100_000) as i32,
        IntRef::Big(b) => {
            if b.is_negative() {
                -100_000
            } else {
                100_000
            }
        }
    };
    let r = crate::ops::num::ldexp(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(Value::Float(r))
}

fn isnan(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, &args, "isnan")?.is_nan()))
}

fn isinf(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, &args, "isinf")?.is_infinite()))
}

fn isfinite(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, &args, "isfinite")?.is_finite()))
}

fn isclose(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        bail!(
            TypeError,
            "isclose() takes exactly 2 positional arguments ({} given)",
            p.len()
        );
    }
    let a = float_arg(vm, &p[0])?;
    let b = float_arg(vm, &p[1])?;
    let rel = match args.kw("rel_tol") {
        Some(v) => float_arg(vm, v)?,
        None => 1e-9,
    };
    let abs = match args.kw("abs_tol") {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        bail!(ValueError, "tolerances must be non-negative");
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn gcd(vm: &Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("gcd")?;
    let mut g = BigInt::zero();
    for v in args.pos() {
        g = g.gcd(&int_arg(vm, v)?);
    }
    Ok(big_to_value(g))
}

fn lcm(vm: &Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("lcm")?;
    let mut l = BigInt::one();
    for v in args.pos() {
        let x = int_arg(vm, v)?;
        if x.is_zero() {
            l = BigInt::zero();
        } else if !l.is_zero() {
            l = l.lcm(&x);
        }
    }
    Ok(big_to_value(l.abs()))
}

fn isqrt(vm: &Vm, args: Args) -> PyResult<Value> {
    let n = int_arg(vm, args.one("isqrt")?)?;
    if n.is_negative() {
        bail!(ValueError, "isqrt() argument must be nonnegative");
    }
    Ok(big_to_value(n.sqrt()))
}

fn factorial(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("factorial")?;
    if let Value::Float(_) = v {
        bail!(
            TypeError,
            "'float' object cannot be interpreted as an integer"
        );
    }
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        bail!(ValueError, "factorial() not defined for negative values");
    }
    let Some(n) = n.to_u64() else {
        bail!(
            OverflowError,
            "factorial() argument should not exceed {}",
            i64::MAX
        );
    };
    crate::error::check_alloc((n as usize).saturating_mul(8))?;
    let mut acc = BigInt::one();
    for i in 2..=n {
        acc *= i;
    }
    Ok(big_to_value(acc))
}

fn comb_perm(vm: &Vm, args: Args, name: &str) -> PyResult<Value> {
    let p = args.range(name, if name == "perm" { 1 } else { 2 }, 2)?;
    let n = int_arg(vm, &p[0])?;
    let k = match p.get(1) {
        Some(v) if !v.is_none() => int_arg(vm, v)?,
        _ => n.clone(),
    };
    if n.is_negative() {
        bail!(ValueError, "n must be a non-negative integer");
    }
    if k.is_negative() {
        bail!(ValueError, "k must be a non-negative integer");
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let (Some(nn), Some(kk)) = (n.to_u64(), k.to_u64()) else {
        bail!(OverflowError, "n must not exceed {}", i64::MAX);
    };
    let kk = if name == "comb" { kk.min(nn - kk) } else { kk };
    let mut acc = BigInt::one();
    for i in 0..kk {
        acc *= nn - i;
        if name == "comb" {
            acc /= i + 1;
        }
    }
    Ok(big_to_value(acc))
}

fn comb(vm: &Vm, args: Args) -> PyResult<Value> {
    comb_perm(vm, args, "comb")
}

fn perm(vm: &Vm, args: Args) -> PyResult<Value> {
    comb_perm(vm, args, "perm")
}

/// `fsum`: exactly rounded sum (Shewchuk's algorithm with partials).
fn fsum(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = crate::builtins::collect(vm, args.one("fsum")?)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for v in &items {
        let mut x = float_arg(vm, v)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x.is_infinite() {
            bail!(OverflowError, "intermediate overflow in fsum");
        }
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            bail!(ValueError, "-inf + inf in fsum");
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0f64;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 1 {
        bail!(
            TypeError,
            "prod() takes exactly 1 positional argument ({} given)",
            p.len()
        );
    }
    let mut acc = match args.kw("start") {
        Some(s) => s.clone(),
        None => Value::Int(1),
    };
    for v in crate::builtins::collect(vm, &p[0])? {
        acc = crate::ops::binary_op(vm, &acc, &v, spindle_bytecode::BinOp::Mul)?;
    }
    Ok(acc)
}

fn sumprod(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("sumprod", 2, 2)?;
    let a = crate::builtins::collect(vm, &p[0])?;
    let b = crate::builtins::collect(vm, &p[1])?;
    if a.len() != b.len() {
        bail!(ValueError, "Inputs are not the same length");
    }
    let mut acc = Value::Int(0);
    for (x, y) in a.iter().zip(b.iter()) {
        let m = crate::ops::binary_op(vm, x, y, spindle_bytecode::BinOp::Mul)?;
        acc = crate::ops::binary_op(vm, &acc, &m, spindle_bytecode::BinOp::Add)?;
    }
    Ok(acc)
}

pub fn init(_vm: &Vm, m: &ObjRef) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("pow", pow),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("fabs", fabs),
        ("degrees", degrees),
        ("radians", radians),
        ("cbrt", cbrt),
        ("copysign", copysign),
        ("fmod", fmod),
        ("remainder", remainder),
        ("hypot", hypot),
        ("dist", dist),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("gcd", gcd),
        ("lcm", lcm),
        ("isqrt", isqrt),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
        ("fsum", fsum),
        ("prod", prod),
        ("sumprod", sumprod),
    ];
    super::add_functions(m, fns);
    super::set_attr(m, "pi", Value::Float(std::f64::consts::PI));
    super::set_attr(m, "e", Value::Float(std::f64::consts::E));
    super::set_attr(m, "tau", Value::Float(std::f64::consts::TAU));
    super::set_attr(m, "inf", Value::Float(f64::INFINITY));
    super::set_attr(m, "nan", Value::Float(f64::NAN));
    Ok(())
}
